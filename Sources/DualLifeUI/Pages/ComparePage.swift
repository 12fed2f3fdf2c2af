// View 6: proposals side by side. A summary block says what the compared proposals share and what only one of them
// links; goal and measures read across; in the linked sections an item sits on one row across the columns that link
// it, tagged shared (with how many share it) or own. m shows the coverage matrix. The proposal titles (and the
// matrix's column names) are the page's header, which the layout keeps on screen while the rest scrolls.
import DualLifeModel
import TerminalText

enum ComparePage {
  /// Narrower than this, a column of Japanese text is hard to read; fewer columns are shown instead.
  static let minimumColumnWidth = 28
  static let gap = 2

  /// How many columns of the minimum width fit in `width` cells (at least one).
  static func fit(_ count: Int, width: Int) -> Int {
    max(1, min(count, (width + gap) / (minimumColumnWidth + gap)))
  }

  /// The width `count` columns side by side need.
  static func widthNeeded(_ count: Int) -> Int {
    count * minimumColumnWidth + max(0, count - 1) * gap
  }

  /// How many columns fit, and the first one shown (the window follows the focused column).
  static func window(_ compare: CompareState, width: Int) -> Range<Int> {
    let fit = fit(compare.columns.count, width: width)
    let focus = min(max(0, compare.focus), max(0, compare.columns.count - 1))
    let first = max(0, min(focus - fit + 1, compare.columns.count - fit))
    let start = min(first, focus)
    return start..<min(compare.columns.count, start + fit)
  }

  static func header(_ state: AppState, _ c: PageContext) -> Body {
    state.compare.matrix ? CoverageMatrix.header(c) : columnsHeader(state.compare, c)
  }

  static func body(_ state: AppState, _ c: PageContext) -> Body {
    state.compare.matrix ? CoverageMatrix.body(c) : columns(state.compare, c)
  }

  /// Why the last key did nothing, how many columns are off screen, and the titles of those shown.
  static func columnsHeader(_ compare: CompareState, _ c: PageContext) -> Body {
    var b = c.builder()
    if let notice = compare.notice { b.text(c.words.compareNotice(notice), Style(.notice, bold: true)) }
    let shown = window(compare, width: c.width)
    if shown.count < compare.columns.count {
      b.text(c.words.columnsShown(shown.count, of: compare.columns.count), Style(.notice))
    }
    titles(Array(compare.columns[shown]), focused: compare.focus - shown.lowerBound, c, into: &b)
    return b.body
  }

  static func columns(_ compare: CompareState, _ c: PageContext) -> Body {
    var b = c.builder()
    let comparison = Comparison(compare.columns, c.dataset, c.words, policy: c.policy)
    summary(comparison, c, into: &b)
    sections(Array(compare.columns[window(compare, width: c.width)]), comparison, c, into: &b)
    return b.body
  }

  /// All of a comparison for print: the summary, then the columns in bands of as many as fit the width, so that
  /// every proposal appears whatever the width.
  static func printed(_ ids: [String], _ c: PageContext) -> Body {
    var b = c.builder()
    let comparison = Comparison(ids, c.dataset, c.words, policy: c.policy)
    summary(comparison, c, into: &b)
    let fit = fit(ids.count, width: c.width)
    let bands = stride(from: 0, to: ids.count, by: fit).map { Array(ids[$0..<min(ids.count, $0 + fit)]) }
    for (k, band) in bands.enumerated() {
      b.blank()
      if bands.count > 1 { b.text(c.words.band(k + 1, of: bands.count, band), Style(.heading, bold: true)) }
      titles(band, focused: nil, c, into: &b)
      sections(band, comparison, c, into: &b)
    }
    return b.body
  }

  static func columnWidth(_ count: Int, _ width: Int) -> Int {
    max(1, (width - gap * (count - 1)) / max(1, count))
  }

  /// The proposals' titles side by side; the focused column stands out.
  static func titles(_ ids: [String], focused: Int?, _ c: PageContext, into b: inout BodyBuilder) {
    let proposals = ids.compactMap { c.dataset.proposal($0) }
    let width = columnWidth(proposals.count, c.width)
    let headers = proposals.enumerated().map { k, p in
      var h = BodyBuilder(width: width, ellipsis: c.glyphs.ellipsis)
      let focused = k == focused
      h.paragraph(
        [Span(c.text(p.title), Style(focused ? .selection : .title, bold: true, reverse: focused))],
        prefix: [Span(p.id, Style(.id, bold: true, reverse: focused)), Span(" ", Style(.normal, reverse: focused))])
      return h.body
    }
    b.columns(headers, gap: gap)
  }

