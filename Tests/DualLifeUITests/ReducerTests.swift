import DualLifeModel
import DualLifeUI
import Testing

@Suite struct ReducerTests {
  @Test func numberKeysAndTabSwitchViews() {
    var state = UI.state()
    UI.press(&state, .character("2"))
    #expect(state.view == .proposals)
    UI.press(&state, .tab)
    #expect(state.view == .analysis)
    UI.press(&state, .backTab, .backTab)
    #expect(state.view == .overview)
    UI.press(&state, .backTab)
    #expect(state.view == .compare)
    UI.press(&state, .tab)
    #expect(state.view == .overview)
  }

  @Test func enterOpensAndEscGoesBack() {
    var state = UI.state(.proposals)
    UI.press(&state, .down, .enter)
    #expect(state.opened.map(\.id) == ["P2"])
    #expect(UI.screen(state).contains("P2.M1"))
    UI.press(&state, .enter)  // the first row of P2's page is its first measure
    #expect(state.opened.map(\.id) == ["P2", "P2.M1"])
    UI.press(&state, .escape)
    #expect(state.opened.map(\.id) == ["P2"])
    UI.press(&state, .backspace)
    #expect(state.opened.isEmpty)
    #expect(state.view == .proposals)
  }

  @Test func crossLinksCanBeFollowed() {
    var state = UI.state(.calls)
    UI.press(&state, .enter)  // G1
    #expect(state.opened.last?.id == "G1")
    #expect(UI.screen(state).contains("P1"))
  }

  @Test func languageSwitchesEverything() {
    var state = UI.state()
    #expect(UI.screen(state).contains("ポストコロナ・５つの提言"))
    UI.press(&state, .character("L"))
    #expect(state.language == .en)
    let screen = UI.screen(state)
    #expect(screen.contains("Five Post-COVID Proposals"))
    #expect(screen.contains("Overview"))
    #expect(!screen.contains("概要"))
  }

  @Test func helpListsEveryKeyAndCloses() {
    var state = UI.state(width: 100, height: 40)
    UI.press(&state, .character("?"))
    #expect(state.helpVisible)
    let screen = UI.screen(state)
    for key in ["1–6", "Tab / Shift-Tab", "Enter", "Esc", "L", "q  Ctrl-C", "Ctrl-Z"] {
      #expect(screen.contains(key), "\(key)")
    }
    UI.press(&state, .escape)
    #expect(!state.helpVisible)
  }

  @Test func quitSuspendEffects() {
    var state = UI.state()
    #expect(UI.press(&state, .character("q")) == [.quit(status: 0)])
    #expect(UI.press(&state, .control("c")) == [.quit(status: 0)])
    #expect(UI.press(&state, .control("z")) == [.suspend])
    #expect(UI.press(&state, .down).isEmpty)
  }

  @Test func movingSelectsRowsAndScrolls() {
    var state = UI.state(.analysis, width: 80, height: 24)
    UI.press(&state, .down, .down)
    #expect(UI.screen(state).contains("▶ T3"))
    UI.press(&state, .end)
    let end = UI.screen(state)
    #expect(end.contains("▶"))
    #expect(end.contains("BR3") || end.contains("自ら変革") || end.contains("分散拠点"))
    UI.press(&state, .home)
    #expect(UI.screen(state).contains("▶ T1"))
    UI.press(&state, .character("j"), .character("k"))
    #expect(UI.screen(state).contains("▶ T1"))
  }

  @Test func pageDownMovesAScreen() {
    var state = UI.state(.overview, width: 80, height: 24)
    let first = UI.screen(state)
    UI.press(&state, .pageDown)
    let second = UI.screen(state)
    #expect(first != second)
    UI.press(&state, .character(" "))
    UI.press(&state, .pageUp, .pageUp)
    #expect(UI.screen(state).contains("ポストコロナ・５つの提言"))
  }

  @Test func resizingToAnySizeNeverCrashes() {
    var state = UI.state(.analysis)
    UI.press(&state, .end)
    for (w, h) in [(1, 1), (2, 1), (10, 3), (39, 11), (40, 12), (200, 60), (80, 24)] {
      _ = Dashboard.reduce(&state, .resize(width: w, height: h), UI.environment)
      let grid = Dashboard.render(state, UI.environment)
      #expect(grid.width == w && grid.height == h)
      UI.press(&state, .down, .pageDown, .enter, .escape)
    }
    let tiny = Dashboard.render(UI.state(width: 30, height: 8), UI.environment).text()
    #expect(tiny.contains("40×12"))
  }

  @Test func mouseClicksTabsAndRows() {
    var state = UI.state(.overview, width: 100, height: 30)
    // The tab bar: find where "2 提言" is drawn and click it.
    let grid = Dashboard.render(state, UI.environment)
    let top = grid.row(0)
    let column = top.distance(from: top.startIndex, to: top.range(of: "2 提言")?.lowerBound ?? top.startIndex)
    _ = Dashboard.reduce(&state, .mouse(.click(x: column + 1, y: 0)), UI.environment)
    #expect(state.view == .proposals)
    // Click P2's row (body starts at row 2; the page has a heading and a blank line, then P1's three lines and a blank).
    let screen = UI.screen(state).split(separator: "\n", omittingEmptySubsequences: false)
    let p2Row = screen.firstIndex { $0.contains("P2  デジタル化") } ?? 0
    _ = Dashboard.reduce(&state, .mouse(.click(x: 10, y: p2Row)), UI.environment)
    #expect(UI.screen(state).contains("▶ P2"))
    _ = Dashboard.reduce(&state, .mouse(.click(x: 10, y: p2Row)), UI.environment)
    #expect(state.opened.last?.id == "P2")
    _ = Dashboard.reduce(&state, .mouse(.wheelDown(x: 10, y: 10)), UI.environment)
    #expect(UI.screen(state).contains("P2.M1") || UI.screen(state).contains("P2.M2"))
  }

  @Test func openMarksAnItemOnItsPage() {
    var state = UI.state(.proposals, width: 80, height: 20)
    Dashboard.open(&state, "P5", marked: "P5.M2", UI.environment)
    #expect(state.opened.last?.marked == "P5.M2")
    #expect(UI.screen(state).contains("▶ P5.M2"))
  }
}
