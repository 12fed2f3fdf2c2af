// View 5: search. The query line is drawn in the frame (Screen); this page lists the hits, best first, each with
// its id, kind and path and its text cut around the match, the match highlighted.
import DualLifeModel
import TerminalText

public enum SearchPage {
  static func body(_ state: AppState, _ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let query = state.search.text
    guard !SearchQuery(query).isEmpty else {
      b.text(c.words.searchHint, Style(.dim))
      return b.body
    }
    let (hits, total) = SearchHits.results(state, c.environment)
    if hits.isEmpty {
      b.text(c.words.nothingMatches(query), Style(.notice, bold: true))
      let suggestions = c.environment.searchIndex.suggestions(for: SearchQuery(query))
      if !suggestions.isEmpty { b.text(c.words.didYouMean(suggestions), Style(.accent)) }
      return b.body
    }
    b.text(c.words.hitCount(total, shown: hits.count), Style(.dim))
    for hit in hits {
      let start = b.lineCount
      b.paragraph(
        [Span(c.words.kind(hit.kind), Style(.dim)), Span("  \(hit.path)", Style(.dim))]
          + (c.words.reason(hit).map { [Span("  \($0)", Style(.accent))] } ?? []),
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
}
