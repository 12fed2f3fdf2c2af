// One slide drawn into a cell grid, for reading from the back of a room: the title with a rule under it and the
// points, as one block centred on the screen with a measure a reader can follow (about 70 cells of Japanese, 80
// of English), and the title slide as a title block. A slide too long for the screen continues on balanced pages
// that never part a point from its sub-points. The live presenter and `dualtohoku render slide` share it.
import DualLifeModel
import TerminalText

public enum SlideView {
  /// Below this a slide shows only its number and title: there is no room for bullets that could be read.
  public static let minimumWidth = 40
  public static let minimumHeight = 12

  /// Draws `slide` as slide `number` of `total`. `revealed` bullets are shown, on the page (screen) that holds
  /// the last of them; nil shows page `page` whole (for `render slide N` and handouts).
  public static func render(
    _ slide: Slide, number: Int, of total: Int, revealed: Int?, language: Language, width: Int, height: Int,
    ascii: Bool, page: Int = 0
  ) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    guard grid.width > 0, grid.height > 0 else { return grid }
    let glyphs = Glyphs(ascii: ascii)
    let title = flatten(slide.title[language])
    let counter = "\(number)/\(total)"
    guard width >= minimumWidth, height >= minimumHeight else {
      let line = Truncation.truncate("\(counter)  \(title)", width: width, ellipsis: glyphs.ellipsis)
      grid.put(line, x: 0, y: height / 2, style: Style(.title, bold: true))
      return grid
    }
    let layout = SlideLayout(slide, language: language, width: width, height: height, glyphs: glyphs)
    let pageIndex = revealed.map { layout.page(holding: $0) } ?? min(max(0, page), layout.pages.count - 1)
    if layout.titleBlock {
      layout.drawTitleBlock(slide, language: language, into: &grid)
    } else {
      layout.draw(page: pageIndex, revealed: revealed, into: &grid)
    }
    // The footer's right side stays empty: the live presenter puts the elapsed time and the clock there.
    let pageLabel = layout.pages.count > 1 ? " (\(pageIndex + 1)/\(layout.pages.count))" : ""
    let footer = Truncation.truncate(
      "\(counter)\(pageLabel)  \(title)", width: max(1, width - 24), ellipsis: glyphs.ellipsis)
    grid.put(footer, x: 1, y: height - 1, style: Style(.footer))
    return grid
  }

  /// How many screens a slide needs at a size (the handout prints each).
  public static func pageCount(_ slide: Slide, language: Language, width: Int, height: Int, ascii: Bool) -> Int {
    guard width >= minimumWidth, height >= minimumHeight else { return 1 }
    return SlideLayout(slide, language: language, width: width, height: height, glyphs: Glyphs(ascii: ascii)).pages
      .count
  }

  /// The page (0-based) that shows `revealed` points at a size, and how many pages the slide takes there.
  public static func page(
    _ slide: Slide, revealed: Int, language: Language, width: Int, height: Int, ascii: Bool
  ) -> (page: Int, pages: Int) {
    guard width >= minimumWidth, height >= minimumHeight else { return (0, 1) }
    let layout = SlideLayout(slide, language: language, width: width, height: height, glyphs: Glyphs(ascii: ascii))
    return (layout.page(holding: revealed), layout.pages.count)
  }

  /// The bullets of each page at a size, as ranges of `slide.bullets` (the handout's Markdown, the tests).
  public static func pageRanges(_ slide: Slide, language: Language, width: Int, height: Int) -> [Range<Int>] {
    guard width >= minimumWidth, height >= minimumHeight else { return [slide.bullets.indices] }
    return SlideLayout(slide, language: language, width: width, height: height, glyphs: Glyphs(ascii: false)).pages
  }

  /// The title slide and the closing slide are a title block, shown whole: nothing to reveal point by point.
  public static func isTitleBlock(_ slide: Slide) -> Bool { slide.id == "title" || slide.id == "closing" }

  /// How many times Space reveals something on the slide before it moves on.
  public static func steps(_ slide: Slide) -> Int { isTitleBlock(slide) ? 0 : slide.bullets.count }

  /// The widest line a slide's text takes: a measure a reader's eye can follow, whatever the terminal.
  static func measure(_ language: Language) -> Int { language == .ja ? 70 : 80 }

  /// Texts from the data can hold line breaks (figure cells); on a slide they are one flowing line.
  static func flatten(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
