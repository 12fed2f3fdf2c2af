// An opened item (Enter): a proposal with its goal, measures, cross-links and (for P1) the Dual Life Tohoku
// concept; any other item with its texts, what it contains, and the proposals that link to it. Every linked id
// is a row of its own, so Enter follows cross-links and Esc comes back.
import DualLifeModel

enum ItemPage {
  static func body(_ id: String, _ c: PageContext) -> Body {
    guard let entry = c.catalog.entry(id) else {
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
      b.text(c.labels.foundationRole, Style(.dim), indent: 4)
    } else if structure.driven.contains(p.id) {
      b.text(c.labels.drivenRole, Style(.dim), indent: 4)
    }
    b.blank()
    c.heading(&b, c.labels.goal)
    b.text(c.text(p.goal), indent: 2)
    b.blank()
    c.heading(&b, c.labels.measures)
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
    c.heading(&b, c.labels.linkedAnalysis)
    for id in p.links.analysis { c.item(&b, id, indent: 2) }
    b.blank()
    c.heading(&b, c.labels.linkedCalls)
    for id in p.links.calls { c.item(&b, id, indent: 2) }
    if !p.links.recommendations.isEmpty {
      b.blank()
      c.heading(&b, c.labels.linkedRecommendations)
      for id in p.links.recommendations { c.item(&b, id, indent: 2) }
    }
    if p.id == "P1" {
      b.blank()
      dualLife(&b, c)
    }
    b.blank()
    c.sourceLine(&b, section: p.section)
    return b.body
  }

  /// The Dual Life Tohoku concept and the life-and-work patterns of its figure.
  static func dualLife(_ b: inout BodyBuilder, _ c: PageContext) {
    let d = c.dataset.proposals.dualLife
    c.heading(&b, c.text(d.title))
    for p in d.paragraphs {
      b.paragraph([Span(c.text(p.text))], prefix: [Span(c.glyphs.bullet + " ", Style(.accent))], indent: 2)
    }
    for pattern in d.patterns {
      b.blank()
      let start = b.lineCount
      b.paragraph(
        [Span(c.text(pattern.name), Style(.subheading, bold: true))],
        prefix: [Span(pattern.id, Style(.id)), Span("  ")],
        indent: 2)
      b.text(
        "\(c.labels.work): \(c.text(pattern.work))   \(c.labels.living): \(c.text(pattern.living))", Style(.accent),
        indent: 4)
      b.text(
        pattern.elements.map { c.text($0.text) }.joined(separator: c.language == .ja ? "・" : c.glyphs.dot), indent: 4)
      b.addTarget(pattern.id, lines: start..<b.lineCount)
    }
    b.blank()
    b.text(c.text(d.figureNote), Style(.dim), indent: 2)
    b.text(c.text(d.figureSource), Style(.dim), indent: 2)
  }

  static func generic(_ entry: Entry, _ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    b.paragraph(
      [Span(entry.summary(c.language), Style(.title, bold: true))],
      prefix: [Span(entry.id, Style(.id, bold: true)), Span("  ")])
    b.text(entry.kind.name(c.language), Style(.dim), indent: 4)
    let shownInSummary = entry.summary(c.language) == entry.headline[c.language] ? 1 : entry.fields.count
    for field in entry.fields.dropFirst(shownInSummary) {
      b.blank()
      b.text(FieldNames.name(field.name, c.language), Style(.subheading, bold: true))
      b.text(c.text(field.text), indent: 2)
    }
    if let parent = entry.parent, c.catalog.entry(parent) != nil {
      b.blank()
      c.heading(&b, c.labels.parent)
      c.item(&b, parent, indent: 2)
    }
    if !entry.children.isEmpty {
      b.blank()
      c.heading(&b, c.labels.inside)
      for child in entry.children { c.item(&b, child, indent: 2) }
    }
    if !entry.links.isEmpty {
      b.blank()
      c.heading(&b, c.labels.links)
      for id in entry.links { c.item(&b, id, indent: 2) }
    }
    if let from = c.catalog.linkedFrom[entry.id], !from.isEmpty, entry.kind != .proposal {
      b.blank()
      c.heading(&b, c.labels.linkedFrom)
      for id in from { c.item(&b, id, indent: 2) }
    }
    b.blank()
    c.sourceLine(&b, section: entry.section)
    return b.body
  }
}

/// Names of entry fields, for item pages and for `show`.
public enum FieldNames {
  public static func name(_ field: String, _ language: Language) -> String {
    let names: [String: (String, String)] = [
      "title": ("題", "Title"), "subtitle": ("副題", "Subtitle"), "publisher": ("発行", "Publisher"),
      "lead": ("提言", "Lead"), "tohokuNote": ("東北とは", "Tohoku"), "goal": ("目指す姿", "Goal"),
      "text": ("本文", "Text"), "category": ("分類", "Category"), "label": ("項目", "Label"),
      "figureLabel": ("図の矢印", "Figure arrow"), "source": ("出典", "Source"),
      "trendsTitle": ("潮流", "Trends"), "measuresHeading": ("取組例", "Measures"),
      "figureCaption": ("図の説明", "Figure caption"), "figureNote": ("図の読み方", "Reading of the figure"),
      "figureSource": ("図の出典", "Figure source"), "name": ("名前", "Name"), "work": ("仕事", "Work"),
      "living": ("暮らし", "Living"), "government": ("国", "Government"), "firms": ("企業・経済界", "Firms"),
      "recommendationsTitle": ("提言", "Recommendations"), "date": ("日付", "Date"), "role": ("役割", "Role"),
      "field": ("分野", "Field"), "affiliation": ("所属・肩書", "Affiliation"),
      "perspective": ("観点", "Perspective"), "before": ("これまで", "Before"), "event": ("転機", "Event"),
      "after": ("これから", "After"),
    ]
    guard let pair = names[field] else { return field }
    return language == .ja ? pair.0 : pair.1
  }
}
