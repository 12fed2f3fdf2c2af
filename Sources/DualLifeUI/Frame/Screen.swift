// The frame around every page: tabs on top, where-you-are under them, the page's window, the keys at the bottom.
// Everything is drawn into the rectangles of the one ScreenLayout; the footer's keys come from the key map.
import DualLifeModel
import TerminalText

enum Screen {
  static func render(_ state: AppState, _ environment: UIEnvironment) -> CellGrid {
    if let presenter = state.presenter { return PresenterScreen.render(state, presenter, environment) }
    var grid = CellGrid(width: state.width, height: state.height)
    let words = Words(state.language)
    let layout = environment.layout(state)
    guard layout.mode != .tooSmall else {
      tooSmall(&grid, words.tooSmall(state.width, state.height))
      return grid
    }
    let glyphs = Glyphs(ascii: environment.ascii)
    let position = Navigation.position(state).settled(layout.page, height: layout.body.height)
    tabs(&grid, state, layout, words)
    crumb(&grid, state, layout, position, glyphs)
    pinned(&grid, layout)
    page(&grid, state, layout, position, glyphs)
    footer(&grid, state, layout, glyphs)
    return grid
  }

  static func tabs(_ grid: inout CellGrid, _ state: AppState, _ layout: ScreenLayout, _ words: Words) {
    for tab in layout.tabItems {
      let active = tab.view == state.view && layout.mode != .help
      grid.put(
        tab.text, x: tab.columns.lowerBound, y: layout.tabs.y,
        style: Style(active ? .tabActive : .tab, bold: active, reverse: active))
    }
    let language = "L:\(words.otherLanguage)"
    let languageX = layout.tabs.right - DisplayWidth.of(language) - 1
    if languageX > (layout.tabItems.last?.columns.upperBound ?? 0) + 1 {
      grid.put(language, x: languageX, y: layout.tabs.y, style: Style(.dim))
    }
  }

  /// Where you are ("提言 › P1 › P1.M2", cut from the left so the item you are on always shows), or the query
  /// line; and how far down the page the window is ("1–21/68").
  static func crumb(
    _ grid: inout CellGrid, _ state: AppState, _ layout: ScreenLayout, _ position: ListState, _ glyphs: Glyphs
  ) {
    let body = layout.page
    var indicator = ""
    if body.lines.count > layout.body.height {
      let last = min(body.lines.count, position.scroll + layout.body.height)
      indicator = "\(position.scroll + 1)\(glyphs.ascii ? "-" : "–")\(last)/\(body.lines.count)"
    }
    let indicatorX = layout.crumb.right - DisplayWidth.of(indicator) - 1
    let room = max(0, indicatorX - 1)
    if layout.mode == .searchInput {
      queryLine(&grid, state, y: layout.crumb.y, limit: room)
    } else {
      let shown = Truncation.truncateLeft(breadcrumb(state, glyphs), width: room, ellipsis: glyphs.ellipsis)
      grid.put(shown, x: layout.crumb.x, y: layout.crumb.y, style: Style(.heading, bold: true), limit: room)
    }
    grid.put(indicator, x: indicatorX, y: layout.crumb.y, style: Style(.dim))
  }

  static func breadcrumb(_ state: AppState, _ glyphs: Glyphs) -> String {
    let words = Words(state.language)
    if state.helpVisible { return words.helpTitle }
    return ([words.tab(state.view)] + state.opened.map(\.id)).joined(separator: " \(glyphs.separator) ")
  }

  /// The page's header, in its own rectangle above the scrolling window.
  static func pinned(_ grid: inout CellGrid, _ layout: ScreenLayout) {
    for (row, line) in layout.pinned.lines.prefix(layout.header.height).enumerated() {
      for (x, span) in line.spans {
        grid.put(
          span.text, x: layout.header.x + x, y: layout.header.y + row, style: span.style, limit: layout.header.right)
      }
    }
  }

