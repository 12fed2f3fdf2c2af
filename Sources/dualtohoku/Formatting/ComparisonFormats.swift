// `compare` as Markdown, CSV and JSON, from the same Comparison the compare view draws: the rows a reviewer sees
// marked shared on screen are the rows marked shared here.
import DualLifeModel
import DualLifeUI

struct ComparisonFormats {
  let dataset: Dataset
  let words: Words
  /// What followed, whose items that take up a compared proposal are the comparison's last group.
  let policy: PolicyContext?

  private var language: Language { words.language }
  private var catalog: Catalog { dataset.catalog }

  private func summary(_ id: String) -> String {
    catalog.entry(id)?.summary(language) ?? policy?.item(id)?.headline(language) ?? ""
  }

  /// One row of the flat forms (CSV, JSON): a section, an item, and the compared proposals it belongs to.
  struct FlatRow {
    let section: String
    let id: String
    let text: String
    let linkedBy: [String]
  }

  /// Goals and measures (each belongs to its proposal), then every linked item.
  func flatRows(_ comparison: Comparison, matrix: Bool) -> [FlatRow] {
    var rows: [FlatRow] = []
    if !matrix {
      for p in comparison.proposals.compactMap({ dataset.proposal($0) }) {
        rows.append(FlatRow(section: words.goal, id: p.id, text: p.goal[language], linkedBy: [p.id]))
        for m in p.measures {
          rows.append(FlatRow(section: words.measures, id: m.id, text: m.text[language], linkedBy: [p.id]))
        }
      }
    }
    for group in comparison.groups {
      for row in group.rows {
        rows.append(FlatRow(section: group.label, id: row.id, text: summary(row.id), linkedBy: row.linkedBy))
      }
    }
    return rows
  }

  func comparison(_ ids: [String], matrix: Bool) -> Comparison {
    Comparison(ids, dataset, words, policy: policy, keepUnlinked: matrix)
  }

  // MARK: CSV

  /// section,id,text,P1,…,count with 1 where a proposal links the row (RFC 4180 quoting, LF line ends).
  func csv(_ ids: [String], matrix: Bool) -> String {
    let comparison = comparison(ids, matrix: matrix)
    var lines = [(["section", "id", "text"] + comparison.proposals + ["count"]).map(Self.quote).joined(separator: ",")]
    for row in flatRows(comparison, matrix: matrix) {
      let marks = comparison.proposals.map { row.linkedBy.contains($0) ? "1" : "" }
      let fields = [row.section, row.id, row.text] + marks + [String(row.linkedBy.count)]
      lines.append(fields.map(Self.quote).joined(separator: ","))
    }
    // Lines end in LF: the output layer strips carriage returns (no control character reaches a terminal), and
    // spreadsheets and csv readers take LF.
    return lines.joined(separator: "\n") + "\n"
  }

  static func quote(_ field: String) -> String {
    guard field.contains(where: { [",", "\"", "\n", "\r"].contains($0) }) else { return field }
    return "\"" + field.replacing("\"", with: "\"\"") + "\""
  }

  // MARK: JSON

  /// {"proposals": [{id, title}], "summary": {"shared": [{id, linkedBy}], "own": {P1: […]}}, "sections": […]}.
  func json(_ ids: [String], matrix: Bool) -> String {
    let comparison = comparison(ids, matrix: matrix)
    let proposals = comparison.proposals.compactMap { dataset.proposal($0) }.map { p -> JSONValue in
      .object([("id", .string(p.id)), ("title", .string(p.title[language]))])
    }
    let shared = comparison.shared.map { row -> JSONValue in
      .object([("id", .string(row.id)), ("linkedBy", .array(row.linkedBy.map { .string($0) }))])
    }
    let own = comparison.proposals.map { ($0, JSONValue.array(comparison.own($0).map { .string($0) })) }
    var sections: [(String, [FlatRow])] = []
    for row in flatRows(comparison, matrix: matrix) {
      if sections.last?.0 == row.section {
        sections[sections.count - 1].1.append(row)
      } else {
        sections.append((row.section, [row]))
      }
    }
    let sectionValues = sections.map { label, rows -> JSONValue in
      .object([
        ("label", .string(label)),
        (
          "rows",
          .array(
            rows.map { row in
              .object([
                ("id", .string(row.id)), ("text", .string(row.text)),
                ("linkedBy", .array(row.linkedBy.map { .string($0) })), ("shared", .bool(row.linkedBy.count > 1)),
              ])
            })
        ),
      ])
    }
    return JSONWriter.write(
      .object([
        ("proposals", .array(proposals)),
        ("summary", .object([("shared", .array(shared)), ("own", .object(own))])),
        ("sections", .array(sectionValues)),
      ]))
  }

