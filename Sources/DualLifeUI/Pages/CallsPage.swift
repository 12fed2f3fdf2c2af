// View 4: the calls to the national government and to Tokyo-based major firms and business circles, each with the
// proposals it serves (the dataset's editorial links, read backwards).
import DualLifeModel

enum CallsPage {
  static func body(_ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let calls = c.dataset.calls
    b.anchor(SearchHits.anchor(calls.id, .title)) { c.heading(&$0, c.text(calls.title)) }
    b.anchor(SearchHits.anchor(calls.id, .lead)) { $0.text(c.text(calls.lead)) }
    for group in [calls.government, calls.firms] {
      b.blank()
      b.text(c.text(group.label), Style(.subheading, bold: true))
      for item in group.items {
        let start = b.lineCount
        b.paragraph([Span(c.text(item.text))], prefix: [Span(item.id, Style(.id, bold: true)), Span("  ")], indent: 2)
        let serves = c.proposalsLinking(to: item.id)
        if !serves.isEmpty {
          b.paragraph(
            [Span(serves.joined(separator: " "), Style(.link))],
            prefix: [Span("\(c.glyphs.arrow) \(c.words.serves): ", Style(.dim))], indent: 6)
        }
        b.addTarget(item.id, lines: start..<b.lineCount)
      }
      b.text(c.text(group.itemsEtc), Style(.dim), indent: 6)
    }
    return b.body
  }
}
