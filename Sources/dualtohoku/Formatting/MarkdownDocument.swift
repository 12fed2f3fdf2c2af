// `export --format markdown`: the whole dataset as one readable document, in the source's order,
// in one language or both (Japanese first, the English under it).
import DualLifeModel
import DualLifeUI

struct MarkdownDocument {
  let dataset: Dataset
  let languages: [Language]
  /// What followed the proposals, when it can be read against this dataset: its passages close the document.
  let policy: PolicyContext?

  private var out = ""

  init(dataset: Dataset, languages: [Language], policy: PolicyContext? = nil) {
    self.dataset = dataset
    self.languages = languages
    self.policy = policy
  }

  /// The text in each chosen language; with both, the English follows in italics.
  private func t(_ text: LocalizedText) -> String {
    languages.enumerated().map { k, language in
      let s = Markdown.escape(text[language])
      return k == 0 ? s : "*\(s)*"
    }.joined(separator: "  \n")
  }

  /// A heading or label in the chosen languages, joined with " / ".
  private func h(_ text: LocalizedText) -> String {
    languages.map { Markdown.escape(text[$0]) }.joined(separator: " / ")
  }

  private mutating func heading(_ level: Int, _ text: String) {
    out += String(repeating: "#", count: level) + " " + text + "\n\n"
  }

  private mutating func paragraph(_ text: String) { out += text + "\n\n" }

  private mutating func bullet(_ id: String, _ text: LocalizedText, indent: Int = 0) {
    let pad = String(repeating: "  ", count: indent)
    let body = t(text).replacingNewlines(with: "  \n" + pad + "  ")
    out += "\(pad)- **\(id)** \(body)\n"
  }

  private func sectionHeading(_ id: String) -> String {
    guard let section = dataset.section(id) else { return id }
    return (section.number.isEmpty ? "" : "\(section.number). ") + h(section.heading)
  }

  mutating func render() -> String {
    out = ""
    front()
    positioning()
    trends()
    analysis()
    proposals()
    calls()
    panel()
    followed()
    return out
  }

  /// A label of the interface in the chosen languages ("分野 / Field").
  private func word(_ label: (Words) -> String) -> String {
    h(LocalizedText(ja: label(Words(.ja)), en: label(Words(.en))))
  }

  private mutating func front() {
    let d = dataset.document
    heading(1, h(d.title))
    paragraph("*\(h(d.subtitle))* — \(h(d.publisher))")
    paragraph(t(d.lead))
    for p in dataset.proposals.items { bullet(p.id, p.title) }
    out += "\n"
  }

  private mutating func positioning() {
    let d = dataset.document
    heading(2, sectionHeading("1"))
    for p in dataset.positioning.paragraphs { bullet(p.id, p.text) }
    out += "\n"
    paragraph(t(d.tohokuNote))
    out += d.prefectures.map { "\($0.id) \(h($0.name))" }.joined(separator: " · ") + "\n\n"
  }

  private mutating func trends() {
    let trends = dataset.trends
    heading(2, sectionHeading("2"))
    for p in trends.paragraphs { bullet(p.id, p.text) }
    out += "\n"
    for trend in trends.items {
      heading(3, "\(trend.id) \(h(trend.title))")
      paragraph("*\(word { $0.field(.figureLabel) })*: \(h(trend.figureLabel))")
      for b in trend.bullets {
        bullet(b.id, LocalizedText(ja: "\(b.label.ja)：\(b.text.ja)", en: "\(b.label.en): \(b.text.en)"))
      }
      out += "\n"
    }
    paragraph("\(h(trends.figure.title)): " + trends.figure.labels.map { h($0.text) }.joined(separator: " · "))
    paragraph("*\(t(trends.figure.source))*")
    for note in [trends.reconstruction, trends.figure.reconstruction].compactMap({ $0 }) { paragraph("*\(t(note))*") }
  }

  private mutating func analysis() {
    let a = dataset.analysis
    heading(2, sectionHeading("3"))
    paragraph("*\(h(a.trendsTitle))*: " + dataset.trends.items.map { h($0.title) }.joined(separator: " · "))
    for (label, items) in [
      (a.strengthsLabel, a.strengths), (a.weaknessesLabel, a.weaknesses), (a.opportunitiesLabel, a.opportunities),
    ] {
      heading(3, h(label))
      for item in items {
        if let category = item.category {
          bullet(item.id, LocalizedText(ja: "【\(category.ja)】\(item.text.ja)", en: "[\(category.en)] \(item.text.en)"))
        } else {
          bullet(item.id, item.text)
        }
      }
      out += "\n"
    }
    paragraph("\(h(a.timeAxis.label)): \(h(a.timeAxis.before)) → \(h(a.timeAxis.event)) → \(h(a.timeAxis.after))")
    if let note = a.timeAxis.reconstruction { paragraph("*\(t(note))*") }
    heading(3, h(a.basicRecognitionTitle))
    for b in a.basicRecognition { bullet(b.id, b.text) }
    out += "\n"
  }