  /// "Shared by 2 of 2 (3)  W2 O4 F1", then "Only P1 (12)  S1 S6 …" for each proposal.
  static func summary(_ comparison: Comparison, _ c: PageContext, into b: inout BodyBuilder) {
    b.text(c.words.sharedAndDifferent, Style(.heading, bold: true))
    let total = comparison.proposals.count
    let shared = comparison.shared
    for count in stride(from: total, through: 2, by: -1) {
      let ids = shared.filter { $0.linkedBy.count == count }.map(\.id)
      // Two proposals sharing nothing is worth saying; an empty "3 of 5" line is not.
      guard !ids.isEmpty || (count == 2 && shared.isEmpty) else { continue }
      summaryLine(c.words.sharedBy(count, of: total, items: ids.count), ids, Style(.accent, bold: true), c, &b)
    }
    for p in comparison.proposals {
      let ids = comparison.own(p)
      summaryLine(c.words.only(p, items: ids.count), ids, Style(.subheading, bold: true), c, &b)
    }
  }

  static func summaryLine(
    _ label: String, _ ids: [String], _ style: Style, _ c: PageContext, _ b: inout BodyBuilder
  ) {
    let list = ids.isEmpty ? Span(c.glyphs.dash, Style(.dim)) : Span(ids.joined(separator: " "), Style(.id))
    b.paragraph([list], prefix: [Span(label, style), Span("  ")], indent: 2)
  }

  /// Goal and measures side by side, then each linked section with its items aligned by row.
  static func sections(_ ids: [String], _ comparison: Comparison, _ c: PageContext, into b: inout BodyBuilder) {
    let proposals = ids.compactMap { c.dataset.proposal($0) }
    let width = columnWidth(proposals.count, c.width)
    func column(_ fill: (inout BodyBuilder) -> Void) -> Body {
      var col = BodyBuilder(width: width, ellipsis: c.glyphs.ellipsis)
      fill(&col)
      return col.body
    }
    b.blank()
    c.heading(&b, c.words.goal)
    b.columns(proposals.map { p in column { $0.text(c.text(p.goal)) } }, gap: gap)
    b.blank()
    c.heading(&b, c.words.measures)
    let measures = proposals.map { p in
      column { col in
        for m in p.measures {
          col.paragraph([Span(c.text(m.text))], prefix: [Span(m.id, Style(.id, bold: true)), Span(" ")], target: m.id)
        }
      }
    }
    b.columns(measures, gap: gap)
    for group in comparison.groups {
      b.blank()
      c.heading(&b, group.label)
      let rows = group.rows.filter { row in row.linkedBy.contains { ids.contains($0) } }
      if rows.isEmpty { b.text(c.glyphs.dash, Style(.dim)) }
      for row in rows { alignedRow(row, ids, comparison, width: width, c, &b) }
    }
  }

  /// One linked item on one row: its text in each column that links it, tagged shared or own. A row shared by
  /// several columns is one selectable target across them, so Enter opens it whichever column the eye is on.
  static func alignedRow(
    _ row: Comparison.Row, _ ids: [String], _ comparison: Comparison, width: Int, _ c: PageContext,
    _ b: inout BodyBuilder
  ) {
    let total = comparison.proposals.count
    let summary = comparison.summary(row.id, c.dataset, c.language)
    let tag =
      row.shared
      ? Span(c.words.sharedTag(row.linkedBy.count, of: total), Style(.accent, bold: true))
      : Span(c.words.ownTag, Style(.dim))
    let here = ids.indices.filter { row.linkedBy.contains(ids[$0]) }
    let prefix = [Span(row.id, Style(.id, bold: true)), Span(" "), tag, Span(" ")]
    // In a narrow column a hanging text would wrap a word per line: it goes under the id and tag instead.
    let ownLine = prefix.reduce(0) { $0 + DisplayWidth.of($1.text) } > width / 3
    let bodies = ids.map { id in
      var col = BodyBuilder(width: width, ellipsis: c.glyphs.ellipsis)
      guard row.linkedBy.contains(id) else { return col.body }
      let start = col.lineCount
      if ownLine {
        col.line([(0, prefix[0]), (DisplayWidth.of(row.id) + 1, tag)])
        col.paragraph([Span(summary)], indent: 2)
      } else {
        col.paragraph([Span(summary)], prefix: prefix)
      }
      if here.count == 1 { col.addTarget(row.id, lines: start..<col.lineCount) }
      return col.body
    }
    let start = b.lineCount
    b.columns(bodies, gap: gap)
    if here.count > 1, let first = here.first, let last = here.last {
      b.addTarget(row.id, lines: start..<b.lineCount, columns: (first * (width + gap))..<(last * (width + gap) + width))
    }
  }
}
