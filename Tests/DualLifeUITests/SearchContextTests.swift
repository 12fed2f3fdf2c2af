import BundledDataset
import DualLifeModel
import DualLifeUI
import Testing

/// Issue 11 in the dashboard: n / N wrap and say so, the history and its recall, the real cursor in the query line,
/// the reason and the suggestion on the search page.
@Suite struct SearchContextTests {
  func typed(_ text: String, _ language: Language = .ja, width: Int = 80) -> AppState {
    var state = UI.state(.search, language, width: width, height: 24)
    for character in text { _ = Dashboard.reduce(&state, .key(.character(character)), UI.environment) }
    return state
  }

  @Test func nAndNWrapAtTheEndsAndTheFooterSaysSo() {
    var state = typed("ワーケーション")  // two hits
    UI.press(&state, .enter)
    #expect(state.search.current == 0)
    UI.press(&state, .character("N"))
    #expect(state.search.current == 1)
    #expect(state.notice == .hitWrapped(forward: false))
    #expect(UI.screen(state).contains("最初の一致の前は最後の一致です"))
    UI.press(&state, .character("n"))
    #expect(state.search.current == 0)
    #expect(state.notice == .hitWrapped(forward: true))
    UI.press(&state, .down)
    #expect(state.notice == nil)
  }

  @Test func openingAHitRemembersTheQueryAndAsksToSaveIt() {
    var state = typed("ワーケーション")
    let effects = UI.press(&state, .enter)
    #expect(state.search.history == ["ワーケーション"])
    #expect(effects.contains(.saveHistory(["ワーケーション"])))
  }

  @Test func ctrlPAndCtrlNRecallTheHistoryInOrder() {
    var state = UI.state(.search, width: 80, height: 24)
    _ = Dashboard.reduce(&state, .loadHistory(["一", "二", "三"]), UI.environment)
    UI.press(&state, .control("p"))
    #expect(state.search.text == "三")
    UI.press(&state, .control("p"), .control("p"), .control("p"))
    #expect(state.search.text == "一")
    UI.press(&state, .control("n"))
    #expect(state.search.text == "二")
    UI.press(&state, .control("n"), .control("n"))
    #expect(state.search.text == "")
  }

  @Test func theHistoryKeepsTheLastHundredOnceEach() {
    var state = UI.state(.search, width: 80, height: 24)
    let many = (0..<150).map { "q\($0)" }
    _ = Dashboard.reduce(&state, .loadHistory(many, problem: "not UTF-8 text"), UI.environment)
    #expect(state.search.history == Array(many.suffix(100)))
    #expect(state.notice == .historyIgnored("not UTF-8 text"))
    _ = Dashboard.reduce(&state, .loadHistory(many + ["ワーケーション"]), UI.environment)
    for character in "ワーケーション" { _ = Dashboard.reduce(&state, .key(.character(character)), UI.environment) }
    UI.press(&state, .enter)
    #expect(state.search.history.count == 100)
    #expect(state.search.history.last == "ワーケーション")
    #expect(state.search.history.filter { $0 == "ワーケーション" }.count == 1)
  }

  @Test func theCursorSitsAtTheInsertionPoint() throws {
    var state = typed("テレワーク")
    // Each of テレワーク takes two cells; the cursor is after it, on the query line (row 1).
    var grid = Dashboard.render(state, UI.environment)
    #expect(grid.cursor == CursorPosition(x: 6 + 10, y: 1))
    UI.press(&state, .left, .left)
    grid = Dashboard.render(state, UI.environment)
    #expect(grid.cursor == CursorPosition(x: 6 + 6, y: 1))
    UI.press(&state, .escape)
    #expect(Dashboard.render(state, UI.environment).cursor == nil)
  }

  @Test func aGlossaryHitSaysTheWordItWasFoundAsAndNothingSuggests() {
    #expect(UI.screen(typed("テレワーク")).contains("リモートワーク として"))
    #expect(UI.screen(typed("telework", .en)).contains("as remote work"))
    #expect(UI.screen(typed("turism", .en)).contains("Did you mean: tourism?"))
  }
}

/// Every hit opens with its own text on screen and marked, whatever page it lives on. A hit on a section's own text
/// (the Dual Life Tohoku figure note, the calls' lead, the analysis title) opened its page elsewhere, unmarked.
@Suite struct HitsOpenedInContextTests {
  @Test(arguments: Language.allCases, ["東北", "地域", "リモートワーク", "DX", "remote work", "人材"])
  func everyHitOpensMarkedOnScreen(_ language: Language, _ query: String) {
    var state = UI.state(.search, language, width: 80, height: 24)
    for character in query { _ = Dashboard.reduce(&state, .key(.character(character)), UI.environment) }
    let hits = UI.dataset.searchIndex.results(SearchQuery(query), language: language, limit: SearchHits.limit).hits
    #expect(!hits.isEmpty)
    UI.press(&state, .enter)
    for (k, hit) in hits.enumerated() {
      if k > 0 { UI.press(&state, .character("n")) }
      let ownPage = state.opened.last?.id == hit.id && state.opened.last?.marked == nil
      let mark = state.opened.isEmpty ? state.marked : state.opened.last?.marked
      let onPage = mark.map { UI.environment.layout(state).page.place(of: $0) != nil } ?? false
      // A marked row is selected too (the selection's colours win); an anchor is only marked.
      let grid = Dashboard.render(state, UI.environment)
      let shown = (0..<grid.height).contains { y in
        (0..<grid.width).contains { [.marked, .selection].contains(grid[$0, y].style.role) }
      }
      #expect(ownPage || (onPage && shown), "\(query) hit \(k) \(hit.id) (\(hit.field)) opened unmarked or off screen")
    }
  }
}

/// After a hit opens, every match of the query on screen is highlighted, as `less` does; the opened page showed
/// none (兼業 on G4's page was plain).
@Suite struct MatchesHighlightedOnOpenedPagesTests {
  @Test(arguments: [
    (Language.ja, "兼業"), (.ja, "DX"), (.ja, "東北"), (.en, "DX"), (.en, "side jobs"), (.en, "Tohoku"),
  ])
  func theQueryIsUnderlinedWhereItStands(_ language: Language, _ query: String) {
    var state = UI.state(.search, language, width: 80, height: 24)
    for character in query { _ = Dashboard.reduce(&state, .key(.character(character)), UI.environment) }
    UI.press(&state, .enter)
    let grid = Dashboard.render(state, UI.environment)
    var underlined = 0
    var plain = 0
    for y in 2..<(grid.height - 1) {
      let row = (0..<grid.width).map { grid[$0, y] }
      let text = row.map(\.text).joined()
      let found = SearchQuery(query).occurrences(in: text).count
      underlined += row.filter(\.style.underline).count
      plain += found
    }
    #expect(plain > 0, "\(query): the opened page shows the word")
    #expect(underlined >= plain, "\(query): \(plain) matches on screen, \(underlined) cells underlined")
  }
}
