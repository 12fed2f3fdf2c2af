// Where everything of one slide goes at one size: the measure and the left edge of the centred block, the title's
// lines, each point's wrapped lines, the pages, and the rows. SlideView draws from it.
import DualLifeModel
import TerminalText

struct SlideLayout {
  let glyphs: Glyphs
  let width: Int
  let height: Int
  /// The block's left edge and width: centred, and never wider than the measure.
  let left: Int
  let contentWidth: Int
  let titleLines: [String]
  /// Each bullet's wrapped lines, and its level.
  let blocks: [[BodyLine]]
  let levels: [Int]
  let pages: [Range<Int>]
  /// Lines the points may take on a page.
  let room: Int
  /// The title's first row, chosen so that title, rule and the tallest page sit in the middle as one block.
  private(set) var top = 1
  let titleBlock: Bool

  init(_ slide: Slide, language: Language, width: Int, height: Int, glyphs: Glyphs) {
    self.glyphs = glyphs
    self.width = width
    self.height = height
    let margin = max(2, width / 10)
    contentWidth = max(1, min(width - 2 * margin, SlideView.measure(language)))
    left = (width - contentWidth) / 2
    titleBlock = SlideView.isTitleBlock(slide)
    var titleBuilder = BodyBuilder(width: contentWidth, ellipsis: glyphs.ellipsis)
    titleBuilder.text(SlideView.flatten(slide.title[language]), Style(.title, bold: true))
    var lines = titleBuilder.body.lines.map(\.plainText)
    // At most an eighth of the height, so a long English title cannot push the points off the slide.
    let maxTitleLines = max(1, height / 8)
    if lines.count > maxTitleLines && !titleBlock {
      lines = Array(lines.prefix(maxTitleLines))
      let room = contentWidth - DisplayWidth.of(glyphs.ellipsis)
      lines[maxTitleLines - 1] =
        Truncation.truncate(lines[maxTitleLines - 1], width: room, ellipsis: "") + glyphs.ellipsis
    }
    titleLines = lines
    // Rows 1 … height-3: a blank row above the footer; the title, its rule and a blank row, then the points.
    let available = max(1, height - 3)
    room = max(1, available - titleLines.count - 2)
    let measure = contentWidth
    blocks = slide.bullets.map { Self.bulletLines($0, language: language, width: measure, glyphs: glyphs) }
    levels = slide.bullets.map(\.level)
    pages =
      titleBlock
      ? [slide.bullets.indices] : Pagination.pages(heights: blocks.map(\.count), levels: levels, room: room)
    let tallest = pages.indices.map { pageHeight($0) }.max() ?? 0
    top = 1 + max(0, (available - titleLines.count - 2 - tallest) / 2)
  }

  /// The page that shows the last of `revealed` points.
  func page(holding revealed: Int) -> Int {
    let shown = min(blocks.count, max(0, revealed))
    return pages.firstIndex { $0.contains(max(0, shown - 1)) } ?? 0
  }

  /// A blank line before each main point reads best, where the page has room for them.
  func spaced(_ page: Int) -> Bool { height(of: pages[page], spaced: true) <= room }

  func pageHeight(_ page: Int) -> Int { height(of: pages[page], spaced: spaced(page)) }

  func height(of range: Range<Int>, spaced: Bool) -> Int {
    range.reduce(0) { total, k in total + blocks[k].count + (gap(before: k, in: range, spaced: spaced) ? 1 : 0) }
  }

  func gap(before k: Int, in range: Range<Int>, spaced: Bool) -> Bool {
    spaced && k > range.lowerBound && levels[k] == 0
  }

  /// The title, its rule and the page's points (up to `revealed`; all when nil).
  func draw(page pageIndex: Int, revealed: Int?, into grid: inout CellGrid) {
    let limit = left + contentWidth
    for (k, line) in titleLines.enumerated() {
      grid.put(line, x: left, y: top + k, style: Style(.title, bold: true), limit: limit)
    }
    let ruleY = top + titleLines.count
    grid.put(
      String(repeating: glyphs.rule, count: contentWidth), x: left, y: ruleY, style: Style(.border), limit: limit)
    let range = pages[pageIndex]
    let spaced = spaced(pageIndex)
    let bottom = ruleY + 2 + room
    var y = ruleY + 2
    var cut = false
    for k in range where k < (revealed ?? range.upperBound) {
      if gap(before: k, in: range, spaced: spaced) { y += 1 }
      for line in blocks[k] {
        // A single point taller than the screen: what fits of it, since an empty slide says nothing.
        guard y < bottom else {
          cut = true
          break
        }
        for (sx, span) in line.spans { grid.put(span.text, x: left + sx, y: y, style: span.style, limit: limit) }
        y += 1
      }
    }
    if cut || (revealed == nil && pageIndex < pages.count - 1), y < height - 1 {
      grid.put(glyphs.ellipsis, x: left, y: min(y, height - 2), style: Style(.dim), limit: limit)
    }
  }