  private mutating func proposals() {
    let proposals = dataset.proposals
    heading(2, sectionHeading("4"))
    for p in proposals.items {
      heading(3, "\(p.id) \(h(p.title))")
      paragraph(t(p.goal))
      paragraph("*\(h(proposals.measuresHeading))*")
      for m in p.measures { bullet(m.id, m.text) }
      out += "- \(t(p.measuresEtc))\n\n"
      paragraph("*\(word(\.editorialLinks))*: " + (p.links.analysis + p.links.calls).joined(separator: ", "))
    }
    let s = proposals.structure
    paragraph("**\(h(s.text))**: \(s.foundation.joined(separator: ", ")) → \(s.driven.joined(separator: ", "))")
    if let note = s.reconstruction { paragraph("*\(t(note))*") }
    let dual = proposals.dualLife
    heading(3, h(dual.title))
    for p in dual.paragraphs { bullet(p.id, p.text) }
    out += "\n"
    paragraph(t(dual.figureCaption))
    for pattern in dual.patterns {
      paragraph(
        "**\(pattern.id) \(h(pattern.name))** — \(word(\.workLower)): \(h(pattern.work)); "
          + "\(word(\.livingLower)): \(h(pattern.living))")
      for e in pattern.elements { bullet(e.id, e.text) }
      out += "\n"
    }
    paragraph("*\(t(dual.figureNote))*")
    paragraph("*\(t(dual.figureSource))*")
  }

  private mutating func calls() {
    let calls = dataset.calls
    heading(2, sectionHeading("5"))
    paragraph(t(calls.lead))
    for group in [calls.government, calls.firms] {
      heading(3, h(group.label))
      for item in group.items { bullet(item.id, item.text) }
      out += "- \(t(group.itemsEtc))\n\n"
    }
  }

  private mutating func panel() {
    let panel = dataset.panel
    heading(2, h(panel.title))
    paragraph(panel.meetings.map { "\($0.id) \($0.date)" }.joined(separator: " · "))
    // The members table's column headings, as the page prints them above the rows.
    if let t = panel.tableHeadings {
      let name = LocalizedText(ja: t.name.ja + t.honorifics.ja, en: t.name.en + " " + t.honorifics.en)
      paragraph("*" + [t.field, name, t.affiliation, t.remarks].map(h).joined(separator: " · ") + "*")
    }
    for e in panel.members {
      heading(3, "\(e.id) \(h(e.name))" + (e.role.map { " (\(h($0)))" } ?? ""))
      paragraph(
        "\(word { $0.field(.field) }): \(h(e.field).replacingNewlines(with: " ")) — "
          + t(e.affiliation).replacingNewlines(with: "  \n"))
      for b in e.background { bullet(b.id, b.text) }
      out += "\n"
      heading(4, "\(h(panel.recommendationsTitle)) — \(h(e.perspective))")
      for r in e.recommendations {
        bullet(r.id, r.text)
        for point in r.points { bullet(point.id, point.text, indent: 1) }
      }
      out += "\n"
    }
  }
}

extension MarkdownDocument {
  /// What followed: every item of the policy context, under its document, each text as a bullet.
  fileprivate mutating func followed() {
    guard let policy else { return }
    heading(2, word { $0.whatFollowedTitle })
    var shown: Set<String> = []
    for top in policy.items {
      heading(3, top.id + (top.text("title").map { " " + h($0) } ?? ""))
      for item in top.flattened {
        // Each section's heading where its first item stands, as the documents have them.
        if !shown.contains(item.section), let section = policy.sections.first(where: { $0.id == item.section }) {
          shown.insert(item.section)
          out += "\n#### \(section.number) \(h(section.heading))\n\n"
        }
        for text in item.texts where !(item.id == top.id && text.name == "title") {
          bullet(item.id, Self.labelled(text))
        }
      }
      out += "\n"
    }
    // Headings of the documents' parts that hold no item of their own (a part made only of sub-parts).
    for section in policy.sections where !shown.contains(section.id) && section.id != "uptake" {
      paragraph("\(section.number) \(h(section.heading))")
    }
    heading(3, word { $0.whatFollowed })
    for link in policy.uptake {
      bullet(
        link.id,
        LocalizedText(
          ja: "\(link.proposal) → \(link.policy ?? Words(.ja).notTakenUp): \(link.reason.ja)",
          en: "\(link.proposal) → \(link.policy ?? Words(.en).notTakenUp): \(link.reason.en)"))
    }
    out += "\n"
  }
}

extension MarkdownDocument {
  /// The minutes' date and place with the labels they are printed with (日時：…, 場所：…).
  static func labelled(_ text: PolicyText) -> LocalizedText {
    guard ["datetime", "place"].contains(text.name) else { return text.text }
    return LocalizedText(
      ja: "\(Words(.ja).policyField(text.name))：\(text.text.ja)",
      en: "\(Words(.en).policyField(text.name)): \(text.text.en)")
  }
}

extension String {
  func replacingNewlines(with replacement: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
