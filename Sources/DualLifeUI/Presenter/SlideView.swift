// One slide drawn into a cell grid, for reading from the back of a room: wide margins, the title on top with a rule
// under it, few words per line, the content centred. The live presenter and `dualtohoku render slide` share it.
import DualLifeModel
import TerminalText

public enum SlideView {
  /// Below this a slide shows only its number and title: there is no room for bullets that could be read.
  public static let minimumWidth = 40
  public static let minimumHeight = 12

  /// Draws `slide` as slide `number` of `total`. `revealed` bullets are shown, on the page (screen) that holds
  /// the last of them; nil shows page `page` whole (for `render slide N` and handouts). A slide whose points do
  /// not fit on one screen at this size continues on a second page, so nothing is ever cut off.
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

    let margin = max(2, width / 10)
    let contentWidth = width - 2 * margin
    let limit = margin + contentWidth
    let footerY = height - 1

    // The title: at most an eighth of the height, so a long English title cannot push the bullets off the slide.
    let titleTop = max(1, height / 12)
    var titleBuilder = BodyBuilder(width: contentWidth, ellipsis: glyphs.ellipsis)
    titleBuilder.text(title, Style(.title, bold: true))
    var titleLines = titleBuilder.body.lines.map(\.plainText)
    let maxTitleLines = max(1, height / 8)
    if titleLines.count > maxTitleLines {
      titleLines = Array(titleLines.prefix(maxTitleLines))
      let last = titleLines[maxTitleLines - 1]
      let room = contentWidth - DisplayWidth.of(glyphs.ellipsis)
      titleLines[maxTitleLines - 1] = Truncation.truncate(last, width: room, ellipsis: "") + glyphs.ellipsis
    }
    for (k, line) in titleLines.enumerated() {
      grid.put(line, x: margin, y: titleTop + k, style: Style(.title, bold: true), limit: limit)
    }
    let ruleY = titleTop + titleLines.count
    grid.put(
      String(repeating: glyphs.rule, count: contentWidth), x: margin, y: ruleY, style: Style(.border), limit: limit)

    // The bullets, each laid out on its own so that whole bullets can be shown or held back.
    let top = ruleY + 2
    let room = max(0, footerY - 1 - top)
    let blocks = slide.bullets.map { bulletLines($0, language: language, width: contentWidth, glyphs: glyphs) }
    let pages = Self.pages(blocks, room: room)
    // A blank line before each main point reads best; drop the blank lines when they would not let everything fit.
    let spacedHeight = blockHeight(blocks, spaced: true, slide: slide)
    let spaced = pages.count == 1 && spacedHeight <= room
    let shown = min(slide.bullets.count, max(0, revealed ?? slide.bullets.count))
    // The page on screen: the one holding the last revealed bullet while presenting (so revealing turns the page
    // when the next point would not fit), or the page asked for in a handout.
    let pageIndex =
      revealed == nil
      ? min(max(0, page), pages.count - 1)
      : (pages.firstIndex { $0.contains(max(0, shown - 1)) } ?? 0)
    let onPage = pages[pageIndex]
    let pageBlocks = Array(blocks[onPage])
    let pageHeight =
      onPage.isEmpty ? 0 : blockHeight(pageBlocks, spaced: spaced, slide: slide, offset: onPage.lowerBound)
    // Centre on the whole page, not the revealed part: bullets then appear in place instead of shifting the rest.
    var y = pageHeight <= room ? top + (room - pageHeight) / 2 : top
    var cut = false
    for k in onPage where k < (revealed == nil ? onPage.upperBound : shown) {
      let gap = gapBefore(k, spaced: spaced, slide: slide) && k > onPage.lowerBound ? 1 : 0
      let lines = blocks[k]
      if y + gap + lines.count > top + room {
        // A single point taller than the screen: show what fits of it, since an empty slide says nothing.
        for line in lines where y < top + room {
          draw(line, &grid, x: margin, y: y, limit: limit)
          y += 1
        }
        cut = true
        break
      }
      y += gap
      for line in lines {
        draw(line, &grid, x: margin, y: y, limit: limit)
        y += 1
      }
    }
    if (cut || (revealed == nil && pageIndex < pages.count - 1)), y < footerY {
      grid.put(glyphs.ellipsis, x: margin, y: min(y, footerY - 1), style: Style(.dim), limit: limit)
    }

