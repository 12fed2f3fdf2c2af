// Every addressable item of the dataset, flattened in source order, with its parent, its texts and its links.
// `show`, search and the cross-link lookups all read this one list, so an id means the same thing everywhere.

/// What an item is. The raw values appear in `search --format json` and `show --format json`: keep them stable.
public enum EntryKind: String, Sendable, CaseIterable, Hashable {
  case document, prefecture, positioning, paragraph
  case trends, trend, trendBullet = "trend-bullet", figure, figureLabel = "figure-label"
  case analysis, strength, weakness, opportunity, timeAxis = "time-axis", recognition
  case proposals, proposal, measure, structure, dualLife = "dual-life", pattern, patternElement = "pattern-element"
  case calls, governmentCall = "call-government", firmCall = "call-firms"
  case panel, meeting, expert, background, recommendation, point

  /// A short human name of the kind, for lists and search results.
  public func name(_ language: Language) -> String {
    let names: (String, String)
    switch self {
    case .document: names = ("文書", "document")
    case .prefecture: names = ("県", "prefecture")
    case .positioning: names = ("位置づけ", "positioning")
    case .paragraph: names = ("本文", "paragraph")
    case .trends: names = ("潮流", "trends")
    case .trend: names = ("潮流", "trend")
    case .trendBullet: names = ("潮流の項目", "trend point")
    case .figure: names = ("図表", "figure")
    case .figureLabel: names = ("図表の語", "figure label")
    case .analysis: names = ("分析", "analysis")
    case .strength: names = ("強み", "strength")
    case .weakness: names = ("弱み・課題", "weakness")
    case .opportunity: names = ("機会", "opportunity")
    case .timeAxis: names = ("時間変化", "time axis")
    case .recognition: names = ("基本的認識", "basic recognition")
    case .proposals: names = ("提言", "proposals")
    case .proposal: names = ("提言", "proposal")
    case .measure: names = ("取組例", "measure")
    case .structure: names = ("構造", "structure")
    case .dualLife: names = ("デュアルライフ東北", "Dual Life Tohoku")
    case .pattern: names = ("暮らし方・働き方", "life-and-work pattern")
    case .patternElement: names = ("図の要素", "pattern element")
    case .calls: names = ("働きかけ", "calls")
    case .governmentCall: names = ("国への働きかけ", "call to government")
    case .firmCall: names = ("中央企業・経済界への働きかけ", "call to firms")
    case .panel: names = ("有識者懇談会", "expert panel")
    case .meeting: names = ("開催日", "meeting")
    case .expert: names = ("有識者", "expert")
    case .background: names = ("経歴", "background")
    case .recommendation: names = ("有識者からの提言", "recommendation")
    case .point: names = ("要点", "point")
    }
    return language == .ja ? names.0 : names.1
  }
}

/// How much a match in a field counts: a title above a goal above body text.
public enum FieldRank: Int, Sendable, Comparable {
  case body = 1, label = 2, goal = 3, title = 4

  public static func < (lhs: FieldRank, rhs: FieldRank) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One named text of an entry ("title", "goal", "text", "category").
public struct EntryField: Sendable, Hashable {
  public let name: String
  public let text: LocalizedText
  public let rank: FieldRank
}

/// One addressable item.
public struct Entry: Sendable, Hashable {
  public let id: String
  public let kind: EntryKind
  public let parent: String?
  public let section: String
  /// Texts in display order; the first is the entry's headline.
  public let fields: [EntryField]
  /// Ids of the items inside this one, in source order.
  public internal(set) var children: [String]
  /// Ids this item links to (cross-links of proposals and measures; the structure's proposals).
  public let links: [String]
  /// Whose reading the links are ("editorial" when the source does not draw them).
  public let linkBasis: String?

  public var headline: LocalizedText { fields.first?.text ?? LocalizedText(ja: id, en: id) }

  /// The entry in one line: the headline, or for a labelled item its label with its text,
  /// as the source writes it (【地勢・社会資本】首都圏近接…, 企業：サプライチェーン…) or in English ("Geography and infrastructure: …").
  public func summary(_ language: Language) -> String {
    guard let text = field("text") else { return headline[language] }
    if let category = field("category") {
      return language == .ja ? "【\(category.ja)】\(text.ja)" : "\(category.en): \(text.en)"
    }
    if let label = field("label") {
      return language == .ja ? "\(label.ja)：\(text.ja)" : "\(label.en): \(text.en)"
    }
    return headline[language]
  }

