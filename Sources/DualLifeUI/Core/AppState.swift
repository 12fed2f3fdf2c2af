// The dashboard's whole state, as a value. Everything on screen derives from this and the dataset.
import DualLifeModel

/// The seven views, in tab order. Raw values are the keys 1–7.
public enum ViewID: Int, Sendable, Hashable, CaseIterable {
  case overview = 1, proposals, analysis, calls, search, compare
  /// What followed: the national and Tohoku policy that took the proposals up.
  case followed
}

/// An opened item (Enter on a row): a proposal's detail, a strength with the proposals that use it, …
public struct OpenedItem: Sendable, Hashable {
  public var id: String
  public var position = ListState()
  /// An item inside the page to mark and scroll to (a measure opened from search).
  public var marked: String?

  public init(id: String, marked: String? = nil) {
    self.id = id
    self.marked = marked
  }
}

/// The search view's query line and where search left off.
public struct SearchState: Sendable, Hashable {
  /// The query as typed, one element per character (a Japanese character from an input method is one step).
  public var query: [Character] = []
  /// Cursor position in `query`, 0…query.count.
  public var cursor = 0
  /// The hit opened last (Enter, n, N), for n / N.
  public var current: Int?
  /// The view to go back to with Esc.
  public var returnView: ViewID = .overview
  /// Queries with which a hit was opened, oldest first, at most `QueryLine.historyLimit` (kept in a file by the
  /// backend between runs).
  public var history: [String] = []
  /// The history entry shown in the query line (Ctrl-P / Ctrl-N), or nil while typing.
  public var historyPosition: Int?

  public init() {}

  public var text: String { String(query) }
}

/// The compare view: which proposals stand side by side, which column has the focus, matrix or columns.
public struct CompareState: Sendable, Hashable {
  public var columns: [String] = ["P1", "P2"]
  public var focus = 0
  /// Show the coverage matrix (proposals across, analysis items and calls down) instead of the columns.
  public var matrix = false
  /// Why the last compare key did nothing (shown until the next key).
  public var notice: CompareNotice?

  public init() {}
}

/// Why a compare key did nothing, so the screen can say so instead of ignoring the key.
public enum CompareNotice: Sendable, Hashable {
  /// a: every proposal has a column already.
  case allShown
  /// x: two columns are the fewest compared.
  case atLeastTwo
  /// [ ]: every other proposal is in another column.
  case noOtherProposal
  /// s S / u U: no shared or own row further that way.
  case noMoreShared, noMoreOwn
}

/// Presenter mode: where in the deck, what is revealed, and the presenter's own switches.
public struct PresenterState: Sendable, Hashable {
  /// Index of the slide shown (0-based; the screen says n/N from 1).
  public var slide = 0
  /// How many bullets of the slide are shown; Space reveals the next one.
  public var revealed = 0
  /// b: the screen goes dark, for when the audience should look at the speaker.
  public var blank = false
  /// n: the speaker notes under the slide.
  public var notes = false
  /// Digits typed before Enter, for jumping to a slide.
  public var typed = ""
  /// When the timer started (seconds since 1970); t restarts it.
  public var startedAt: Int?
  /// Started as `dualtohoku present`: leaving ends the program; opened with p: leaving goes back to the dashboard.
  public var leaveQuits: Bool
  /// `present --notes`: this terminal shows the speaker notes of the slide the presenter is on.
  public var notesOnly = false
  /// The planned length of the talk in seconds (`--duration`), for the countdown and the pace.
  public var duration: Int?
  /// When the current slide came on screen, and the seconds spent on each slide before (by index): both from
  /// the times the reducer was told, so the log of a rehearsal is a function of the actions.
  public var enteredAt: Int?
  public var spent: [Int: Int] = [:]
  /// o: the slide index is open, with this slide chosen.
  public var index: Int?
  /// ?: the presenter's keys.
  public var help = false
  public var helpScroll = 0
  /// The speaker window: how far its notes are scrolled; a slide previewed from the index (the presenter stays
  /// where it is); the presenter's page and page count, as it told them.
  public var notesScroll = 0
  public var preview: Int?
  public var page = 0
  public var pages = 1
  /// A slide number typed with Enter that is not in the deck, said in the footer until the next key.
  public var rejected: Int?

  public init(slide: Int = 0, leaveQuits: Bool) {
    self.slide = slide
    self.leaveQuits = leaveQuits
  }
}

/// What the footer says for one key instead of the keys.
public enum Notice: Sendable, Hashable {
  /// n / N went round from the last hit to the first (forward) or from the first to the last.
  case hitWrapped(forward: Bool)
  /// The search history file could not be read; why.
  case historyIgnored(String)
}

public struct AppState: Sendable, Hashable {
  public var view: ViewID
  public var language: Language
  public var width: Int
  public var height: Int
  /// Position in each view's main page.
  public var positions: [ViewID: ListState] = [:]
  /// Items opened with Enter, most recent last; Esc goes back one.
  public var opened: [OpenedItem] = []
  public var helpVisible = false
  /// Position in the help page.
  public var helpPosition = ListState()
  public var search = SearchState()
  public var compare = CompareState()
  /// Presenter mode, when it is on.
  public var presenter: PresenterState?
  /// The wall clock as the backend last told it (seconds since 1970) and the local offset from UTC.
  public var now = 0
  public var utcOffset = 0
  /// An item marked on a view's main page (a search hit opened there).
  public var marked: String?
  /// A message in the footer until the next key.
  public var notice: Notice?

  public init(view: ViewID = .overview, language: Language, width: Int, height: Int) {
    self.view = view
    self.language = language
    self.width = width
    self.height = height
  }
}
