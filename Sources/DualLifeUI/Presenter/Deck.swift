// The presenter's slides, generated from the dataset so that a talk never says something the data does not.
// The order follows the source document; each slide's notes hold what a presenter needs to answer questions:
// the cross-links (our editorial reading) and where in the source the slide comes from.
import DualLifeModel

/// One line of a slide. Level 0 is a main point; level 1 hangs under the level-0 point before it.
public struct SlideBullet: Sendable, Hashable {
  /// The dataset id the bullet shows (S1, P1.M2, G4); nil for text without an id of its own.
  public let id: String?
  public let text: LocalizedText
  /// 0 or 1.
  public let level: Int

  public init(id: String? = nil, text: LocalizedText, level: Int = 0) {
    self.id = id
    self.text = text
    self.level = min(1, max(0, level))
  }
}

public struct Slide: Sendable, Hashable {
  /// Stable: the presenter's "go to slide" and the tests use it ("title", "P1", "calls-government").
  public let id: String
  public let title: LocalizedText
  public let bullets: [SlideBullet]
  /// For the presenter only, never on the slide itself: what to say first (the experts' recommendations with
  /// their numbered points, the source), then the notes (the editorial links).
  public let talkingPoints: [SlideBullet]
  public let notes: [LocalizedText]
  /// The id of the source section the slide comes from.
  public let section: String

  public init(
    id: String, title: LocalizedText, bullets: [SlideBullet], talkingPoints: [SlideBullet] = [],
    notes: [LocalizedText], section: String
  ) {
    self.id = id
    self.title = title
    self.bullets = bullets
    self.talkingPoints = talkingPoints
    self.notes = notes
    self.section = section
  }
}