  public func field(_ name: String) -> LocalizedText? {
    fields.first { $0.name == name }?.text
  }
}

/// All entries in source order, with lookups by id and the reverse links.
public struct Catalog: Sendable {
  public private(set) var entries: [Entry] = []
  private var indexByID: [String: Int] = [:]
  /// Ids that occur more than once, each with how often (validation reports them).
  public private(set) var duplicateIDs: [String: Int] = [:]
  /// For each id, the entries that link to it, in source order.
  public private(set) var linkedFrom: [String: [String]] = [:]

  public func entry(_ id: String) -> Entry? {
    indexByID[id].map { entries[$0] }
  }

  public func contains(_ id: String) -> Bool { indexByID[id] != nil }

  /// The proposals an item serves: those that link to it directly or through one of their measures, in order.
  public func proposalsLinking(to id: String) -> [String] {
    var result: [String] = []
    for from in linkedFrom[id] ?? [] {
      guard let entry = entry(from) else { continue }
      let proposal = entry.kind == .measure ? entry.parent : (entry.kind == .proposal ? entry.id : nil)
      if let proposal, !result.contains(proposal) { result.append(proposal) }
    }
    return result
  }

  /// Ids from the top down to this one, e.g. ["P1", "P1.M2"].
  public func ancestry(_ id: String) -> [String] {
    var chain: [String] = []
    var current: String? = id
    while let c = current, let e = entry(c), chain.count < 16 {
      chain.insert(c, at: 0)
      current = e.parent
    }
    return chain
  }

  /// The path shown with a search hit: "P1 › M2", "E1 › R3 › 2", "S4".
  public func path(_ id: String) -> String {
    let parts = id.split(separator: ".")
    return parts.joined(separator: " › ")
  }

  private mutating func add(
    _ id: String, _ kind: EntryKind, parent: String?, section: String, _ fields: [EntryField],
    links: [String] = [], linkBasis: String? = nil
  ) {
    if indexByID[id] != nil {
      duplicateIDs[id, default: 1] += 1
    } else {
      indexByID[id] = entries.count
    }
    entries.append(
      Entry(
        id: id, kind: kind, parent: parent, section: section, fields: fields, children: [], links: links,
        linkBasis: linkBasis))
    if let parent, let p = indexByID[parent], !entries[p].children.contains(id) {
      entries[p].children.append(id)
    }
    for target in links {
      linkedFrom[target, default: []].append(id)
    }
  }

  private mutating func addText(_ item: TextItem, _ kind: EntryKind, parent: String) {
    add(item.id, kind, parent: parent, section: item.section, [EntryField(name: "text", text: item.text, rank: .body)])
  }

