// The presenter's screen: the slide, and in its footer the timer and the clock (and the pace against a planned
// length); with n, the speaker notes and the next slide's title under it; with b, nothing at all; with o, the
// slide index; with ?, the keys. The speaker window (`present --notes`) is NotesView.
import DualLifeModel
import TerminalText

enum PresenterScreen {
  static func render(_ state: AppState, _ presenter: PresenterState, _ environment: UIEnvironment) -> CellGrid {
    var grid = CellGrid(width: state.width, height: state.height)
    let slides = environment.slides
    guard !slides.isEmpty, state.width > 0, state.height > 0 else { return grid }
    switch Mode(state) {
    case .blanked: return grid
    case .presenterHelp: return PresenterHelp.render(state, presenter, environment)
    case .slideIndex: return SlideIndexView.render(state, presenter, environment)
    case .speakerNotes: return NotesView.render(state, presenter, environment)
    default: break
    }
    let index = min(max(0, presenter.slide), slides.count - 1)
    let slide = slides[index]
    let notesHeight = PresenterCommands.notesHeight(state, presenter)
    let slideGrid = SlideView.render(
      slide, number: index + 1, of: slides.count, revealed: presenter.revealed, language: state.language,
      width: state.width, height: state.height - notesHeight, ascii: environment.ascii)
    for y in 0..<slideGrid.height {
      for x in 0..<slideGrid.width where !slideGrid[x, y].isContinuation {
        let cell = slideGrid[x, y]
        if let character = cell.text.first { grid.put(character, x: x, y: y, style: cell.style) }
      }
    }
    footer(&grid, state, presenter, y: slideGrid.height - 1, environment)
    if notesHeight > 0 {
      let next = index + 1 < slides.count ? slides[index + 1] : nil
      underSlide(&grid, slide, next: next, state, environment, top: slideGrid.height, height: notesHeight)
    }
    return grid
  }

  /// Right end of the slide's footer: a typed slide number or one that is not in the deck, the timer, the clock.
  static func footer(
    _ grid: inout CellGrid, _ state: AppState, _ presenter: PresenterState, y: Int, _ environment: UIEnvironment
  ) {
    guard y >= 0 else { return }
    let words = Words(state.language)
    var message: [Span] = []
    if let rejected = presenter.rejected {
      message = [Span(words.noSlide(rejected, of: environment.slides.count) + "  ", Style(.notice, bold: true))]
    } else if !presenter.typed.isEmpty {
      message = [Span(words.goTo + presenter.typed + "  ", Style(.notice, bold: true))]
    }
    // On a narrow screen the timer gives way to the slide's number and title, its last parts first; a typed number
    // or a refused one is the answer to what the presenter just did, so it stays, over the title if need be.
    var timer = timer(state, presenter, environment)
    let widthOf = { (spans: [Span]) in spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }
    let fits = { (spans: [Span]) in state.width - widthOf(spans) - 1 > state.width / 3 }
    while !fits(message + timer), !timer.isEmpty { timer.removeLast() }
    let spans = message + timer
    guard !spans.isEmpty, fits(spans) || !message.isEmpty else { return }
    let x = max(1, state.width - widthOf(spans) - 1)
    grid.fill(x: x - 1, y: y, width: state.width - x + 1, height: 1, style: Style(.footer))
    put(spans, &grid, x: x, y: y)
  }

  /// The timer of the talk and the clock, as spans.
  static func timer(_ state: AppState, _ presenter: PresenterState, _ environment: UIEnvironment) -> [Span] {
    Pace(state, presenter, slides: environment.slides.count).spans(
      Words(state.language), clock: timeOfDay(state), ascii: environment.ascii)
  }

  @discardableResult
  static func put(_ spans: [Span], _ grid: inout CellGrid, x: Int, y: Int, limit: Int? = nil) -> Int {
    var x = x
    for span in spans { x = grid.put(span.text, x: x, y: y, style: span.style, limit: limit) }
    return x
  }

  /// n: the notes under the slide, with the next slide's title first.
  static func underSlide(
    _ grid: inout CellGrid, _ slide: Slide, next: Slide?, _ state: AppState, _ environment: UIEnvironment, top: Int,
    height: Int
  ) {
    let glyphs = Glyphs(ascii: environment.ascii)
    grid.put(String(repeating: glyphs.rule, count: grid.width), x: 0, y: top, style: Style(.border))
    var lines: [BodyLine] = []
    if let next {
      var b = BodyBuilder(width: max(1, grid.width - 4), ellipsis: glyphs.ellipsis)
      b.line([
        (
          0,
          Span(Words(state.language).next + SlideView.flatten(next.title[state.language]), Style(.accent, bold: true))
        )
      ])
      lines = b.body.lines
    }
    lines += NotesView.body(slide, state.language, width: max(1, grid.width - 4), glyphs).lines
    for (k, line) in lines.prefix(max(0, height - 1)).enumerated() {
      for (x, span) in line.spans {
        grid.put(span.text, x: 2 + x, y: top + 1 + k, style: span.style, limit: grid.width - 1)
      }
    }
  }

  /// The keys of a presenter mode's footer, from its key map, on the last row.
  static func keys(_ grid: inout CellGrid, _ mode: Mode, _ state: AppState, _ glyphs: Glyphs) {
    let words = Words(state.language)
    let keys = KeyMaps.footer(mode).compactMap { binding -> (String, String)? in
      guard let keys = binding.footerKeys, let meaning = binding.footer else { return nil }
      return (glyphs.keys(keys, short: true), words.phrase(meaning))
    }
    Screen.drawKeys(&grid, keys, y: state.height - 1)
  }

  /// "12:34" (minutes and seconds; hours when it runs that long).
  static func clock(elapsed: Int) -> String { Pace.clock(elapsed) }

  /// The local time of day, "14:05"; blank before the backend has told the time.
  static func timeOfDay(_ state: AppState) -> String {
    guard state.now > 0 else { return "--:--" }
    let local = ((state.now + state.utcOffset) % 86_400 + 86_400) % 86_400
    return "\(Pace.two(local / 3600)):\(Pace.two(local / 60 % 60))"
  }
}
