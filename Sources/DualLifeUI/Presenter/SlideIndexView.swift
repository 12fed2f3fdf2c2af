// o: every slide, numbered, with its title; the current one marked, the chosen one selected. Enter goes there in
// the presenter, and previews it in the speaker window (the presenter stays where it is).
import DualLifeModel
import TerminalText

enum SlideIndexView {
  static func render(_ state: AppState, _ p: PresenterState, _ environment: UIEnvironment) -> CellGrid {
    var grid = CellGrid(width: state.width, height: state.height)
    let slides = environment.slides
    let glyphs = Glyphs(ascii: environment.ascii)
    let words = Words(state.language)
    guard !slides.isEmpty, state.width > 0, state.height > 0 else { return grid }
    grid.put(words.slideIndex, x: 1, y: 0, style: Style(.heading, bold: true))
    let chosen = min(max(0, p.index ?? p.slide), slides.count - 1)
    let rows = max(0, state.height - 2)
    // The chosen row stays in view, in the middle when the list is longer than the screen.
    let scroll = min(max(0, chosen - rows / 2), max(0, slides.count - rows))
    let numberWidth = "\(slides.count)".count
    for row in 0..<rows {
      let k = scroll + row
      guard k < slides.count else { break }
      let y = 1 + row
      let number = String(repeating: " ", count: numberWidth - "\(k + 1)".count) + "\(k + 1)"
      let current = k == p.slide ? glyphs.mark : " "
      let text = "\(current) \(number)  " + SlideView.flatten(slides[k].title[state.language])
      let style = k == chosen ? Style(.selection, bold: true, reverse: true) : Style(k == p.slide ? .accent : .normal)
      if k == chosen { grid.put(glyphs.selected, x: 0, y: y, style: Style(.selection, bold: true)) }
      grid.put(
        Truncation.truncate(text, width: max(1, state.width - 3), ellipsis: glyphs.ellipsis), x: 2, y: y, style: style)
    }
    if state.height > 2 {
      PresenterScreen.keys(&grid, .slideIndex, state, glyphs)
    }
    return grid
  }
}
