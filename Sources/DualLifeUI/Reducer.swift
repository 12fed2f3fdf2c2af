// reduce(state, action): every key, click and resize as a change of the state value. No I/O here.
// Moving needs the page's layout (which rows can be selected, how tall the page is), so the reducer lays the
// current page out with the same code the screen uses.
import DualLifeModel

enum Reducer {
  static func reduce(_ state: inout AppState, _ action: Action, _ environment: UIEnvironment) -> [Effect] {
    switch action {
    case .resize(let width, let height):
      state.width = max(0, width)
      state.height = max(0, height)
      keepSelectionVisible(&state, environment)
      return []
    case .tick:
      return []
    case .time(let seconds, let utcOffset):
      state.now = seconds
      state.utcOffset = utcOffset
      // The presenter's timer starts with the first time the backend tells.
      if state.presenter != nil && state.presenter?.startedAt == nil { state.presenter?.startedAt = seconds }
      return []
    case .showSlide(let index, let startedAt):
      if var p = state.presenter {
        if let startedAt { p.startedAt = startedAt }
        let slides = environment.slides
        p.slide = min(max(0, index), max(0, slides.count - 1))
        p.revealed = slides.isEmpty ? 0 : slides[p.slide].bullets.count
        state.presenter = p
      }
      return []
    case .mouse(let event):
      mouse(&state, event, environment)
      return []
    case .key(let key):
      return self.key(&state, key, environment)
    }
  }

  static func key(_ state: inout AppState, _ key: Key, _ environment: UIEnvironment) -> [Effect] {
    if state.presenter != nil { return PresenterReducer.key(&state, key, environment) }
    // While the "too small" notice shows, nothing else is on screen to act on: only leaving works.
    if state.width < Dashboard.minimumWidth || state.height < Dashboard.minimumHeight {
      switch key {
      case .character("q"), .control("c"): return [.quit(status: 0)]
      case .control("z"): return [.suspend]
      default: return []
      }
    }
    if state.view == .search && state.opened.isEmpty && !state.helpVisible {
      if let effects = searchKey(&state, key, environment) { return effects }
    }
    if state.view == .compare && state.opened.isEmpty && !state.helpVisible && compareKey(&state, key, environment) {
      return []
    }
    switch key {
    case .character("q"), .control("c"):
      return [.quit(status: 0)]
    case .control("z"):
      return [.suspend]
    case .character("?"):
      state.helpVisible.toggle()
    case .character("L"):
      state.language = state.language.toggled
      keepSelectionVisible(&state, environment)
    case .character(let c) where ("1"..."6").contains(c):
      if let n = c.wholeNumberValue, let view = ViewID(rawValue: n) { switchView(&state, to: view) }
    case .tab:
      switchView(&state, to: ViewID(rawValue: state.view.rawValue % 6 + 1) ?? .overview)
    case .backTab:
      switchView(&state, to: ViewID(rawValue: (state.view.rawValue + 4) % 6 + 1) ?? .overview)
    case .escape, .backspace:
      if state.helpVisible {
        state.helpVisible = false
      } else if !state.opened.isEmpty {
        state.opened.removeLast()
      }
    case .enter:
      open(&state, environment)
    case .character("/"):
      if state.view != .search { state.search.returnView = state.view }
      switchView(&state, to: .search)
    case .character("p"):
      // Presenter mode, on the slide that shows what is marked or open (a search hit opened with Enter).
      let item = state.opened.isEmpty ? state.marked : (state.opened.last?.marked ?? state.opened.last?.id)
      var presenter = PresenterState(
        slide: PresenterReducer.slide(showing: item, environment), leaveQuits: false)
      presenter.startedAt = state.now == 0 ? nil : state.now
      state.presenter = presenter
    case .character("n"):
      stepHit(&state, by: 1, environment)
    case .character("N"):
      stepHit(&state, by: -1, environment)
    case .down, .character("j"): move(&state, by: 1, environment)
    case .up, .character("k"): move(&state, by: -1, environment)
    case .pageDown, .character(" "): page(&state, by: 1, environment)
    case .pageUp: page(&state, by: -1, environment)
    case .home, .character("g"): jump(&state, toEnd: false, environment)
    case .end, .character("G"): jump(&state, toEnd: true, environment)
    default:
      break
    }
    return []
  }

  // MARK: Positions

  /// The position of what is shown: the opened item's, or the view's main page's.
  static func position(_ state: AppState) -> PagePosition {
    if state.helpVisible { return state.helpPosition }
    if let opened = state.opened.last { return opened.position }
    return state.positions[state.view] ?? PagePosition()
  }

