// The search view's query line: editing by whole characters (a Japanese character from an input method is one
// step), as in a shell's line editor.

enum QueryLine {
  /// How many queries the history keeps.
  static let historyLimit = 100

  static func edit(_ state: inout AppState, _ command: Command, _ key: Key) {
    var search = state.search
    search.historyPosition = nil
    switch command {
    case .historyPrevious, .historyNext:
      recall(&state, back: command == .historyPrevious)
      return
    case .insertCharacter:
      guard case .character(let c) = key else { return }
      search.query.insert(c, at: search.cursor)
      search.cursor += 1
    case .cursorLeft: search.cursor = max(0, search.cursor - 1)
    case .cursorRight: search.cursor = min(search.query.count, search.cursor + 1)
    case .cursorStart: search.cursor = 0
    case .cursorEnd: search.cursor = search.query.count
    case .deleteBackward:
      guard search.cursor > 0 else { return }
      search.query.remove(at: search.cursor - 1)
      search.cursor -= 1
    case .deleteForward:
      guard search.cursor < search.query.count else { return }
      search.query.remove(at: search.cursor)
    case .clearToStart:
      search.query.removeSubrange(0..<search.cursor)
      search.cursor = 0
    case .deleteWord:
      // The word before the cursor, and the spaces after it, as in a shell.
      var start = search.cursor
      while start > 0 && search.query[start - 1].isWhitespace { start -= 1 }
      while start > 0 && !search.query[start - 1].isWhitespace { start -= 1 }
      search.query.removeSubrange(start..<search.cursor)
      search.cursor = start
    case .leaveSearch:
      Navigation.switchView(&state, to: state.search.returnView == .search ? .overview : state.search.returnView)
      return
    default:
      return
    }
    set(&state, search)
  }

  /// Ctrl-P / Ctrl-N: the previous or next query of the history into the query line; past the newest, empty.
  static func recall(_ state: inout AppState, back: Bool) {
    let history = state.search.history
    guard !history.isEmpty else { return }
    let position = state.search.historyPosition ?? history.count
    let next = back ? max(0, position - 1) : position + 1
    replace(&state, with: next < history.count ? Array(history[next]) : [])
    state.search.historyPosition = next < history.count ? next : nil
  }

  /// A query with which a hit was opened goes to the end of the history (once).
  static func remember(_ state: inout AppState) {
    let query = state.search.text.trimmingSpaces
    guard !query.isEmpty else { return }
    var history = state.search.history.filter { $0 != query }
    history.append(query)
    state.search.history = Array(history.suffix(historyLimit))
  }

  /// A whole new query, as typed (`render search QUERY`), the cursor after it.
  static func replace(_ state: inout AppState, with query: [Character]) {
    var search = state.search
    search.query = query
    search.cursor = query.count
    set(&state, search)
  }

  /// A new query starts again at the best hit.
  private static func set(_ state: inout AppState, _ search: SearchState) {
    var search = search
    if search.query != state.search.query {
      state.positions[.search] = ListState()
      search.current = nil
    }
    state.search = search
  }
}

extension String {
  /// Without the spaces at either end.
  var trimmingSpaces: String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
