// The frame around every page: tabs on top, where-you-are under them, the page's lines, the keys at the bottom.
// Layout is shared with the reducer (Layout.swift) so that mouse clicks hit what is drawn.
import DualLifeModel
import TerminalText

enum Screen {
  static func render(_ state: AppState, _ environment: UIEnvironment) -> CellGrid {
    var grid = CellGrid(width: state.width, height: state.height)
    let labels = Labels(language: state.language)
    if let presenter = state.presenter { return PresenterScreen.render(state, presenter, environment) }
    guard state.width >= Dashboard.minimumWidth, state.height >= Dashboard.minimumHeight else {
      tooSmall(&grid, labels.tooSmall(state.width, state.height))
      return grid
    }
    let frame = Frame(state)
    let glyphs = Glyphs(ascii: environment.ascii)

    // Tabs.
    for tab in Frame.tabs(state) {
      let active = tab.view == state.view && !state.helpVisible
      grid.put(
        tab.text, x: tab.columns.lowerBound, y: 0,
        style: Style(active ? .tabActive : .tab, bold: active, reverse: active))
    }
    let language = "L:\(labels.otherLanguage)"
    let languageX = state.width - DisplayWidth.of(language) - 1
    if languageX > (Frame.tabs(state).last?.columns.upperBound ?? 0) + 1 {
      grid.put(language, x: languageX, y: 0, style: Style(.dim))
    }

    // Where you are, and how far down.
    let body = Pages.body(state, environment, width: frame.bodyWidth)
    let position = Reducer.position(state)
    let scroll = Reducer.clampedScroll(position.scroll, body: body, frame: frame)
    let crumb = Pages.breadcrumb(state, environment)
    var indicator = ""
    if body.lines.count > frame.bodyHeight {
      let last = min(body.lines.count, scroll + frame.bodyHeight)
      indicator = "\(scroll + 1)\(environment.ascii ? "-" : "–")\(last)/\(body.lines.count)"
    }
    let indicatorX = state.width - DisplayWidth.of(indicator) - 1
    if state.view == .search && state.opened.isEmpty && !state.helpVisible {
      queryLine(&grid, state, limit: max(0, indicatorX - 1))
    } else {
      // Cut from the left, so the item you are on always shows: "…› P5 › P5.M2".
      let room = max(0, indicatorX - 1)
      var shown = crumb
      if DisplayWidth.of(shown) > room {
        var characters = Array(crumb)
        let ellipsis = Glyphs(ascii: environment.ascii).ellipsis
        while !characters.isEmpty && DisplayWidth.of(ellipsis + String(characters)) > room { characters.removeFirst() }
        shown = ellipsis + String(characters)
      }
      grid.put(shown, x: 0, y: 1, style: Style(.heading, bold: true), limit: room)
    }
    grid.put(indicator, x: indicatorX, y: 1, style: Style(.dim))

    // The page.
    let selected = body.targets.isEmpty ? nil : body.targets[min(position.selection, body.targets.count - 1)]
    let marked = state.opened.isEmpty ? state.marked : state.opened.last?.marked
    for row in 0..<frame.bodyHeight {
      let index = scroll + row
      guard index < body.lines.count else { break }
      let y = frame.bodyTop + row
      for (x, span) in body.lines[index].spans {
        grid.put(span.text, x: frame.bodyLeft + x, y: y, style: span.style, limit: frame.bodyLeft + frame.bodyWidth)
      }
      if let marked, let target = body.targets.first(where: { $0.id == marked }), target.lines.contains(index) {
        grid.restyle(x: frame.bodyLeft + target.columns.lowerBound, y: y, width: target.columns.count) {
          $0.role = .marked
        }
      }
      if let selected, selected.lines.contains(index) {
        grid.restyle(x: frame.bodyLeft + selected.columns.lowerBound, y: y, width: selected.columns.count) {
          $0.role = .selection
          $0.reverse = true
        }
        if index == selected.lines.lowerBound || row == 0 {
          // The mark goes just left of the row's text, so it reads "▶ P1.M2" whatever the indent.
          let textX =
            body.lines[index].spans.first { selected.columns.contains($0.x) && !$0.span.text.allSatisfy { $0 == " " } }?
            .x
            ?? selected.columns.lowerBound
          grid.put(glyphs.selected, x: max(0, frame.bodyLeft + textX - 2), y: y, style: Style(.selection, bold: true))
        }
      }
    }

    // Keys that work here.
    footer(&grid, state, environment, body: body, y: state.height - 1)
    return grid
  }

