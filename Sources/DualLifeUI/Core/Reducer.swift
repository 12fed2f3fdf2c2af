// reduce(state, action): every key, click, resize and set-up step as a change of the state value. No I/O here.
// A key goes to the key map of the current mode (KeyMaps), and its command to the code that owns that part of
// the state: Navigation (pages, views, opening), QueryLine (the search query), CompareColumns, PresenterCommands.
import DualLifeModel

enum Reducer {
  static func reduce(_ state: inout AppState, _ action: Action, _ environment: UIEnvironment) -> [Effect] {
    let before = state.presenter
    var effects = apply(&state, action, environment)
    // The presenter tells a notes terminal where it is whenever the slide or the timer changes.
    if let now = state.presenter, !now.notesOnly,
      before?.slide != now.slide || before?.startedAt != now.startedAt || before == nil
    {
      effects.append(.publishSlide(now.slide, startedAt: now.startedAt))
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
      // The presenter's timer starts with the first time the backend tells.
      if state.presenter != nil && state.presenter?.startedAt == nil { state.presenter?.startedAt = seconds }
    case .showSlide(let index, let startedAt):
      PresenterCommands.follow(&state, slide: index, startedAt: startedAt, environment)
    case .mouse(let event):
      Navigation.mouse(&state, event, environment)
    case .key(let key):
      // A notice says why the previous key did nothing; the next key answers it.
      state.compare.notice = nil
      let mode = Mode(state)
      guard let binding = KeyMaps.map(mode).binding(for: key) else { return [] }
      return perform(binding.command, key, mode, &state, environment)
    case .open(let id, let marked):
      Navigation.openItem(&state, id, marked: marked, environment)
    case .search(let query):
      Navigation.switchView(&state, to: .search)
      QueryLine.replace(&state, with: Array(query))
    case .compare(let ids, let matrix):
      Navigation.switchView(&state, to: .compare)
      CompareColumns.show(&state, ids, matrix: matrix)
    case .present(let slide, let notesOnly, let leaveQuits):
      var presenter = PresenterState(slide: max(0, slide), leaveQuits: leaveQuits)
      presenter.notesOnly = notesOnly
      state.presenter = presenter
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
    case .insertCharacter, .cursorLeft, .cursorRight, .cursorStart, .cursorEnd, .deleteBackward, .deleteForward,
      .clearToStart, .deleteWord, .leaveSearch:
      QueryLine.edit(&state, command, key)
    case .focusColumn, .changeProposal, .addColumn, .removeColumn, .toggleMatrix, .jumpShared, .jumpOwn:
      CompareColumns.perform(&state, command, key, environment)
    case .nextPoint, .previousPoint, .firstSlide, .lastSlide, .typeDigit, .goToTyped, .deleteDigit, .cancelTyped,
      .blank, .restartTimer, .toggleNotes, .leavePresenter:
      return PresenterCommands.perform(&state, command, key, environment)
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
