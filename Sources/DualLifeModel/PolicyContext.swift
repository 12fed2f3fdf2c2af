// The second dataset: what followed the proposals (Assets/policy-context.json, from seeds 001–004) — the METI study
// group, its minutes, the Tohoku bureau's mid-term policy with its KPIs, and the review paper — and the editorial
// links from each proposal and measure to the policy that takes it up.
//
// Its shape varies more than the first dataset's (documents, minutes excerpts, initiatives, KPIs with structured
// targets), so it is read as one kind of thing: an item is a JSON object with an `id` and a `section`; its
// {"ja", "en"} members are its texts, in order; its other plain members are attributes (as printed); the items in
// its arrays and objects are its children. The schema beside the file fixes the rest.

/// One named text of a policy item ("title", "text", "target.unit").
public struct PolicyText: Sendable, Hashable {
  public let name: String
  public let text: LocalizedText

  package init(name: String, text: LocalizedText) {
    self.name = name
    self.text = text
  }
}

/// One item of the policy context, with the items inside it.
public struct PolicyItem: Sendable, Hashable {
  public let id: String
  public let section: String
  /// Where it stands in the file ("midTermPolicy.focusStrategies.pillars.kpis.items"): what kind of item it is.
  public let path: String
  public let texts: [PolicyText]
  /// Plain values as printed ("target.asPrinted": "55%", "deadline.date": "2025-03-31", "sourceLines": "250").
  public let attributes: [(name: String, value: String)]
  public let children: [PolicyItem]

  package init(
    id: String, section: String, path: String, texts: [PolicyText], attributes: [(name: String, value: String)],
    children: [PolicyItem]
  ) {
    self.id = id
    self.section = section
    self.path = path
    self.texts = texts
    self.attributes = attributes
    self.children = children
  }

  public static func == (a: PolicyItem, b: PolicyItem) -> Bool { a.id == b.id && a.path == b.path }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  public func text(_ name: String) -> LocalizedText? { texts.first { $0.name == name }?.text }

  /// The one line that names the item: its title, name or heading, else its first text; a text printed on several
  /// lines (a KPI with its baseline under it) joined into one; the id when it has no text.
  public func headline(_ language: Language) -> String {
    let text = ["title", "name", "heading", "text"].lazy.compactMap { self.text($0) }.first ?? texts.first?.text
    return text.map { $0[language].split(separator: "\n").joined(separator: " ") } ?? id
  }
  public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

  /// This item and every item inside it, in file order.
  public var flattened: [PolicyItem] { [self] + children.flatMap(\.flattened) }
}

/// An editorial link from a proposal or measure of the first dataset to the policy item that takes it up; no
/// `policy` says plainly that none of these sources takes (that part of) it up.
public struct PolicyUptake: Sendable, Hashable {
  public let id: String
  public let proposal: String
  public let policy: String?
  public let reason: LocalizedText

  package init(id: String, proposal: String, policy: String?, reason: LocalizedText) {
    self.id = id
    self.proposal = proposal
    self.policy = policy
    self.reason = reason
  }
}

public struct PolicyContext: Sendable {
  public let sections: [Section]
  /// The top-level items in file order.
  public let items: [PolicyItem]
  public let uptake: [PolicyUptake]
  private let indexByID: [String: PolicyItem]

  package init(sections: [Section], items: [PolicyItem], uptake: [PolicyUptake]) {
    self.sections = sections
    self.items = items
    self.uptake = uptake
    var index: [String: PolicyItem] = [:]
    for item in items.flatMap(\.flattened) where index[item.id] == nil { index[item.id] = item }
    indexByID = index
  }

  public func item(_ id: String) -> PolicyItem? { indexByID[id] }

  /// Every item in file order.
  public var allItems: [PolicyItem] { items.flatMap(\.flattened) }

  /// The KPIs of the mid-term policy, in order.
  public var kpis: [PolicyItem] {
    allItems.filter { $0.id.count > 3 && $0.id.hasPrefix("KPI") && $0.id.dropFirst(3).allSatisfy(\.isNumber) }
  }

  /// What takes a proposal or measure up.
  public func uptake(of id: String) -> [PolicyUptake] { uptake.filter { $0.proposal == id } }

  /// Every item's texts for search: titles and names rank as labels (below the proposals' own titles and goals,
  /// so that on an equal match the proposals come first), the rest as body text. Units and the
  /// editorial "not in these sources" lines are left out (they would match every KPI alike).
  var searchItems: [SearchIndex.Item] {
    items.flatMap(\.flattened).map { item in
      let fields = item.texts.compactMap { text -> EntryField? in
        guard !text.name.hasSuffix(".unit"), !["outcome", "notInSources", "omitted"].contains(text.name) else {
          return nil
        }
        let title = ["title", "name", "heading"].contains(text.name)
        return EntryField(name: FieldName(rawValue: text.name) ?? .text, text: text.text, rank: title ? .label : .body)
      }
      return SearchIndex.Item(id: item.id, kind: .policyItem, path: item.id, fields: fields)
    }
  }
}
