// ? in the presenter or the speaker window: their keys, from the key map (the same words as the README's table).
import DualLifeModel
import TerminalText

enum PresenterHelp {
  /// The sections that apply: the presenter's or the speaker window's, and the slide index.
  static func sections(_ p: PresenterState) -> [(title: Phrase, bindings: [Binding])] {
    // The window's own keys first, then the index's.
    let titles = [p.notesOnly ? KeyMaps.notesTitle : KeyMaps.presenterTitle, KeyMaps.indexTitle]
    return titles.compactMap { title in KeyMaps.sections.first { $0.title == title } }
  }

  static func body(_ state: AppState, _ p: PresenterState, _ environment: UIEnvironment) -> Body {
    let glyphs = Glyphs(ascii: environment.ascii)
    let words = Words(state.language)
    var b = BodyBuilder(width: max(1, state.width - 2), ellipsis: glyphs.ellipsis)
    let keyNames = { (binding: Binding) in glyphs.keys(words.phrase(binding.keyNames), short: false) }
    // As wide as the widest keys (with --ascii "Space Right l PgDn" ran into its words at 18).
    let column = sections(p).flatMap(\.bindings).map { DisplayWidth.of(keyNames($0)) + 2 }.reduce(18, max)
    for (k, section) in sections(p).enumerated() {
      if k > 0 { b.blank() }
      b.text(words.phrase(section.title), Style(.heading, bold: true))
      for binding in section.bindings {
        b.paragraph(
          [Span(words.phrase(binding.help))],
          prefix: [Span(keyNames(binding).padded(to: column), Style(.footerKey, bold: true))], indent: 2)
      }
    }
    return b.body
  }

  static func maximumScroll(_ state: AppState, _ p: PresenterState, _ environment: UIEnvironment) -> Int {
    max(0, body(state, p, environment).lines.count - max(1, state.height - 2))
  }

  static func render(_ state: AppState, _ p: PresenterState, _ environment: UIEnvironment) -> CellGrid {
    var grid = CellGrid(width: state.width, height: state.height)
    let words = Words(state.language)
    let glyphs = Glyphs(ascii: environment.ascii)
    let title = p.notesOnly ? words.speakerWindowKeys : words.presenterKeys
    grid.put(title, x: 1, y: 0, style: Style(.heading, bold: true))
    let lines = body(state, p, environment).lines
    let scroll = min(max(0, p.helpScroll), maximumScroll(state, p, environment))
    for (k, line) in lines.dropFirst(scroll).prefix(max(0, state.height - 2)).enumerated() {
      for (x, span) in line.spans { grid.put(span.text, x: 1 + x, y: 1 + k, style: span.style, limit: state.width) }
    }
    if state.height > 2 {
      PresenterScreen.keys(&grid, .presenterHelp, state, glyphs)
    }
    return grid
  }
}
