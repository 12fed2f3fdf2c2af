// View 3: the three trends; strengths | weaknesses | opportunities side by side when the terminal is wide
// enough (three readable columns), stacked when not; the time axis and the basic recognition.
import DualLifeModel

enum AnalysisPage {
  /// Below 108 terminal columns three columns would be too narrow to read Japanese comfortably. The page gets the
  /// body's width, three columns less than the terminal's (the ▶ margin and the right edge).
  static let sideBySideWidth = 108 - 3

  static func body(_ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let trends = c.dataset.trends
    let analysis = c.dataset.analysis
    b.anchor(SearchHits.anchor(trends.id, .title)) { c.heading(&$0, c.text(trends.title)) }
    for t in trends.items {
      b.paragraph(
        [Span(c.text(t.title), Style(.subheading, bold: true))],
        prefix: [Span(t.id, Style(.id, bold: true)), Span("  ")],
        target: t.id)
      for bullet in t.bullets {
        let label = c.text(bullet.label) + c.words.labelSeparator
        b.paragraph(
          [Span(label, Style(.accent)), Span(c.text(bullet.text))], prefix: [Span(c.glyphs.bullet + " ")], indent: 4)
      }
    }
    b.text(c.text(trends.figure.source), Style(.dim), indent: 4)
    // What the figure's extraction left to our reading, said where the figure is.
    for note in [trends.reconstruction, trends.figure.reconstruction].compactMap({ $0 }) {
      b.text(c.text(note), Style(.dim), indent: 4)
    }
    b.blank()
    b.anchor(SearchHits.anchor(analysis.id, .title)) { c.heading(&$0, c.text(analysis.title)) }
    let groups = [
      (analysis.strengthsLabel, analysis.strengths), (analysis.weaknessesLabel, analysis.weaknesses),
      (analysis.opportunitiesLabel, analysis.opportunities),
    ]
    if c.width >= sideBySideWidth {
      let gap = 2
      let columnWidth = (c.width - 2 * gap) / 3
      let columns = groups.map { label, items in
        column(label, items, PageContext(copying: c, width: columnWidth))
      }
      b.columns(columns, gap: gap)
    } else {
      for (k, (label, items)) in groups.enumerated() {
        if k > 0 { b.blank() }
        let part = column(label, items, c)
        b.columns([part], gap: 0)
      }
    }
    b.blank()
    let axis = analysis.timeAxis
    b.text(
      "\(c.text(axis.label)): \(c.text(axis.before)) \(c.glyphs.arrow) \(c.text(axis.event)) \(c.glyphs.arrow) \(c.text(axis.after))",
      Style(.dim))
    if let note = axis.reconstruction { b.text(c.text(note), Style(.dim), indent: 2) }
    b.blank()
    c.heading(&b, c.text(analysis.basicRecognitionTitle))
    for item in analysis.basicRecognition {
      b.paragraph(
        [Span(c.text(item.text))], prefix: [Span(c.glyphs.bullet + " ", Style(.accent))], indent: 2, target: item.id)
    }
    return b.body
  }

  static func column(_ label: LocalizedText, _ items: [AnalysisItem], _ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    b.text(c.text(label), Style(.subheading, bold: true))
    for item in items {
      var spans: [Span] = []
      if let category = item.category {
        spans.append(Span(c.words.category(c.text(category)), Style(.accent)))
      }
      spans.append(Span(c.text(item.text)))
      b.paragraph(spans, prefix: [Span(item.id, Style(.id, bold: true)), Span(" ")], target: item.id)
    }
    return b.body
  }
}