public enum Deck {
  /// Every slide of the talk, in order.
  public static func slides(_ dataset: Dataset) -> [Slide] {
    let d = dataset
    let catalog = d.catalog
    var slides: [Slide] = []

    func text(_ ja: String, _ en: String) -> LocalizedText { LocalizedText(ja: ja, en: en) }

    /// The entry's one-line summary in both languages (【category】text / category: text).
    func summary(_ id: String) -> LocalizedText {
      guard let entry = catalog.entry(id) else { return text(id, id) }
      return text(entry.summary(.ja), entry.summary(.en))
    }

    /// "出典: 4. …" / "Source: 4. …"; sections without a number (the cover, the panel) show only their heading.
    func sourceNote(_ section: String) -> [LocalizedText] {
      guard let s = d.section(section) else { return [] }
      let number = s.number.isEmpty ? "" : "\(s.number). "
      return [text("出典: \(number)\(s.heading.ja)", "Source: \(number)\(s.heading.en)")]
    }

    func proposalsLinking(to id: String) -> [String] { catalog.proposalsLinking(to: id) }

    /// "S1 → P1 P3" for each item, so the presenter can say which proposals build on it.
    func servesNotes(_ ids: [String]) -> [LocalizedText] {
      ids.map { id in
        let proposals = proposalsLinking(to: id)
        let list =
          proposals.isEmpty
          ? text("（なし）", "(none)") : text(proposals.joined(separator: " "), proposals.joined(separator: " "))
        return text("\(id) 資する提言: \(list.ja)", "\(id) serves: \(list.en)")
      }
    }

    func itemSlide(_ id: String, _ title: LocalizedText, _ ids: [String], section: String) -> Slide {
      Slide(
        id: id, title: title, bullets: ids.map { SlideBullet(id: $0, text: summary($0)) },
        notes: servesNotes(ids) + sourceNote(section), section: section)
    }

    let document = d.document
    slides.append(
      Slide(
        id: "title", title: document.title,
        bullets: [
          SlideBullet(text: document.subtitle), SlideBullet(text: document.publisher),
          SlideBullet(text: document.lead),
        ],
        notes: [document.tohokuNote] + sourceNote(document.section), section: document.section))

    let positioning = d.positioning
    slides.append(
      Slide(
        id: "positioning", title: positioning.title, bullets: positioning.paragraphs.map { SlideBullet(text: $0.text) },
        notes: sourceNote(positioning.section), section: positioning.section))

    let trends = d.trends
    var trendBullets: [SlideBullet] = []
    for trend in trends.items {
      trendBullets.append(SlideBullet(id: trend.id, text: trend.title))
      for b in trend.bullets { trendBullets.append(SlideBullet(text: summary(b.id), level: 1)) }
    }
    slides.append(
      Slide(
        id: "trends", title: trends.title, bullets: trendBullets,
        notes: trends.paragraphs.map(\.text) + [trends.figure.source] + sourceNote(trends.section),
        section: trends.section))

    let analysis = d.analysis
    slides.append(
      itemSlide("strengths", analysis.strengthsLabel, analysis.strengths.map(\.id), section: analysis.section))
    slides.append(
      itemSlide("weaknesses", analysis.weaknessesLabel, analysis.weaknesses.map(\.id), section: analysis.section))
    slides.append(
      itemSlide(
        "opportunities", analysis.opportunitiesLabel, analysis.opportunities.map(\.id), section: analysis.section)
    )
    let axis = analysis.timeAxis
    slides.append(
      Slide(
        id: "recognition", title: analysis.basicRecognitionTitle,
        bullets: analysis.basicRecognition.map { SlideBullet(text: $0.text) },
        notes: [
          text(
            "\(axis.label.ja): \(axis.before.ja) → \(axis.event.ja) → \(axis.after.ja)",
            "\(axis.label.en): \(axis.before.en) → \(axis.event.en) → \(axis.after.en)")
        ] + sourceNote(analysis.section), section: analysis.section))

    let dual = d.proposals.dualLife
    var dualBullets = dual.paragraphs.map { SlideBullet(text: $0.text) }
    for pattern in dual.patterns {
      dualBullets.append(SlideBullet(text: pattern.name))
      dualBullets.append(
        SlideBullet(
          text: text(
            "仕事: \(pattern.work.ja)　暮らし: \(pattern.living.ja)",
            "Work: \(pattern.work.en); living: \(pattern.living.en)"), level: 1))
      dualBullets.append(
        SlideBullet(
          text: text(
            pattern.elements.map(\.text.ja).joined(separator: "・"),
            pattern.elements.map(\.text.en).joined(separator: ", ")), level: 1))
    }
    slides.append(
      Slide(
        id: "dual-life", title: dual.title, bullets: dualBullets,
        notes: [dual.figureCaption, dual.figureNote, dual.figureSource] + sourceNote(dual.section),
        section: dual.section))

    for p in d.proposals.items {
      // The measures stay at level 0: hung under the goal they would wrap into a narrow column at 80 cells.
      var bullets = [SlideBullet(text: text("目指す姿：\(p.goal.ja)", "Goal: \(p.goal.en)"))]
      bullets += p.measures.map { SlideBullet(id: $0.id, text: $0.text) }
      let links = (p.links.analysis + p.links.calls).map { id in
        let s = summary(id)
        return text("\(id) \(s.ja)", "\(id) \(s.en)")
      }
      let basis = text("関連（本ツールの読み）:", "Links (our reading):")
      // What the expert panel said that bears on this proposal, with its numbered points: something to quote from.
      let recommendations = d.panel.members.flatMap(\.recommendations)
      let experts = p.links.recommendations.flatMap { id -> [SlideBullet] in
        guard let r = recommendations.first(where: { $0.id == id }) else { return [] }
        return [SlideBullet(id: id, text: r.text)]
          + r.points.enumerated().map { k, point in
            SlideBullet(text: text("\(k + 1). \(point.text.ja)", "\(k + 1). \(point.text.en)"), level: 1)
          }
      }
      let expertsHeading =
        experts.isEmpty
        ? [] : [SlideBullet(text: text("関連する有識者の提言（本ツールの読み）:", "Related expert recommendations (our reading):"))]
      slides.append(
        Slide(
          id: p.id, title: text("\(p.number). \(p.title.ja)", "\(p.number). \(p.title.en)"), bullets: bullets,
          talkingPoints: expertsHeading + experts + sourceNote(p.section).map { SlideBullet(text: $0) },
          notes: [basis] + links, section: p.section))
    }

    let structure = d.proposals.structure
    var structureBullets: [SlideBullet] = []
    for id in structure.foundation {
      if let p = d.proposal(id) { structureBullets.append(SlideBullet(id: p.id, text: p.title)) }
    }
    structureBullets.append(SlideBullet(text: structure.text))
    for id in structure.driven {
      if let p = d.proposal(id) { structureBullets.append(SlideBullet(id: p.id, text: p.title, level: 1)) }
    }
    slides.append(
      Slide(
        id: "structure", title: text("提言の構造", "How the proposals fit together"), bullets: structureBullets,
        notes: [d.proposals.title] + sourceNote(structure.section), section: structure.section))

    let calls = d.calls
    slides.append(
      itemSlide(
        "calls-government", text("国への働きかけ", "Calls to the national government"),
        calls.government.items.map(\.id), section: calls.section))
    slides.append(
      itemSlide(
        "calls-firms", text("中央企業・経済界への働きかけ", "Calls to Tokyo-based major firms and business circles"),
        calls.firms.items.map(\.id), section: calls.section))

    let panel = d.panel
    var panelBullets: [SlideBullet] = []
    for member in panel.members {
      // Fields and affiliations are multi-line in the source (a figure's cells); one line reads better at a distance.
      let field = text(
        member.field.ja.split(separator: "\n").joined(separator: "・"),
        member.field.en.split(separator: "\n").joined(separator: ", "))
      let role = member.role.map { text("（\($0.ja)）", " (\($0.en))") } ?? text("", "")
      panelBullets.append(
        SlideBullet(
          id: member.id,
          text: text("\(member.name.ja)\(role.ja)　\(field.ja)", "\(member.name.en)\(role.en) — \(field.en)")))
      let affiliation = text(
        String(member.affiliation.ja.split(separator: "\n").first ?? ""),
        String(member.affiliation.en.split(separator: "\n").first ?? ""))
      panelBullets.append(SlideBullet(text: affiliation, level: 1))
    }
    let meetings = text(
      "開催: " + panel.meetings.map { "第\($0.number)回 \($0.date)" }.joined(separator: "、"),
      "Meetings: " + panel.meetings.map { "\($0.number): \($0.date)" }.joined(separator: ", "))
    panelBullets.append(SlideBullet(text: meetings))
    slides.append(
      Slide(
        id: "panel", title: panel.title, bullets: panelBullets,
        notes: panel.members.map { m in text("\(m.id) \(m.perspective.ja)", "\(m.id) \(m.perspective.en)") }
          + sourceNote(panel.section), section: panel.section))

    slides.append(
      Slide(
        id: "closing", title: document.title,
        bullets: [SlideBullet(text: text("ご清聴ありがとうございました", "Thank you")), SlideBullet(text: document.publisher)],
        notes: sourceNote(document.section), section: document.section))
    return slides
  }
}
