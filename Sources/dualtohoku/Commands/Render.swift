import ArgumentParser
import CursesBackend
import DualLifeModel
import DualLifeUI

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the exact screen a view would show, as plain text: for tests, README pictures and handouts.",
    discussion: """
      Prints exactly HEIGHT lines, each at most WIDTH display cells, with no escape sequences, from the same code
      that draws the live dashboard. The selected row is marked with ▶ (> with --ascii).

      Views: overview · proposals [Pn] · swo · calls · search QUERY · compare Pa Pb… · matrix · followed · slide N ·
      notes N (the speaker window of `present --notes` on slide N) · index [N] (the presenter's slide index, o)

      Examples:
        dualtohoku render overview --width 80 --height 24
        dualtohoku render proposals P1 --width 120 --height 40 --lang en
        dualtohoku render swo --width 160 --height 50 --ascii
        dualtohoku render search ワーケーション --width 80 --height 24
        dualtohoku render compare P1 P3 --width 160 --height 40
        dualtohoku render slide 9 --width 120 --height 36 --lang en
        dualtohoku render notes 11 --width 80 --height 24 --lang en
        dualtohoku render index 9 --width 80 --height 24
      """)

  enum View: String, ExpressibleByArgument, CaseIterable {
    case overview, proposals, swo, calls, search, compare, matrix, followed, slide, notes, index

    /// A switch, not a list to look in: an array of this type is instantiated at run time, which in this binary
    /// means a scan of its metadata (a tenth of a millisecond of every `render`).
    var takesNoArguments: Bool {
      switch self {
      case .overview, .swo, .calls, .matrix, .followed: return true
      case .proposals, .search, .compare, .slide, .notes, .index: return false
      }
    }

    var viewID: ViewID {
      switch self {
      case .overview: return .overview
      case .proposals: return .proposals
      case .swo: return .analysis
      case .calls: return .calls
      case .search: return .search
      case .compare, .matrix: return .compare
      case .followed: return .followed
      // Slides, notes and the index are the presenter's screens, not a view of the dashboard.
      case .slide, .notes, .index: return .overview
      }
    }
  }

  @Argument(
    help: ArgumentHelp(
      "overview, proposals, swo, calls, search, compare, matrix, followed, slide, notes or index.",
      valueName: "VIEW"))
  var view: View

  @Argument(
    help: ArgumentHelp(
      "proposals: the proposal to open (P1); search: the query words; compare: 2 to 5 proposals (P1 P3); "
        + "slide, notes: its number, from 1 (slide 9); index: the current slide (index 9).",
      valueName: "ARGS"))
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
    if let problem = request.problem { throw ValidationError(problem) }
  }

  func run() throws { try request.run(data: data.source) }

  var request: Request {
    Request(view: view, arguments: arguments, width: width, height: height, ascii: ascii, language: lang.language)
  }

  /// What to render, as plain values: `dualtohoku render VIEW …` with plain options comes here directly
  /// (QuickLaunch), without the argument parser.
  struct Request: Equatable {
    var view: View
    var arguments: [String] = []
    var width = 80
    var height = 24
    var ascii = false
    var language: Language

    /// What is wrong with these options, in the words of the usage error, or nil when they can run.
    var problem: String? {
      guard (1...1000).contains(width), (1...1000).contains(height) else {
        return "--width and --height must be between 1 and 1000"
      }
      if view == .compare && !(2...5).contains(arguments.count) {
        return "compare takes 2 to 5 proposals, e.g. render compare P1 P3"
      }
      if view.takesNoArguments && !arguments.isEmpty { return "\(view.rawValue) takes no arguments" }
      if view == .proposals && arguments.count > 1 {
        return "proposals takes at most one id, e.g. render proposals P1"
      }
      if view == .slide && (arguments.count != 1 || Int(arguments[0]) == nil) {
        return "slide takes one slide number, e.g. render slide 1"
      }
      if view == .notes && (arguments.count != 1 || Int(arguments[0]) == nil) {
        return "notes takes one slide number, e.g. render notes 11"
      }
      if view == .index && (arguments.count > 1 || arguments.contains { Int($0) == nil }) {
        return "index takes at most one slide number, e.g. render index 9"
      }
      return nil
    }

    func run(data: DataSource) throws {
      let dataset = try data.load()
      let environment = try data.environment(dataset, ascii: ascii)
      if view == .slide {
        try renderSlide(environment.slides)
        return
      }
      // The deck (which reads what followed) only for the views that show a slide.
      let state = try scenario(dataset, slides: { environment.slides.count }).run(
        view.viewID, language: language, width: width, height: height, environment)
      print(Dashboard.render(state, environment))
    }

    /// Prints a grid; with --ascii, every ambiguous-width character (“ ” × → … from the data too) as its ASCII
    /// stand-in, as the live screen shows it on a terminal that draws them wide.
    func print(_ grid: CellGrid) {
      Output.print((ascii ? AmbiguousWidth.substituted(grid) : grid).text())
    }

    /// The actions that set the view up, as a person would reach it.
    func scenario(_ dataset: Dataset, slides: () -> Int) throws -> Scenario {
      switch view {
      case .notes, .index:
        let total = slides()
        let number = arguments.first.flatMap { Int($0) } ?? 1
        guard (1...total).contains(number) else {
          Output.error("dualtohoku render: no slide \(number); slides are 1–\(total)")
          throw Exit.usage
        }
        if view == .notes { return Scenario([.present(slide: number - 1, notesOnly: true)]) }
        return Scenario([.present(slide: number - 1), .key(.character("o"))])
      case .search: return Scenario([.search(arguments.joined(separator: " "))])
      case .compare, .matrix:
        let ids = try ProposalIDs.resolve(view == .matrix ? ["P1", "P2"] : arguments, in: dataset, command: "render")
        try ProposalIDs.requireDifferent(ids, command: "render")
        return Scenario([.compare(ids, matrix: view == .matrix)])
      default:
        guard let id = arguments.first else { return Scenario([]) }
        let proposal = try ProposalIDs.resolve([id], in: dataset, command: "render")
        return Scenario([.open(proposal[0])])
      }
    }

    /// `render slide N`: the slide as the presenter shows it with every bullet revealed.
    func renderSlide(_ slides: [Slide]) throws {
      guard let number = arguments.first.flatMap({ Int($0) }), (1...slides.count).contains(number) else {
        Output.error(
          "dualtohoku render: no slide '\(Sanitize.forMessage(arguments.first ?? ""))'; slides are 1–\(slides.count)")
        throw Exit.usage
      }
      let grid = SlideView.render(
        slides[number - 1], number: number, of: slides.count, revealed: nil, language: language, width: width,
        height: height, ascii: ascii)
      print(grid)
    }
  }
}
