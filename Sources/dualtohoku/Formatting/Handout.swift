// `present --handout --format markdown`: the talk for print, one section per slide, its points as a list (a point
// with its sub-points nested), and with --notes what the speaker says (talking points first, then the links).
import DualLifeModel
import DualLifeUI

enum Handout {
  static func markdown(_ slides: [Slide], language: Language, notes: Bool) -> String {
    let notesHeading = Words(language).notesHeading
    var out = ""
    for (k, slide) in slides.enumerated() {
      out += "## \(k + 1). \(line(slide.title[language]))\n\n"
      for bullet in slide.bullets { out += item(bullet, language) }
      guard notes, !(slide.talkingPoints.isEmpty && slide.notes.isEmpty) else {
        out += "\n"
        continue
      }
      out += "\n**\(notesHeading)**\n\n"
      for point in slide.talkingPoints { out += item(point, language) }
      for note in slide.notes { out += "- " + line(note[language]) + "\n" }
      out += "\n"
    }
    return out
  }

  static func item(_ bullet: SlideBullet, _ language: Language) -> String {
    let id = bullet.id.map { "**\($0)** " } ?? ""
    return String(repeating: "  ", count: bullet.level) + "- " + id + line(bullet.text[language]) + "\n"
  }

  /// One line of Markdown: line breaks of figure cells become spaces; characters Markdown would read are escaped.
  static func line(_ text: String) -> String {
    var out = ""
    for character in text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ") {
      if "\\`*_[]<>#|".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}
