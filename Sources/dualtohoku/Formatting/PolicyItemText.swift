// Text, Markdown and JSON forms of the policy context's items (what followed the proposals), for `show`.
import DualLifeModel
import DualLifeUI

struct PolicyItemFormatter {
  let policy: PolicyContext
  let language: Language
  private var words: Words { Words(language) }

  /// The figures as printed: target, baseline, deadline, dates.
  func figures(_ item: PolicyItem) -> [(name: String, value: String)] {
    item.attributes.filter { $0.name.hasSuffix("asPrinted") || $0.name == "date" || $0.name == "kind" }
  }

  func source(_ item: PolicyItem) -> String? {
    policy.sections.first { $0.id == item.section }.map { words.source($0) }
  }

  func text(_ item: PolicyItem) -> String {
    var lines = ["\(item.id)  [\(item.path)]"]
    for text in item.texts where !text.name.hasSuffix(".unit") {
      lines.append("  \(words.policyField(text.name)): \(text.text[language])")
    }
    for figure in figures(item) { lines.append("  \(words.policyField(figure.name)): \(figure.value)") }
    for child in item.children { lines.append("  \(child.id)  \(child.texts.first?.text[language] ?? "")") }
    for link in policy.uptake where link.policy == item.id {
      lines.append("  \(words.takesUp): \(link.proposal) — \(link.reason[language])")
    }
    if let source = source(item) { lines.append("  \(source)") }
    return lines.joined(separator: "\n")
  }

  func markdown(_ item: PolicyItem) -> String {
    var out = "### \(item.id)\n\n"
    for text in item.texts where !text.name.hasSuffix(".unit") {
      out += "**\(Markdown.escape(words.policyField(text.name)))**: \(Markdown.escape(text.text[language]))\n\n"
    }
    for figure in figures(item) {
      out += "**\(Markdown.escape(words.policyField(figure.name)))**: \(Markdown.escape(figure.value))\n\n"
    }
    if let source = source(item) { out += "*\(Markdown.escape(source))*\n\n" }
    return out
  }

  func json(_ item: PolicyItem) -> JSONValue {
    .object([
      ("id", .string(item.id)), ("kind", .string(item.path)), ("section", .string(item.section)),
      ("texts", .object(item.texts.map { ($0.name, .string($0.text[language])) })),
      ("attributes", .object(item.attributes.map { ($0.name, .string($0.value)) })),
      ("children", .array(item.children.map { .string($0.id) })),
      ("takesUp", .array(policy.uptake.filter { $0.policy == item.id }.map { .string($0.proposal) })),
    ])
  }
}
