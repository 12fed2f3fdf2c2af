// Scroll and selection of one scrolling page, and every way of moving through it. The selection is held as the
// id of a target, so it stays on the same item when the page is laid out anew (another width, another language).
// As in ratatui's ListState, the scroll offset is settled in one place (`settled`): the screen draws the settled
// position and the moves start from it.

public struct ListState: Sendable, Hashable {
  /// First body line shown.
  public var scroll: Int
  /// The id of the selected target; nil selects the first.
  public var selected: String?
  /// Which of the targets with that id: a page may list one item in several places (view 7 lists a KPI under each
  /// proposal it serves), and the selection must stay on the one chosen, not fall back to the first.
  public var occurrence: Int

  public init(scroll: Int = 0, selected: String? = nil, occurrence: Int = 0) {
    self.scroll = scroll
    self.selected = selected
    self.occurrence = occurrence
  }

  /// The index of the selected target in `body` (the first target when nothing or something gone is selected).
  public func selectedIndex(in body: Body) -> Int? {
    guard !body.targets.isEmpty else { return nil }
    guard let selected else { return 0 }
    let matching = body.targets.indices.filter { body.targets[$0].id == selected }
    guard let first = matching.first else { return 0 }
    return occurrence < matching.count ? matching[occurrence] : first
  }

  static func clamped(_ scroll: Int, _ body: Body, height: Int) -> Int {
    max(0, min(scroll, body.lines.count - height))
  }

  /// The window a viewport of `height` lines shows.
  public func window(height: Int) -> Range<Int> { scroll..<(scroll + height) }

  /// The position as drawn: the scroll clamped to the page.
  public func settled(_ body: Body, height: Int) -> ListState {
    ListState(scroll: Self.clamped(scroll, body, height: height), selected: selected, occurrence: occurrence)
  }

  /// The targets with at least one line in the window.
  public func visibleTargets(_ body: Body, height: Int) -> [Int] {
    let window = window(height: height)
    return body.targets.indices.filter { body.targets[$0].lines.overlaps(window) }
  }

  /// Selects the target at `index` (remembering which of the targets with its id it is).
  public mutating func select(_ index: Int, in body: Body) {
    let id = body.targets[index].id
    selected = id
    occurrence = body.targets[..<index].filter { $0.id == id }.count
  }

  // MARK: Moves

  /// ↑ ↓: the next or previous row; a row taller than the screen scrolls line by line first.
  public mutating func move(by delta: Int, _ body: Body, height: Int) {
    self = settled(body, height: height)
    guard let current = selectedIndex(in: body) else {
      scroll = Self.clamped(scroll + delta, body, height: height)
      return
    }
    let onScreen = visibleTargets(body, height: height)
    guard onScreen.contains(current) else {
      // The selection is off screen (scrolled away with the wheel, or below the first screen): the first move
      // selects the nearest row in view, or scrolls a line until one comes into view.
      if let pick = delta > 0 ? onScreen.first : onScreen.last {
        select(pick, in: body)
      } else {
        scroll = Self.clamped(scroll + delta, body, height: height)
        let now = visibleTargets(body, height: height)
        if let pick = delta > 0 ? now.first : now.last { select(pick, in: body) }
      }
      return
    }
    let target = body.targets[current]
    let visible = window(height: height)
    if delta > 0, target.lines.upperBound > visible.upperBound, target.lines.lowerBound < visible.upperBound {
      scroll = Self.clamped(scroll + 1, body, height: height)
    } else if delta < 0, target.lines.lowerBound < visible.lowerBound, target.lines.upperBound > visible.lowerBound {
      scroll = Self.clamped(scroll - 1, body, height: height)
    } else {
      let next = max(0, min(body.targets.count - 1, current + delta))
      select(next, in: body)
      show(next, body, height: height, top: next == 0)
    }
  }

