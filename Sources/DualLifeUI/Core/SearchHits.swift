// The dashboard's search: the hits of the query typed, and where each hit lives (the page that shows it).
import DualLifeModel

public enum SearchHits {
  /// The dashboard shows at most this many hits (five screens' worth); the count says how many there are in all.
  public static let limit = 100

  static func results(_ state: AppState, _ environment: UIEnvironment) -> (hits: [SearchHit], total: Int) {
    environment.searchIndex.results(SearchQuery(state.search.text), language: state.language, limit: limit)
  }

  /// The anchor of a section's own text on its page ("CA#lead"): a heading or a lead is no row to select, but a hit
  /// on it must open with it on screen and marked.
  static func anchor(_ id: String, _ field: FieldName) -> String { "\(id)#\(field.rawValue)" }

  /// Where a hit lives: the view to show, the item to open there (if any) and the item to mark. A hit on the text
  /// of a whole section (its title, lead, figure note) marks that text's anchor, or the section's title when its
  /// page does not show the field.
  static func location(of hit: SearchHit, _ dataset: Dataset) -> (view: ViewID, open: String?, marked: String?) {
    // What followed: the item's own page, from view 7.
    if hit.kind == .policyItem { return (.followed, hit.id, nil) }
    let (view, open, marked) = location(of: hit.id, dataset)
    guard marked == nil, let kind = dataset.catalog.entry(hit.id)?.kind, let shown = anchoredFields[kind] else {
      return (view, open, marked)
    }
    let field = FieldName(rawValue: hit.field).flatMap { shown.contains($0) ? $0 : nil }
    return (view, open, anchor(hit.id, field ?? .title))
  }

  /// The sections whose own texts their pages show, and which of those texts carry an anchor.
  static let anchoredFields: [EntryKind: Set<FieldName>] = [
    .dualLife: [.title, .figureCaption, .figureNote, .figureSource], .calls: [.title, .lead], .analysis: [.title],
    .trends: [.title], .document: [.title, .subtitle, .publisher, .lead],
  ]

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
