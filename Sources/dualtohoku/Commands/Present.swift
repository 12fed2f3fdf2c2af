import ArgumentParser
import DualLifeModel
import DualLifeUI

/// `present`: the talk built from the dataset. This release prints it as a handout; the live presenter follows.
struct Present: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Present the proposals as slides. For now: print every slide as a plain-text handout.",
    discussion: """
      The slides are generated from the dataset: title, positioning, the three trends, strengths, weaknesses,
      opportunities, basic understanding, Dual Life Tohoku, proposals 1–5, how they fit together, the calls to the
      government and to firms, the expert panel and a closing slide. Each is printed exactly HEIGHT lines of at most
      WIDTH cells, as `render slide N` shows it, with a line of "-" between slides.

      Examples:
        dualtohoku present --handout --lang ja > handout.txt
        dualtohoku present --handout --lang en --width 80 --height 24
        dualtohoku render slide 9 --width 120 --height 36
      """)

  @Flag(help: "Print every slide as plain text, one after another (e.g. present --handout > handout.txt).")
  var handout = false

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
    guard handout else {
      Output.error(
        "dualtohoku present: the live presenter arrives in a later release; for now use --handout or render slide N")
      throw Exit.usage
    }
    let dataset = try data.load()
    let slides = Deck.slides(dataset)
    let separator = String(repeating: "-", count: width)
    var pages: [String] = []
    for (k, slide) in slides.enumerated() {
      let grid = SlideView.render(
        slide, number: k + 1, of: slides.count, revealed: nil, language: lang.language, width: width, height: height,
        ascii: false)
      pages.append(grid.text())
    }
    Output.print(pages.joined(separator: "\n\(separator)\n"))
  }
}
