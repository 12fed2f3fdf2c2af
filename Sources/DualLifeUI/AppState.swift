// The dashboard's whole state, as a value. Everything on screen derives from this and the dataset.
import DualLifeModel

/// The six views, in tab order. Raw values are the keys 1–6.
public enum ViewID: Int, Sendable, Hashable, CaseIterable {
  case overview = 1, proposals, analysis, calls, search, compare
}

/// What the views need besides the state: the data and how the terminal draws.
public struct UIEnvironment: Sendable {
  public let dataset: Dataset
  /// Draw borders and marks in ASCII, for terminals that draw ambiguous-width characters wide.
  public var ascii: Bool

  public init(dataset: Dataset, ascii: Bool = false) {
    self.dataset = dataset
    self.ascii = ascii
  }
}

/// Scroll and selection of one page (a view's main list, or an opened item).
public struct PagePosition: Sendable, Hashable {
  /// First body line shown.
  public var scroll = 0
  /// Index of the selected target (row) of the page, if the page has any.
  public var selection = 0

  public init(scroll: Int = 0, selection: Int = 0) {
    self.scroll = scroll
    self.selection = selection
  }
}

/// An opened item (Enter on a row): a proposal's detail, a strength with the proposals that use it, …
public struct OpenedItem: Sendable, Hashable {
  public var id: String
  public var position = PagePosition()
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

  public init() {}

  public var text: String { String(query) }
}

/// The compare view: which proposals stand side by side, which column has the focus, matrix or columns.
public struct CompareState: Sendable, Hashable {
  public var columns: [String] = ["P1", "P2"]
  public var focus = 0
  /// Show the coverage matrix (proposals across, analysis items and calls down) instead of the columns.
  public var matrix = false

  public init() {}
}

public struct AppState: Sendable, Hashable {
  public var view: ViewID
  public var language: Language
  public var width: Int
  public var height: Int
  /// Position in each view's main page.
  public var positions: [ViewID: PagePosition] = [:]
  /// Items opened with Enter, most recent last; Esc goes back one.
  public var opened: [OpenedItem] = []
  public var helpVisible = false
  /// Position in the help page.
  public var helpPosition = PagePosition()
  public var search = SearchState()
  public var compare = CompareState()
  /// An item marked on a view's main page (a search hit opened there).
  public var marked: String?

  public init(view: ViewID = .overview, language: Language, width: Int, height: Int) {
    self.view = view
    self.language = language
    self.width = width
    self.height = height
  }
}