  static func setPosition(_ state: inout AppState, _ position: PagePosition) {
    if state.helpVisible {
      state.helpPosition = position
    } else if !state.opened.isEmpty {
      state.opened[state.opened.count - 1].position = position
    } else {
      state.positions[state.view] = position
    }
  }

  static func clampedScroll(_ scroll: Int, body: Body, frame: Frame) -> Int {
    max(0, min(scroll, body.lines.count - frame.bodyHeight))
  }

  static func layout(_ state: AppState, _ environment: UIEnvironment) -> (Body, Frame) {
    let frame = Frame(state)
    return (Pages.body(state, environment, width: frame.bodyWidth), frame)
  }

  static func switchView(_ state: inout AppState, to view: ViewID) {
    state.view = view
    state.opened.removeAll()
    state.helpVisible = false
    state.marked = nil
  }

  // MARK: Search

  /// Keys while the query line has the focus: characters edit the query (q and L too); nil means "not a search
  /// key", and the key does what it does everywhere (Tab, Ctrl-C, Ctrl-Z, mouse).
  static func searchKey(_ state: inout AppState, _ key: Key, _ environment: UIEnvironment) -> [Effect]? {
    var search = state.search
    switch key {
    case .character(let c):
      search.query.insert(c, at: search.cursor)
      search.cursor += 1
    case .left: search.cursor = max(0, search.cursor - 1)
    case .right: search.cursor = min(search.query.count, search.cursor + 1)
    case .home, .control("a"): search.cursor = 0
    case .end, .control("e"): search.cursor = search.query.count
    case .backspace:
      guard search.cursor > 0 else { return [] }
      search.query.remove(at: search.cursor - 1)
      search.cursor -= 1
    case .delete:
      guard search.cursor < search.query.count else { return [] }
      search.query.remove(at: search.cursor)
    case .control("u"):
      search.query.removeSubrange(0..<search.cursor)
      search.cursor = 0
    case .control("w"):
      // The word before the cursor, and the spaces after it, as in a shell.
      var start = search.cursor
      while start > 0 && search.query[start - 1].isWhitespace { start -= 1 }
      while start > 0 && !search.query[start - 1].isWhitespace { start -= 1 }
      search.query.removeSubrange(start..<search.cursor)
      search.cursor = start
    case .escape:
      switchView(&state, to: state.search.returnView == .search ? .overview : state.search.returnView)
      return []
    case .enter:
      open(&state, environment)
      return []
    default:
      return nil
    }
    if search.query != state.search.query {
      // A new query: start again at the best hit.
      state.positions[.search] = PagePosition()
      search.current = nil
    }
    state.search = search
    return []
  }

  // MARK: Compare

  /// ← → focus a column, [ ] change its proposal, a adds a column, x removes one, m toggles the matrix.
  /// Returns false for keys that mean the same here as everywhere.
  static func compareKey(_ state: inout AppState, _ key: Key, _ environment: UIEnvironment) -> Bool {
    let all = environment.dataset.proposals.items.map(\.id)
    var compare = state.compare
    switch key {
    case .left: compare.focus = max(0, compare.focus - 1)
    case .right: compare.focus = min(compare.columns.count - 1, compare.focus + 1)
    case .character("["), .character("]"):
      guard !all.isEmpty, compare.columns.indices.contains(compare.focus) else { return true }
      let step = key == .character("]") ? 1 : all.count - 1
      let current = all.firstIndex(of: compare.columns[compare.focus]) ?? 0
      compare.columns[compare.focus] = all[(current + step) % all.count]
    case .character("a"):
      guard compare.columns.count < min(5, all.count) else { return true }
      // The first proposal not shown yet, after the focused one.
      let next = all.first { !compare.columns.contains($0) } ?? all[0]
      compare.columns.insert(next, at: min(compare.columns.count, compare.focus + 1))
      compare.focus = min(compare.columns.count - 1, compare.focus + 1)
    case .character("x"):
      guard compare.columns.count > 2 else { return true }
      compare.columns.remove(at: compare.focus)
      compare.focus = min(compare.focus, compare.columns.count - 1)
    case .character("m"):
      compare.matrix.toggle()
      state.positions[.compare] = PagePosition()
    default:
      return false
    }
    state.compare = compare
    return true
  }

  /// n / N: the next or previous hit of the last search, opened where it lives.
  static func stepHit(_ state: inout AppState, by delta: Int, _ environment: UIEnvironment) {
    guard let current = state.search.current else { return }
    let (hits, _) = SearchPage.results(state, environment.dataset)
    let next = current + delta
    guard hits.indices.contains(next) else { return }
    state.search.current = next
    state.positions[.search] = PagePosition(scroll: 0, selection: next)
    openHit(&state, hits[next].id, environment)
  }

