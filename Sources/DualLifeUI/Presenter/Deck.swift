// The presenter's slides, generated from the dataset so that a talk never says something the data does not.
// The order follows the source document; each slide's notes hold what a presenter needs to answer questions:
// the cross-links (our editorial reading) and where in the source the slide comes from.
import BundledDataset
import DualLifeModel
import TerminalText

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
  /// Every slide of the talk, in order: one small function per group of slides. What followed closes the talk
  /// when there is a policy context for this dataset (the bundled one, unless another is given).
  public static func slides(_ dataset: Dataset) -> [Slide] {
    slides(dataset, policy: try? PolicyContext.bundled(dataset: dataset))
  }

  public static func slides(_ dataset: Dataset, policy: PolicyContext?) -> [Slide] {
    let deck = DeckBuilder(dataset: dataset)
    let followed = policy.map { [deck.followed($0)] } ?? []
    return deck.opening() + deck.trends() + deck.analysis() + [deck.dualLife()] + deck.proposals()
      + [deck.structure()] + deck.calls() + [deck.panel()] + followed + [deck.closing()]
  }
}

/// What the slide groups share: the data, its catalog, and how notes are worded.
struct DeckBuilder {
  let d: Dataset
  var catalog: Catalog { d.catalog }

  init(dataset: Dataset) {
    d = dataset
  }

  func text(_ ja: String, _ en: String) -> LocalizedText { LocalizedText(ja: ja, en: en) }

  /// An interface word in both languages, from the vocabulary.
  func words(_ word: (Words) -> String) -> LocalizedText { text(word(Words(.ja)), word(Words(.en))) }

  /// The entry's one-line summary in both languages (【category】text / category: text).
  func summary(_ id: String) -> LocalizedText {
    guard let entry = catalog.entry(id) else { return text(id, id) }
    return text(entry.summary(.ja), entry.summary(.en))
  }

  /// "出典: 4. …" / "Source: 4. …"; sections without a number (the cover, the panel) show only their heading.
  func sourceNote(_ section: String) -> [LocalizedText] {
    guard let s = d.section(section) else { return [] }
    return [text(Words(.ja).source(s), Words(.en).source(s))]
  }

  /// "S1 → P1 P3" for each item, so the presenter can say which proposals build on it.
  func servesNotes(_ ids: [String]) -> [LocalizedText] {
    ids.map { id in
      let proposals = catalog.proposalsLinking(to: id)
      let list = proposals.joined(separator: " ")
      return words { $0.serves(id, list.isEmpty ? $0.none : list) }
    }
  }

  func itemSlide(_ id: String, _ title: LocalizedText, _ ids: [String], section: String) -> Slide {
    Slide(
      id: id, title: title, bullets: ids.map { SlideBullet(id: $0, text: summary($0)) },
      notes: servesNotes(ids) + sourceNote(section), section: section)
  }

  /// The title and the positioning.
  func opening() -> [Slide] {
    let document = d.document
    let positioning = d.positioning
    return [
      Slide(
        id: "title", title: document.title,
        bullets: [
          SlideBullet(text: document.subtitle), SlideBullet(text: document.publisher),
          SlideBullet(text: document.lead),
        ],
        notes: [document.tohokuNote] + sourceNote(document.section), section: document.section),
      Slide(
        id: "positioning", title: positioning.title, bullets: positioning.paragraphs.map { SlideBullet(text: $0.text) },
        notes: sourceNote(positioning.section), section: positioning.section),
    ]
  }

  /// The three trends, each with its points.
  func trends() -> [Slide] {
    let trends = d.trends
    var bullets: [SlideBullet] = []
    for trend in trends.items {
      bullets.append(SlideBullet(id: trend.id, text: trend.title))
      for b in trend.bullets { bullets.append(SlideBullet(text: summary(b.id), level: 1)) }
    }
    return [
      Slide(
        id: "trends", title: trends.title, bullets: bullets,
        notes: trends.paragraphs.map(\.text) + [trends.figure.source]
          + [trends.reconstruction, trends.figure.reconstruction].compactMap { $0 } + sourceNote(trends.section),
        section: trends.section)
    ]
  }

