// The one layout step: from the state and the environment, the named rectangles of the screen and the page laid
// out into the body rectangle, with its selectable targets. The reducer and the renderer both read it.
import DualLifeModel
import TerminalText

public struct ScreenLayout: Sendable {
  public let mode: Mode
  /// Row 0: the views.
  public let tabs: Rect
  /// Row 1: where you are (or the query line), and how far down.
  public let crumb: Rect
  /// The page's header (the compare view's titles, the matrix's column names): it stays while the body scrolls.
  /// Zero lines high when the page has none.
  public let header: Rect
  /// The page's window, with a margin of two columns on the left for the ▶ mark and one on the right.
  public let body: Rect
  /// The last row: the keys that work here.
  public let footer: Rect
  /// The page's header laid out for the same width (never scrolls, holds no targets).
  public let pinned: Body
  /// The page laid out for the body's width (empty where the mode shows no page).
  public let page: Body
  /// The views in the tab row, where each is drawn (clicks hit what is drawn).
  public let tabItems: [Tab]

  public struct Tab: Sendable, Hashable {
    public let view: ViewID
    public let text: String
    public let columns: Range<Int>
  }

  init(_ state: AppState, _ environment: UIEnvironment) {
    mode = Mode(state)
    let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
    let width = max(1, state.width - 3)
    var pinned = mode.showsPage ? Pages.header(state, environment, width: width) : Body(width: width)
    // The header never takes the body's last line: a page always shows at least one line of its own.
    pinned.lines = Array(pinned.lines.prefix(max(0, state.height - 4)))
    let rows = Layout.vertical(screen, [.length(1), .length(1), .length(pinned.lines.count), .fill, .length(1)])
    tabs = rows[0]
    crumb = rows[1]
    header = rows[2].inset(left: 2, right: 1)
    // At least one line and one column, so that a page can always be laid out.
    let inner = rows[3].inset(left: 2, right: 1)
    body = Rect(x: inner.x, y: inner.y, width: max(1, inner.width), height: max(1, inner.height))
    footer = rows[4]
    self.pinned = pinned
    page = mode.showsPage ? Pages.body(state, environment, width: body.width) : Body(width: body.width)
    tabItems = Self.tabs(state.view, Words(state.language), width: state.width)
  }

  /// "1 概要  2 提言 …", closer together, then shortened to numbers (but the current one) when it does not fit.
  static func tabs(_ current: ViewID, _ words: Words, width: Int) -> [Tab] {
    let space = max(0, width - 12)  // keep room for the language switch
    for style in 0..<3 {
      var tabs: [Tab] = []
      var x = 0
      for view in ViewID.allCases {
        let full = " \(view.rawValue) \(words.tab(view)) "
        let text = style < 2 || view == current ? full : " \(view.rawValue) "
        let w = DisplayWidth.of(text)
        tabs.append(Tab(view: view, text: text, columns: x..<(x + w)))
        x += w + (style == 0 ? 1 : 0)
      }
      if x <= space || style == 2 { return tabs }
    }
    return []
  }

  /// What a layout depends on: a state that differs only in selection, scroll, marks or time lays out the same.
  struct Key: Hashable {
    let mode: Mode
    let view: ViewID
    let opened: String?
    let language: Language
    let width: Int
    let height: Int
    let query: [Character]
    let compare: CompareState
    let ascii: Bool

    init(_ state: AppState, _ environment: UIEnvironment) {
      ascii = environment.ascii
      mode = Mode(state)
      view = state.view
      opened = state.opened.last?.id
      language = state.language
      width = state.width
      height = state.height
      query = state.view == .search ? state.search.query : []
      compare = state.view == .compare ? state.compare : CompareState()
    }
  }
}