  /// Shows an item where it lives: a measure in its proposal, a call in the calls view, marked and on screen.
  static func openHit(_ state: inout AppState, _ id: String, _ environment: UIEnvironment) {
    let (view, open, marked) = SearchPage.location(of: id, environment.dataset)
    switchView(&state, to: view)
    if let open {
      openItem(&state, open, marked: marked, environment)
    } else if let marked {
      state.marked = marked
      let (body, frame) = layout(state, environment)
      if let index = body.targetIndex(of: marked) {
        state.positions[view] = PagePosition(
          scroll: scrollShowing(body.targets[index], 0, body: body, frame: frame, first: false), selection: index)
      }
    }
  }

  // MARK: Moving

  /// The targets with at least one line in the window that starts at `scroll`.
  static func visibleTargets(_ body: Body, scroll: Int, frame: Frame) -> [Int] {
    let window = scroll..<(scroll + frame.bodyHeight)
    return body.targets.indices.filter { body.targets[$0].lines.overlaps(window) }
  }

  static func move(_ state: inout AppState, by delta: Int, _ environment: UIEnvironment) {
    let (body, frame) = layout(state, environment)
    var p = position(state)
    p.scroll = clampedScroll(p.scroll, body: body, frame: frame)
    let onScreen = visibleTargets(body, scroll: p.scroll, frame: frame)
    if body.targets.isEmpty {
      p.scroll = clampedScroll(p.scroll + delta, body: body, frame: frame)
    } else if !onScreen.contains(min(p.selection, body.targets.count - 1)) {
      // The selection is off screen (scrolled away with the wheel, or below the first screen): the first move
      // selects the nearest row in view, or scrolls a line until one comes into view.
      if let pick = delta > 0 ? onScreen.first : onScreen.last {
        p.selection = pick
      } else {
        p.scroll = clampedScroll(p.scroll + delta, body: body, frame: frame)
        let now = visibleTargets(body, scroll: p.scroll, frame: frame)
        if let pick = delta > 0 ? now.first : now.last { p.selection = pick }
      }
    } else {
      let current = min(p.selection, body.targets.count - 1)
      let target = body.targets[current]
      let visible = p.scroll..<(p.scroll + frame.bodyHeight)
      // A selected row taller than the screen scrolls line by line before the selection moves on.
      if delta > 0, target.lines.upperBound > visible.upperBound, target.lines.lowerBound < visible.upperBound {
        p.scroll = clampedScroll(p.scroll + 1, body: body, frame: frame)
      } else if delta < 0, target.lines.lowerBound < visible.lowerBound, target.lines.upperBound > visible.lowerBound {
        p.scroll = clampedScroll(p.scroll - 1, body: body, frame: frame)
      } else {
        p.selection = max(0, min(body.targets.count - 1, current + delta))
        p.scroll = scrollShowing(body.targets[p.selection], p.scroll, body: body, frame: frame, first: p.selection == 0)
      }
    }
    setPosition(&state, p)
  }

  static func page(_ state: inout AppState, by direction: Int, _ environment: UIEnvironment) {
    let (body, frame) = layout(state, environment)
    var p = position(state)
    p.scroll = clampedScroll(p.scroll + direction * max(1, frame.bodyHeight - 1), body: body, frame: frame)
    if !body.targets.isEmpty {
      let visible = p.scroll..<(p.scroll + frame.bodyHeight)
      let onScreen = body.targets.indices.filter { visible.contains(body.targets[$0].lines.lowerBound) }
      if let pick = direction > 0 ? onScreen.first : onScreen.last, !onScreen.contains(p.selection) {
        p.selection = pick
      } else if onScreen.isEmpty {
        // No row starts on this screen: select the one that covers it.
        p.selection = body.targets.lastIndex { $0.lines.lowerBound <= p.scroll } ?? p.selection
      }
    }
    setPosition(&state, p)
  }

  static func jump(_ state: inout AppState, toEnd: Bool, _ environment: UIEnvironment) {
    let (body, frame) = layout(state, environment)
    var p = position(state)
    p.scroll = toEnd ? clampedScroll(body.lines.count, body: body, frame: frame) : 0
    // The row nearest the end (or the start) that is on screen; if none is, the last (first) row, shown.
    let onScreen = visibleTargets(body, scroll: p.scroll, frame: frame)
    if let pick = toEnd ? onScreen.last : onScreen.first {
      p.selection = pick
    } else if !body.targets.isEmpty {
      p.selection = toEnd ? body.targets.count - 1 : 0
      if toEnd { p.scroll = scrollShowing(body.targets[p.selection], p.scroll, body: body, frame: frame, first: false) }
    }
    setPosition(&state, p)
  }

