// View 1: the document at a glance — title, the five proposals, how they fit together, positioning, the region.
import DualLifeModel
import TerminalText

enum OverviewPage {
  static func body(_ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let d = c.dataset.document
    b.anchor(SearchHits.anchor(d.id, .title)) { $0.text(c.text(d.title), Style(.title, bold: true)) }
    b.anchor(SearchHits.anchor(d.id, .subtitle)) { $0.text(c.text(d.subtitle), Style(.subheading)) }
    b.anchor(SearchHits.anchor(d.id, .publisher)) { $0.text(c.text(d.publisher), Style(.dim)) }
    b.blank()
    b.anchor(SearchHits.anchor(d.id, .lead)) { $0.text(c.text(d.lead)) }
    b.blank()
    c.heading(&b, c.words.proposalsHeading)
    for p in c.dataset.proposals.items {
      b.paragraph(
        [Span(c.text(p.title), Style(.normal, bold: true))], prefix: [Span(p.id, Style(.id, bold: true)), Span("  ")],
        indent: 2, target: p.id)
    }
    b.blank()
    structure(&b, c)
    b.blank()
    c.heading(&b, c.text(c.dataset.positioning.title))
    for p in c.dataset.positioning.paragraphs {
      b.paragraph([Span(c.text(p.text))], prefix: [Span(c.glyphs.bullet + " ", Style(.accent))], indent: 2)
    }
    b.blank()
    c.heading(&b, c.words.prefectures)
    b.text(d.prefectures.map { c.text($0.name) }.joined(separator: c.words.listSeparator), indent: 2)
    b.text(c.text(d.tohokuNote), Style(.dim), indent: 2)
    b.blank()
    c.heading(&b, c.words.meetings)
    let meetings = c.dataset.panel.meetings.map { "\(c.words.meetingNumber($0.number)) \($0.date)" }
    let members = c.dataset.panel.members.map { c.text($0.name) }
    b.text(
      meetings.joined(separator: c.glyphs.dot) + " \(c.glyphs.dash) "
        + members.joined(separator: c.words.nameSeparator), indent: 2)
    return b.body
  }

  /// The structure figure: proposals 3–5 stand on 1 and 2, joined by "これらを基盤にDXを推進".
  static func structure(_ b: inout BodyBuilder, _ c: PageContext) {
    let s = c.dataset.proposals.structure
    c.heading(&b, c.words.structure)
    let inner = c.width - 2
    func row(_ ids: [String]) {
      guard !ids.isEmpty else { return }
      let cell = max(1, (inner - (ids.count - 1) * 2) / ids.count)
      var spans: [(x: Int, span: Span)] = []
      for (k, id) in ids.enumerated() {
        let x = 2 + k * (cell + 2)
        let title = c.dataset.proposal(id).map { c.text($0.title) } ?? ""
        spans.append((x, Span(id, Style(.id, bold: true))))
        spans.append(
          (
            x + id.count + 1,
            Span(Truncation.truncate(title, width: max(0, cell - id.count - 1), ellipsis: c.glyphs.ellipsis), .normal)
          ))
      }
      b.line(spans)
    }
    row(s.driven)
    let label = " \(c.text(s.text)) "
    let ruleWidth = max(0, inner - DisplayWidth.of(label))
    let left = String(repeating: c.glyphs.rule, count: ruleWidth / 2)
    let right = String(repeating: c.glyphs.rule, count: ruleWidth - ruleWidth / 2)
    b.line([
      (2, Span(left, Style(.border))), (2 + left.count, Span(label, Style(.accent, bold: true))),
      (2 + left.count + DisplayWidth.of(label), Span(right, Style(.border))),
    ])
    row(s.foundation)
    if let note = s.reconstruction { b.text(c.text(note), Style(.dim), indent: 2) }
  }
}
