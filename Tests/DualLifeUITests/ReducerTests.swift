import DualLifeModel
import DualLifeUI
import TerminalText
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
    #expect(state.view == .followed, "Shift-Tab from the first view goes round to the last")
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
    for key in ["1–7", "Tab", "Shift-Tab", "Enter", "Esc", "L", "q  Ctrl-C", "Ctrl-Z"] {
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
    #expect(tiny.contains("40x12"))
  }

  @Test func mouseClicksTabsAndRows() {
    var state = UI.state(.overview, width: 100, height: 30)
    // The tab bar: find where "2 提言" is drawn and click it.
    let grid = Dashboard.render(state, UI.environment)
    let top = grid.row(0)
    let before = top[..<(top.range(of: "2 提言")?.lowerBound ?? top.startIndex)]
    let column = DisplayWidth.of(String(before))  // in cells: 概要 takes four
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

  @Test func onlyLeavingWorksWhileTheTerminalIsTooSmall() {
    var state = UI.state(.overview, width: 1, height: 1)
    UI.press(&state, .character("2"), .character("j"), .character("G"), .enter, .character("L"), .character(" "))
    #expect(state.view == .overview)
    #expect(state.language == .ja)
    #expect(state.opened.isEmpty)
    #expect(UI.press(&state, .character("q")) == [.quit(status: 0)])
  }

  @Test func theSelectionIsNeverActedOnOffScreen() {
    // At 40x12 the overview's first row (P1) is below the first screen.
    var state = UI.state(.overview, width: 40, height: 12)
    UI.press(&state, .enter)
    #expect(state.opened.isEmpty, "Enter opens nothing that is not shown")
    for _ in 0..<12 { UI.press(&state, .down) }
    #expect(UI.screen(state).contains("▶ P"), "moving down brings a row into view and selects it")
    // The wheel scrolls the selection away; the next move selects a row in view instead of jumping back.
    var analysis = UI.state(.analysis, width: 80, height: 24)
    for _ in 0..<5 { _ = Dashboard.reduce(&analysis, .mouse(.wheelDown(x: 5, y: 5)), UI.environment) }
    let scrolled = UI.screen(analysis)
    UI.press(&analysis, .down)
    #expect(UI.screen(analysis).split(separator: "\n")[1] == scrolled.split(separator: "\n")[1])
    // End selects a row that is on screen.
    var p1 = UI.state(.proposals, width: 40, height: 12)
    Dashboard.open(&p1, "P1", UI.environment)
    UI.press(&p1, .end)
    #expect(UI.screen(p1).contains("▶"))
  }

  @Test func narrowFooterKeepsQuitAndHelp() {
    var state = UI.state(.proposals, width: 40, height: 12)
    Dashboard.open(&state, "P1", UI.environment)
    let footer = UI.screen(state).split(separator: "\n").last ?? ""
    #expect(footer.contains("q 終了"))
    #expect(footer.contains("? ヘルプ"))
  }

  @Test func breadcrumbKeepsTheCurrentItem() {
    var state = UI.state(.proposals, .en, width: 40, height: 12)
    for id in ["P1", "P1.M1", "F5", "P5.M2"] { Dashboard.open(&state, id, UI.environment) }
    let crumb = UI.screen(state).split(separator: "\n")[1]
    #expect(crumb.contains("P5.M2"))
    #expect(crumb.hasPrefix("…"))
  }

  @Test func clickOnTheMarginSelectsTheRow() {
    var state = UI.state(.proposals, width: 100, height: 30)
    let rows = UI.screen(state).split(separator: "\n", omittingEmptySubsequences: false)
    let p2 = rows.firstIndex { $0.contains("P2  デジタル化") } ?? 0
    _ = Dashboard.reduce(&state, .mouse(.click(x: 0, y: p2)), UI.environment)
    #expect(UI.screen(state).contains("▶ P2"))
    _ = Dashboard.reduce(&state, .mouse(.click(x: 99, y: p2)), UI.environment)
    #expect(state.opened.last?.id == "P2")
  }
}