  /// Strengths, weaknesses, opportunities and the basic recognition.
  func analysis() -> [Slide] {
    let analysis = d.analysis
    let axis = analysis.timeAxis
    return [
      itemSlide("strengths", analysis.strengthsLabel, analysis.strengths.map(\.id), section: analysis.section),
      itemSlide("weaknesses", analysis.weaknessesLabel, analysis.weaknesses.map(\.id), section: analysis.section),
      itemSlide(
        "opportunities", analysis.opportunitiesLabel, analysis.opportunities.map(\.id), section: analysis.section),
      Slide(
        id: "recognition", title: analysis.basicRecognitionTitle,
        bullets: analysis.basicRecognition.map { SlideBullet(text: $0.text) },
        notes: [
          text(
            "\(axis.label.ja): \(axis.before.ja) → \(axis.event.ja) → \(axis.after.ja)",
            "\(axis.label.en): \(axis.before.en) → \(axis.event.en) → \(axis.after.en)")
        ] + [axis.reconstruction].compactMap { $0 } + sourceNote(analysis.section), section: analysis.section),
    ]
  }

  /// Dual Life Tohoku and its life-and-work patterns.
  func dualLife() -> Slide {
    let dual = d.proposals.dualLife
    var bullets = dual.paragraphs.map { SlideBullet(text: $0.text) }
    for pattern in dual.patterns {
      bullets.append(SlideBullet(text: pattern.name))
      bullets.append(
        SlideBullet(
          text: text(
            "仕事: \(pattern.work.ja)　暮らし: \(pattern.living.ja)",
            "Work: \(pattern.work.en); living: \(pattern.living.en)"), level: 1))
      bullets.append(
        SlideBullet(
          text: text(
            pattern.elements.map(\.text.ja).joined(separator: "・"),
            pattern.elements.map(\.text.en).joined(separator: ", ")), level: 1))
    }
    return Slide(
      id: "dual-life", title: dual.title, bullets: bullets,
      notes: [dual.figureCaption, dual.figureNote, dual.figureSource] + sourceNote(dual.section),
      section: dual.section)
  }

  /// One slide per proposal: its goal and measures; the notes hold its links and what the experts said.
  func proposals() -> [Slide] {
    d.proposals.items.map { p in
      // The measures stay at level 0: hung under the goal they would wrap into a narrow column at 80 cells.
      var bullets = [SlideBullet(text: text(Words(.ja).goalLine(p.goal.ja), Words(.en).goalLine(p.goal.en)))]
      bullets += p.measures.map { SlideBullet(id: $0.id, text: $0.text) }
      let links = (p.links.analysis + p.links.calls).map { id in
        let s = summary(id)
        return text("\(id) \(s.ja)", "\(id) \(s.en)")
      }
      let basis = words(\.linksOurReading)
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
        ? [] : [SlideBullet(text: words(\.relatedRecommendationsHeading))]
      return Slide(
        id: p.id, title: text("\(p.number). \(p.title.ja)", "\(p.number). \(p.title.en)"), bullets: bullets,
        talkingPoints: expertsHeading + experts + sourceNote(p.section).map { SlideBullet(text: $0) },
        notes: [basis] + links, section: p.section)
    }
  }

  /// How the proposals fit together: 1 and 2 the foundation, 3–5 driven by DX on it.
  func structure() -> Slide {
    let structure = d.proposals.structure
    var bullets: [SlideBullet] = []
    for id in structure.foundation {
      if let p = d.proposal(id) { bullets.append(SlideBullet(id: p.id, text: p.title)) }
    }
    bullets.append(SlideBullet(text: structure.text))
    for id in structure.driven {
      if let p = d.proposal(id) { bullets.append(SlideBullet(id: p.id, text: p.title, level: 1)) }
    }
    return Slide(
      id: "structure", title: words(\.structure), bullets: bullets,
      notes: [d.proposals.title] + [structure.reconstruction].compactMap { $0 } + sourceNote(structure.section),
      section: structure.section)
  }

