import ArgumentParser
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
      Several words must all match (AND). A match in a title or goal ranks above one in body text, and the whole
      phrase above scattered words. Exit 1 when nothing matches.

      Examples:
        dualtohoku search 住民税
        dualtohoku search さてらいと
        dualtohoku search remote work --lang en
        dualtohoku search dx --format json --limit 3
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Argument(help: ArgumentHelp("The words to look for; all must match.", valueName: "WORD"))
  var words: [String]

  @Option(help: ArgumentHelp("text (default) or json (e.g. --format json).", valueName: "text|json"))
  var format: Format = .text

  @Option(help: ArgumentHelp("Show at most N results (default 20; e.g. --limit 5).", valueName: "N"))
  var limit: Int = 20

  @OptionGroup var lang: LanguageOption
  @OptionGroup var data: DataOptions

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be 1 or more") }
    if words.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
      throw ValidationError("Give at least one word to search for, e.g. dualtohoku search 住民税")
    }
  }

  func run() throws {
    let dataset = try data.load()
    let query = words.joined(separator: " ")
    let language = lang.language
    let hits = dataset.search(query, language: language, limit: limit)
    switch format {
    case .json:
      let results: [JSONValue] = hits.map { hit in
        .object([
          ("id", .string(hit.id)), ("kind", .string(hit.kind.rawValue)), ("text", .string(hit.text)),
          ("path", .string(hit.path)), ("score", .number(String(hit.score))), ("field", .string(hit.field)),
          ("lang", .string(hit.language.rawValue)),
          (
            "matches",
            .array(hit.ranges.map { .array([.number(String($0.lowerBound)), .number(String($0.upperBound))]) })
          ),
        ])
      }
      Output.printJSON(JSONWriter.write(.object([("query", .string(query)), ("results", .array(results))])))
    case .text:
      let highlight = Output.isTerminal && !noColor
      for hit in hits {
        Output.print("\(hit.id)  [\(Words(language).kind(hit.kind))]  \(hit.path)")
        Output.write("  " + Self.mark(hit.text, hit.ranges, highlight: highlight) + "\n", to: STDOUT_FILENO)
      }
    }
    if hits.isEmpty {
      Output.error(
        Words(language).nothingMatchesMessage(Sanitize.forMessage(query)))
      throw Exit.nothingFound
    }
  }

  private var noColor: Bool {
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
