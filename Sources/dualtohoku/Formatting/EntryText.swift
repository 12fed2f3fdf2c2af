// Text, Markdown and JSON forms of catalog entries, for `show` and `search`.
import DualLifeModel
import DualLifeUI

struct EntryFormatter {
  let dataset: Dataset
  let language: Language
  /// What followed the proposals, for the uptake of a proposal or a measure (nil: none is shown).
  var policy: PolicyContext? = nil
  private var words: Words { Words(language) }

  /// The editorial uptake links of a proposal or a measure: what policy takes it up, or that none of the sources
  /// does, each with its reason. The proposal's own links come before its measures'.
  func uptake(_ entry: Entry) -> [PolicyUptake] {
    guard let policy, [.proposal, .measure].contains(entry.kind) else { return [] }
    return ([entry.id] + (entry.kind == .proposal ? entry.children : [])).flatMap { policy.uptake(of: $0) }
  }

  /// "P5.M1 → I1.3.10  地域資源を活用した産業振興 — reason" or "P5.M2 → not taken up in these sources — reason".
  func uptakeLine(_ link: PolicyUptake) -> String {
    let taken = link.policy.map { id in "\(id)  \(policy?.item(id)?.headline(language) ?? "")" }
    return "\(link.proposal) → \(taken ?? words.notTakenUp) — \(link.reason[language])"
  }

  private var catalog: Catalog { dataset.catalog }

  func sectionLine(_ entry: Entry) -> String? {
    guard let section = dataset.section(entry.section) else { return nil }
    return words.source(section)
  }

  /// One line naming an entry: "P1.M1  「リモートワーク×兼業・副業」のための環境整備…".
  func oneLine(_ id: String) -> String {
    guard let entry = catalog.entry(id) else { return id }
    return "\(id)  \(entry.summary(language))"
  }

  // MARK: Text

  func text(_ entry: Entry) -> String {
    var lines: [String] = []
    lines.append("\(entry.id)  [\(words.kind(entry.kind))]  \(entry.summary(language))")
    let shown = entry.summary(language) == entry.headline[language] ? 1 : entry.fields.count
    for field in entry.fields.dropFirst(shown) {
      lines.append("  \(words.field(field.name)): \(field.text[language])")
    }
    for childID in entry.children {
      guard let child = catalog.entry(childID) else { continue }
      lines.append("  \(childID)  \(child.summary(language))")
      for grandchildID in child.children {
        lines.append("    \(oneLine(grandchildID))")
      }
      if !child.links.isEmpty {
        lines.append("    → " + child.links.joined(separator: " "))
      }
    }
    if !entry.links.isEmpty {
      lines.append("  \(words.links(basis: entry.linkBasis)):")
      for id in entry.links { lines.append("    \(oneLine(id))") }
    }
    if let from = catalog.linkedFrom[entry.id], !from.isEmpty {
      lines.append("  \(words.linkedFromPlain):")
      for id in from { lines.append("    \(oneLine(id))") }
    }
    let followed = uptake(entry)
    if !followed.isEmpty {
      lines.append("  \(words.whatFollowed):")
      for link in followed { lines.append("    \(uptakeLine(link))") }
    }
    if let source = sectionLine(entry) { lines.append("  \(source)") }
    return lines.joined(separator: "\n")
  }

  // MARK: Markdown

  func markdown(_ entry: Entry) -> String {
    var out = "## \(entry.id) \(Markdown.escape(entry.summary(language)))\n\n"
    out += "*\(words.kind(entry.kind))*\n\n"
    // A pasted measure (or point) keeps what it belongs to and where the source says it.
    if let parent = entry.parent, let owner = catalog.entry(parent) {
      out += "\(words.parent): **\(parent)** \(Markdown.escape(owner.summary(language)))\n\n"
    }
    if let source = sectionLine(entry) { out += "\(Markdown.escape(source))\n\n" }
    let shown = entry.summary(language) == entry.headline[language] ? 1 : entry.fields.count
    for field in entry.fields.dropFirst(shown) {
      out += "**\(words.field(field.name))**: \(Markdown.escape(field.text[language]))\n\n"
    }
    if !entry.children.isEmpty {
      for childID in entry.children {
        guard let child = catalog.entry(childID) else { continue }
        out += "- **\(childID)** \(Markdown.escape(child.summary(language)))"
        if !child.links.isEmpty { out += " → " + child.links.joined(separator: ", ") }
        out += "\n"
        for grandchildID in child.children {
          out += "  - **\(grandchildID)** \(Markdown.escape(catalog.entry(grandchildID)?.summary(language) ?? ""))\n"
        }
      }
      out += "\n"
    }
    if !entry.links.isEmpty {
      out += "**\(words.links(basis: entry.linkBasis))**\n\n"
      for id in entry.links { out += "- **\(id)** \(Markdown.escape(catalog.entry(id)?.summary(language) ?? ""))\n" }
      out += "\n"
    }
    if let from = catalog.linkedFrom[entry.id], !from.isEmpty {
      out += "**\(words.linkedFromPlain)**\n\n"
      for id in from { out += "- **\(id)** \(Markdown.escape(catalog.entry(id)?.summary(language) ?? ""))\n" }
      out += "\n"
    }
    let followed = uptake(entry)
    if !followed.isEmpty {
      out += "**\(words.whatFollowed)**\n\n"
      for link in followed { out += "- \(Markdown.escape(uptakeLine(link)))\n" }
      out += "\n"
    }
    return out
  }

  // MARK: JSON

  func json(_ entry: Entry, depth: Int = 0) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("id", .string(entry.id)), ("kind", .string(entry.kind.rawValue)),
      ("path", .string(catalog.path(entry.id))),
    ]
    if let parent = entry.parent { members.append(("parent", .string(parent))) }
    members.append(("section", .string(entry.section)))
    members.append(("fields", .object(entry.fields.map { ($0.name.rawValue, .string($0.text[language])) })))
    if !entry.children.isEmpty {
      members.append(
        (
          "children",
          .array(
            entry.children.compactMap { id in
              catalog.entry(id).map { depth < 3 ? json($0, depth: depth + 1) : .string($0.id) }
            })
        ))
    }
    if !entry.links.isEmpty {
      members.append(("links", .array(entry.links.map(JSONValue.string))))
      members.append(("linkBasis", .string(entry.linkBasis ?? "")))
    }
    if let from = catalog.linkedFrom[entry.id], !from.isEmpty {
      members.append(("linkedFrom", .array(from.map(JSONValue.string))))
    }
    let followed = uptake(entry)
    if depth == 0, !followed.isEmpty {
      members.append(
        (
          "uptake",
          .array(
            followed.map { link in
              .object([
                ("from", .string(link.proposal)), ("policy", link.policy.map(JSONValue.string) ?? .null),
                ("reason", .string(link.reason[language])), ("basis", .string("editorial")),
              ])
            })
        ))
    }
    return .object(members)
  }
}

enum Markdown {
  /// Escapes the characters Markdown would read as markup, and keeps source newlines as line breaks.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|": out.append("\\\(character)")
      case "\n": out.append("  \n")
      default: out.append(character)
      }
    }
    return out
  }
}
