// The speaker window (`present --notes`): where the talk is (slide n/N, the page, the point), the timer and the
// pace; the notes, talking points first (the experts' recommendations with their numbered points, the source)
// and the editorial links after, scrolling with a mark when they continue; the next slide's title and first
// points; the keys. It follows the presenter; a slide chosen in its index is a preview until Esc.
import DualLifeModel
import TerminalText

enum NotesView {
  /// The slide's notes laid out at a width: talking points, then the links.
  static func body(_ slide: Slide, _ language: Language, width: Int, _ glyphs: Glyphs) -> Body {
    var b = BodyBuilder(width: max(1, width), ellipsis: glyphs.ellipsis)
    for point in slide.talkingPoints {
      let text = [Span(SlideView.flatten(point.text[language]))]
      if point.level == 1 {
        // "1. …": the number hangs, so each point's lines start under its text.
        let number = point.text[language].prefix { $0.isNumber || $0 == "." }
        let rest = String(point.text[language].dropFirst(number.count)).trimmingPrefix(" ")
        b.paragraph([Span(SlideView.flatten(String(rest)))], prefix: [Span(number + " ", Style(.dim))], indent: 4)
      } else if let id = point.id {
        b.paragraph(text, prefix: [Span(glyphs.bullet + " ", Style(.accent)), Span(id + " ", Style(.id, bold: true))])
      } else {
        b.paragraph(text.map { Span($0.text, Style(.heading, bold: true)) })
      }
    }
    if !slide.talkingPoints.isEmpty && !slide.notes.isEmpty { b.blank() }
    for note in slide.notes {
      b.paragraph([Span(SlideView.flatten(note[language]))], prefix: [Span(glyphs.bullet + " ", Style(.dim))])
    }
    return b.body
  }

  /// Rows of the next slide's block (a rule, its title, its first points), by the window's height.
  static func nextHeight(_ state: AppState) -> Int {
    state.height >= 20 ? 4 : (state.height >= 10 ? 2 : 0)
  }

  /// Rows the notes may take: below the header, the title and the rule; above the next slide and the keys.
  static func areaHeight(_ state: AppState) -> Int {
    max(0, state.height - 4 - nextHeight(state))
  }

  static func slideShown(_ p: PresenterState, _ environment: UIEnvironment) -> Int {
    min(max(0, p.preview ?? p.slide), environment.slides.count - 1)
  }

  static func lines(_ state: AppState, _ p: PresenterState, _ environment: UIEnvironment) -> [BodyLine] {
    let slide = environment.slides[slideShown(p, environment)]
    return body(slide, state.language, width: state.width - 2, Glyphs(ascii: environment.ascii)).lines
  }

  /// How far the notes scroll: until their last line shows above the "more" mark's row.
  static func maximumScroll(_ state: AppState, _ p: PresenterState, _ environment: UIEnvironment) -> Int {
    let area = areaHeight(state)
    let count = lines(state, p, environment).count
    return count > area ? count - max(1, area - 1) : 0
  }

  static func render(_ state: AppState, _ p: PresenterState, _ environment: UIEnvironment) -> CellGrid {
    var grid = CellGrid(width: state.width, height: state.height)
    let slides = environment.slides
    guard !slides.isEmpty, state.width > 0, state.height > 0 else { return grid }
    let glyphs = Glyphs(ascii: environment.ascii)
    let words = Words(state.language)
    let shown = slideShown(p, environment)
    header(&grid, state, p, environment)
    if state.height > 1 {
      let title = "\(shown + 1). " + SlideView.flatten(slides[shown].title[state.language])
      grid.put(
        Truncation.truncate(title, width: state.width, ellipsis: glyphs.ellipsis), x: 0, y: 1,
        style: Style(.title, bold: true))
    }
    if state.height > 2 {
      if p.preview != nil {
        grid.put(words.preview(presenterOn: p.slide + 1), x: 0, y: 2, style: Style(.notice, bold: true, reverse: true))
      } else {
        grid.put(String(repeating: glyphs.rule, count: state.width), x: 0, y: 2, style: Style(.border))
      }
    }
    notes(&grid, state, p, environment, top: 3)
    next(&grid, state, p, environment)
    if state.height > 3 {
      PresenterScreen.keys(&grid, .speakerNotes, state, glyphs)
    }
    return grid
  }

