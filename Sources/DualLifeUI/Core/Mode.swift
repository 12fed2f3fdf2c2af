// What the dashboard is doing, computed once from the state. Each mode has its own key map, footer and part of
// the help page (KeyMaps); the reducer hands a key to the mode's map, as bubbletea hands a message to a child.

public enum Mode: Sendable, Hashable, CaseIterable {
  /// A view's own page: the lists of views 1–4.
  case browse
  /// An item opened with Enter (a proposal, a strength, a call, …); Esc goes back.
  case opened
  /// The key list (?).
  case help
  /// View 5 with the query line taking the keys.
  case searchInput
  /// View 6: proposals side by side.
  case compare
  /// View 6: the coverage matrix.
  case matrix
  /// The terminal is below the dashboard's minimum size: a notice, and only leaving works.
  case tooSmall
  /// Presenting slides.
  case presenter
  /// Digits typed in the presenter, waiting for Enter.
  case slideNumber
  /// `present --notes`: the speaker's own terminal, following the presenter.
  case speakerNotes
  /// o in the presenter or the speaker window: every slide, numbered, to jump to (or preview).
  case slideIndex
  /// ? in the presenter or the speaker window: their keys.
  case presenterHelp
  /// b in the presenter: the screen is dark and every key but b and q waits.
  case blanked

  public init(_ state: AppState) {
    if let presenter = state.presenter {
      if presenter.help {
        self = .presenterHelp
      } else if presenter.index != nil {
        self = .slideIndex
      } else if presenter.notesOnly {
        self = .speakerNotes
      } else if presenter.blank {
        self = .blanked
      } else {
        self = presenter.typed.isEmpty ? .presenter : .slideNumber
      }
    } else if state.width < Dashboard.minimumWidth || state.height < Dashboard.minimumHeight {
      self = .tooSmall
    } else if state.helpVisible {
      self = .help
    } else if !state.opened.isEmpty {
      self = .opened
    } else if state.view == .search {
      self = .searchInput
    } else if state.view == .compare {
      self = state.compare.matrix ? .matrix : .compare
    } else {
      self = .browse
    }
  }

  /// Modes that show a scrolling page inside the dashboard's frame.
  public var showsPage: Bool {
    switch self {
    case .browse, .opened, .help, .searchInput, .compare, .matrix: return true
    case .tooSmall, .presenter, .slideNumber, .speakerNotes, .slideIndex, .presenterHelp, .blanked: return false
    }
  }

  /// Modes that show a clock or a timer (the backend tells the time once a second only for these).
  public var showsClock: Bool {
    switch self {
    case .presenter, .slideNumber, .speakerNotes, .slideIndex, .presenterHelp, .blanked: return true
    default: return false
    }
  }
}
