import ArgumentParser
import CursesBackend
import DualLifeModel
import DualLifeUI

/// `present`: the talk built from the dataset, live in the terminal, as speaker notes in a second terminal, or as
/// a plain-text handout.
struct Present: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Present the proposals as slides; --notes follows along in a second terminal; --handout prints them.",
    discussion: """
      The slides are generated from the dataset: title, positioning, the three trends, strengths, weaknesses,
      opportunities, basic understanding, Dual Life Tohoku, proposals 1–5, how they fit together, the calls to the
      government and to firms, the expert panel and a closing slide. Each is printed exactly HEIGHT lines of at most
      WIDTH cells, as `render slide N` shows it, with a line of "-" between slides.

      Examples:
        dualtohoku present
        dualtohoku present --slide 5 --lang en
        dualtohoku present --notes            # in a second terminal: follows the presenter's slide
        dualtohoku present --handout --lang ja > handout.txt
        dualtohoku present --handout --lang en --width 80 --height 24
        dualtohoku render slide 9 --width 120 --height 36

      Keys:
      """ + "\n"
        + KeyMaps.plainList(["Presenter (p, dualtohoku present)", "Speaker notes (dualtohoku present --notes)"]))

  @Flag(help: "Print every slide as plain text, one after another (e.g. present --handout > handout.txt).")
  var handout = false

  @Flag(
    help: "Show the speaker notes of the slide the presenter is on, in this second terminal (e.g. present --notes).")
  var notes = false

  @Option(help: ArgumentHelp("Start on slide N, from 1 (e.g. --slide 5).", valueName: "N"))
  var slide: Int = 1

  @Option(help: ArgumentHelp("Slide width in cells (e.g. --width 120).", valueName: "N"))
  var width: Int = 100

  @Option(help: ArgumentHelp("Slide height in lines (e.g. --height 36).", valueName: "N"))
  var height: Int = 30

  @OptionGroup var lang: LanguageOption
  @OptionGroup var data: DataOptions

  func validate() throws {
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw ValidationError("--width and --height must be between 1 and 1000")
    }
  }

  func run() throws {
    if !handout {
      try live()
      return
    }
    let dataset = try data.load()
    let slides = Deck.slides(dataset)
    let separator = String(repeating: "-", count: width)
    var pages: [String] = []
    for (k, slide) in slides.enumerated() {
      // A slide too long for one screen at this size is printed on as many pages as it takes.
      let count = SlideView.pageCount(slide, language: lang.language, width: width, height: height, ascii: false)
      for page in 0..<count {
        let grid = SlideView.render(
          slide, number: k + 1, of: slides.count, revealed: nil, language: lang.language, width: width,
          height: height, ascii: false, page: page)
        pages.append(grid.text())
      }
    }
    Output.print(pages.joined(separator: "\n\(separator)\n"))
  }

  /// The presenter (or, with --notes, the speaker's notes) on this terminal, until q.
  func live() throws {
    let dataset = try data.load()
    let total = Deck.slides(dataset).count
    guard (1...total).contains(slide) else {
      Output.error("dualtohoku present: no slide \(slide); slides are 1–\(total)")
      throw Exit.usage
    }
    let environment = UIEnvironment(dataset: dataset)
    let state = Scenario([.present(slide: slide - 1, notesOnly: notes)]).run(
      language: lang.language, width: 80, height: 24, environment)
    // The terminal first: without one there is nothing to present, and no reason to touch the notes folder.
    do {
      try DashboardRunner.checkTerminal()
    } catch {
      Output.error(error.message(japanese: Words(lang.language).japanese))
      throw ExitCode(1)
    }
    let channel: SlideChannel
    do {
      channel = try SlideChannel()
    } catch {
      Output.error(error.message)
      throw ExitCode(1)
    }
    let status: Int32
    do {
      status = try DashboardRunner.run(
        state: state, environment: environment, colors: true,
        services: DashboardRunner.Services(publishSlide: channel.write, readSlide: channel.read))
    } catch {
      Output.error(error.message(japanese: Words(lang.language).japanese))
      throw ExitCode(1)
    }
    if status != 0 { throw ExitCode(status) }
  }
}