  /// The calls to the government and to Tokyo-based major firms and business circles.
  func calls() -> [Slide] {
    let calls = d.calls
    return [
      itemSlide(
        "calls-government", words(\.callsToGovernment),
        calls.government.items.map(\.id), section: calls.section),
      itemSlide(
        "calls-firms", words(\.callsToFirms),
        calls.firms.items.map(\.id), section: calls.section),
    ]
  }

  /// The expert panel: each member with field and affiliation, and the meetings.
  func panel() -> Slide {
    let panel = d.panel
    var bullets: [SlideBullet] = []
    for member in panel.members {
      // Fields and affiliations are multi-line in the source (a figure's cells); one line reads better at a distance.
      let field = text(
        member.field.ja.split(separator: "\n").joined(separator: "・"),
        member.field.en.split(separator: "\n").joined(separator: ", "))
      let role = member.role.map { text("（\($0.ja)）", " (\($0.en))") } ?? text("", "")
      bullets.append(
        SlideBullet(
          id: member.id,
          text: text("\(member.name.ja)\(role.ja)　\(field.ja)", "\(member.name.en)\(role.en) — \(field.en)")))
      let affiliation = text(
        String(member.affiliation.ja.split(separator: "\n").first ?? ""),
        String(member.affiliation.en.split(separator: "\n").first ?? ""))
      bullets.append(SlideBullet(text: affiliation, level: 1))
    }
    let meetings = words { $0.meetings(panel.meetings.map { ($0.number, $0.date) }) }
    bullets.append(SlideBullet(text: meetings))
    return Slide(
      id: "panel", title: panel.title, bullets: bullets,
      notes: panel.members.map { m in text("\(m.id) \(m.perspective.ja)", "\(m.id) \(m.perspective.en)") }
        + sourceNote(panel.section), section: panel.section)
  }

  /// What followed: the documents in date order on the slide; in the notes, per proposal, the policy items and KPIs
  /// that take it up (our reading).
  func followed(_ policy: PolicyContext) -> Slide {
    let documents = policy.items.filter { $0.path == "documents" || $0.path == "citedDocuments" }
      .sorted { ($0.attribute("date") ?? "") < ($1.attribute("date") ?? "") }
    let bullets = documents.map { item in
      let date = item.attribute("date") ?? ""
      let title = item.text("title") ?? text(item.id, item.id)
      let cited = item.attribute("inSources") == "false"
      return SlideBullet(
        id: item.id,
        text: text(
          "\(date)  \(title.ja)\(cited ? Words(.ja).citedOnlyMark : "")",
          "\(date)  \(title.en)\(cited ? Words(.en).citedOnlyMark : "")"))
    }
    // Per proposal, what takes it or its measures up, each with its headline (a bare id says nothing mid-talk);
    // then what these sources take up nowhere, with the reason, so the speaker can answer "and P4.M2?".
    let notes = d.proposals.items.flatMap { p -> [LocalizedText] in
      let links = ([p.id] + p.measures.map(\.id)).flatMap { policy.uptake(of: $0) }
      var seen: Set<String> = []
      let taken = links.compactMap(\.policy).filter { seen.insert($0).inserted }
      let named = { (language: Language) in
        taken.map { id in
          let headline = policy.item(id)?.headline(language) ?? ""
          return "\(id) \(Truncation.truncate(headline, width: 36, ellipsis: "…"))"
        }.joined(separator: "; ")
      }
      let line = words { "\(p.id) → \(taken.isEmpty ? $0.none : named($0.language))" }
      let untaken = links.filter { $0.policy == nil }.map { link in
        words { "  \(link.proposal): \($0.notTakenUp) — \(link.reason[$0.language])" }
      }
      return [line] + untaken
    }
    return Slide(
      id: "followed", title: words(\.whatFollowedSlide), bullets: bullets,
      notes: [words(\.takenUpBy)] + notes
        + policy.sections.filter { $0.id == "uptake" }.map { text(Words(.ja).source($0), Words(.en).source($0)) },
      section: "uptake")
  }

  func closing() -> Slide {
    let document = d.document
    return Slide(
      id: "closing", title: document.title,
      bullets: [SlideBullet(text: words(\.thankYou)), SlideBullet(text: document.publisher)],
      notes: sourceNote(document.section), section: document.section)
  }
}
