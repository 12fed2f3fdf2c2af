// The footer: the keys that work here, from the mode's key map. A binding that would do nothing now (Enter on a
// page without rows, n N before any search hit was opened) is left out.
import TerminalText

extension Screen {
  static func footer(_ grid: inout CellGrid, _ state: AppState, _ layout: ScreenLayout, _ glyphs: Glyphs) {
    let words = Words(state.language)
    if let notice = state.notice {
      grid.fill(x: 0, y: layout.footer.y, width: grid.width, height: 1, style: Style(.footer))
      grid.put(words.notice(notice), x: 1, y: layout.footer.y, style: Style(.notice, bold: true), limit: grid.width)
      return
    }
    let keys = KeyMaps.footer(layout.mode).filter { applies($0.command, state, layout) }.compactMap {
      binding -> (String, String)? in
      guard let keys = binding.footerKeys, let meaning = binding.footer else { return nil }
      return (glyphs.keys(keys, short: true), words.phrase(meaning))
    }
    drawKeys(&grid, keys, y: layout.footer.y)
  }

  static func applies(_ command: Command, _ state: AppState, _ layout: ScreenLayout) -> Bool {
    switch command {
    case .open: return layout.mode == .searchInput || !layout.page.targets.isEmpty
    case .stepHit: return state.search.current != nil
    default: return true
    }
  }

  /// Draws the keys that fit, in their order; when not all fit, the ones a person needs most (quit, help, open,
  /// back) are kept and the others left out.
  static func drawKeys(_ grid: inout CellGrid, _ keys: [(String, String)], y: Int) {
    grid.fill(x: 0, y: y, width: grid.width, height: 1, style: Style(.footer))
    let priority = ["q", "Ctrl-C", "?", "Esc ?", "L", "Enter", "Esc", "m"]
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
}
