import ArgumentParser
import CursesBackend
import DualLifeModel
import DualLifeUI

/// The dashboard: what `dualtohoku` with no subcommand opens.
struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the dashboard (the default when no subcommand is given).",
    discussion: """
      Examples:
        dualtohoku
        dualtohoku --lang en --ascii
        NO_COLOR=1 dualtohoku --view 3

      Keys (the same list ? shows in the dashboard):
      """ + "\n" + KeyMaps.plainList(["Everywhere", "Lists and pages", "Typing a search (5)", "Compare (6)"]))

  @Option(
    help: ArgumentHelp(
      "The view to start on, 1–7 (e.g. --view 2 for the proposals, --view 7 for what followed).", valueName: "N"))
  var view: Int = 1

  @Flag(help: "ASCII borders and marks, for terminals that draw ambiguous-width characters (─ │ → ※) wide.")
  var ascii = false

  @Flag(name: .customLong("no-color"), help: "No colours, attributes only (also when NO_COLOR is set).")
  var noColor = false

  @OptionGroup var lang: LanguageOption
  @OptionGroup var data: DataOptions

  func validate() throws {
    if ViewID(rawValue: view) == nil { throw ValidationError("--view must be 1 to 7") }
  }

  func run() throws {
    try Self.dashboard(
      data: data.source, view: ViewID(rawValue: view) ?? .overview, language: lang.language, ascii: ascii,
      colors: !noColor)
  }

  /// Opens the dashboard; `dualtohoku` with no arguments or plain options comes here directly (QuickLaunch),
  /// without the argument parser, whose run-time type lookups cost milliseconds of the first frame.
  static func dashboard(data: DataSource, view: ViewID, language: Language, ascii: Bool, colors: Bool) throws {
    let dataset = try data.load()
    let environment = try data.environment(dataset, ascii: ascii)
    var state = AppState(view: view, language: language, width: 80, height: 24)
    // The search history of earlier runs, read here at the edge; the reducer asks for it to be saved.
    let historyPath = SearchHistoryFile.path(environment: SearchHistoryFile.processEnvironment)
    if let historyPath {
      let (queries, problem) = SearchHistoryFile.load(historyPath)
      _ = Dashboard.reduce(&state, .loadHistory(queries, problem: problem), environment)
    }
    let status: Int32
    do {
      // A presenter started with p publishes its slide to a notes terminal too.
      // The folder is opened (and checked) only when a presenter first publishes; a folder that cannot be used
      // leaves the talk without a notes terminal rather than stopping it.
      var channel: SlideChannel?
      var refused = false
      let publish = { (position: TalkPosition) in
        if channel == nil && !refused {
          do { channel = try SlideChannel() } catch { refused = true }
        }
        channel?.write(position)
      }
      status = try DashboardRunner.run(
        state: state, environment: environment, colors: colors,
        services: DashboardRunner.Services(
          publishSlide: publish,
          saveHistory: { queries in
            if let historyPath { SearchHistoryFile.save(queries, to: historyPath) }
          }))
    } catch {
      Output.error(error.message(japanese: Words(language).japanese))
      throw ExitCode(1)
    }
    if status != 0 { throw ExitCode(status) }
  }
}
