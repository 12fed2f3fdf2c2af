// What a set of compared proposals share and where they differ, read from the data's links (never listed here):
// the compare page, its printed bands, the Markdown, CSV and JSON forms and the coverage matrix all read this one
// value, so a row marked shared on screen is shared in every output.
import DualLifeModel

/// The proposals compared, and for each linked item the ones that link it.
public struct Comparison: Sendable {
  /// One linked item and the compared proposals that link it (directly or through a measure), in column order.
  public struct Row: Sendable, Hashable {
    public let id: String
    public let linkedBy: [String]
    /// Linked by two or more of the compared proposals.
    public var shared: Bool { linkedBy.count > 1 }
  }

  /// A linked section (strengths, weaknesses, opportunities, calls, expert recommendations) with its rows.
  public struct Group: Sendable {
    public let label: String
    public let rows: [Row]
  }

  public let proposals: [String]
  public let groups: [Group]
  /// What followed, when it was given: its items that take up a compared proposal or measure are a last group.
  public let policy: PolicyContext?

  /// Every item a section can hold, in source order, whether or not a compared proposal links it (the matrix
  /// shows them all).
  public static func sections(_ dataset: Dataset, _ words: Words) -> [(label: String, ids: [String])] {
    let a = dataset.analysis
    let calls = dataset.calls
    let language = words.language
    return [
      (a.strengthsLabel[language], a.strengths.map(\.id)),
      (a.weaknessesLabel[language], a.weaknesses.map(\.id)),
      (a.opportunitiesLabel[language], a.opportunities.map(\.id)),
      (calls.government.label[language], calls.government.items.map(\.id)),
      (calls.firms.label[language], calls.firms.items.map(\.id)),
      (words.expertRecommendations, dataset.panel.members.flatMap(\.recommendations).map(\.id)),
    ]
  }

  /// The ids a proposal links to, through itself or one of its measures.
  public static func linked(_ proposal: Proposal) -> Set<String> {
    var ids = Set(proposal.links.analysis + proposal.links.calls + proposal.links.recommendations)
    for measure in proposal.measures {
      ids.formUnion(measure.links.analysis + measure.links.calls + measure.links.recommendations)
    }
    return ids
  }

  /// Compares `ids` (unknown ones are left out): every item any of them links, once, in source order; then, with
  /// `policy`, the policy items that take them up (our reading), in the order of the uptake links.
  public init(
    _ ids: [String], _ dataset: Dataset, _ words: Words, policy: PolicyContext? = nil, keepUnlinked: Bool = false
  ) {
    let known = ids.filter { dataset.proposal($0) != nil }
    proposals = known
    self.policy = policy
    let links = known.map { id in dataset.proposal(id).map(Self.linked) ?? [] }
    var groups = Self.sections(dataset, words).map { section in
      let rows = section.ids.compactMap { id -> Row? in
        let by = zip(known, links).filter { $0.1.contains(id) }.map(\.0)
        return by.isEmpty && !keepUnlinked ? nil : Row(id: id, linkedBy: by)
      }
      return Group(label: section.label, rows: rows)
    }
    if let policy { groups.append(Self.followed(known, policy, dataset, words, keepUnlinked: keepUnlinked)) }
    self.groups = groups
  }

  /// The policy items that take up a proposal or one of its measures, each with the compared proposals it serves;
  /// with `keepUnlinked`, every policy item that takes up any proposal (the matrix).
  static func followed(
    _ proposals: [String], _ policy: PolicyContext, _ dataset: Dataset, _ words: Words, keepUnlinked: Bool
  ) -> Group {
    func proposal(of id: String) -> String { String(id.prefix { $0 != "." }) }
    var order: [String] = []
    var by: [String: [String]] = [:]
    for link in policy.uptake {
      guard let item = link.policy else { continue }
      if by[item] == nil {
        order.append(item)
        by[item] = []
      }
      let p = proposal(of: link.proposal)
      if proposals.contains(p), by[item]?.contains(p) == false { by[item]?.append(p) }
    }
    let rows = order.compactMap { item -> Row? in
      let linkedBy = proposals.filter { by[item]?.contains($0) == true }
      return linkedBy.isEmpty && !keepUnlinked ? nil : Row(id: item, linkedBy: linkedBy)
    }
    return Group(label: words.whatFollowedSlide, rows: rows)
  }

  /// A row's one-line text: the catalog's summary of a linked item, or a policy item's headline.
  public func summary(_ id: String, _ dataset: Dataset, _ language: Language) -> String {
    dataset.catalog.entry(id)?.summary(language) ?? policy?.item(id)?.headline(language) ?? ""
  }

  public var rows: [Row] { groups.flatMap(\.rows) }

  /// Items two or more of the compared proposals link, in source order.
  public var shared: [Row] { rows.filter(\.shared) }

  /// Items only this proposal links, in source order.
  public func own(_ proposal: String) -> [String] {
    rows.filter { $0.linkedBy == [proposal] }.map(\.id)
  }

  /// Every id the comparison names: the proposals, their measures and every linked item.
  public func allIDs(_ dataset: Dataset) -> [String] {
    let measures = proposals.flatMap { dataset.proposal($0)?.measures.map(\.id) ?? [] }
    return proposals + measures + rows.map(\.id)
  }
}
