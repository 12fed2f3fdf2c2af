// The public face of the loop: reduce(state, action), render(state) -> grid, and what the loop must listen to.
// Everything else in this module is reached through these.
import DualLifeModel

public enum Dashboard {
  /// The smallest terminal the dashboard lays out in; below it a notice says how large it must be.
  public static let minimumWidth = 40
  public static let minimumHeight = 12

  /// Applies an action to the state; returns what the loop must do (quit, suspend, tell the notes terminal).
  public static func reduce(_ state: inout AppState, _ action: Action, _ environment: UIEnvironment) -> [Effect] {
    Reducer.reduce(&state, action, environment)
  }

  /// The screen for a state, at the state's size.
  public static func render(_ state: AppState, _ environment: UIEnvironment) -> CellGrid {
    Screen.render(state, environment)
  }

  /// The views the next key may switch to, worth laying out before it comes: from a view's own page (where 1–7
  /// switch views), every other view; elsewhere (an item, the help, the presenter, a query being typed) none.
  public static func viewsAhead(_ state: AppState) -> [ViewID] {
    switch Mode(state) {
    case .browse, .compare, .matrix: return ViewID.allCases.filter { $0 != state.view }
    default: return []
    }
  }

  /// Lays out the page the view's key would show, as that key would, so that its first visit costs what a return
  /// to it costs (the layout memo keeps it). The reducer runs on a copy and its effects are dropped: nothing the
  /// state or the screen shows changes. The runner calls this while no key is waiting.
  public static func prepare(_ view: ViewID, from state: AppState, _ environment: UIEnvironment) {
    var next = state
    _ = reduce(&next, .key(.character(Character(String(view.rawValue)))), environment)
    if next.view == view { _ = environment.layout(next) }
  }

  /// What the loop must keep listening to besides the terminal (the clock only where one is shown).
  public static func subscriptions(_ state: AppState) -> Set<Subscription> {
    let mode = Mode(state)
    var subscriptions: Set<Subscription> = []
    if mode.showsClock { subscriptions.insert(.clock) }
    if state.presenter?.notesOnly == true { subscriptions.insert(.followSlides) }
    return subscriptions
  }

  /// Opens an item's page as Enter would (`render proposals P1`); `marked` names an item on that page to mark and
  /// scroll to.
  public static func open(_ state: inout AppState, _ id: String, marked: String? = nil, _ environment: UIEnvironment) {
    _ = reduce(&state, .open(id, marked: marked), environment)
  }

  /// Types a query into the search view, as a person would (`render search QUERY`).
  public static func search(_ state: inout AppState, _ query: String, _ environment: UIEnvironment) {
    _ = reduce(&state, .search(query), environment)
  }

  /// Puts proposals side by side in the compare view (`render compare`).
  public static func compare(
    _ state: inout AppState, _ ids: [String], matrix: Bool = false, _ environment: UIEnvironment
  ) {
    _ = reduce(&state, .compare(ids, matrix: matrix), environment)
  }

  /// Starts in presenter mode (`dualtohoku present`): leaving it ends the program.
  public static func present(
    _ state: inout AppState, slide: Int, notesOnly: Bool = false, _ environment: UIEnvironment
  ) {
    _ = reduce(&state, .present(slide: slide, notesOnly: notesOnly), environment)
  }

  /// The compare view's content for print (`dualtohoku compare`): the summary, then every column, in bands of as
  /// many columns as fit the width, so that none is left out.
  public static func compareText(_ ids: [String], width: Int, language: Language, _ environment: UIEnvironment)
    -> String
  {
    let state = Scenario([.compare(ids)]).run(
      .compare, language: language, width: width, height: minimumHeight, environment)
    let context = PageContext(state: state, environment: environment, width: width)
    return plain(ComparePage.printed(state.compare.columns, context))
  }

  /// The coverage matrix for print (`dualtohoku compare --matrix`): its header, then every row.
  public static func matrixText(width: Int, language: Language, _ environment: UIEnvironment) -> String {
    let ids = environment.dataset.proposals.items.prefix(2).map(\.id)
    // Printed, the header and the rows come straight from the matrix at the width asked for: a screen that narrow
    // would be "too small" and draw nothing, and a screen would cut the header to its height.
    let state = Scenario([.compare(ids, matrix: true)]).run(
      .compare, language: language, width: max(width, minimumWidth), height: minimumHeight, environment)
    let context = PageContext(state: state, environment: environment, width: width)
    return plain(CoverageMatrix.header(context)) + "\n" + plain(CoverageMatrix.body(context))
  }

  /// The width the printed coverage matrix needs for every proposal's column (`compare --matrix` refuses less).
  public static func matrixWidthNeeded(language: Language, _ environment: UIEnvironment) -> Int {
    CoverageMatrix.widthNeeded(proposals: environment.dataset.proposals.items.count, Words(language))
  }

  /// The width `count` columns side by side need in `compare` (`--no-wrap` refuses less).
  public static func compareWidthNeeded(_ count: Int) -> Int { ComparePage.widthNeeded(count) }

  static func plain(_ body: Body) -> String {
    body.lines.map { line in
      var text = line.plainText
      while text.last == " " { text.removeLast() }
      return text
    }.joined(separator: "\n")
  }
}