  /// The scroll that shows a target, moving as little as possible (to the top for the first target).
  static func scrollShowing(_ target: Target, _ scroll: Int, body: Body, frame: Frame, first: Bool) -> Int {
    var s = scroll
    if first {
      s = 0
    }
    if target.lines.lowerBound < s { s = target.lines.lowerBound }
    if target.lines.upperBound > s + frame.bodyHeight {
      s = min(target.lines.lowerBound, target.lines.upperBound - frame.bodyHeight)
    }
    if target.lines.lowerBound >= s + frame.bodyHeight { s = target.lines.lowerBound }
    return clampedScroll(s, body: body, frame: frame)
  }

  /// After a resize or a language switch the layout changes: keep the selected row on screen.
  static func keepSelectionVisible(_ state: inout AppState, _ environment: UIEnvironment) {
    guard state.width >= Dashboard.minimumWidth, state.height >= Dashboard.minimumHeight else { return }
    let (body, frame) = layout(state, environment)
    var p = position(state)
    if body.targets.isEmpty {
      p.scroll = clampedScroll(p.scroll, body: body, frame: frame)
    } else {
      p.selection = min(p.selection, body.targets.count - 1)
      p.scroll = scrollShowing(body.targets[p.selection], p.scroll, body: body, frame: frame, first: false)
    }
    setPosition(&state, p)
  }

  // MARK: Opening

  static func open(_ state: inout AppState, _ environment: UIEnvironment) {
    guard !state.helpVisible else { return }
    let (body, frame) = layout(state, environment)
    guard !body.targets.isEmpty else { return }
    var p = position(state)
    let index = min(p.selection, body.targets.count - 1)
    let onScreen = visibleTargets(body, scroll: clampedScroll(p.scroll, body: body, frame: frame), frame: frame)
    guard onScreen.contains(index) else {
      // Never open a row the person cannot see: select the first one in view instead.
      if let first = onScreen.first {
        p.selection = first
        setPosition(&state, p)
      }
      return
    }
    let target = body.targets[index]
    if state.view == .search && state.opened.isEmpty {
      // A search hit opens where it lives (Enter with the query line, or a click).
      state.search.current = index
      openHit(&state, target.id, environment)
      return
    }
    // Opening the page you are on again would only stack copies.
    if state.opened.last?.id == target.id { return }
    state.opened.append(OpenedItem(id: target.id))
  }

  /// Opens an item directly (from `render proposals P1`, from search): the page, scrolled to the item.
  static func openItem(_ state: inout AppState, _ id: String, marked: String? = nil, _ environment: UIEnvironment) {
    state.helpVisible = false
    state.opened.append(OpenedItem(id: id, marked: marked))
    if let marked {
      let (body, frame) = layout(state, environment)
      if let index = body.targetIndex(of: marked) {
        var p = position(state)
        p.selection = index
        p.scroll = scrollShowing(body.targets[index], 0, body: body, frame: frame, first: false)
        setPosition(&state, p)
      }
    }
  }

  // MARK: Mouse

  static func mouse(_ state: inout AppState, _ event: MouseEvent, _ environment: UIEnvironment) {
    guard state.width >= Dashboard.minimumWidth, state.height >= Dashboard.minimumHeight else { return }
    switch event {
    case .wheelUp, .wheelDown:
      let (body, frame) = layout(state, environment)
      var p = position(state)
      let delta = { if case .wheelUp = event { return -3 } else { return 3 } }()
      p.scroll = clampedScroll(p.scroll + delta, body: body, frame: frame)
      let onScreen = visibleTargets(body, scroll: p.scroll, frame: frame)
      if !onScreen.contains(p.selection), let pick = delta > 0 ? onScreen.first : onScreen.last { p.selection = pick }
      setPosition(&state, p)
    case .click(let x, let y):
      if y == 0 {
        if let tab = Frame.tabs(state).first(where: { $0.columns.contains(x) }) { switchView(&state, to: tab.view) }
        return
      }
      let (body, frame) = layout(state, environment)
      var p = position(state)
      let line = clampedScroll(p.scroll, body: body, frame: frame) + y - frame.bodyTop
      guard y >= frame.bodyTop, y < frame.bodyTop + frame.bodyHeight else { return }
      // A row that spans the page takes clicks anywhere on its line, the ▶ margin included; a column of a
      // side-by-side layout takes the gap to its left too.
      let column = x - frame.bodyLeft
      let hit = body.targets.firstIndex { target in
        guard target.lines.contains(line) else { return false }
        if target.columns.count >= body.width { return true }
        return ((target.columns.lowerBound - 2)..<target.columns.upperBound).contains(column)
      }
      guard let index = hit else { return }
      if index == p.selection {
        open(&state, environment)
      } else {
        p.selection = index
        setPosition(&state, p)
      }
    }
  }
}
