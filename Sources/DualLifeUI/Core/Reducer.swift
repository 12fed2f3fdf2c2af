// reduce(state, action): every key, click, resize and set-up step as a change of the state value. No I/O here.
// A key goes to the key map of the current mode (KeyMaps), and its command to the code that owns that part of
// the state: Navigation (pages, views, opening), QueryLine (the search query), CompareColumns, PresenterCommands.
import DualLifeModel

enum Reducer {
  static func reduce(_ state: inout AppState, _ action: Action, _ environment: UIEnvironment) -> [Effect] {
    let before = state.presenter
    let history = state.search.history
    let size = (state.width, state.height, state.language)
    var effects = apply(&state, action, environment)
    if state.search.history != history, action != .loadHistory(state.search.history) {
      effects.append(.saveHistory(state.search.history))
    }
    PresenterCommands.account(before, &state)
    // The presenter tells a notes terminal where it is whenever the slide, the point, the page or the timer changes
    // (the page depends on the size and the language too).
    guard state.presenter != before || size != (state.width, state.height, state.language) else { return effects }
    var previous = state
    previous.presenter = before
    (previous.width, previous.height, previous.language) = size
    if let now = PresenterCommands.position(state, environment),
      before == nil || now != PresenterCommands.position(previous, environment)
    {
      effects.append(.publishSlide(now))
    }
    return effects
  }

  static func apply(_ state: inout AppState, _ action: Action, _ environment: UIEnvironment) -> [Effect] {
    switch action {
    case .resize(let width, let height):
      state.width = max(0, width)
      state.height = max(0, height)
      Navigation.keepSelectionVisible(&state, environment)
    case .time(let seconds, let utcOffset):
      state.now = seconds
      state.utcOffset = utcOffset
      // The presenter's timer, and the current slide's, start with the first time the backend tells.
      if state.presenter != nil && state.presenter?.startedAt == nil { state.presenter?.startedAt = seconds }
      if state.presenter != nil && state.presenter?.enteredAt == nil { state.presenter?.enteredAt = seconds }
    case .showSlide(let position):
      PresenterCommands.follow(&state, position, environment)
    case .mouse(let event):
      if state.presenter != nil {
        PresenterCommands.mouse(&state, event, environment)
      } else {
        Navigation.mouse(&state, event, environment)
      }
    case .key(let key):
      // A notice says why the previous key did nothing (or where n wrapped); the next key answers it.
      state.notice = nil
      state.compare.notice = nil
      let mode = Mode(state)
      guard let binding = KeyMaps.map(mode).binding(for: key) else { return [] }
      return perform(binding.command, key, mode, &state, environment)
    case .open(let id, let marked):
      Navigation.openItem(&state, id, marked: marked, environment)
    case .search(let query):
      Navigation.switchView(&state, to: .search)
      QueryLine.replace(&state, with: Array(query))
    case .loadHistory(let history, let problem):
      state.search.history = Array(history.suffix(QueryLine.historyLimit))
      if let problem { state.notice = .historyIgnored(problem) }
    case .compare(let ids, let matrix):
      Navigation.switchView(&state, to: .compare)
      CompareColumns.show(&state, ids, matrix: matrix)
    case .present(let slide, let notesOnly, let leaveQuits):
      let last = max(0, environment.slides.count - 1)
      var presenter = PresenterState(slide: min(max(0, slide), last), leaveQuits: leaveQuits)
      presenter.notesOnly = notesOnly
      state.presenter = presenter
    case .planDuration(let seconds):
      state.presenter?.duration = seconds > 0 ? seconds : nil
    }
    return []
  }

  /// Carries out a command of the key map.
  static func perform(
    _ command: Command, _ key: Key, _ mode: Mode, _ state: inout AppState, _ environment: UIEnvironment
  ) -> [Effect] {
    switch command {
    case .quit: return [.quit(status: 0)]
    case .suspend: return [.suspend]
    case _ where state.presenter != nil && command != .switchLanguage:
      // In the presenter and the speaker window every other key is the presenter's: its lists, its help.
      return PresenterCommands.perform(&state, command, key, environment)
    case .insertCharacter, .cursorLeft, .cursorRight, .cursorStart, .cursorEnd, .deleteBackward, .deleteForward,
      .clearToStart, .deleteWord, .leaveSearch, .historyPrevious, .historyNext:
      QueryLine.edit(&state, command, key)
    case .focusColumn, .changeProposal, .addColumn, .removeColumn, .toggleMatrix, .jumpShared, .jumpOwn:
      CompareColumns.perform(&state, command, key, environment)
    case .switchLanguage:
      state.language = state.language.toggled
      // A slide number being typed is dropped by any other key, as before Enter.
      state.presenter?.typed = ""
      if mode.showsPage { Navigation.keepSelectionVisible(&state, environment) }
    default:
      Navigation.perform(&state, command, key, environment)
    }
    return []
  }
}
