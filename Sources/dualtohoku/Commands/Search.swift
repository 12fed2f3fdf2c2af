import ArgumentParser
import BundledDataset
import DualLifeModel
import DualLifeUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

struct Search: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Search every text, Japanese and English, and list the items that match, best first.",
    discussion: """
      Case, full and half width and hiragana/katakana do not matter: ＤＸ = DX = dx, ｻﾃﾗｲﾄ = さてらいと = サテライト.
      Several words must all match (AND). The glossary widens a query to the source's own term (テレワーク finds
      リモートワーク; such hits come after the query's own); a compound that finds nothing whole is tried as its
      parts (DX推進 as DX and 推進). A match in a title or goal ranks above one in body text, the whole phrase above
      scattered words, and proposals, measures, calls and analysis items above figure words and biographies.
      When the list is cut, standard error says so; when nothing matches, it suggests near words. Exit 1 when
      nothing matches.

      Examples:
        dualtohoku search 住民税
        dualtohoku search テレワーク
        dualtohoku search remote work --lang en --kind measure,call-firms
        dualtohoku search dx --format json --limit 3
        dualtohoku search 地域 --limit 0 --format markdown
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

  @Argument(help: ArgumentHelp("The words to look for; all must match.", valueName: "WORD"))
  var words: [String]

  @Option(help: ArgumentHelp("text (default), json or markdown (e.g. --format json).", valueName: "text|json|markdown"))
  var format: Format = .text

  @Option(help: ArgumentHelp("Show at most N results (default 20; 0 for all; e.g. --limit 5).", valueName: "N"))
  var limit: Int = 20

  @Option(
    help: ArgumentHelp(
      "Only these kinds of item, separated by commas (proposal, measure, call-government, call-firms, strength, weakness, opportunity, trend, paragraph, recommendation, …).",
      valueName: "KIND,…"))
  var kind: String?

  @OptionGroup var lang: LanguageOption
  @OptionGroup var data: DataOptions

  /// The kinds `--kind` names ("call" stands for both kinds of call, "analysis" for strengths, weaknesses and
  /// opportunities), or nil for every kind.
  var kinds: Set<EntryKind>? { kind.map(Self.kinds(named:)) }

  static func kinds(named kind: String) -> Set<EntryKind> {
    var kinds = Set<EntryKind>()
    for name in kind.split(separator: ",").map({ $0.filter { $0 != " " } }) {
      switch name {
      case "call", "calls": kinds.formUnion([.governmentCall, .firmCall])
      case "analysis": kinds.formUnion([.strength, .weakness, .opportunity])
      default: if let k = EntryKind(rawValue: name) { kinds.insert(k) }
      }
    }
    return kinds
  }

  func validate() throws {
    if let problem = Self.problem(words: words, limit: limit, kind: kind) { throw ValidationError(problem) }
  }

  /// What is wrong with these options, in the words of the usage error, or nil when they can run.
  static func problem(words: [String], limit: Int, kind: String?) -> String? {
    if limit < 0 { return "--limit must be 0 (all) or more" }
    if words.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
      return "Give at least one word to search for, e.g. dualtohoku search 住民税"
    }
    if let kind, kind.split(separator: ",").isEmpty || kind.split(separator: ",").contains(where: unknownKind) {
      return "--kind \(Sanitize.forMessage(kind)): unknown kind; use call, analysis or any of "
        + EntryKind.allCases.map(\.rawValue).joined(separator: ", ")
    }
    return nil
  }

  static func unknownKind(_ name: Substring) -> Bool {
    let name = name.filter { $0 != " " }
    return !["call", "calls", "analysis"].contains(name) && EntryKind(rawValue: name) == nil
  }

  func run() throws {
    try Self.run(words: words, format: format, limit: limit, kinds: kinds, language: lang.language, data: data.source)
  }

  /// The same from plain values; `dualtohoku search WORD…` with plain options comes here directly (QuickLaunch).
  static func run(
    words queryWords: [String], format: Format, limit: Int, kinds: Set<EntryKind>?, language: Language,
    data: DataSource
  ) throws {
    let query = queryWords.joined(separator: " ")
    let words = Words(language)
    // One query: scanning the texts costs less than building the index a dashboard keeps; the bundled texts come
    // folded from the build, so only Markdown, which names each hit's proposal and section, decodes the dataset.
    let index: SearchIndex
    if data.isBundled, let prepared = SearchIndex.bundled {
      index = prepared
    } else {
      let dataset = try data.load()
      index = dataset.oneShotIndex(policy: try data.policy(for: dataset))
    }
    var (hits, total) = index.results(SearchQuery(query), language: language)
    if let kinds {
      hits = hits.filter { kinds.contains($0.kind) }
      total = hits.count
    }
    let shown = limit == 0 ? hits : Array(hits.prefix(limit))
    switch format {
    case .json: Output.printJSON(Self.json(query, shown, total: total))
    case .markdown: Output.print(SearchMarkdown.document(query, shown, try data.load(), words), terminator: "")
    case .text: text(shown, words)
    }
    if shown.count < total { Output.error(words.cutNotice(shown: shown.count, total: total)) }
    if hits.isEmpty {
      Output.error(words.nothingMatchesMessage(Sanitize.forMessage(query)))
      let suggestions = index.suggestions(for: SearchQuery(query))
      if !suggestions.isEmpty { Output.error(words.didYouMean(suggestions)) }
      throw Exit.nothingFound
    }
  }

  static func text(_ hits: [SearchHit], _ words: Words) {
    let highlight = Output.isTerminal && !noColor
    for hit in hits {
      Output.print("\(hit.id)  [\(words.kind(hit.kind))]  \(hit.path)\(words.reason(hit).map { "  (\($0))" } ?? "")")
      // Each character is cleaned on its own (mark), so the match offsets still point at the right characters.
      Output.write("  " + Self.mark(hit.text, hit.ranges, highlight: highlight) + "\n", to: STDOUT_FILENO)
    }
  }

  static func json(_ query: String, _ hits: [SearchHit], total: Int) -> String {
    let results: [JSONValue] = hits.map { hit in
      .object([
        ("id", .string(hit.id)), ("kind", .string(hit.kind.rawValue)), ("text", .string(hit.text)),
        ("path", .string(hit.path)), ("score", .number(String(hit.score))), ("field", .string(hit.field)),
        ("lang", .string(hit.language.rawValue)), ("match", .string(hit.match.rawValue)),
        (
          "glossary",
          hit.glossaryWord.map { .object([("word", .string($0)), ("id", .string(hit.glossaryID ?? ""))]) } ?? .null
        ),
        (
          "matches",
          .array(hit.ranges.map { .array([.number(String($0.lowerBound)), .number(String($0.upperBound))]) })
        ),
      ])
    }
    return JSONWriter.write(
      .object([("query", .string(query)), ("total", .number(String(total))), ("results", .array(results))]))
  }

  private static var noColor: Bool {
    if let value = getenv("NO_COLOR"), value.pointee != 0 { return true }
    return false
  }

  /// The text on one line, with its matches in bold and underlined on a terminal (plain in pipes and files). Each
  /// character is sanitised on its own, before our own highlighting escapes go in, so the match offsets (counted
  /// in the original text) still line up.
  static func mark(_ text: String, _ ranges: [Range<Int>], highlight: Bool) -> String {
    var out = ""
    var k = 0
    for (offset, character) in text.enumerated() {
      while k < ranges.count && ranges[k].upperBound <= offset { k += 1 }
      if highlight && k < ranges.count && offset == ranges[k].lowerBound { out += "\u{1B}[1;4m" }
      out += character == "\n" ? " " : Sanitize.forTerminal(String(character))
      if highlight && k < ranges.count && offset == ranges[k].upperBound - 1 { out += "\u{1B}[0m" }
    }
    return out
  }
}
