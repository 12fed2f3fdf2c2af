// The compare view's columns: which proposals stand side by side, the focused one, columns or matrix.

enum CompareColumns {
  static func perform(_ state: inout AppState, _ command: Command, _ key: Key, _ environment: UIEnvironment) {
    let all = environment.dataset.proposals.items.map(\.id)
    var compare = state.compare
    switch command {
    case .focusColumn:
      compare.focus = key == .left ? max(0, compare.focus - 1) : min(compare.columns.count - 1, compare.focus + 1)
    case .changeProposal:
      guard !all.isEmpty, compare.columns.indices.contains(compare.focus) else { return }
      let step = key == .character("]") ? 1 : all.count - 1
      let current = all.firstIndex(of: compare.columns[compare.focus]) ?? 0
      compare.columns[compare.focus] = all[(current + step) % all.count]
    case .addColumn:
      guard compare.columns.count < min(5, all.count) else { return }
      // The first proposal not shown yet, after the focused one.
      let next = all.first { !compare.columns.contains($0) } ?? all[0]
      compare.columns.insert(next, at: min(compare.columns.count, compare.focus + 1))
      compare.focus = min(compare.columns.count - 1, compare.focus + 1)
    case .removeColumn:
      guard compare.columns.count > 2 else { return }
      compare.columns.remove(at: compare.focus)
      compare.focus = min(compare.focus, compare.columns.count - 1)
    case .toggleMatrix:
      compare.matrix.toggle()
      state.positions[.compare] = ListState()
    default:
      return
    }
    state.compare = compare
  }

  /// Sets the columns up (`render compare P1 P3`, `dualtohoku compare`): the first column focused, from the top.
  static func show(_ state: inout AppState, _ ids: [String], matrix: Bool) {
    state.compare.columns = ids
    state.compare.focus = 0
    state.compare.matrix = matrix
    state.positions[.compare] = ListState()
  }
}
