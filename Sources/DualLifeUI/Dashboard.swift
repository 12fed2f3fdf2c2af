// The two pure functions of the loop: reduce(state, action) and render(state) -> grid.
import DualLifeModel

public enum Dashboard {
  /// The smallest terminal the dashboard lays out in; below it a notice says how large it must be.
  public static let minimumWidth = 40
  public static let minimumHeight = 12

  /// Applies an action to the state; returns what the loop must do (quit, suspend).
  public static func reduce(_ state: inout AppState, _ action: Action, _ environment: UIEnvironment) -> [Effect] {
    Reducer.reduce(&state, action, environment)
  }

  /// Opens an item's page as Enter would (for `render proposals P1` and for search results); `marked` names an
  /// item on that page to mark and scroll to.
  public static func open(_ state: inout AppState, _ id: String, marked: String? = nil, _ environment: UIEnvironment) {
    Reducer.openItem(&state, id, marked: marked, environment)
  }

  /// Types a query into the search view, as a person would (for `render search QUERY`).
  public static func search(_ state: inout AppState, _ query: String) {
    state.view = .search
    state.search.query = Array(query)
    state.search.cursor = state.search.query.count
  }

  /// Puts proposals side by side in the compare view (for `render compare` and `compare`).
  public static func compare(_ state: inout AppState, _ ids: [String], matrix: Bool = false) {
    state.view = .compare
    state.compare.columns = ids
    state.compare.focus = 0
    state.compare.matrix = matrix
  }

  /// The compare view's content laid out at a width, as text lines (for `dualtohoku compare`): all of it, not
  /// one screen.
  public static func compareText(_ ids: [String], width: Int, language: Language, _ environment: UIEnvironment)
    -> String
  {
    var state = AppState(view: .compare, language: language, width: width + 3, height: 24)
    compare(&state, ids)
    return Pages.body(state, environment, width: width).lines.map { line in
      var text = line.plainText
      while text.last == " " { text.removeLast() }
      return text
    }.joined(separator: "\n")
  }

  /// Starts in presenter mode (for `dualtohoku present`): leaving it ends the program.
  public static func present(_ state: inout AppState, slide: Int, notesOnly: Bool = false) {
    var presenter = PresenterState(slide: max(0, slide), leaveQuits: true)
    presenter.notesOnly = notesOnly
    state.presenter = presenter
  }

  /// The screen for a state, at the state's size.
  public static func render(_ state: AppState, _ environment: UIEnvironment) -> CellGrid {
    Screen.render(state, environment)
  }
}
