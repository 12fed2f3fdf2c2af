// ? — every key, in the current language, made from the key map (KeyMaps.sections): the same list as the
// README's key table and `--help`.
import DualLifeModel
import TerminalText

enum HelpPage {
  static func body(_ c: PageContext) -> Body {
    var b = c.builder()
    let keyWidth = 18
    for (k, section) in KeyMaps.sections.enumerated() {
      if k > 0 { b.blank() }
      c.heading(&b, c.words.phrase(section.title))
      for binding in section.bindings {
        let shown = c.glyphs.keys(c.words.phrase(binding.keyNames), short: false)
        let description = c.words.phrase(binding.help)
        if c.width >= 50 {
          b.paragraph(
            [Span(description)], prefix: [Span(shown.padded(to: keyWidth), Style(.footerKey, bold: true))], indent: 2)
        } else {
          b.text(shown, Style(.footerKey, bold: true), indent: 2)
          b.text(description, indent: 4)
        }
      }
    }
    return b.body
  }
}
