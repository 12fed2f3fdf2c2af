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
  /// An item of what followed (the policy context: a document, an initiative, a KPI…), found by search.
  case policyItem = "policy-item"
}

extension EntryKind {
  /// The kind in validation messages ("…links to \"G1\", a call to government, which does not belong there").
  /// Messages are English; what the interface calls a kind is in the UI's vocabulary.
  var messageName: String {
    switch self {
    case .document: return "document"
    case .prefecture: return "prefecture"
    case .positioning: return "positioning"
    case .paragraph: return "paragraph"
    case .trends: return "trends"
    case .trend: return "trend"
    case .trendBullet: return "trend point"
    case .figure: return "figure"
    case .figureLabel: return "figure label"
    case .analysis: return "analysis"
    case .strength: return "strength"
    case .weakness: return "weakness"
    case .opportunity: return "opportunity"
    case .timeAxis: return "time axis"
    case .recognition: return "basic recognition"
    case .proposals: return "proposals"
    case .proposal: return "proposal"
    case .measure: return "measure"
    case .structure: return "structure"
    case .dualLife: return "Dual Life Tohoku"
    case .pattern: return "life-and-work pattern"
    case .patternElement: return "pattern element"
    case .calls: return "calls"
    case .governmentCall: return "call to government"
    case .firmCall: return "call to firms"
    case .panel: return "expert panel"
    case .meeting: return "meeting"
    case .expert: return "expert"
    case .background: return "background"
    case .recommendation: return "recommendation"
    case .point: return "point"
    case .policyItem: return "policy item"
    }
  }
}

/// How much a match in a field counts: a title above a goal above body text.
public enum FieldRank: Int, Sendable, Comparable {
  case body = 1, label = 2, goal = 3, title = 4

  public static func < (lhs: FieldRank, rhs: FieldRank) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One named text of an entry ("title", "goal", "text", "category").
public struct EntryField: Sendable, Hashable {
  public let name: FieldName
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
    guard let text = field(.text) else { return headline[language] }
    if let category = field(.category) {
      return language == .ja ? "【\(category.ja)】\(text.ja)" : "\(category.en): \(text.en)"
    }
    if let label = field(.label) {
      return language == .ja ? "\(label.ja)：\(text.ja)" : "\(label.en): \(text.en)"
    }
    return headline[language]
  }

  public func field(_ name: FieldName) -> LocalizedText? {
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

  /// Every item of the dataset, walked from the top in source order along each kind's description
  /// (CatalogDescription.swift).
  init(_ roots: [CatalogChild]) {
    for root in roots { add(root, parent: nil) }
  }

  private mutating func add(_ child: CatalogChild, parent: String?) {
    let item = child.item
    let links = item.catalogLinks
    add(
      item.id, child.kind, parent: parent, section: item.section, item.catalogFields, links: links.ids,
      linkBasis: links.basis)
    for grandchild in item.catalogChildren { add(grandchild, parent: item.id) }
  }
}
