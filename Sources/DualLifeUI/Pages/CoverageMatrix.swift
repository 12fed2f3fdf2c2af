// View 6 with m: every strength, weakness, opportunity, call and expert recommendation down, the five proposals
// across, a mark where a proposal or one of its measures links the item, and totals both ways. The label column is
// as wide as the labels need (up to a cap), so the marks sit next to them; dot leaders carry the eye across.
import DualLifeModel
import TerminalText

enum CoverageMatrix {
  /// Cells per proposal column.
  static let cell = 4
  /// Past this a label is cut: wider labels would push the marks far from the short ones.
  static let maximumLabelWidth = 64

  struct Columns {
    let proposals: [String]
    let labelWidth: Int

    /// Where column `k` starts (`proposals.count` is the totals column).
    func x(_ k: Int) -> Int { labelWidth + k * CoverageMatrix.cell }

    init(_ comparison: Comparison, _ c: PageContext) {
      proposals = comparison.proposals
      let room = c.width - CoverageMatrix.cell * proposals.count - CoverageMatrix.totalWidth(c.words)
      let widest =
        comparison.rows.map { row in
          DisplayWidth.of(row.id) + 1 + DisplayWidth.of(comparison.summary(row.id, c.dataset, c.language))
        }.max() ?? 0
      labelWidth = max(CoverageMatrix.minimumLabelWidth, min(widest + 2, room, CoverageMatrix.maximumLabelWidth))
    }
  }

  /// The narrowest label column: an id and a few cells of its text.
  static let minimumLabelWidth = 8

  /// The totals column: as wide as its heading.
  static func totalWidth(_ words: Words) -> Int { max(cell, DisplayWidth.of(words.total) + 1) }

  /// The width the matrix needs to show every column (`compare --matrix` refuses less).
  static func widthNeeded(proposals: Int, _ words: Words) -> Int {
    minimumLabelWidth + cell * proposals + totalWidth(words)
  }

  static func comparison(_ c: PageContext) -> Comparison {
    Comparison(c.dataset.proposals.items.map(\.id), c.dataset, c.words, policy: c.policy, keepUnlinked: true)
  }

  /// The legend and the column names: the layout keeps these on screen on every page.
  static func header(_ c: PageContext) -> Body {
    var b = c.builder()
    b.text(c.words.matrixLegend(c.glyphs.mark), Style(.dim))
    let columns = Columns(comparison(c), c)
    var line: [(x: Int, span: Span)] = columns.proposals.enumerated().map { k, p in
      (columns.x(k), Span(p, Style(.id, bold: true)))
    }
    line.append((columns.x(columns.proposals.count), Span(c.words.total, Style(.heading, bold: true))))
    b.line(line)
    return b.body
  }

  static func body(_ c: PageContext) -> Body {
    var b = c.builder()
    let comparison = comparison(c)
    let columns = Columns(comparison, c)
    for group in comparison.groups {
      b.line([(0, Span(group.label, Style(.subheading, bold: true)))])
      for row in group.rows {
        let start = b.lineCount
        b.line(line(row, comparison, columns, c))
        b.addTarget(row.id, lines: start..<b.lineCount)
      }
    }
    var totals: [(x: Int, span: Span)] = [(0, Span(c.words.total, Style(.heading, bold: true)))]
    for (k, p) in columns.proposals.enumerated() {
      let count = comparison.rows.filter { $0.linkedBy.contains(p) }.count
      totals.append((columns.x(k), Span(String(count), Style(.heading, bold: true))))
    }
    let marks = comparison.rows.reduce(0) { $0 + $1.linkedBy.count }
    totals.append((columns.x(columns.proposals.count), Span(String(marks), Style(.heading, bold: true))))
    b.line(totals)
    return b.body
  }

  /// "S1 【地勢・社会資本】首都圏近接… ·····  ●       ●   2".
  static func line(_ row: Comparison.Row, _ comparison: Comparison, _ columns: Columns, _ c: PageContext)
    -> [(x: Int, span: Span)]
  {
    let summary = comparison.summary(row.id, c.dataset, c.language)
    let room = max(0, columns.labelWidth - DisplayWidth.of(row.id) - 2)
    let label = Truncation.truncate(summary, width: room, ellipsis: c.glyphs.ellipsis)
    let end = DisplayWidth.of(row.id) + 1 + DisplayWidth.of(label)
    let leader = String(repeating: c.glyphs.leader, count: max(0, columns.labelWidth - end - 2))
    var line: [(x: Int, span: Span)] = [
      (0, Span(row.id, Style(.id, bold: true))), (DisplayWidth.of(row.id) + 1, Span(label)),
      (end + 1, Span(leader, Style(.dim))),
    ]
    for (k, p) in columns.proposals.enumerated() where row.linkedBy.contains(p) {
      line.append((columns.x(k), Span(c.glyphs.mark, Style(.accent, bold: true))))
    }
    line.append((columns.x(columns.proposals.count), Span(String(row.linkedBy.count), Style(.dim))))
    return line
  }
}
