// View 5: search. The query line is drawn in the frame (Screen); this page lists the hits, best first, each with
// its id, kind and path and its text cut around the match, the match highlighted.
import DualLifeModel
import TerminalText

public enum SearchPage {
  /// The dashboard shows at most this many hits (five screens' worth); the count says how many there are in all.
  public static let limit = 100

  static func results(_ state: AppState, _ dataset: Dataset) -> (hits: [SearchHit], total: Int) {
    dataset.searchIndex.results(SearchQuery(state.search.text), language: state.language, limit: limit)
  }

  static func body(_ state: AppState, _ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let query = state.search.text
    let ja = c.language == .ja
    guard !SearchQuery(query).isEmpty else {
      b.text(
        ja
          ? "語を入力してください。日本語でも英語でも、全角でも半角でも、ひらがなでもカタカナでも見つかります（さてらいと → サテライト）。"
          : "Type a word. Japanese or English, full or half width, hiragana or katakana all match (さてらいと finds サテライト).",
        Style(.dim))
      return b.body
    }
    let (hits, total) = results(state, c.dataset)
    if hits.isEmpty {
      b.text(ja ? "「\(query)」に一致する項目はありません。" : "Nothing matches “\(query)”.", Style(.notice, bold: true))
      return b.body
    }
    let count =
      total > hits.count
      ? (ja ? "\(total) 件（上位 \(hits.count) 件を表示）" : "\(total) hits (showing the best \(hits.count))")
      : (ja ? "\(total) 件" : (total == 1 ? "1 hit" : "\(total) hits"))
    b.text(count, Style(.dim))
    for hit in hits {
      let start = b.lineCount
      b.paragraph(
        [Span(hit.kind.name(c.language), Style(.dim)), Span("  \(hit.path)", Style(.dim))],
        prefix: [Span(hit.id, Style(.id, bold: true)), Span("  ")])
      b.paragraph(excerpt(hit, width: c.width - 4, ellipsis: c.glyphs.ellipsis), indent: 4)
      b.addTarget(hit.id, lines: start..<b.lineCount)
    }
    return b.body
  }

  /// The hit's text on at most about two lines, cut around the first match, matches highlighted.
  static func excerpt(_ hit: SearchHit, width: Int, ellipsis: String) -> [Span] {
    let characters = Array(hit.text).map { $0 == "\n" ? " " : $0 }
    let room = max(8, width * 2 - 2)
    var from = 0
    if let first = hit.ranges.first, DisplayWidth.of(String(characters[0..<first.upperBound])) > room - 8 {
      // Start a little before the match, so it shows with some context.
      from = max(0, first.lowerBound - 8)
      // In English, start at a word.
      while from > 0, from < first.lowerBound, characters[from - 1] != " ", characters[from].isASCII { from += 1 }
    }
    var to = from
    var used = 0
    while to < characters.count {
      let w = DisplayWidth.of(characters[to])
      if used + w > room { break }
      used += w
      to += 1
    }
    var spans: [Span] = []
    if from > 0 { spans.append(Span(ellipsis, Style(.dim))) }
    var k = from
    while k < to {
      if let range = hit.ranges.first(where: { $0.contains(k) }) {
        let end = min(range.upperBound, to)
        spans.append(Span(String(characters[k..<end]), Style(.match, bold: true, underline: true)))
        k = end
      } else {
        let next = hit.ranges.first { $0.lowerBound > k }?.lowerBound ?? to
        let end = min(next, to)
        spans.append(Span(String(characters[k..<end])))
        k = end
      }
    }
    if to < characters.count { spans.append(Span(ellipsis, Style(.dim))) }
    return spans
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
