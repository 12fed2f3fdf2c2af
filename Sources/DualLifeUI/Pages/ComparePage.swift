// View 6: proposals side by side. Rows are aligned by section (title, goal, measures, strengths, weaknesses,
// opportunities, calls) so that a row reads across; all columns scroll together. m shows the coverage matrix.
import DualLifeModel
import TerminalText

enum ComparePage {
  /// Narrower than this, a column of Japanese text is hard to read; fewer columns are shown instead.
  static let minimumColumnWidth = 28
  static let gap = 2

  /// How many columns fit, and the first one shown (the window follows the focused column).
  static func window(_ compare: CompareState, width: Int) -> Range<Int> {
    let fit = max(1, min(compare.columns.count, (width + gap) / (minimumColumnWidth + gap)))
    let focus = min(max(0, compare.focus), max(0, compare.columns.count - 1))
    let first = max(0, min(focus - fit + 1, compare.columns.count - fit))
    let start = min(first, focus)
    return start..<min(compare.columns.count, start + fit)
  }

  static func body(_ state: AppState, _ c: PageContext) -> Body {
    state.compare.matrix ? matrix(c) : columns(state.compare, c)
  }

  static func columns(_ compare: CompareState, _ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let shown = window(compare, width: c.width)
    let hidden = compare.columns.count - shown.count
    if hidden > 0 {
      b.text(c.words.columnsShown(shown.count, of: compare.columns.count), Style(.notice))
    }
    let ids = Array(compare.columns[shown])
    let proposals = ids.compactMap { c.dataset.proposal($0) }
    let columnWidth = max(1, (c.width - gap * (proposals.count - 1)) / max(1, proposals.count))
    let column = PageContext(copying: c, width: columnWidth)

    // Headers: the focused column stands out.
    let headers = proposals.enumerated().map { k, p in
      var h = BodyBuilder(width: columnWidth, ellipsis: c.glyphs.ellipsis)
      let focused = shown.lowerBound + k == compare.focus
      h.paragraph(
        [Span(c.text(p.title), Style(focused ? .selection : .title, bold: true, reverse: focused))],
        prefix: [Span(p.id, Style(.id, bold: true, reverse: focused)), Span(" ", Style(.normal, reverse: focused))])
      return h.body
    }
    b.columns(headers, gap: gap)

    let analysis = c.dataset.analysis
    let sections: [(String, (Proposal) -> [(String?, String)])] = [
      (c.words.goal, { [(nil, c.text($0.goal))] }),
      (c.words.measures, { $0.measures.map { ($0.id, c.text($0.text)) } }),
      (c.text(analysis.strengthsLabel), { links($0, .strength, c) }),
      (c.text(analysis.weaknessesLabel), { links($0, .weakness, c) }),
      (c.text(analysis.opportunitiesLabel), { links($0, .opportunity, c) }),
      (c.words.linkedCalls, { p in p.links.calls.map { ($0, c.catalog.entry($0)?.summary(c.language) ?? "") } }),
    ]
    for (label, items) in sections {
      b.blank()
      b.line([(0, Span(label, Style(.heading, bold: true)))])
      let bodies = proposals.map { p in
        var col = BodyBuilder(width: column.width, ellipsis: c.glyphs.ellipsis)
        let list = items(p)
        if list.isEmpty { col.text(c.glyphs.dash, Style(.dim)) }
        for (id, text) in list {
          if let id {
            col.paragraph([Span(text)], prefix: [Span(id, Style(.id, bold: true)), Span(" ")])
          } else {
            col.text(text)
          }
        }
        return col.body
      }
      b.columns(bodies, gap: gap)
    }
    return b.body
  }

  static func links(_ p: Proposal, _ kind: EntryKind, _ c: PageContext) -> [(String?, String)] {
    p.links.analysis.compactMap { id in
      guard let entry = c.catalog.entry(id), entry.kind == kind else { return nil }
      return (id, entry.summary(c.language))
    }
  }

  /// Proposals across; strengths, weaknesses, opportunities and calls down; a mark where a proposal or one of its
  /// measures links to the item.
  static func matrix(_ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let proposals = c.dataset.proposals.items
    let cell = 4
    let labelWidth = max(6, c.width - cell * proposals.count)
    let mark = c.glyphs.mark
    b.text(c.words.matrixLegend(mark), Style(.dim))
    var header: [(x: Int, span: Span)] = []
    for (k, p) in proposals.enumerated() { header.append((labelWidth + k * cell, Span(p.id, Style(.id, bold: true)))) }
    b.line(header)
    let a = c.dataset.analysis
    let groups: [(LocalizedText?, String, [String])] = [
      (a.strengthsLabel, "", a.strengths.map(\.id)), (a.weaknessesLabel, "", a.weaknesses.map(\.id)),
      (a.opportunitiesLabel, "", a.opportunities.map(\.id)),
      (c.dataset.calls.government.label, "", c.dataset.calls.government.items.map(\.id)),
      (c.dataset.calls.firms.label, "", c.dataset.calls.firms.items.map(\.id)),
    ]
    for (label, _, ids) in groups {
      if let label { b.line([(0, Span(c.text(label), Style(.subheading, bold: true)))]) }
      for id in ids {
        let summary = c.catalog.entry(id)?.summary(c.language) ?? ""
        var row: [(x: Int, span: Span)] = [
          (0, Span(id, Style(.id, bold: true))),
          (
            id.count + 1,
            Span(Truncation.truncate(summary, width: max(0, labelWidth - id.count - 2), ellipsis: c.glyphs.ellipsis))
          ),
        ]
        for (k, p) in proposals.enumerated() where uses(p, id) {
          row.append((labelWidth + k * cell, Span(mark, Style(.accent, bold: true))))
        }
        let start = b.lineCount
        b.line(row)
        b.addTarget(id, lines: start..<b.lineCount)
      }
    }
    return b.body
  }

  static func uses(_ p: Proposal, _ id: String) -> Bool {
    p.links.analysis.contains(id) || p.links.calls.contains(id)
      || p.measures.contains { $0.links.analysis.contains(id) || $0.links.calls.contains(id) }
  }
}
