// The compare view's columns: which proposals stand side by side, the focused one, columns or matrix, and the jumps
// between shared and own rows. A key that can do nothing leaves a notice in the state instead of being ignored.
import DualLifeModel

enum CompareColumns {
  static func perform(_ state: inout AppState, _ command: Command, _ key: Key, _ environment: UIEnvironment) {
    let all = environment.dataset.proposals.items.map(\.id)
    var compare = state.compare
    switch command {
    case .focusColumn:
      compare.focus = key == .left ? max(0, compare.focus - 1) : min(compare.columns.count - 1, compare.focus + 1)
    case .changeProposal:
      change(&compare, forward: key == .character("]"), all)
    case .addColumn:
      add(&compare, all)
    case .removeColumn:
      guard compare.columns.count > 2 else {
        compare.notice = .atLeastTwo
        break
      }
      compare.columns.remove(at: compare.focus)
      compare.focus = min(compare.focus, compare.columns.count - 1)
    case .toggleMatrix:
      compare.matrix.toggle()
      state.positions[.compare] = ListState()
    case .jumpShared, .jumpOwn:
      state.compare = compare
      jump(
        &state, shared: command == .jumpShared, forward: [.character("s"), .character("u")].contains(key), environment)
      return
    default:
      return
    }
    state.compare = compare
  }

  /// [ ]: the focused column shows the previous or next proposal that no other column shows.
  static func change(_ compare: inout CompareState, forward: Bool, _ all: [String]) {
    guard !all.isEmpty, compare.columns.indices.contains(compare.focus) else { return }
    let others = compare.columns.enumerated().filter { $0.offset != compare.focus }.map(\.element)
    let current = all.firstIndex(of: compare.columns[compare.focus]) ?? 0
    for step in 1..<max(1, all.count) {
      let candidate = all[(current + (forward ? step : all.count - step)) % all.count]
      if !others.contains(candidate) {
        compare.columns[compare.focus] = candidate
        return
      }
    }
    compare.notice = .noOtherProposal
  }

  /// a: the first proposal not shown yet, in its place in proposal order, focused.
  static func add(_ compare: inout CompareState, _ all: [String]) {
    guard let next = all.first(where: { !compare.columns.contains($0) }), compare.columns.count < 5 else {
      compare.notice = .allShown
      return
    }
    let order = { (id: String) in all.firstIndex(of: id) ?? all.count }
    let place = compare.columns.firstIndex { order($0) > order(next) } ?? compare.columns.count
    compare.columns.insert(next, at: place)
    compare.focus = place
  }

  /// s S / u U: selects the next or previous row that several compared proposals share, or that only one links.
  static func jump(_ state: inout AppState, shared: Bool, forward: Bool, _ environment: UIEnvironment) {
    let comparison = Comparison(
      state.compare.columns, environment.dataset, Words(state.language), policy: environment.policy)
    let wanted = Set(comparison.rows.filter { $0.shared == shared }.map(\.id))
    let layout = environment.layout(state)
    var position = Navigation.position(state).settled(layout.page, height: layout.body.height)
    let targets = layout.page.targets
    let line = position.selectedIndex(in: layout.page).map { targets[$0].lines.lowerBound } ?? -1
    let candidates = targets.filter { wanted.contains($0.id) }.sorted { $0.lines.lowerBound < $1.lines.lowerBound }
    let pick =
      forward
      ? candidates.first { $0.lines.lowerBound > line }
      : candidates.last { $0.lines.lowerBound < line }
    guard let pick else {
      state.compare.notice = shared ? .noMoreShared : .noMoreOwn
      return
    }
    position.reveal(pick.id, layout.page, height: layout.body.height)
    Navigation.setPosition(&state, position)
  }

  /// Sets the columns up (`render compare P1 P3`, `dualtohoku compare`): the first column focused, from the top.
  /// A proposal named twice gets one column.
  static func show(_ state: inout AppState, _ ids: [String], matrix: Bool) {
    var columns: [String] = []
    for id in ids where !columns.contains(id) { columns.append(id) }
    state.compare.columns = columns
    state.compare.focus = 0
    state.compare.matrix = matrix
    state.compare.notice = nil
    state.positions[.compare] = ListState()
  }
}