  /// PgUp PgDn: a screen less one line; the selection follows onto the new screen.
  public mutating func page(by direction: Int, _ body: Body, height: Int) {
    self = settled(body, height: height)
    scroll = Self.clamped(scroll + direction * max(1, height - 1), body, height: height)
    guard let current = selectedIndex(in: body) else { return }
    let visible = window(height: height)
    let onScreen = body.targets.indices.filter { visible.contains(body.targets[$0].lines.lowerBound) }
    if let pick = direction > 0 ? onScreen.first : onScreen.last, !onScreen.contains(current) {
      select(pick, in: body)
    } else if onScreen.isEmpty {
      // No row starts on this screen: select the one that covers it.
      if let covering = body.targets.lastIndex(where: { $0.lines.lowerBound <= scroll }) { select(covering, in: body) }
    }
  }

  /// g G Home End: the first or last screen, and the row nearest that end.
  public mutating func jump(toEnd: Bool, _ body: Body, height: Int) {
    scroll = toEnd ? Self.clamped(body.lines.count, body, height: height) : 0
    let onScreen = visibleTargets(body, height: height)
    if let pick = toEnd ? onScreen.last : onScreen.first {
      select(pick, in: body)
    } else if !body.targets.isEmpty {
      let index = toEnd ? body.targets.count - 1 : 0
      select(index, in: body)
      if toEnd { show(index, body, height: height, top: false) }
    }
  }

  /// The mouse wheel scrolls without moving the selection, unless the selection leaves the screen.
  public mutating func wheel(by delta: Int, _ body: Body, height: Int) {
    self = settled(body, height: height)
    scroll = Self.clamped(scroll + delta, body, height: height)
    let onScreen = visibleTargets(body, height: height)
    if let current = selectedIndex(in: body), !onScreen.contains(current),
      let pick = delta > 0 ? onScreen.first : onScreen.last
    {
      select(pick, in: body)
    }
  }

  /// Selects a target by id and scrolls as little as possible to show it; an anchor is only scrolled to.
  public mutating func reveal(_ id: String, _ body: Body, height: Int) {
    guard let index = body.targets.firstIndex(where: { $0.id == id }) else {
      if let anchor = body.anchors.first(where: { $0.id == id }) {
        show(anchor.lines, body, height: height, top: false)
      }
      return
    }
    select(index, in: body)
    show(index, body, height: height, top: false)
  }

  /// After a resize or a language switch the page is laid out anew: keep the selected row on screen. Nothing chosen
  /// yet (a page just opened) keeps the page where it is, as switching to it does: scrolling to its first row would
  /// hide whatever stands above that row (the compare view's summary).
  public mutating func keepSelectionVisible(_ body: Body, height: Int) {
    self = settled(body, height: height)
    guard selected != nil, let current = selectedIndex(in: body) else { return }
    show(current, body, height: height, top: false)
  }

  /// Scrolls as little as possible to show a target (to the very top for the first one).
  mutating func show(_ index: Int, _ body: Body, height: Int, top: Bool) {
    show(body.targets[index].lines, body, height: height, top: top)
  }

  mutating func show(_ lines: Range<Int>, _ body: Body, height: Int, top: Bool) {
    var s = top ? 0 : scroll
    if lines.lowerBound < s { s = lines.lowerBound }
    if lines.upperBound > s + height { s = min(lines.lowerBound, lines.upperBound - height) }
    if lines.lowerBound >= s + height { s = lines.lowerBound }
    scroll = Self.clamped(s, body, height: height)
  }

  /// The target under a body line and column, if any. A row that spans the page takes clicks anywhere on its line;
  /// a column of a side-by-side layout takes the two cells to its left too (the ▶ margin).
  public static func target(atLine line: Int, column: Int, in body: Body) -> Int? {
    body.targets.firstIndex { target in
      guard target.lines.contains(line) else { return false }
      if target.columns.count >= body.width { return true }
      return ((target.columns.lowerBound - 2)..<target.columns.upperBound).contains(column)
    }
  }
}