  // MARK: Markdown

  /// The summary as a list, then one table: a column per proposal, a row per linked item tagged shared or own.
  func markdown(_ ids: [String]) -> String {
    let comparison = comparison(ids, matrix: false)
    let proposals = comparison.proposals.compactMap { dataset.proposal($0) }
    let total = proposals.count
    var out = "**\(Markdown.escape(words.sharedAndDifferent))**\n\n"
    for count in stride(from: total, through: 2, by: -1) {
      let shared = comparison.shared.filter { $0.linkedBy.count == count }.map(\.id)
      guard !shared.isEmpty else { continue }
      out += "- \(words.sharedBy(count, of: total, items: shared.count)): \(shared.joined(separator: ", "))\n"
    }
    for p in comparison.proposals {
      let own = comparison.own(p)
      out += "- \(words.only(p, items: own.count)): \(own.isEmpty ? "—" : own.joined(separator: ", "))\n"
    }
    out += "\n| |" + proposals.map { " **\($0.id)** \(Markdown.escape($0.title[language])) |" }.joined() + "\n"
    out += "|---|" + proposals.map { _ in "---|" }.joined() + "\n"
    out +=
      "| **\(Markdown.escape(words.goal))** |" + proposals.map { " \(Markdown.escape($0.goal[language])) |" }.joined()
      + "\n"
    let measures = proposals.map { p in
      p.measures.map { "**\($0.id)** \(Markdown.escape($0.text[language]))" }.joined(separator: "<br>")
    }
    out += "| **\(Markdown.escape(words.measures))** |" + measures.map { " \($0) |" }.joined() + "\n"
    for group in comparison.groups {
      out += "| **\(Markdown.escape(group.label))** |" + proposals.map { _ in " |" }.joined() + "\n"
      for row in group.rows {
        let tag = row.shared ? words.sharedTag(row.linkedBy.count, of: total) : words.ownTag
        let item = "**\(row.id)** \(Markdown.escape(summary(row.id)))"
        out += "| \(tag) |" + proposals.map { row.linkedBy.contains($0.id) ? " \(item) |" : " |" }.joined() + "\n"
      }
    }
    return out + "\n*" + words.linksAreEditorial + "*\n"
  }

  /// The coverage matrix: an item per row, a proposal per column, totals both ways.
  func matrixMarkdown(_ ids: [String]) -> String {
    let comparison = comparison(ids, matrix: true)
    let columns = comparison.proposals
    var out = "| |" + columns.map { " \($0) |" }.joined() + " \(words.total) |\n"
    out += "|---|" + columns.map { _ in ":-:|" }.joined() + ":-:|\n"
    for group in comparison.groups {
      out += "| **\(Markdown.escape(group.label))** |" + columns.map { _ in " |" }.joined() + " |\n"
      for row in group.rows {
        let marks = columns.map { row.linkedBy.contains($0) ? " ● |" : " |" }.joined()
        out += "| **\(row.id)** \(Markdown.escape(summary(row.id))) |" + marks + " \(row.linkedBy.count) |\n"
      }
    }
    let totals = columns.map { p in comparison.rows.filter { $0.linkedBy.contains(p) }.count }
    let all = comparison.rows.reduce(0) { $0 + $1.linkedBy.count }
    out += "| **\(words.total)** |" + totals.map { " **\($0)** |" }.joined() + " **\(all)** |\n"
    return out + "\n*" + words.linksAreEditorial + "*\n"
  }
}
