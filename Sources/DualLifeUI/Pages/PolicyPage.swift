// What followed the proposals: on a proposal's page, the policy items that take it and its measures up (our
// reading, with the reason for each); and the page of a policy item itself — its texts, its figures as printed,
// what it contains and which proposals it takes up.
import DualLifeModel
import TerminalText

enum PolicyPage {
  /// The one line that names a policy item: its title, or else its first text.
  static func headline(_ item: PolicyItem, _ c: PageContext) -> String { item.headline(c.language) }

  /// "What followed" on a proposal's page: the uptake of the proposal and of each of its measures.
  static func followed(_ b: inout BodyBuilder, _ p: Proposal, _ c: PageContext) {
    guard let policy = c.policy else { return }
    let links = ([p.id] + p.measures.map(\.id)).flatMap { policy.uptake(of: $0) }
    guard !links.isEmpty else { return }
    b.blank()
    c.heading(&b, c.words.whatFollowed)
    for link in links {
      let from = [Span(link.proposal, Style(.id, bold: true)), Span(" \(c.glyphs.arrow) ", Style(.dim))]
      if let id = link.policy, let item = policy.item(id) {
        // A paragraph without a title is cut to about two lines here; its own page shows it whole.
        let shown = Truncation.truncate(headline(item, c), width: 2 * max(8, c.width - 12), ellipsis: c.glyphs.ellipsis)
        b.paragraph(
          [Span(shown)], prefix: from + [Span(id, Style(.id, bold: true)), Span("  ")], indent: 2,
          target: id)
      } else {
        b.paragraph([Span(c.words.notTakenUp, Style(.notice))], prefix: from, indent: 2)
      }
      b.text(c.text(link.reason), Style(.dim), indent: 6)
    }
  }

  /// The page of a policy item (opened with Enter from a proposal's page, or from view 7).
  static func body(_ item: PolicyItem, _ c: PageContext) -> Body {
    var b = c.builder()
    b.paragraph(
      [Span(headline(item, c), Style(.title, bold: true))], prefix: [Span(item.id, Style(.id, bold: true)), Span("  ")])
    for text in item.texts where c.text(text.text) != headline(item, c) && !text.name.hasSuffix(".unit") {
      b.blank()
      b.text(c.words.policyField(text.name), Style(.subheading, bold: true))
      b.text(c.text(text.text), indent: 2)
    }
    let figures = item.attributes.filter { $0.name.hasSuffix("asPrinted") || $0.name == "date" || $0.name == "kind" }
    if !figures.isEmpty {
      b.blank()
      for figure in figures {
        b.text("\(c.words.policyField(figure.name)): \(figure.value)", indent: 2)
      }
    }
    if !item.children.isEmpty {
      b.blank()
      c.heading(&b, c.words.inside)
      for child in item.children {
        b.paragraph(
          [Span(headline(child, c))], prefix: [Span(child.id, Style(.id, bold: true)), Span("  ")], indent: 2,
          target: child.id)
      }
    }
    takesUp(&b, item, c)
    b.blank()
    c.sourceLine(&b, section: item.section)
    return b.body
  }

  /// The proposals and measures this item takes up (the uptake links read backwards).
  static func takesUp(_ b: inout BodyBuilder, _ item: PolicyItem, _ c: PageContext) {
    let links = c.policy?.uptake.filter { $0.policy == item.id } ?? []
    guard !links.isEmpty else { return }
    b.blank()
    c.heading(&b, c.words.takesUp)
    for link in links {
      c.item(&b, link.proposal, indent: 2)
      b.text(c.text(link.reason), Style(.dim), indent: 6)
    }
  }
}