  /// The window of the page, with the marked item and the selected row (▶ just left of the row's text).
  static func page(
    _ grid: inout CellGrid, _ state: AppState, _ layout: ScreenLayout, _ position: ListState, _ glyphs: Glyphs
  ) {
    let body = layout.page
    let area = layout.body
    let selected = position.selectedIndex(in: body).map { body.targets[$0] }
    let markedID = state.opened.isEmpty ? state.marked : state.opened.last?.marked
    let marked = markedID.flatMap { body.place(of: $0) }
    let matches = pageMatches(state, layout)
    for row in 0..<area.height {
      let index = position.scroll + row
      guard index < body.lines.count else { break }
      let y = area.y + row
      for (x, span) in body.lines[index].spans {
        grid.put(span.text, x: area.x + x, y: y, style: span.style, limit: area.right)
      }
      if let matches { highlight(&grid, matches, in: body.lines[index], x: area.x, y: y) }
      if let marked, marked.lines.contains(index) {
        grid.restyle(x: area.x + marked.columns.lowerBound, y: y, width: marked.columns.count) { $0.role = .marked }
      }
      guard let selected, selected.lines.contains(index) else { continue }
      grid.restyle(x: area.x + selected.columns.lowerBound, y: y, width: selected.columns.count) {
        $0.role = .selection
        $0.reverse = true
      }
      if index == selected.lines.lowerBound || row == 0 {
        let spans = body.lines[index].spans
        let textX =
          spans.first { selected.columns.contains($0.x) && !$0.span.text.allSatisfy { $0 == " " } }?.x
          ?? selected.columns.lowerBound
        grid.put(glyphs.selected, x: max(0, area.x + textX - 2), y: y, style: Style(.selection, bold: true))
      }
    }
  }

  /// The query of the hit that was opened, while its page (or any page after it) is shown: as `less` does, every
  /// match on screen stays highlighted until the next search. Not on the search page (it marks its own) or help.
  static func pageMatches(_ state: AppState, _ layout: ScreenLayout) -> SearchQuery? {
    guard state.search.current != nil, [.browse, .opened].contains(layout.mode), state.view != .search else {
      return nil
    }
    let query = SearchQuery(state.search.text)
    return query.isEmpty ? nil : query
  }

  /// Underlines the query's matches on one drawn line (bold and in the match colour outside the selection).
  static func highlight(_ grid: inout CellGrid, _ query: SearchQuery, in line: BodyLine, x: Int, y: Int) {
    let text = line.plainText
    let ranges = query.occurrences(in: text)
    guard !ranges.isEmpty else { return }
    var column = 0
    for (k, character) in text.enumerated() {
      let width = DisplayWidth.of(character)
      if ranges.contains(where: { $0.contains(k) }) {
        grid.restyle(x: x + column, y: y, width: max(1, width)) { style in
          style.underline = true
          if style.role != .selection {
            style.role = .match
            style.bold = true
          }
        }
      }
      column += width
    }
  }

  /// "検索: ワーケー|ション" with the cursor as a reversed cell; the query scrolls left when it is longer than the line.
  static func queryLine(_ grid: inout CellGrid, _ state: AppState, y: Int, limit: Int) {
    var x = grid.put(Words(state.language).searchPrompt, x: 0, y: y, style: Style(.heading, bold: true), limit: limit)
    let query = state.search.query
    let cursor = min(state.search.cursor, query.count)
    // Show the characters before the cursor that fit, keeping one cell for the cursor.
    var start = 0
    var width = query[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    while start < cursor && x + width + 1 > limit {
      width -= DisplayWidth.of(query[start])
      start += 1
    }
    for (k, character) in query.enumerated() where k >= start {
      let style = k == cursor ? Style(.selection, reverse: true) : Style(.normal)
      if k == cursor { grid.cursor = CursorPosition(x: x, y: y) }
      guard let used = grid.put(character, x: x, y: y, style: style, limit: limit) else { break }
      x += used
    }
    if cursor == query.count {
      grid.put(" ", x: x, y: y, style: Style(.selection, reverse: true), limit: limit)
      grid.cursor = CursorPosition(x: min(x, max(0, limit - 1)), y: y)
    }
  }

  static func tooSmall(_ grid: inout CellGrid, _ message: String) {
    guard grid.width > 0, grid.height > 0 else { return }
    let lines = LineBreaker.wrap(message, width: grid.width)
    let top = max(0, (grid.height - lines.count) / 2)
    for (k, line) in lines.enumerated() where top + k < grid.height {
      let x = max(0, (grid.width - line.width) / 2)
      grid.put(line.text, x: x, y: top + k, style: Style(.notice, bold: true))
    }
  }
}
