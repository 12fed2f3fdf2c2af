// Reads Assets/policy-context.json into a PolicyContext, collecting every problem with its place, as the first
// dataset's decoder does: texts {"ja", "en"} both present and non-empty, no control characters, unique ids, known
// sections, and uptake links that point at a proposal or measure of the first dataset and at a policy item.

enum PolicyDecoder {
  /// Members of the top level that are not items.
  static let topLevelData: Set<String> = ["$schema", "schemaVersion", "sections", "uptake"]

  static func decode(_ root: JSONValue, dataset: Dataset?, log: ProblemLog) -> PolicyContext? {
    guard case .object(let members) = root else {
      log.add("top level", "must be an object, not \(root.kindDescription)")
      return nil
    }
    let top = ObjectReader(fields: members, place: "top level", path: "", log: log)
    let sections = top.items("sections") { r in
      Section(id: r.string("id"), number: r.string("number", required: false), heading: r.text("heading"))
    }
    var walker = Walker(sections: Set(sections.map(\.id)), log: log)
    var items: [PolicyItem] = []
    for (key, value) in members where !topLevelData.contains(key) {
      items += walker.items(in: value, path: key, place: key)
    }
    let uptake = top.items("uptake") { r in walker.uptake(r) }
    let context = PolicyContext(sections: sections, items: items, uptake: uptake)
    check(context, dataset: dataset, log: log)
    return context
  }

  /// The links of `uptake`: from a proposal or measure that exists to a policy item that exists (or to none).
  static func check(_ context: PolicyContext, dataset: Dataset?, log: ProblemLog) {
    for link in context.uptake {
      if let policy = link.policy, context.item(policy) == nil {
        log.add(link.id, "field \"policy\" names \"\(Sanitize.forMessage(policy))\", which is not an item of this file")
      }
      guard let dataset else { continue }
      let kind = dataset.catalog.entry(link.proposal)?.kind
      if kind != .proposal && kind != .measure {
        log.add(
          link.id, "field \"proposal\" names \"\(Sanitize.forMessage(link.proposal))\", not a proposal or measure")
      }
    }
    guard let dataset else { return }
    for item in context.allItems where dataset.catalog.contains(item.id) {
      log.add(item.id, "id \"\(item.id)\" is also an id of the proposals dataset")
    }
  }

  /// Walks the file, turning every object with an id into an item.
  struct Walker {
    let sections: Set<String>
    let log: ProblemLog
    var seen: Set<String> = []

    init(sections: Set<String>, log: ProblemLog) {
      self.sections = sections
      self.log = log
    }

    /// The items in a value that is not itself an item (an array, or an object without an id).
    mutating func items(in value: JSONValue, path: String, place: String) -> [PolicyItem] {
      switch value {
      case .array(let elements):
        return elements.enumerated().flatMap { k, element in items(in: element, path: path, place: "\(place)[\(k)]") }
      case .object(let members) where members.contains(where: { $0.0 == "id" }):
        return item(members, path: path, place: place).map { [$0] } ?? []
      case .object(let members):
        return members.flatMap { key, member in items(in: member, path: "\(path).\(key)", place: "\(place).\(key)") }
      default:
        return []
      }
    }

    mutating func item(_ members: [(String, JSONValue)], path: String, place: String) -> PolicyItem? {
      guard let reader = ObjectReader.item(.object(members), path: place, log: log, parentPlace: place) else {
        return nil
      }
      let id = reader.string("id")
      let section = reader.string("section")
      if !id.isEmpty && !seen.insert(id).inserted { log.add(id, "id \"\(id)\" appears more than once") }
      if !section.isEmpty && !sections.contains(section) {
        log.add(reader.place, "field \"section\" names \"\(Sanitize.forMessage(section))\", which is not in sections")
      }
      var content = Content()
      for (key, value) in members where key != "id" && key != "section" {
        read(value, name: key, path: path, into: &content, place: reader.place)
      }
      return PolicyItem(
        id: id, section: section, path: path, texts: content.texts, attributes: content.attributes,
        children: content.children)
    }