  /// "9/18 (2/2)  point 3/5" on the left, the timer, the pace and the clock on the right.
  static func header(_ grid: inout CellGrid, _ state: AppState, _ p: PresenterState, _ environment: UIEnvironment) {
    let words = Words(state.language)
    let slides = environment.slides
    let current = min(max(0, p.slide), slides.count - 1)
    let steps = SlideView.steps(slides[current])
    var left = "\(current + 1)/\(slides.count)"
    if p.pages > 1 { left += " (\(p.page + 1)/\(p.pages))" }
    if steps > 0 { left += "  " + words.point(min(p.revealed, steps), of: steps) }
    let timer = PresenterScreen.timer(state, p, environment)
    let timerWidth = timer.reduce(0) { $0 + DisplayWidth.of($1.text) }
    let x = grid.put(left, x: 0, y: 0, style: Style(.heading, bold: true))
    if state.width - timerWidth - 1 > x + 1 {
      PresenterScreen.put(timer, &grid, x: state.width - timerWidth - 1, y: 0)
    }
  }

  /// The window of the notes, with a mark on its last row when they continue (or continued above).
  static func notes(
    _ grid: inout CellGrid, _ state: AppState, _ p: PresenterState, _ environment: UIEnvironment, top: Int
  ) {
    let area = areaHeight(state)
    guard area > 0 else { return }
    let lines = lines(state, p, environment)
    let scroll = min(max(0, p.notesScroll), maximumScroll(state, p, environment))
    let fits = lines.count <= area
    let shown = fits ? area : area - 1
    for (k, line) in lines.dropFirst(scroll).prefix(shown).enumerated() {
      for (x, span) in line.spans {
        grid.put(span.text, x: 1 + x, y: top + k, style: span.style, limit: state.width - 1)
      }
    }
    guard !fits else { return }
    let below = lines.count - scroll - shown
    let ascii = environment.ascii
    let words = Words(state.language)
    let mark =
      below > 0 ? (ascii ? "v " : "▼ ") + words.more(below) : (ascii ? "^ " : "▲ ") + words.moreAbove
    grid.put(mark, x: 1, y: top + area - 1, style: Style(.notice, bold: true), limit: state.width)
  }

  /// The next slide: a rule, its title and its first points, one line each.
  static func next(_ grid: inout CellGrid, _ state: AppState, _ p: PresenterState, _ environment: UIEnvironment) {
    let rows = nextHeight(state)
    guard rows > 0 else { return }
    let glyphs = Glyphs(ascii: environment.ascii)
    let slides = environment.slides
    let top = state.height - 1 - rows
    grid.put(String(repeating: glyphs.rule, count: state.width), x: 0, y: top, style: Style(.border))
    let index = slideShown(p, environment) + 1
    guard index < slides.count else { return }
    let language = state.language
    var lines = [(Words(language).next + SlideView.flatten(slides[index].title[language]), Style(.accent, bold: true))]
    for bullet in slides[index].bullets.prefix(rows - 2) {
      let id = bullet.id.map { $0 + "  " } ?? ""
      lines.append(("  " + glyphs.bullet + " " + id + SlideView.flatten(bullet.text[language]), Style(.dim)))
    }
    for (k, line) in lines.prefix(rows - 1).enumerated() {
      grid.put(
        Truncation.truncate(line.0, width: state.width - 1, ellipsis: glyphs.ellipsis), x: 1, y: top + 1 + k,
        style: line.1)
    }
  }
}