  /// The title slide: the title, the subtitle and the organisation centred, and the lead under them when it fits.
  func drawTitleBlock(_ slide: Slide, language: Language, into grid: inout CellGrid) {
    var rows: [(text: String, style: Style, centred: Bool)] = titleLines.map { ($0, Style(.title, bold: true), true) }
    for (k, bullet) in slide.bullets.enumerated() {
      let centred = k < 2
      var builder = BodyBuilder(width: contentWidth, ellipsis: glyphs.ellipsis)
      builder.text(SlideView.flatten(bullet.text[language]))
      let lines = builder.body.lines.map(\.plainText)
      // The lead is a paragraph: shown only when the whole of it fits.
      if !centred && rows.count + 1 + lines.count > height - 3 { break }
      rows.append(("", .normal, true))
      let style = k == 0 ? Style(.heading, bold: true) : (centred ? Style(.accent) : Style(.normal))
      rows += lines.map { ($0, style, centred) }
    }
    let top = 1 + max(0, (height - 3 - rows.count) / 2)
    for (k, row) in rows.enumerated() where top + k < height - 2 {
      let x = row.centred ? max(0, (width - DisplayWidth.of(row.text)) / 2) : left
      grid.put(row.text, x: x, y: top + k, style: row.style, limit: left + contentWidth)
    }
  }

  /// "• S1  【地勢・社会資本】…" wrapped with kinsoku; level 1 starts under the text of the level-0 bullet.
  static func bulletLines(_ bullet: SlideBullet, language: Language, width: Int, glyphs: Glyphs) -> [BodyLine] {
    var builder = BodyBuilder(width: width, ellipsis: glyphs.ellipsis)
    let mark = bullet.level == 0 ? glyphs.bullet : (glyphs.dash == "-" ? "-" : "–")
    var prefix = [Span(mark + " ", Style(.accent))]
    if let id = bullet.id { prefix += [Span(id, Style(.id, bold: true)), Span("  ")] }
    let indent = bullet.level == 0 ? 0 : DisplayWidth.of(glyphs.bullet) + 1
    builder.paragraph([Span(SlideView.flatten(bullet.text[language]))], prefix: prefix, indent: indent)
    return builder.body.lines
  }
}

/// Pages of points: as few as the room allows, balanced by height; a point keeps its sub-points, and runs of
/// points with sub-points (the two Dual Life patterns, the trends) stay together when they fit on one page.
enum Pagination {
  static func pages(heights: [Int], levels: [Int], room: Int) -> [Range<Int>] {
    guard !heights.isEmpty else { return [0..<0] }
    let units = self.units(heights: heights, levels: levels, room: room)
    let unitHeights = units.map { $0.reduce(0) { $0 + heights[$1] } }
    let upper = max(room, unitHeights.max() ?? 0)
    let count = greedy(unitHeights, capacity: upper).count
    // The smallest page that still needs no more pages than the fewest: every page about as full as the others.
    var low = max(unitHeights.max() ?? 0, (unitHeights.reduce(0, +) + count - 1) / count)
    var high = upper
    while low < high {
      let middle = (low + high) / 2
      if greedy(unitHeights, capacity: middle).count <= count { high = middle } else { low = middle + 1 }
    }
    return greedy(unitHeights, capacity: low).map {
      units[$0.lowerBound].lowerBound..<units[$0.upperBound - 1].upperBound
    }
  }

  /// Consecutive units whose heights fit a capacity (a unit taller than it gets a page of its own).
  static func greedy(_ heights: [Int], capacity: Int) -> [Range<Int>] {
    var pages: [Range<Int>] = []
    var start = 0
    var used = 0
    for (k, h) in heights.enumerated() {
      if used + h > capacity && k > start {
        pages.append(start..<k)
        start = k
        used = 0
      }
      used += h
    }
    pages.append(start..<heights.count)
    return pages
  }

  /// What must not be parted: a point with its sub-points; a run of such points when it fits on a page. A point
  /// too tall to stay whole is split between its sub-points, keeping the first and the last two together.
  static func units(heights: [Int], levels: [Int], room: Int) -> [Range<Int>] {
    var groups: [Range<Int>] = []
    for k in heights.indices {
      if levels[k] == 0 || groups.isEmpty {
        groups.append(k..<k + 1)
      } else {
        groups[groups.count - 1] = groups[groups.count - 1].lowerBound..<k + 1
      }
    }
    let height = { (r: Range<Int>) in r.reduce(0) { $0 + heights[$1] } }
    var units: [Range<Int>] = []
    var k = 0
    while k < groups.count {
      var end = k
      while end + 1 < groups.count, groups[end].count > 1, groups[end + 1].count > 1 { end += 1 }
      let run = groups[k].lowerBound..<groups[end].upperBound
      if end > k && height(run) <= room {
        units.append(run)
      } else {
        for group in groups[k...end] { units += split(group, height: height, room: room) }
      }
      k = end + 1
    }
    return units
  }

  static func split(_ group: Range<Int>, height: (Range<Int>) -> Int, room: Int) -> [Range<Int>] {
    guard height(group) > room, group.count > 2 else { return [group] }
    var pieces = group.map { $0..<$0 + 1 }
    let head = pieces[0].lowerBound..<pieces[1].upperBound
    if height(head) <= room { pieces.replaceSubrange(0...1, with: [head]) }
    if pieces.count > 2 {
      let tail = pieces[pieces.count - 2].lowerBound..<pieces[pieces.count - 1].upperBound
      if height(tail) <= room { pieces.replaceSubrange((pieces.count - 2)..., with: [tail]) }
    }
    return pieces
  }
}
