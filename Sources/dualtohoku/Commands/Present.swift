import ArgumentParser
import CursesBackend
import DualLifeModel
import DualLifeUI

/// `present`: the talk built from the dataset, live in the terminal, as speaker notes in a second terminal, or as
/// a handout (plain text or Markdown).
struct Present: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Present the proposals as slides; --notes follows along in a second terminal; --handout prints them.",
    discussion: """
      The slides are generated from the dataset: title, positioning, the three trends, strengths, weaknesses,
      opportunities, basic understanding, Dual Life Tohoku, proposals 1–5, how they fit together, the calls to the
      government and to firms, the expert panel and a closing slide. A handout prints each exactly HEIGHT lines of
      at most WIDTH cells, as `render slide N` shows it, with a line of "-" between slides; --format markdown prints
      one section per slide instead (with --notes, the speaker notes too).

      With --duration the timer counts down and shows the budget per slide and whether the talk is ahead (+) or
      behind (−); in the last tenth it changes colour (bold and reverse without colours). When the talk ends (q),
      the time spent on each slide is printed, or written to --log FILE as Markdown.

      Examples:
        dualtohoku present
        dualtohoku present --slide 5 --lang en --duration 10m
        dualtohoku present --duration 20m --log rehearsal.md
        dualtohoku present --notes            # in a second terminal: follows the presenter's slide
        dualtohoku present --handout --lang ja > handout.txt
        dualtohoku present --handout --format markdown --notes --lang en > handout.md
        dualtohoku render slide 9 --width 120 --height 36

      Keys:
      """ + "\n"
        + KeyMaps.plainList([
          KeyMaps.presenterTitle.en, KeyMaps.indexTitle.en, KeyMaps.notesTitle.en,
        ]))

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
  }

  @Flag(help: "Print every slide, one after another (e.g. present --handout > handout.txt).")
  var handout = false

  @Flag(
    help: """
      Show the speaker notes of the slide the presenter is on, in this second terminal (e.g. present --notes); \
      with --handout, put each slide's notes in the handout.
      """)
  var notes = false

  @Option(help: ArgumentHelp("Start on slide N, from 1 (e.g. --slide 5).", valueName: "N"))
  var slide: Int = 1

  @Option(
    help: ArgumentHelp(
      "The planned length of the talk: a countdown, a budget per slide and the pace (e.g. --duration 10m, 90s, 1h).",
      valueName: "LENGTH"))
  var duration: String?

  @Option(
    help: ArgumentHelp(
      "When the talk ends, write the time per slide to FILE as Markdown instead of printing it.", valueName: "FILE"))
  var log: String?

  @Option(help: ArgumentHelp("Handout format: text (screens) or markdown (one section per slide).", valueName: "F"))
  var format: Format = .text

  @Option(help: ArgumentHelp("Handout slide width in cells (e.g. --width 120).", valueName: "N"))
  var width: Int = 100

  @Option(help: ArgumentHelp("Handout slide height in lines (e.g. --height 36).", valueName: "N"))
  var height: Int = 30

  @Flag(help: "ASCII borders and marks, for terminals that draw ambiguous-width characters (─ • → ▶) wide.")
  var ascii = false

  @Flag(name: .customLong("no-color"), help: "No colours, attributes only (also when NO_COLOR is set).")
  var noColor = false

  @OptionGroup var lang: LanguageOption
  @OptionGroup var data: DataOptions

  func validate() throws {
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw ValidationError("--width and --height must be between 1 and 1000")
    }
    if let duration, TalkLength.seconds(duration) == nil {
      throw ValidationError("--duration takes a length such as 10m, 90s, 1h or 1h30m (at most 24h)")
    }
  }

  func run() throws {
    if !handout {
      try live()
      return
    }
    let dataset = try data.load()
    let slides = try data.environment(dataset).slides
    if format == .markdown {
      Output.print(Handout.markdown(slides, language: lang.language, notes: notes), terminator: "")
      return
    }
    let separator = String(repeating: "-", count: width)
    var pages: [String] = []
    for (k, slide) in slides.enumerated() {
      // A slide too long for one screen at this size is printed on as many pages as it takes.
      let count = SlideView.pageCount(slide, language: lang.language, width: width, height: height, ascii: ascii)
      for page in 0..<count {
        let grid = SlideView.render(
          slide, number: k + 1, of: slides.count, revealed: nil, language: lang.language, width: width,
          height: height, ascii: ascii, page: page)
        pages.append(grid.text())
      }
    }
    Output.print(pages.joined(separator: "\n\(separator)\n"))
  }

  /// The presenter (or, with --notes, the speaker's notes) on this terminal, until q.
  func live() throws {
    try Self.live(
      data: data.source, slide: slide, notes: notes, duration: duration, log: log, ascii: ascii, colors: !noColor,
      language: lang.language)
  }

  /// The same from plain values; `dualtohoku present` with plain options comes here directly (QuickLaunch).
  static func live(
    data: DataSource, slide: Int, notes: Bool, duration: String?, log: String?, ascii: Bool, colors: Bool,
    language: Language
  ) throws {
    let dataset = try data.load()
    let environment = try data.environment(dataset, ascii: ascii)
    let total = environment.slides.count
    guard (1...total).contains(slide) else {
      Output.error("dualtohoku present: no slide \(slide); slides are 1–\(total)")
      throw Exit.usage
    }
    if let log {
      do { try LogFile.check(log) } catch {
        Output.error(error.message)
        throw Exit.usage
      }
    }
    var actions: [Action] = [.present(slide: slide - 1, notesOnly: notes)]
    if let seconds = duration.flatMap(TalkLength.seconds) { actions.append(.planDuration(seconds)) }
    let state = Scenario(actions).run(language: language, width: 80, height: 24, environment)
    // The terminal first: without one there is nothing to present, and no reason to touch the notes folder.
    do {
      try DashboardRunner.checkTerminal()
    } catch {
      Output.error(error.message(japanese: Words(language).japanese))
      throw ExitCode(1)
    }
    let channel: SlideChannel
    do {
      channel = try SlideChannel()
    } catch {
      Output.error(error.message)
      throw ExitCode(1)
    }
    var last: AppState?
    let status: Int32
    do {
      status = try DashboardRunner.run(
        state: state, environment: environment, colors: colors,
        services: DashboardRunner.Services(
          publishSlide: channel.write, readSlide: channel.read, finished: { last = $0 }))
    } catch {
      Output.error(error.message(japanese: Words(language).japanese))
      throw ExitCode(1)
    }
    if status != 0 { throw ExitCode(status) }
    if let last { try report(last, environment, notes: notes, log: log) }
  }

  /// The time per slide, once the screen is closed: on stdout, or as Markdown in --log FILE.
  static func report(_ state: AppState, _ environment: UIEnvironment, notes: Bool, log: String?) throws {
    guard !notes, let table = TalkLog.table(state, environment, markdown: log != nil) else { return }
    guard let log else {
      Output.print(table, terminator: "")
      return
    }
    do { try LogFile.write(table, to: log) } catch {
      Output.error(error.message)
      throw Exit.ioError
    }
  }
}

/// "10m", "90s", "1h", "1h30m" → seconds (1 s … 24 h); nil for anything else.
enum TalkLength {
  static func seconds(_ text: String) -> Int? {
    var total = 0
    var number = ""
    var units = 0
    for character in text {
      if character.isASCII && character.isNumber {
        number.append(character)
        guard number.count <= 6 else { return nil }
        continue
      }
      let unit: Int
      switch character {
      case "h": unit = 3600
      case "m": unit = 60
      case "s": unit = 1
      default: return nil
      }
      guard let n = Int(number) else { return nil }
      total += n * unit
      number = ""
      units += 1
    }
    guard number.isEmpty, units > 0, (1...86_400).contains(total) else { return nil }
    return total
  }
}