    // The footer's right side stays empty: the live presenter puts the elapsed time and the clock there.
    let pageLabel = pages.count > 1 ? " (\(pageIndex + 1)/\(pages.count))" : ""
    let footer = Truncation.truncate(
      "\(counter)\(pageLabel)  \(title)", width: max(1, width - 24), ellipsis: glyphs.ellipsis)
    grid.put(footer, x: 1, y: footerY, style: Style(.footer))
    return grid
  }

  /// How many screens a slide needs at a size (the handout prints each).
  public static func pageCount(_ slide: Slide, language: Language, width: Int, height: Int, ascii: Bool) -> Int {
    guard width >= minimumWidth, height >= minimumHeight else { return 1 }
    let glyphs = Glyphs(ascii: ascii)
    let margin = max(2, width / 10)
    let contentWidth = width - 2 * margin
    var titleBuilder = BodyBuilder(width: contentWidth, ellipsis: glyphs.ellipsis)
    titleBuilder.text(flatten(slide.title[language]), Style(.title, bold: true))
    let titleLines = min(titleBuilder.body.lines.count, max(1, height / 8))
    let top = max(1, height / 12) + titleLines + 2
    let room = max(0, height - 1 - 1 - top)
    let blocks = slide.bullets.map { bulletLines($0, language: language, width: contentWidth, glyphs: glyphs) }
    return pages(blocks, room: room).count
  }

  /// Consecutive bullets that fit in `room` lines, packed without blank lines between them.
  static func pages(_ blocks: [[BodyLine]], room: Int) -> [Range<Int>] {
    var pages: [Range<Int>] = []
    var start = 0
    var used = 0
    for (k, lines) in blocks.enumerated() {
      if used + lines.count > room && k > start {
        pages.append(start..<k)
        start = k
        used = 0
      }
      used += lines.count
    }
    pages.append(start..<blocks.count)
    return pages
  }

  /// Texts from the data can hold line breaks (figure cells); on a slide they are one flowing line.
  private static func flatten(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
  }

  private static func gapBefore(_ index: Int, spaced: Bool, slide: Slide) -> Bool {
    spaced && index > 0 && slide.bullets[index].level == 0
  }

  /// Lines the blocks take; `offset` is the index of the first block in the slide (a blank line never opens a page).
  private static func blockHeight(_ blocks: [[BodyLine]], spaced: Bool, slide: Slide, offset: Int = 0) -> Int {
    var total = 0
    for (k, lines) in blocks.enumerated() {
      total += lines.count + (k > 0 && gapBefore(offset + k, spaced: spaced, slide: slide) ? 1 : 0)
    }
    return total
  }

  /// "• S1  【地勢・社会資本】…" wrapped with kinsoku; level 1 starts under the text of the level-0 bullet.
  private static func bulletLines(_ bullet: SlideBullet, language: Language, width: Int, glyphs: Glyphs) -> [BodyLine] {
    var builder = BodyBuilder(width: width, ellipsis: glyphs.ellipsis)
    let mark = bullet.level == 0 ? glyphs.bullet : (glyphs.dash == "-" ? "-" : "–")
    var prefix = [Span(mark + " ", Style(.accent))]
    if let id = bullet.id { prefix += [Span(id, Style(.id, bold: true)), Span("  ")] }
    let indent = bullet.level == 0 ? 0 : DisplayWidth.of(glyphs.bullet) + 1
    builder.paragraph([Span(flatten(bullet.text[language]))], prefix: prefix, indent: indent)
    return builder.body.lines
  }

  private static func draw(_ line: BodyLine, _ grid: inout CellGrid, x: Int, y: Int, limit: Int) {
    for (sx, span) in line.spans {
      grid.put(span.text, x: x + sx, y: y, style: span.style, limit: limit)
    }
  }
}
