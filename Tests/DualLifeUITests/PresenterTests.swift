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

  @Test func spaceRevealsThenAdvancesAndBackTakesOnePointThenTheWholeSlide() throws {
    var state = presenting(slide: 1)
    let bullets = Deck.slides(UI.dataset)[1].bullets.count
    for _ in 0..<bullets { UI.press(&state, .character(" ")) }
    #expect(state.presenter?.slide == 1)
    #expect(state.presenter?.revealed == bullets)
    UI.press(&state, .left)
    #expect(state.presenter?.slide == 1, "← takes back one point first")
    #expect(state.presenter?.revealed == bullets - 1)
    UI.press(&state, .right, .right)
    #expect(state.presenter?.slide == 2)
    #expect(state.presenter?.revealed == 0)
    UI.press(&state, .left)
    #expect(state.presenter?.slide == 1, "before the first point, the previous slide")
    #expect(state.presenter?.revealed == bullets, "whole, as it was left")
  }

  @Test func theTitleSlideIsATitleBlockShownWhole() {
    var state = presenting(slide: 0, width: 80, height: 24)
    let screen = UI.screen(state)
    #expect(screen.contains("東北経済連合会"), "the organisation shows before any key")
    #expect(!screen.contains("•"), "a title block, not bullets")
    UI.press(&state, .character(" "))
    #expect(state.presenter?.slide == 1, "Space goes straight on: nothing to reveal")
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
    #expect(state.presenter?.slide == 11, "a number past the end does not move")
    #expect(UI.screen(state).contains("スライド 99 はありません（1–\(total)）"), "and the footer says so")
    UI.press(&state, .character(" "))
    #expect(!UI.screen(state).contains("99"), "until the next key")
    UI.press(&state, .character("0"), .enter)
    #expect(state.presenter?.slide == 12 && state.presenter?.rejected == 0)
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
    _ = Dashboard.reduce(&state, .showSlide(TalkPosition(slide: 4, startedAt: 1_000_000)), UI.environment)
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
    let slides = Deck.slides(UI.dataset)
    let long = try #require(
      slides.firstIndex {
        SlideView.pageCount($0, language: .en, width: 80, height: 24, ascii: false) == 2
          && $0.bullets.first?.id == nil && $0.bullets.last?.level == 1
      })
    var state = presenting(slide: long, width: 80, height: 24)
    _ = Dashboard.reduce(&state, .key(.character("L")), UI.environment)
    for _ in slides[long].bullets { UI.press(&state, .character(" ")) }
    let screen = UI.screen(state)
    let last = slides[long].bullets[slides[long].bullets.count - 1].text.en
    #expect(screen.contains(String(last.prefix(20))), "the last point is shown")
    #expect(screen.contains("(2/2)"))
    #expect(!screen.contains(String(slides[long].bullets[0].text.en.prefix(20))), "on the second page")
  }
}

/// Defects met in a real talk, each with the test that caught it.
@Suite struct PresenterStartAndFooterTests {
  var slides: [Slide] { Deck.slides(UI.dataset) }

  /// `p` with P3 chosen (▶) but not opened started on slide 1.
  @Test func pStartsOnTheSlideOfTheChosenRow() throws {
    var state = UI.state(.proposals, width: 100, height: 30)
    UI.press(&state, .down, .down)
    let chosen = try #require(state.positions[.proposals]?.selected)
    UI.press(&state, .character("p"))
    let slide = try #require(state.presenter?.slide)
    #expect(slides[slide].id == chosen || slides[slide].bullets.contains { $0.id == chosen }, "\(chosen) on \(slide)")
  }

  /// `p` in view 7 started on slide 1; there is a What-followed slide.
  @Test func pInViewSevenStartsOnTheWhatFollowedSlide() throws {
    var state = UI.state(.followed, width: 100, height: 30)
    UI.press(&state, .character("p"))
    let slide = try #require(state.presenter?.slide)
    #expect(slides[slide].id == "followed")
  }

  /// A notes window kept the length an earlier talk planned after a talk without one began.
  @Test func aTalkWithoutAPlanClearsTheNotesWindowsPace() {
    var state = UI.state(width: 80, height: 24)
    Dashboard.present(&state, slide: 0, notesOnly: true, UI.environment)
    _ = Dashboard.reduce(&state, .showSlide(TalkPosition(slide: 2, startedAt: 1_000_000, duration: 90)), UI.environment)
    #expect(state.presenter?.duration == 90)
    _ = Dashboard.reduce(&state, .showSlide(TalkPosition(slide: 3, startedAt: 1_000_500)), UI.environment)
    #expect(state.presenter?.duration == nil)
  }

  /// At 80×24 with a planned length, a typed slide number and a refused one vanished with the timer.
  @Test(arguments: Language.allCases) func aTypedAndARefusedNumberShowWithAPlanAt80x24(_ language: Language) {
    var state = UI.state(.overview, language, width: 80, height: 24)
    Dashboard.present(&state, slide: 0, UI.environment)
    _ = Dashboard.reduce(&state, .planDuration(600), UI.environment)
    _ = Dashboard.reduce(&state, .time(seconds: 1_000_000, utcOffset: 0), UI.environment)
    UI.press(&state, .character("4"), .character("2"))
    let words = Words(language)
    #expect(UI.screen(state).contains(words.goTo + "42"))
    UI.press(&state, .enter)
    #expect(UI.screen(state).contains(words.noSlide(42, of: slides.count)))
  }
}
