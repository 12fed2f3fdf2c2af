import ArgumentParser
import DualLifeModel
import DualLifeUI

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Put 2 to 5 proposals side by side: goal, measures, linked strengths / weaknesses / opportunities, calls.",
    discussion: """
      text: the compare view's columns at --width, rows aligned by section (all of it, not one screen).
      markdown: one table column per proposal.

      Examples:
        dualtohoku compare P1 P3
        dualtohoku compare P1 P2 P3 --width 200 --lang en
        dualtohoku compare P3 P4 P5 --format markdown > compare.md
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

  @Argument(help: ArgumentHelp("2 to 5 proposal ids, e.g. P1 P3.", valueName: "ID"))
  var ids: [String]

  @Option(help: ArgumentHelp("text (default) or markdown (e.g. --format markdown).", valueName: "text|markdown"))
  var format: Format = .text

  @Option(help: ArgumentHelp("Width of the text in cells (default 160; e.g. --width 120).", valueName: "N"))
  var width: Int = 160

  @OptionGroup var lang: LanguageOption
  @OptionGroup var data: DataOptions

  func validate() throws {
    guard (2...5).contains(ids.count) else {
      throw ValidationError("Name 2 to 5 proposals, e.g. dualtohoku compare P1 P3")
    }
    guard (20...1000).contains(width) else { throw ValidationError("--width must be between 20 and 1000") }
  }

  func run() throws {
    let dataset = try data.load()
    let resolved = try ProposalIDs.resolve(ids, in: dataset, command: "compare")
    let language = lang.language
    switch format {
    case .text:
      Output.print(Dashboard.compareText(resolved, width: width, language: language, UIEnvironment(dataset: dataset)))
    case .markdown:
      Output.print(markdown(resolved.compactMap { dataset.proposal($0) }, dataset, language), terminator: "")
    }
  }

  func markdown(_ proposals: [Proposal], _ dataset: Dataset, _ language: Language) -> String {
    let catalog = dataset.catalog
    func cell(_ lines: [String]) -> String {
      lines.isEmpty ? "—" : lines.joined(separator: "<br>")
    }
    func linked(_ p: Proposal, _ kind: EntryKind) -> [String] {
      p.links.analysis.compactMap { id in
        guard let e = catalog.entry(id), e.kind == kind else { return nil }
        return "**\(id)** \(Markdown.escape(e.summary(language)))"
      }
    }
    let words = Words(language)
    let a = dataset.analysis
    let rows: [(String, (Proposal) -> [String])] = [
      (words.goal, { [Markdown.escape($0.goal[language])] }),
      (
        words.measures,
        { $0.measures.map { "**\($0.id)** \(Markdown.escape($0.text[language]))" } }
      ),
      (a.strengthsLabel[language], { linked($0, .strength) }),
      (a.weaknessesLabel[language], { linked($0, .weakness) }),
      (a.opportunitiesLabel[language], { linked($0, .opportunity) }),
      (
        words.callsThatServe,
        { $0.links.calls.map { "**\($0)** \(Markdown.escape(catalog.entry($0)?.summary(language) ?? ""))" } }
      ),
    ]
    var out = "| |" + proposals.map { " **\($0.id)** \(Markdown.escape($0.title[language])) |" }.joined() + "\n"
    out += "|---|" + proposals.map { _ in "---|" }.joined() + "\n"
    for (label, values) in rows {
      out += "| **\(Markdown.escape(label))** |" + proposals.map { " \(cell(values($0))) |" }.joined() + "\n"
    }
    out +=
      "\n*" + words.linksAreEditorial + "*\n"
    return out
  }
}

/// Proposal ids from the command line: case-insensitive, each must exist.
enum ProposalIDs {
  static func resolve(_ ids: [String], in dataset: Dataset, command: String) throws -> [String] {
    try ids.map { id in
      guard let p = dataset.proposal(id.uppercased()) else {
        Output.error(
          "dualtohoku \(command): no proposal has the id '\(Sanitize.forMessage(id))' (P1–P\(dataset.proposals.items.count))"
        )
        throw Exit.usage
      }
      return p.id
    }
  }
}
