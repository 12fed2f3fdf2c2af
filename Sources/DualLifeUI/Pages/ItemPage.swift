// An opened item (Enter): a proposal with its goal, measures, cross-links and (for P1) the Dual Life Tohoku
// concept; any other item with its texts, what it contains, and the proposals that link to it. Every linked id
// is a row of its own, so Enter follows cross-links and Esc comes back.
import DualLifeModel

enum ItemPage {
  static func body(_ id: String, _ c: PageContext) -> Body {
    guard let entry = c.catalog.entry(id) else {
      if let item = c.policy?.item(id) { return PolicyPage.body(item, c) }
      var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
      b.text(id, Style(.notice))
      return b.body
    }
    if entry.kind == .proposal, let proposal = c.dataset.proposal(id) { return self.proposal(proposal, c) }
    return generic(entry, c)
  }

  static func proposal(_ p: Proposal, _ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let structure = c.dataset.proposals.structure
    b.paragraph(
      [Span(c.text(p.title), Style(.title, bold: true))], prefix: [Span(p.id, Style(.id, bold: true)), Span("  ")])
    if structure.foundation.contains(p.id) {
      b.text(c.words.foundationRole, Style(.dim), indent: 4)
    } else if structure.driven.contains(p.id) {
      b.text(c.words.drivenRole, Style(.dim), indent: 4)
    }
    b.blank()
    c.heading(&b, c.words.goal)
    b.text(c.text(p.goal), indent: 2)
    b.blank()
    c.heading(&b, c.words.measures)
    for m in p.measures {
      let start = b.lineCount
      b.paragraph([Span(c.text(m.text))], prefix: [Span(m.id, Style(.id, bold: true)), Span("  ")], indent: 2)
      let links = m.links.analysis + m.links.calls
      if !links.isEmpty {
        b.paragraph(
          [Span(links.joined(separator: " "), Style(.link))], prefix: [Span("\(c.glyphs.arrow) ", Style(.dim))],
          indent: 9)
      }
      b.addTarget(m.id, lines: start..<b.lineCount)
    }
    b.text(c.text(p.measuresEtc), Style(.dim), indent: 9)
    b.blank()
    c.heading(&b, c.words.linkedAnalysis)
    for id in p.links.analysis { c.item(&b, id, indent: 2) }
    b.blank()
    c.heading(&b, c.words.linkedCalls)
    for id in p.links.calls { c.item(&b, id, indent: 2) }
    if !p.links.recommendations.isEmpty {
      b.blank()
      c.heading(&b, c.words.linkedRecommendations)
      for id in p.links.recommendations { c.item(&b, id, indent: 2) }
    }
    if p.id == "P1" {
      b.blank()
      dualLife(&b, c)
    }
    PolicyPage.followed(&b, p, c)
    b.blank()
    c.sourceLine(&b, section: p.section)
    return b.body
  }

  /// The Dual Life Tohoku concept and the life-and-work patterns of its figure.
  static func dualLife(_ b: inout BodyBuilder, _ c: PageContext) {
    let d = c.dataset.proposals.dualLife
    b.anchor(SearchHits.anchor(d.id, .title)) { c.heading(&$0, c.text(d.title)) }
    for p in d.paragraphs {
      b.paragraph([Span(c.text(p.text))], prefix: [Span(c.glyphs.bullet + " ", Style(.accent))], indent: 2)
    }
    // The figure's caption is source text too (and what a search for リモートワーク finds first in Japanese).
    b.blank()
    b.anchor(SearchHits.anchor(d.id, .figureCaption)) { $0.text(c.text(d.figureCaption), Style(.dim), indent: 2) }
    for pattern in d.patterns {
      b.blank()
      let start = b.lineCount
      b.paragraph(
        [Span(c.text(pattern.name), Style(.subheading, bold: true))],
        prefix: [Span(pattern.id, Style(.id)), Span("  ")],
        indent: 2)
      b.text(
        "\(c.words.work): \(c.text(pattern.work))   \(c.words.living): \(c.text(pattern.living))", Style(.accent),
        indent: 4)
      b.text(
        c.words.shortList(pattern.elements.map { c.text($0.text) }, dot: c.glyphs.dot), indent: 4)
      b.addTarget(pattern.id, lines: start..<b.lineCount)
    }
    b.blank()
    b.anchor(SearchHits.anchor(d.id, .figureNote)) { $0.text(c.text(d.figureNote), Style(.dim), indent: 2) }
    b.anchor(SearchHits.anchor(d.id, .figureSource)) { $0.text(c.text(d.figureSource), Style(.dim), indent: 2) }
  }

  static func generic(_ entry: Entry, _ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    b.paragraph(
      [Span(entry.summary(c.language), Style(.title, bold: true))],
      prefix: [Span(entry.id, Style(.id, bold: true)), Span("  ")])
    b.text(c.words.kind(entry.kind), Style(.dim), indent: 4)
    let shownInSummary = entry.summary(c.language) == entry.headline[c.language] ? 1 : entry.fields.count
    for field in entry.fields.dropFirst(shownInSummary) {
      b.blank()
      b.text(c.words.field(field.name), Style(.subheading, bold: true))
      b.text(c.text(field.text), indent: 2)
    }
    if let parent = entry.parent, c.catalog.entry(parent) != nil {
      b.blank()
      c.heading(&b, c.words.parent)
      c.item(&b, parent, indent: 2)
    }
    if !entry.children.isEmpty {
      b.blank()
      c.heading(&b, c.words.inside)
      for child in entry.children { c.item(&b, child, indent: 2) }
    }
    if !entry.links.isEmpty {
      b.blank()
      c.heading(&b, c.words.links)
      for id in entry.links { c.item(&b, id, indent: 2) }
    }
    if let from = c.catalog.linkedFrom[entry.id], !from.isEmpty, entry.kind != .proposal {
      b.blank()
      c.heading(&b, c.words.linkedFrom)
      for id in from { c.item(&b, id, indent: 2) }
    }
    b.blank()
    c.sourceLine(&b, section: entry.section)
    return b.body
  }
}
