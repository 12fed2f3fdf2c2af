import DualLifeModel
import DualLifeUI
import Testing

@Suite struct PresenterTests {
  var total: Int { Deck.slides(UI.dataset).count }

  func presenting(slide: Int = 0, width: Int = 100, height: Int = 30) -> AppState {
    var state = UI.state(width: width, height: height)
    Dashboard.present(&state, slide: slide, UI.environment)
    return state
  }

  @Test func spaceRevealsThenAdvancesAndBackShowsTheWholeSlide() throws {
    var state = presenting()
    let bullets = Deck.slides(UI.dataset)[0].bullets.count
    for _ in 0..<bullets { UI.press(&state, .character(" ")) }
    #expect(state.presenter?.slide == 0)
    #expect(state.presenter?.revealed == bullets)
    UI.press(&state, .right)
    #expect(state.presenter?.slide == 1)
    #expect(state.presenter?.revealed == 0)
    UI.press(&state, .left)
    #expect(state.presenter?.slide == 0)
    #expect(state.presenter?.revealed == bullets)
  }

  @Test func endsDigitsAndEnter() {
    var state = presenting()
    UI.press(&state, .end)
    #expect(state.presenter?.slide == total - 1)
    UI.press(&state, .character("g"))
    #expect(state.presenter?.slide == 0)
    UI.press(&state, .character("1"), .character("2"), .enter)
    #expect(state.presenter?.slide == 11)
    UI.press(&state, .character("9"), .character("9"), .enter)
    #expect(state.presenter?.slide == total - 1, "a number past the end goes to the last slide")
  }

  @Test func escapeCancelsATypedSlideNumberInsteadOfEndingTheTalk() {
    var state = presenting(slide: 3)
    let effects = UI.press(&state, .character("1"), .character("2"), .escape)
    #expect(effects.isEmpty, "Esc while typing a number must not end the talk")
    #expect(state.presenter?.typed == "")
    #expect(state.presenter?.slide == 3)
    #expect(UI.press(&state, .escape) == [.quit(status: 0)], "Esc with nothing typed still leaves")
  }

  @Test func blankNotesTimerAndLanguage() {
    var state = presenting()
    _ = Dashboard.reduce(&state, .time(seconds: 1_000_000, utcOffset: 9 * 3600), UI.environment)
    _ = Dashboard.reduce(&state, .time(seconds: 1_000_075, utcOffset: 9 * 3600), UI.environment)
    var screen = UI.screen(state)
    #expect(screen.contains("01:15"), "elapsed time in the footer")
    #expect(screen.contains("22:47"), "the clock: 1,000,075 s after 1970 is 13:47 UTC, 22:47 in Japan")
    UI.press(&state, .character("t"))
    #expect(UI.screen(state).contains("00:00"))
    UI.press(&state, .character("b"))
    #expect(UI.screen(state).allSatisfy { $0 == " " || $0 == "\n" })
    UI.press(&state, .character("b"), .character("n"))
    screen = UI.screen(state)
    #expect(screen.contains("次: ") && screen.contains("出典"))
    UI.press(&state, .character("L"))
    #expect(UI.screen(state).contains("Next: "))
  }

  @Test func leavingQuitsOrReturns() {
    var started = presenting()
    #expect(UI.press(&started, .character("q")) == [.quit(status: 0)])
    var state = UI.state(.proposals)
    Dashboard.open(&state, "P5", marked: "P5.M2", UI.environment)
    UI.press(&state, .character("p"))
    let slides = Deck.slides(UI.dataset)
    #expect(slides[state.presenter?.slide ?? 0].id == "P5", "p opens the slide that shows the marked measure")
    UI.press(&state, .escape)
    #expect(state.presenter == nil)
    #expect(state.opened.last?.id == "P5")
  }

  @Test func notesFollowAnotherTerminal() {
    var state = UI.state()
    Dashboard.present(&state, slide: 0, notesOnly: true, UI.environment)
    _ = Dashboard.reduce(&state, .showSlide(4, startedAt: 1_000_000), UI.environment)
    _ = Dashboard.reduce(&state, .time(seconds: 1_000_090, utcOffset: 0), UI.environment)
    #expect(state.presenter?.slide == 4)
    #expect(UI.screen(state).contains("01:30"), "the presenter's elapsed time, not the notes terminal's own")
    #expect(UI.screen(state).hasPrefix("5/\(total)"))
  }

  @Test func anySizeRenders() {
    for (w, h) in [(1, 1), (10, 3), (40, 12), (80, 24), (240, 70)] {
      var state = presenting(width: w, height: h)
      UI.press(&state, .character("n"), .character(" "))
      let grid = Dashboard.render(state, UI.environment)
      #expect(grid.width == w && grid.height == h)
    }
  }

  @Test func aSlideTooLongForTheScreenTurnsThePageInsteadOfCuttingPoints() throws {
    let strengths = try #require(Deck.slides(UI.dataset).firstIndex { $0.id == "strengths" })
    var state = presenting(slide: strengths, width: 80, height: 24)
    _ = Dashboard.reduce(&state, .key(.character("L")), UI.environment)
    for _ in 0..<6 { UI.press(&state, .character(" ")) }
    let screen = UI.screen(state)
    #expect(screen.contains("S6"), "the last strength is shown")
    #expect(screen.contains("(2/2)"))
    #expect(!screen.contains("S1 "), "on the second page")
  }
}
