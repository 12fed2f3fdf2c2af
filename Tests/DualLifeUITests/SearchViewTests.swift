import DualLifeModel
import DualLifeUI
import Testing

@Suite struct SearchViewTests {
  func type(_ state: inout AppState, _ text: String) {
    for character in text { _ = Dashboard.reduce(&state, .key(.character(character)), UI.environment) }
  }

  @Test func slashOpensSearchAndTypingFindsHits() {
    var state = UI.state(.calls, width: 100, height: 30)
    UI.press(&state, .character("/"))
    #expect(state.view == .search)
    type(&state, "ワーケーション")
    let screen = UI.screen(state)
    #expect(screen.contains("検索: ワーケーション"))
    #expect(screen.contains("2 件"))
    #expect(screen.contains("▶ P5.M2"))
    #expect(screen.contains("F5"))
  }

  @Test func hiraganaFindsKatakanaAndNothingSaysSo() {
    var state = UI.state(.search, width: 100, height: 30)
    type(&state, "さてらいと")
    #expect(UI.screen(state).contains("P1.M1"))
    UI.press(&state, .control("u"))
    #expect(state.search.query.isEmpty)
    type(&state, "qzxv")
    #expect(UI.screen(state).contains("一致する項目はありません"))
  }

  @Test func editingMovesByWholeCharacters() {
    var state = UI.state(.search)
    type(&state, "二地域居住")
    UI.press(&state, .left, .left, .backspace)
    #expect(state.search.text == "二地居住")
    #expect(state.search.cursor == 2)
    UI.press(&state, .right, .delete)
    #expect(state.search.text == "二地居")
    type(&state, " dx")
    UI.press(&state, .control("w"))
    #expect(state.search.text == "二地居 ")
    UI.press(&state, .home)
    #expect(state.search.cursor == 0)
    // q and L are letters in a query, not quit and language.
    #expect(UI.press(&state, .character("q")).isEmpty)
    type(&state, "L")
    #expect(state.language == .ja)
    #expect(state.search.text.hasPrefix("qL"))
  }

  @Test func enterOpensTheHitWhereItLivesAndEscKeepsTheQuery() {
    var state = UI.state(.overview, width: 100, height: 30)
    UI.press(&state, .character("/"))
    type(&state, "ワーケーション")
    UI.press(&state, .enter)
    #expect(state.view == .proposals)
    #expect(state.opened.last?.id == "P5")
    #expect(state.opened.last?.marked == "P5.M2")
    #expect(UI.screen(state).contains("▶ P5.M2"))
    // n: the next hit, F5, in the calls view.
    UI.press(&state, .character("n"))
    #expect(state.view == .calls)
    #expect(state.marked == "F5")
    #expect(UI.screen(state).contains("▶ F5"))
    UI.press(&state, .character("n"))  // past the last hit: round to the first, as less does, and say so
    #expect(state.opened.last?.marked == "P5.M2")
    #expect(state.notice == .hitWrapped(forward: true))
    UI.press(&state, .character("N"))  // before the first: the last
    #expect(state.marked == "F5")
    UI.press(&state, .character("/"))
    #expect(state.search.text == "ワーケーション")
    UI.press(&state, .escape)
    #expect(state.view == .calls)
    #expect(state.search.text == "ワーケーション")
  }

  @Test func selectionMovesThroughHits() {
    var state = UI.state(.search, width: 100, height: 30)
    type(&state, "DX")
    let first = UI.screen(state)
    UI.press(&state, .down)
    #expect(UI.screen(state) != first)
    UI.press(&state, .enter)
    #expect(state.view != .search)
  }
}
