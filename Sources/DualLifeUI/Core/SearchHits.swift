// The dashboard's search: the hits of the query typed, and where each hit lives (the page that shows it).
import DualLifeModel

public enum SearchHits {
  /// The dashboard shows at most this many hits (five screens' worth); the count says how many there are in all.
  public static let limit = 100

  static func results(_ state: AppState, _ dataset: Dataset) -> (hits: [SearchHit], total: Int) {
    dataset.searchIndex.results(SearchQuery(state.search.text), language: state.language, limit: limit)
  }

  /// Where a hit lives: the view to show, the item to open there (if any) and the item to mark.
  static func location(of id: String, _ dataset: Dataset) -> (view: ViewID, open: String?, marked: String?) {
    let catalog = dataset.catalog
    guard let entry = catalog.entry(id) else { return (.search, nil, nil) }
    switch entry.kind {
    case .proposal: return (.proposals, id, nil)
    case .measure: return (.proposals, entry.parent, id)
    case .strength, .weakness, .opportunity, .trend, .recognition: return (.analysis, nil, id)
    case .trendBullet: return (.analysis, nil, entry.parent)
    case .governmentCall, .firmCall: return (.calls, nil, id)
    case .dualLife, .pattern: return (.proposals, "P1", entry.kind == .pattern ? id : nil)
    case .patternElement: return (.proposals, "P1", entry.parent)
    case .calls: return (.calls, nil, nil)
    case .analysis, .trends: return (.analysis, nil, nil)
    case .proposals: return (.proposals, nil, nil)
    case .document, .positioning: return (.overview, nil, nil)
    default:
      // Paragraphs, recommendations, points, experts…: their parent's page, marked, unless the parent is a whole
      // section, then the item's own page.
      if let parent = entry.parent, let p = catalog.entry(parent),
        ![.document, .positioning, .trends, .analysis, .proposals, .calls, .panel].contains(p.kind)
      {
        return (.overview, parent, id)
      }
      return (.overview, id, nil)
    }
  }
}