  init(
    sections: [Section], document: DocumentInfo, positioning: Positioning, trends: Trends, analysis: Analysis,
    proposals: Proposals, calls: Calls, panel: Panel
  ) {
    func f(_ name: String, _ text: LocalizedText, _ rank: FieldRank = .body) -> EntryField {
      EntryField(name: name, text: text, rank: rank)
    }
    add(
      document.id, .document, parent: nil, section: document.section,
      [
        f("title", document.title, .title), f("subtitle", document.subtitle, .goal),
        f("publisher", document.publisher, .label), f("lead", document.lead), f("tohokuNote", document.tohokuNote),
      ])
    for p in document.prefectures {
      add(p.id, .prefecture, parent: document.id, section: p.section, [f("name", p.name, .label)])
    }

    add(
      positioning.id, .positioning, parent: nil, section: positioning.section, [f("title", positioning.title, .title)])
    for p in positioning.paragraphs { addText(p, .paragraph, parent: positioning.id) }

    add(trends.id, .trends, parent: nil, section: trends.section, [f("title", trends.title, .title)])
    for p in trends.paragraphs { addText(p, .paragraph, parent: trends.id) }
    for t in trends.items {
      add(
        t.id, .trend, parent: trends.id, section: t.section,
        [f("title", t.title, .title), f("figureLabel", t.figureLabel, .label)])
      for b in t.bullets {
        add(b.id, .trendBullet, parent: t.id, section: b.section, [f("label", b.label, .label), f("text", b.text)])
      }
    }
    let figure = trends.figure
    add(
      figure.id, .figure, parent: trends.id, section: figure.section,
      [f("title", figure.title, .title), f("source", figure.source)])
    for l in figure.labels { addText(l, .figureLabel, parent: figure.id) }

    add(
      analysis.id, .analysis, parent: nil, section: analysis.section,
      [f("title", analysis.title, .title), f("trendsTitle", analysis.trendsTitle, .label)])
    for (items, kind) in [
      (analysis.strengths, EntryKind.strength), (analysis.weaknesses, .weakness),
      (analysis.opportunities, .opportunity),
    ] {
      for a in items {
        var fields = [f("text", a.text)]
        if let category = a.category { fields.insert(f("category", category, .label), at: 0) }
        add(a.id, kind, parent: analysis.id, section: a.section, fields)
      }
    }
    let axis = analysis.timeAxis
    add(
      axis.id, .timeAxis, parent: analysis.id, section: axis.section,
      [f("label", axis.label, .label), f("before", axis.before), f("event", axis.event), f("after", axis.after)])
    for b in analysis.basicRecognition { addText(b, .recognition, parent: analysis.id) }

    add(
      proposals.id, .proposals, parent: nil, section: proposals.section,
      [f("title", proposals.title, .title), f("measuresHeading", proposals.measuresHeading, .label)])
    for p in proposals.items {
      add(
        p.id, .proposal, parent: proposals.id, section: p.section,
        [f("title", p.title, .title), f("goal", p.goal, .goal)],
        links: p.links.analysis + p.links.calls + p.links.recommendations, linkBasis: p.links.basis)
      for m in p.measures {
        add(
          m.id, .measure, parent: p.id, section: m.section, [f("text", m.text)],
          links: m.links.analysis + m.links.calls, linkBasis: m.links.basis)
      }
    }
    let structure = proposals.structure
    add(
      structure.id, .structure, parent: proposals.id, section: structure.section,
      [f("text", structure.text, .label)], links: structure.foundation + structure.driven, linkBasis: "source")
    let dual = proposals.dualLife
    add(
      dual.id, .dualLife, parent: proposals.id, section: dual.section,
      [
        f("title", dual.title, .title), f("figureCaption", dual.figureCaption), f("figureNote", dual.figureNote),
        f("figureSource", dual.figureSource),
      ])
    for p in dual.paragraphs { addText(p, .paragraph, parent: dual.id) }
    for pattern in dual.patterns {
      add(
        pattern.id, .pattern, parent: dual.id, section: pattern.section,
        [f("name", pattern.name, .title), f("work", pattern.work, .label), f("living", pattern.living, .label)])
      for e in pattern.elements { addText(e, .patternElement, parent: pattern.id) }
    }

    add(
      calls.id, .calls, parent: nil, section: calls.section,
      [
        f("title", calls.title, .title), f("lead", calls.lead), f("government", calls.government.label, .label),
        f("firms", calls.firms.label, .label),
      ])
    for g in calls.government.items { addText(g, .governmentCall, parent: calls.id) }
    for firm in calls.firms.items { addText(firm, .firmCall, parent: calls.id) }

    add(
      panel.id, .panel, parent: nil, section: panel.section,
      [f("title", panel.title, .title), f("recommendationsTitle", panel.recommendationsTitle, .label)])
    for m in panel.meetings {
      let date = LocalizedText(ja: m.date, en: m.date)
      add(m.id, .meeting, parent: panel.id, section: m.section, [f("date", date, .label)])
    }
    for e in panel.members {
      var fields = [f("name", e.name, .title)]
      if let role = e.role { fields.append(f("role", role, .label)) }
      fields += [
        f("field", e.field, .label), f("affiliation", e.affiliation), f("perspective", e.perspective, .label),
      ]
      add(e.id, .expert, parent: panel.id, section: e.section, fields)
      for b in e.background { addText(b, .background, parent: e.id) }
      for r in e.recommendations {
        add(r.id, .recommendation, parent: e.id, section: r.section, [f("text", r.text)])
        for point in r.points { addText(point, .point, parent: r.id) }
      }
    }
  }
}
