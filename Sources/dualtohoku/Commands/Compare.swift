import ArgumentParser
import DualLifeModel
import DualLifeUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Put 2 to 5 proposals side by side: what they share, what only one links, goal, measures, linked items.",
    discussion: """
      Every format starts from the same comparison: a summary (items several proposals link, and each proposal's \
      own), then goal and measures, then each linked section (strengths, weaknesses, opportunities, calls, expert \
      recommendations) with an item that several proposals link on one row, tagged shared.

      text: columns at the width, in bands of as many columns as fit (every proposal appears); --no-wrap refuses \
      (exit 64) instead and says how wide it must be. Width: --width, else COLUMNS, else the terminal's when \
      standard output is one, else 80.
      markdown: a summary list and one table column per proposal, ready to paste into a review.
      csv: one line per row (section, id, text, a column per proposal, how many link it).
      json: {"proposals", "summary", "sections"}.
      --matrix: the coverage matrix of all five proposals instead (every strength, weakness, opportunity, call and \
      expert recommendation, with totals), in any format; takes no ids.

      Examples:
        dualtohoku compare P1 P3
        dualtohoku compare P1 P2 P3 P4 P5 --width 80
        dualtohoku compare P3 P4 P5 --format markdown > compare.md
        dualtohoku compare --matrix --format csv > matrix.csv
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, json }

  @Argument(help: ArgumentHelp("2 to 5 different proposal ids, e.g. P1 P3 (none with --matrix).", valueName: "ID"))
  var ids: [String] = []

  @Option(help: ArgumentHelp("text (default), markdown, csv or json.", valueName: "text|markdown|csv|json"))
  var format: Format = .text

  @Option(
    help: ArgumentHelp(
      "Width of the text in cells (default: COLUMNS, else the terminal's, else 80; e.g. --width 120).",
      valueName: "N"))
  var width: Int?

  @Flag(help: "Refuse (exit 64) rather than print the columns in bands when they do not fit the width.")
  var noWrap = false

  @Flag(help: "The coverage matrix of all proposals instead of columns.")
  var matrix = false

  @OptionGroup var lang: LanguageOption
  @OptionGroup var data: DataOptions

  func validate() throws {
    if matrix {
      guard ids.isEmpty else { throw ValidationError("--matrix compares all proposals; name no ids") }
    } else {
      guard (2...5).contains(ids.count) else {
        throw ValidationError("Name 2 to 5 proposals, e.g. dualtohoku compare P1 P3")
      }
    }
    if let width, !(20...1000).contains(width) { throw ValidationError("--width must be between 20 and 1000") }
  }

  func run() throws {
    let dataset = try data.load()
    let language = lang.language
    let environment = try data.environment(dataset)
    let formats = ComparisonFormats(dataset: dataset, words: Words(language), policy: environment.policy)
    if matrix {
      let all = dataset.proposals.items.map(\.id)
      switch format {
      case .text:
        let width = textWidth()
        let needed = Dashboard.matrixWidthNeeded(language: language, environment)
        guard width >= needed else {
          // Printed narrower, the last columns would be cut off: say so instead of dropping them.
          Output.error(
            "dualtohoku compare: the matrix needs a width of at least \(needed) (now \(width)); "
              + "use --width \(needed), or --format markdown")
          throw Exit.usage
        }
        Output.print(Dashboard.matrixText(width: width, language: language, environment))
      case .markdown: Output.print(formats.matrixMarkdown(all), terminator: "")
      case .csv: Output.print(formats.csv(all, matrix: true), terminator: "")
      case .json: Output.printJSON(formats.json(all, matrix: true))
      }
      return
    }
    let resolved = try ProposalIDs.resolve(ids, in: dataset, command: "compare")
    try ProposalIDs.requireDifferent(resolved)
    switch format {
    case .text:
      let width = textWidth()
      let needed = Dashboard.compareWidthNeeded(resolved.count)
      if noWrap && width < needed {
        Output.error(
          "dualtohoku compare: \(resolved.count) columns need a width of at least \(needed) (now \(width)); "
            + "use --width \(needed), or leave out --no-wrap to print them in bands")
        throw Exit.usage
      }
      Output.print(Dashboard.compareText(resolved, width: width, language: language, environment))
    case .markdown: Output.print(formats.markdown(resolved), terminator: "")
    case .csv: Output.print(formats.csv(resolved, matrix: false), terminator: "")
    case .json: Output.printJSON(formats.json(resolved, matrix: false))
    }
  }

  /// --width, else COLUMNS, else the terminal's when standard output is one, else 80 (a pipe or a file).
  func textWidth() -> Int {
    if let width { return width }
    if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), (20...1000).contains(columns) {
      return columns
    }
    var size = winsize()
    if Output.isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
      return min(1000, Int(size.ws_col))
    }
    return 80
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

  /// A proposal compared with itself shows nothing a reviewer could use.
  static func requireDifferent(_ ids: [String], command: String = "compare") throws {
    var seen: Set<String> = []
    for id in ids where !seen.insert(id).inserted {
      Output.error("dualtohoku \(command): \(id) is named twice; name 2 to 5 different proposals, e.g. P1 P3")
      throw Exit.usage
    }
  }
}
