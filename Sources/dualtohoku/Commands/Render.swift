import ArgumentParser
import DualLifeModel
import DualLifeUI

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the exact screen a view would show, as plain text: for tests, README pictures and handouts.",
    discussion: """
      Prints exactly HEIGHT lines, each at most WIDTH display cells, with no escape sequences, from the same code
      that draws the live dashboard. The selected row is marked with ▶ (> with --ascii).

      Views: overview · proposals [Pn] · swo · calls · search QUERY

      Examples:
        dualtohoku render overview --width 80 --height 24
        dualtohoku render proposals P1 --width 120 --height 40 --lang en
        dualtohoku render swo --width 160 --height 50 --ascii
        dualtohoku render search ワーケーション --width 80 --height 24
      """)

  enum View: String, ExpressibleByArgument, CaseIterable {
    case overview, proposals, swo, calls, search

    var viewID: ViewID {
      switch self {
      case .overview: return .overview
      case .proposals: return .proposals
      case .swo: return .analysis
      case .calls: return .calls
      case .search: return .search
      }
    }
  }

  @Argument(help: ArgumentHelp("overview, proposals, swo, calls or search.", valueName: "VIEW"))
  var view: View

  @Argument(help: ArgumentHelp("proposals: the proposal to open (P1); search: the query words.", valueName: "ARGS"))
  var arguments: [String] = []

  @Option(help: ArgumentHelp("Screen width in cells (e.g. --width 80).", valueName: "W"))
  var width: Int = 80

  @Option(help: ArgumentHelp("Screen height in lines (e.g. --height 24).", valueName: "H"))
  var height: Int = 24

  @Flag(help: "ASCII borders and marks, for terminals that draw ambiguous-width characters wide.")
  var ascii = false

  @OptionGroup var lang: LanguageOption
  @OptionGroup var data: DataOptions

  func validate() throws {
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw ValidationError("--width and --height must be between 1 and 1000")
    }
    if view != .proposals && view != .search && !arguments.isEmpty {
      throw ValidationError("\(view.rawValue) takes no arguments")
    }
    if view == .proposals && arguments.count > 1 {
      throw ValidationError("proposals takes at most one id, e.g. render proposals P1")
    }
  }

  func run() throws {
    let dataset = try data.load()
    let environment = UIEnvironment(dataset: dataset, ascii: ascii)
    var state = AppState(view: view.viewID, language: lang.language, width: width, height: height)
    if view == .search {
      Dashboard.search(&state, arguments.joined(separator: " "))
    } else if let id = arguments.first {
      guard let proposal = dataset.proposal(id.uppercased()) else {
        Output.error(
          "dualtohoku render: no proposal has the id '\(Sanitize.forMessage(id))' (P1–P\(dataset.proposals.items.count))"
        )
        throw Exit.usage
      }
      Dashboard.open(&state, proposal.id, environment)
    }
    Output.print(Dashboard.render(state, environment).text())
  }
}
