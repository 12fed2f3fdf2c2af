import DualLifeModel
import DualLifeUI
import Testing

@Suite struct CompareViewTests {
  @Test func viewSixShowsTwoProposalsSideBySide() {
    var state = UI.state(.overview, width: 120, height: 30)
    UI.press(&state, .character("6"))
    let titleRow = UI.screen(state).split(separator: "\n").first { $0.contains("P1 ") && $0.contains("P2 ") }
    #expect(titleRow != nil, "P1 and P2 on one row")
  }

  @Test func focusChangeAddAndRemoveColumns() {
    var state = UI.state(.compare, width: 200, height: 40)
    #expect(state.compare.columns == ["P1", "P2"])
    UI.press(&state, .right, .character("]"))
    #expect(state.compare.columns == ["P1", "P3"])
    UI.press(&state, .character("["), .character("["))
    #expect(state.compare.columns == ["P1", "P1"])
    UI.press(&state, .character("]"), .character("]"))
    #expect(state.compare.columns == ["P1", "P3"])
    UI.press(&state, .character("a"))
    #expect(state.compare.columns == ["P1", "P3", "P2"])
    #expect(state.compare.focus == 2)
    UI.press(&state, .character("a"), .character("a"), .character("a"))
    #expect(state.compare.columns.count == 5)
    UI.press(&state, .character("x"), .character("x"), .character("x"), .character("x"))
    #expect(state.compare.columns.count == 2)
    UI.press(&state, .left, .left, .left)
    #expect(state.compare.focus == 0)
  }

  @Test func narrowTerminalsShowWhatFitsAndSaySo() {
    var state = UI.state(.compare, .en, width: 80, height: 24)
    UI.press(&state, .character("a"))
    #expect(UI.screen(state).contains("Showing 2 of 3 columns"))
    _ = Dashboard.reduce(&state, .resize(width: 200, height: 40), UI.environment)
    #expect(!UI.screen(state).contains("Showing"))
  }

  @Test func matrixMarksWhatEachProposalUses() {
    var state = UI.state(.compare, width: 100, height: 50)
    UI.press(&state, .character("m"))
    #expect(state.compare.matrix)
    let screen = UI.screen(state)
    #expect(screen.contains("P1  P2  P3  P4  P5"))
    let w5 = screen.split(separator: "\n").first { $0.contains("W5 ") } ?? ""
    #expect(w5.contains("●"), "P5 uses W5 (inbound tourism)")
    UI.press(&state, .enter)
    #expect(state.opened.last?.id == "S1")
  }
}
