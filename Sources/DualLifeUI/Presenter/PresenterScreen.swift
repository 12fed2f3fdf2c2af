// The presenter's screen: the slide, and in its footer the elapsed time and the clock; with n, the speaker notes
// and the next slide's title under it; with b, nothing at all.
import DualLifeModel
import TerminalText

enum PresenterScreen {
  static func render(_ state: AppState, _ presenter: PresenterState, _ environment: UIEnvironment) -> CellGrid {
    let slides = environment.slides
    var grid = CellGrid(width: state.width, height: state.height)
    guard !presenter.blank, !slides.isEmpty, state.width > 0, state.height > 0 else { return grid }
    let index = min(max(0, presenter.slide), slides.count - 1)
    let slide = slides[index]
    let words = Words(state.language)
    if presenter.notesOnly {
      // The speaker's own terminal: where the talk is, the notes, what comes next, the time.
      let glyphs = Glyphs(ascii: environment.ascii)
      let title = slide.title[state.language].split(separator: "\n").joined(separator: " ")
      grid.put(
        Truncation.truncate("\(index + 1)/\(slides.count)  \(title)", width: state.width, ellipsis: glyphs.ellipsis),
        x: 0, y: 0, style: Style(.title, bold: true))
      let time = "\(clock(elapsed: state.now - (presenter.startedAt ?? state.now)))  \(timeOfDay(state))"
      grid.put(time, x: max(0, state.width - DisplayWidth.of(time) - 1), y: state.height - 1, style: Style(.dim))
      if state.height > 2 {
        notes(
          &grid, slide, next: index + 1 < slides.count ? slides[index + 1] : nil, state, environment, top: 1,
          height: state.height - 2)
      }
      return grid
    }
    // The notes take the lower third when shown, if the terminal is tall enough to keep the slide readable.
    let notesHeight = presenter.notes && state.height >= 24 ? state.height / 3 : 0
    let slideGrid = SlideView.render(
      slide, number: index + 1, of: slides.count, revealed: presenter.revealed, language: state.language,
      width: state.width, height: state.height - notesHeight, ascii: environment.ascii)
    for y in 0..<slideGrid.height {
      for x in 0..<slideGrid.width where !slideGrid[x, y].isContinuation {
        let cell = slideGrid[x, y]
        if let character = cell.text.first { grid.put(character, x: x, y: y, style: cell.style) }
      }
    }
    // Right end of the slide's footer: the typed slide number, the elapsed time, the clock.
    let footerY = slideGrid.height - 1
    var right = "\(clock(elapsed: state.now - (presenter.startedAt ?? state.now)))  \(timeOfDay(state))"
    if !presenter.typed.isEmpty { right = words.goTo + presenter.typed + "  " + right }
    let x = state.width - DisplayWidth.of(right) - 1
    if footerY >= 0, x > state.width / 2 {
      grid.fill(x: x - 1, y: footerY, width: state.width - x + 1, height: 1, style: Style(.footer))
      grid.put(right, x: x, y: footerY, style: Style(.dim))
    }
    if notesHeight > 0 {
      notes(
        &grid, slide, next: index + 1 < slides.count ? slides[index + 1] : nil, state, environment,
        top: slideGrid.height, height: notesHeight)
    }
    return grid
  }

  static func notes(
    _ grid: inout CellGrid, _ slide: Slide, next: Slide?, _ state: AppState, _ environment: UIEnvironment, top: Int,
    height: Int
  ) {
    let glyphs = Glyphs(ascii: environment.ascii)
    grid.put(String(repeating: glyphs.rule, count: grid.width), x: 0, y: top, style: Style(.border))
    var b = BodyBuilder(width: max(1, grid.width - 4), ellipsis: glyphs.ellipsis)
    if let next {
      b.text(
        Words(state.language).next + next.title[state.language].split(separator: "\n").joined(separator: " "),
        Style(.accent, bold: true))
    }
    for note in slide.notes {
      b.paragraph([Span(note[state.language])], prefix: [Span(glyphs.bullet + " ", Style(.dim))])
    }
    for (k, line) in b.body.lines.prefix(max(0, height - 1)).enumerated() {
      for (x, span) in line.spans {
        grid.put(span.text, x: 2 + x, y: top + 1 + k, style: span.style, limit: grid.width - 1)
      }
    }
  }

  /// "12:34" (minutes and seconds; hours when it runs that long).
  static func clock(elapsed: Int) -> String {
    let s = max(0, elapsed)
    let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(two(s / 60)):\(two(s % 60))"
  }

  /// The local time of day, "14:05"; blank before the backend has told the time.
  static func timeOfDay(_ state: AppState) -> String {
    guard state.now > 0 else { return "--:--" }
    let local = ((state.now + state.utcOffset) % 86_400 + 86_400) % 86_400
    let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return "\(two(local / 3600)):\(two(local / 60 % 60))"
  }
}