    struct Content {
      var texts: [PolicyText] = []
      var attributes: [(name: String, value: String)] = []
      var children: [PolicyItem] = []
    }

    /// One member of an item: a text, a plain value, child items, or an object of those (names joined with ".").
    mutating func read(_ value: JSONValue, name: String, path: String, into content: inout Content, place: String) {
      switch value {
      case .object(let members) where Self.isText(members):
        content.texts.append(
          PolicyText(name: name, text: ObjectReader.localized(value, field: name, place: place, log: log)))
      case .object(let members) where members.contains(where: { $0.0 == "id" }):
        if let child = item(members, path: "\(path).\(name)", place: "\(place).\(name)") {
          content.children.append(child)
        }
      case .object(let members):
        for (key, member) in members { read(member, name: "\(name).\(key)", path: path, into: &content, place: place) }
      case .array(let elements):
        var plain: [String] = []
        for (k, element) in elements.enumerated() {
          if let scalar = scalar(element, field: name, place: place) {
            plain.append(scalar)
          } else {
            read(element, name: name, path: path, into: &content, place: "\(place).\(name)[\(k)]")
          }
        }
        if !plain.isEmpty { content.attributes.append((name, plain.joined(separator: ", "))) }
      default:
        if let scalar = scalar(value, field: name, place: place) { content.attributes.append((name, scalar)) }
      }
    }

    /// A plain value as printed (null is no value).
    func scalar(_ value: JSONValue, field: String, place: String) -> String? {
      switch value {
      case .string(let text):
        ObjectReader.checkControls(text, field: field, place: place, log: log)
        return text
      case .number(let text): return text
      case .bool(let flag): return flag ? "true" : "false"
      default: return nil
      }
    }

    /// A {"ja", "en"} text: an object whose members are languages only.
    static func isText(_ members: [(String, JSONValue)]) -> Bool {
      !members.isEmpty && members.allSatisfy { $0.0 == "ja" || $0.0 == "en" }
    }

    mutating func uptake(_ reader: ObjectReader) -> PolicyUptake {
      let id = reader.string("id")
      if !id.isEmpty && !seen.insert(id).inserted { log.add(id, "id \"\(id)\" appears more than once") }
      var policy: String?
      if case .string(let target)? = reader.value("policy") { policy = target }
      return PolicyUptake(id: id, proposal: reader.string("proposal"), policy: policy, reason: reader.text("reason"))
    }
  }
}

extension PolicyContext {
  /// The first bytes of a file as text, to tell which dataset it is before reading it whole.
  public static func head(of path: String) throws(DatasetError) -> String {
    String(decoding: try Dataset.readFile(path, limit: 256).prefix(256), as: UTF8.self)
  }

  /// What `load` checks between this context and the proposals dataset it is read against: that every uptake link
  /// starts at a proposal or measure of `dataset`, and that no item has an id of `dataset`.
  public func problems(linkingFrom dataset: Dataset) -> [DataProblem] {
    let log = ProblemLog()
    PolicyDecoder.check(self, dataset: dataset, log: log)
    return log.problems
  }

  /// Reads and validates a policy-context file; the proposals dataset, when given, is what `uptake` links from.
  public static func load(path: String, dataset: Dataset?, limits: JSONLimits = .dataset) throws(DatasetError)
    -> PolicyContext
  {
    let bytes = try Dataset.readFile(path, limit: limits.maxBytes)
    return try load(bytes: bytes, source: path, dataset: dataset, limits: limits)
  }

  public static func load(bytes: [UInt8], source: String, dataset: Dataset?, limits: JSONLimits = .dataset)
    throws(DatasetError) -> PolicyContext
  {
    let root = try Dataset.parse(bytes, source: source, limits: limits)
    let log = ProblemLog()
    let context = PolicyDecoder.decode(root, dataset: dataset, log: log)
    guard let context, log.problems.isEmpty else { throw .invalid(source: source, problems: log.problems) }
    return context
  }
}