  /// "検索: ワーケー|ション" with the cursor as a reversed cell; the query scrolls left when it is longer than the line.
  static func queryLine(_ grid: inout CellGrid, _ state: AppState, limit: Int) {
    let label = state.language == .ja ? "検索: " : "Search: "
    var x = grid.put(label, x: 0, y: 1, style: Style(.heading, bold: true), limit: limit)
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
      guard let used = grid.put(character, x: x, y: 1, style: style, limit: limit) else { break }
      x += used
    }
    if cursor == query.count { grid.put(" ", x: x, y: 1, style: Style(.selection, reverse: true), limit: limit) }
  }

  static func footer(_ grid: inout CellGrid, _ state: AppState, _ environment: UIEnvironment, body: Body, y: Int) {
    let ja = state.language == .ja
    let glyphs = Glyphs(ascii: environment.ascii)
    var keys: [(String, String)] = []
    if state.helpVisible {
      keys.append(("Esc ?", ja ? "閉じる" : "close"))
    } else if state.view == .search && state.opened.isEmpty {
      keys.append((glyphs.upDown, ja ? "選ぶ" : "select"))
      keys.append(("Enter", ja ? "開く" : "open"))
      keys.append(("Esc", ja ? "戻る" : "back"))
      keys.append(("Ctrl-U", ja ? "消去" : "clear"))
      keys.append(("Tab", ja ? "画面" : "views"))
      keys.append(("Ctrl-C", ja ? "終了" : "quit"))
      return drawKeys(&grid, keys, y: y)
    } else if state.view == .compare && state.opened.isEmpty {
      keys.append((glyphs.upDown, ja ? "スクロール" : "scroll"))
      if !state.compare.matrix {
        keys.append((environment.ascii ? "<- ->" : "← →", ja ? "列" : "column"))
        keys.append(("[ ]", ja ? "提言を替える" : "change"))
        keys.append(("a x", ja ? "列を足す/消す" : "add/remove"))
      }
      keys.append(("m", state.compare.matrix ? (ja ? "列で比較" : "columns") : (ja ? "対応表" : "matrix")))
      keys.append(("L", Labels(language: state.language).otherLanguage))
      keys.append(("q", ja ? "終了" : "quit"))
      return drawKeys(&grid, keys, y: y)
    } else {
      keys.append((glyphs.upDown, ja ? "移動" : "move"))
      if !body.targets.isEmpty { keys.append(("Enter", ja ? "開く" : "open")) }
      if !state.opened.isEmpty { keys.append(("Esc", ja ? "戻る" : "back")) }
      keys.append(("1-6", ja ? "画面" : "views"))
      keys.append(("L", Labels(language: state.language).otherLanguage))
      keys.append(("?", ja ? "ヘルプ" : "help"))
    }
    if state.search.current != nil && !state.helpVisible { keys.append(("n N", ja ? "次/前の一致" : "next/prev hit")) }
    keys.append(("q", ja ? "終了" : "quit"))
    drawKeys(&grid, keys, y: y)
  }

  /// Draws the keys that fit, in their order; when not all fit, the ones a person needs most (quit, help, open,
  /// back) are kept and the others left out.
  static func drawKeys(_ grid: inout CellGrid, _ keys: [(String, String)], y: Int) {
    grid.fill(x: 0, y: y, width: grid.width, height: 1, style: Style(.footer))
    let priority = ["q", "Ctrl-C", "?", "Esc ?", "Enter", "Esc"]
    let order = keys.indices.sorted { a, b in
      let pa = priority.firstIndex(of: keys[a].0) ?? priority.count
      let pb = priority.firstIndex(of: keys[b].0) ?? priority.count
      return pa != pb ? pa < pb : a < b
    }
    var room = grid.width - 1
    var kept = Set<Int>()
    for k in order {
      let needed = DisplayWidth.of(keys[k].0) + 1 + DisplayWidth.of(keys[k].1) + 2
      if needed <= room {
        kept.insert(k)
        room -= needed
      }
    }
    var x = 1
    for (k, (key, meaning)) in keys.enumerated() where kept.contains(k) {
      x = grid.put(key, x: x, y: y, style: Style(.footerKey, bold: true))
      x = grid.put(" " + meaning, x: x, y: y, style: Style(.footer))
      x += 2
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

/// Where the parts of the screen are, for a state's size.
struct Frame {
  let bodyTop = 2
  let bodyLeft = 2
  let bodyWidth: Int
  let bodyHeight: Int

  init(_ state: AppState) {
    bodyWidth = max(1, state.width - 3)
    bodyHeight = max(1, state.height - 3)
  }

  struct Tab {
    let view: ViewID
    let text: String
    let columns: Range<Int>
  }

  /// The tab bar: "1 概要  2 提言 …", shortened to numbers (but the current one) when it does not fit.
  static func tabs(_ state: AppState) -> [Tab] {
    let labels = Labels(language: state.language)
    let space = max(0, state.width - 12)  // keep room for the language switch
    for style in 0..<3 {
      var tabs: [Tab] = []
      var x = 0
      for view in ViewID.allCases {
        let full = " \(view.rawValue) \(labels.tab(view)) "
        let text: String
        switch style {
        case 0, 1: text = full
        default: text = view == state.view ? full : " \(view.rawValue) "
        }
        let w = DisplayWidth.of(text)
        tabs.append(Tab(view: view, text: text, columns: x..<(x + w)))
        x += w + (style == 0 ? 1 : 0)
      }
      if x <= space || style == 2 { return tabs }
    }
    return []
  }
}
