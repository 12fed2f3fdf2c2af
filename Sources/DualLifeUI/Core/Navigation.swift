// Moving through pages and views: the commands of the lists, opening and going back, the mouse. Positions are
// kept per page (each view's own page, each opened item, the help page); ListState does the moving itself.
import DualLifeModel

enum Navigation {
  static func perform(_ state: inout AppState, _ command: Command, _ key: Key, _ environment: UIEnvironment) {
    switch command {
    case .toggleHelp: state.helpVisible.toggle()
    case .closeHelp: state.helpVisible = false
    case .showView:
      if case .character(let c) = key, let n = c.wholeNumberValue, let view = ViewID(rawValue: n) {
        switchView(&state, to: view)
      }
    case .nextView:
      switchView(&state, to: ViewID(rawValue: state.view.rawValue % ViewID.allCases.count + 1) ?? .overview)
    case .previousView:
      let count = ViewID.allCases.count
      switchView(&state, to: ViewID(rawValue: (state.view.rawValue + count - 2) % count + 1) ?? .overview)
    case .back: if !state.opened.isEmpty { state.opened.removeLast() }
    case .open: open(&state, environment)
    case .startSearch:
      if state.view != .search { state.search.returnView = state.view }
      switchView(&state, to: .search)
    case .presenter: PresenterCommands.start(&state, environment)
    case .stepHit: stepHit(&state, by: key == .character("N") ? -1 : 1, environment)
    case .move:
      moveList(&state, environment) { $0.move(by: [.up, .character("k")].contains(key) ? -1 : 1, $1, height: $2) }
    case .page: moveList(&state, environment) { $0.page(by: key == .pageUp ? -1 : 1, $1, height: $2) }
    case .jump:
      moveList(&state, environment) { $0.jump(toEnd: [.end, .character("G")].contains(key), $1, height: $2) }
    default: break
    }
  }

  // MARK: Positions

  /// The position of what is shown: the help page's, the opened item's, or the view's main page's.
  static func position(_ state: AppState) -> ListState {
    if state.helpVisible { return state.helpPosition }
    if let opened = state.opened.last { return opened.position }
    return state.positions[state.view] ?? ListState()
  }

  static func setPosition(_ state: inout AppState, _ position: ListState) {
    if state.helpVisible {
      state.helpPosition = position
    } else if !state.opened.isEmpty {
      state.opened[state.opened.count - 1].position = position
    } else {
      state.positions[state.view] = position
    }
  }

  /// Applies a move to the position of what is shown, with the page as it is laid out.
  static func moveList(
    _ state: inout AppState, _ environment: UIEnvironment, _ change: (inout ListState, Body, Int) -> Void
  ) {
    let layout = environment.layout(state)
    var position = position(state)
    change(&position, layout.page, layout.body.height)
    setPosition(&state, position)
  }

  /// After a resize or a language switch the page is laid out anew: keep the selected row on screen.
  static func keepSelectionVisible(_ state: inout AppState, _ environment: UIEnvironment) {
    guard Mode(state).showsPage else { return }
    moveList(&state, environment) { $0.keepSelectionVisible($1, height: $2) }
  }

  static func switchView(_ state: inout AppState, to view: ViewID) {
    state.view = view
    state.opened.removeAll()
    state.helpVisible = false
    state.marked = nil
  }

  // MARK: Opening

  /// Enter: opens the selected row (a search hit where it lives), never a row the person cannot see.
  static func open(_ state: inout AppState, _ environment: UIEnvironment) {
    let layout = environment.layout(state)
    var position = position(state).settled(layout.page, height: layout.body.height)
    guard let index = position.selectedIndex(in: layout.page) else { return }
    let onScreen = position.visibleTargets(layout.page, height: layout.body.height)
    guard onScreen.contains(index) else {
      // Select the first row in view instead.
      if let first = onScreen.first {
        position.select(first, in: layout.page)
        setPosition(&state, position)
      }
      return
    }
    let target = layout.page.targets[index]
    if layout.mode == .searchInput {
      QueryLine.remember(&state)
      state.search.current = index
      let hits = SearchHits.results(state, environment).hits
      if let hit = hits.indices.contains(index) ? hits[index] : hits.first(where: { $0.id == target.id }) {
        openHit(&state, hit, environment)
      }
      return
    }
    // Opening the page you are on again would only stack copies.
    if state.opened.last?.id == target.id { return }
    state.opened.append(OpenedItem(id: target.id))
  }

  /// Opens an item's page directly (from `render proposals P1`, from search), scrolled to the marked item.
  static func openItem(_ state: inout AppState, _ id: String, marked: String? = nil, _ environment: UIEnvironment) {
    state.helpVisible = false
    state.opened.append(OpenedItem(id: id, marked: marked))
    if let marked { moveList(&state, environment) { $0.reveal(marked, $1, height: $2) } }
  }

  /// Shows an item where it lives: a measure in its proposal, a call in the calls view, marked and on screen.
  static func openHit(_ state: inout AppState, _ hit: SearchHit, _ environment: UIEnvironment) {
    let (view, open, marked) = SearchHits.location(of: hit, environment.dataset)
    switchView(&state, to: view)
    if let open {
      openItem(&state, open, marked: marked, environment)
    } else if let marked {
      state.marked = marked
      moveList(&state, environment) { $0.reveal(marked, $1, height: $2) }
    }
  }

  /// n / N: the next or previous hit of the last search, opened where it lives.
  static func stepHit(_ state: inout AppState, by delta: Int, _ environment: UIEnvironment) {
    guard let current = state.search.current else { return }
    let (hits, _) = SearchHits.results(state, environment)
    guard !hits.isEmpty else { return }
    var next = current + delta
    // Past either end, round to the other, and say so (as less does).
    if !hits.indices.contains(next) {
      next = delta > 0 ? 0 : hits.count - 1
      state.notice = .hitWrapped(forward: delta > 0)
    }
    state.search.current = next
    state.positions[.search] = ListState(scroll: 0, selected: hits[next].id)
    openHit(&state, hits[next], environment)
  }

  // MARK: Mouse

  static func mouse(_ state: inout AppState, _ event: MouseEvent, _ environment: UIEnvironment) {
    guard Mode(state).showsPage else { return }
    switch event {
    case .wheelUp: moveList(&state, environment) { $0.wheel(by: -3, $1, height: $2) }
    case .wheelDown: moveList(&state, environment) { $0.wheel(by: 3, $1, height: $2) }
    case .click(let x, let y):
      let layout = environment.layout(state)
      if layout.tabs.rows.contains(y) {
        if let tab = layout.tabItems.first(where: { $0.columns.contains(x) }) { switchView(&state, to: tab.view) }
        return
      }
      guard layout.body.rows.contains(y) else { return }
      var position = position(state).settled(layout.page, height: layout.body.height)
      let line = position.scroll + y - layout.body.y
      guard let index = ListState.target(atLine: line, column: x - layout.body.x, in: layout.page) else { return }
      if index == position.selectedIndex(in: layout.page) {
        open(&state, environment)
      } else {
        position.select(index, in: layout.page)
        setPosition(&state, position)
      }
    }
  }
}
