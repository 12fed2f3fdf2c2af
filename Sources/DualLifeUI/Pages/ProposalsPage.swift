// View 2: the five proposals, each with its goal; Enter opens one (ItemPage shows the detail).
import DualLifeModel

enum ProposalsPage {
  static func body(_ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let proposals = c.dataset.proposals
    c.heading(&b, c.text(proposals.title))
    b.blank()
    for (k, p) in proposals.items.enumerated() {
      if k > 0 { b.blank() }
      let start = b.lineCount
      b.paragraph(
        [Span(c.text(p.title), Style(.normal, bold: true))], prefix: [Span(p.id, Style(.id, bold: true)), Span("  ")])
      b.paragraph([Span(c.text(p.goal))], indent: 4)
      let role =
        proposals.structure.foundation.contains(p.id)
        ? c.words.foundationRole : (proposals.structure.driven.contains(p.id) ? c.words.drivenRole : "")
      let summary = [c.words.measuresCount(p.measures.count), role].filter { !$0.isEmpty }.joined(
        separator: c.glyphs.dot)
      b.text(summary, Style(.dim), indent: 4)
      b.addTarget(p.id, lines: start..<b.lineCount)
    }
    return b.body
  }
}
