import DualLifeModel
import DualLifeUI
import TerminalText
import Testing

/// The presenter during a real talk: the speaker window, the index, blank, the pace, the log, the layout of pages.
@Suite struct TalkTests {
  let slides = Deck.slides(UI.dataset)

  func presenting(slide: Int = 0, _ language: Language = .ja, width: Int = 80, height: Int = 24) -> AppState {
    var state = UI.state(.overview, language, width: width, height: height)
    Dashboard.present(&state, slide: slide, UI.environment)
    return state
  }

  func speakerWindow(_ language: Language = .ja, width: Int = 80, height: Int = 24) -> AppState {
    var state = UI.state(.overview, language, width: width, height: height)
    Dashboard.present(&state, slide: 0, notesOnly: true, UI.environment)
    return state
  }

  func tell(_ state: inout AppState, _ seconds: Int) {
    _ = Dashboard.reduce(&state, .time(seconds: seconds, utcOffset: 0), UI.environment)
  }

  /// Every slide's notes can be read to the end in the speaker window, by scrolling, in both languages and sizes.
  @Test(arguments: [Language.ja, .en], [(80, 24), (200, 60), (60, 16)])
  func everySlidesNotesCanBeReadToTheEnd(_ language: Language, _ size: (Int, Int)) {
    for (k, slide) in slides.enumerated() {
      var state = speakerWindow(language, width: size.0, height: size.1)
      _ = Dashboard.reduce(&state, .showSlide(TalkPosition(slide: k)), UI.environment)
      for _ in 0..<200 { UI.press(&state, .down) }
      let screen = UI.screen(state)
      let last = (slide.notes.last ?? slide.talkingPoints.last?.text).map { String($0[language].suffix(3)) } ?? ""
      #expect(screen.contains(last), "\(slide.id): the end of the notes shows after scrolling")
      #expect(!screen.contains("▼"), "\(slide.id): no more mark at the end")
      #expect(state.presenter?.slide == k, "scrolling never moves the slide")
    }
  }

  @Test func talkingPointsComeFirstAndAMoreMarkSaysTheNotesContinue() throws {
    let p3 = try #require(slides.firstIndex { $0.id == "P3" })
    var state = speakerWindow(.en)
    _ = Dashboard.reduce(&state, .showSlide(TalkPosition(slide: p3, revealed: 2, page: 1, pages: 2)), UI.environment)
    let screen = UI.screen(state)
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0].hasPrefix("\(p3 + 1)/\(slides.count) (2/2)  point 2/"), "\(lines[0])")
    #expect(screen.contains("E1.R1"), "the expert recommendations first")
    #expect(screen.contains("1. Factories are evolving"), "with their numbered points")
    #expect(screen.contains("more lines"), "a mark says the notes continue")
    #expect(screen.contains("Next: "))
    UI.press(&state, .end)
    let end = UI.screen(state)
    #expect(end.contains("more above"))
    #expect(end.contains("G2") || end.contains("F"), "the links come last")
  }

  @Test func noKeyInTheSpeakerWindowTellsOrMovesThePresenter() {
    var state = speakerWindow()
    _ = Dashboard.reduce(&state, .showSlide(TalkPosition(slide: 8)), UI.environment)
    let keys: [Key] = [
      .down, .up, .pageDown, .pageUp, .home, .end, .character(" "), .left, .right, .enter, .character("b"),
      .character("1"), .character("o"), .down, .down, .enter, .character("?"), .escape, .character("L"), .escape,
    ]
    for key in keys {
      let effects = Dashboard.reduce(&state, .key(key), UI.environment)
      #expect(!effects.contains { if case .publishSlide = $0 { true } else { false } }, "\(key)")
      #expect(state.presenter?.slide == 8, "\(key)")
    }
  }

  @Test func theIndexJumpsInThePresenterAndPreviewsInTheSpeakerWindow() {
    var state = presenting(slide: 2)
    UI.press(&state, .character("o"))
    #expect(Mode(state) == .slideIndex)
    let screen = UI.screen(state)
    #expect(screen.contains("スライド一覧") && screen.contains("18  "))
    UI.press(&state, .down, .down, .enter)
    #expect(state.presenter?.slide == 4 && Mode(state) == .presenter)
    UI.press(&state, .character("o"), .up, .escape)
    #expect(state.presenter?.slide == 4, "Esc returns where the talk was")

    var notes = speakerWindow(.en)
    _ = Dashboard.reduce(&notes, .showSlide(TalkPosition(slide: 3)), UI.environment)
    UI.press(&notes, .character("o"), .end, .enter)
    #expect(notes.presenter?.slide == 3 && notes.presenter?.preview == slides.count - 1)
    #expect(UI.screen(notes).contains("preview (the presenter is on 4"))
    UI.press(&notes, .escape)
    #expect(notes.presenter?.preview == nil)
    #expect(UI.press(&notes, .escape) == [.quit(status: 0)], "Esc with no preview still quits")
  }

  @Test func whileBlankEveryKeyButBAndQWaits() {
    var state = presenting(slide: 5)
    UI.press(&state, .character(" "), .character("b"))
    for key: Key in [
      .character(" "), .right, .left, .end, .character("3"), .enter, .character("o"), .character("L"), .escape,
    ] {
      UI.press(&state, key)
    }
    #expect(state.presenter?.slide == 5 && state.presenter?.revealed == 1 && state.language == .ja)
    #expect(UI.screen(state).allSatisfy { $0 == " " || $0 == "\n" })
    UI.press(&state, .character("b"))
    #expect(!UI.screen(state).allSatisfy { $0 == " " || $0 == "\n" }, "b shows the same slide again")
    UI.press(&state, .character("b"))
    #expect(UI.press(&state, .character("q")) == [.quit(status: 0)])
  }

  @Test func questionMarkListsThePresentersKeysFromTheKeyMap() {
    for notesOnly in [false, true] {
      var state = UI.state(.overview, .en, width: 100, height: 60)
      Dashboard.present(&state, slide: 3, notesOnly: notesOnly, UI.environment)
      UI.press(&state, .character("?"))
      let screen = UI.screen(state)
      let title = notesOnly ? KeyMaps.notesTitle : KeyMaps.presenterTitle
      let section = KeyMaps.sections.first { $0.title == title }
      for binding in section?.bindings ?? [] { #expect(screen.contains(binding.help.en), "\(binding.help.en)") }
      #expect(screen.contains(KeyMaps.indexTitle.en))
      UI.press(&state, .escape)
      #expect(state.presenter?.help == false && state.presenter?.slide == 3)
    }
  }

  @Test func thePaceCountsDownShowsTheBudgetAndAheadOrBehind() {
    var state = presenting(slide: 0, .en, width: 100, height: 30)
    _ = Dashboard.reduce(&state, .planDuration(slides.count * 60), UI.environment)
    tell(&state, 1_000_000)
    tell(&state, 1_000_000 + 150)
    // As many minutes as slides: a minute each; 2:30 on the first slide is 1:30 behind.
    var footer = UI.screen(state).split(separator: "\n").last.map(String.init) ?? ""
    #expect(footer.contains("02:30  \(slides.count - 3):30 left  1:00/slide  −1:30"), "\(footer)")
    UI.press(&state, .end)
    footer = UI.screen(state).split(separator: "\n").last.map(String.init) ?? ""
    #expect(footer.contains("+\(slides.count - 4):30"), "on the last slide after 2:30: ahead. \(footer)")
    tell(&state, 1_000_000 + (slides.count - 1) * 60)
    let grid = Dashboard.render(state, UI.environment)
    let warned = (0..<grid.width).contains { grid[$0, grid.height - 1].style.reverse }
    #expect(warned, "the last tenth: the countdown stands out, in reverse even without colours")
  }

  @Test func theLogHasTheTimeOfEverySlideFromTheTimesTold() throws {
    var state = presenting(slide: 0, .en)
    _ = Dashboard.reduce(&state, .planDuration(600), UI.environment)
    tell(&state, 5000)
    UI.press(&state, .character(" "))  // title → slide 2 at once
    tell(&state, 5040)
    UI.press(&state, .character("5"), .enter)
    tell(&state, 5100)
    UI.press(&state, .character("2"), .enter)
    tell(&state, 5110)
    let seconds = try #require(TalkLog.seconds(state))
    #expect(seconds[0] == 0 && seconds[1] == 40 + 10 && seconds[4] == 60)
    #expect(seconds.values.reduce(0, +) == 110, "the times add up to the elapsed time")
    let markdown = try #require(TalkLog.table(state, UI.environment, markdown: true))
    let planned = 600 / slides.count
    #expect(markdown.contains("| 2 | 0:50 | 0:\(planned) | Positioning of These Proposals |"), "\(markdown)")
    #expect(markdown.contains("| total | 1:50 | 10:00 |"))
    let text = try #require(TalkLog.table(state, UI.environment, markdown: false))
    #expect(text.split(separator: "\n").count == slides.count + 3)
    #expect(TalkLog.table(presenting(), UI.environment, markdown: false) == nil, "no time told, no table")
  }

  @Test func theMouseClicksOnAndTheWheelGoesBothWays() {
    var state = presenting(slide: 3)
    _ = Dashboard.reduce(&state, .mouse(.click(x: 10, y: 10)), UI.environment)
    #expect(state.presenter?.revealed == 1)
    _ = Dashboard.reduce(&state, .mouse(.wheelDown(x: 1, y: 1)), UI.environment)
    #expect(state.presenter?.revealed == 2)
    _ = Dashboard.reduce(&state, .mouse(.wheelUp(x: 1, y: 1)), UI.environment)
    #expect(state.presenter?.revealed == 1)
  }

  /// The speaker window learns the page and the point from the presenter.
  @Test func thePresenterTellsThePointAndThePage() throws {
    let long = try #require(
      slides.firstIndex { SlideView.pageCount($0, language: .ja, width: 80, height: 24, ascii: false) > 1 })
    var state = presenting(slide: long)
    var told: TalkPosition?
    for _ in slides[long].bullets {
      for effect in UI.press(&state, .character(" ")) {
        if case .publishSlide(let position) = effect { told = position }
      }
    }
    #expect(told?.revealed == slides[long].bullets.count)
    #expect(told?.page == told.map { $0.pages - 1 } && (told?.pages ?? 0) > 1)
  }

  /// Pages at every size where a point with its sub-points fits on a screen (below that, at 60×16 or 40×12, a
  /// point is split between its sub-points): a point keeps its sub-points, no page holds a lone sub-point,
  /// nothing is lost or repeated.
  @Test(arguments: [Language.ja, .en])
  func pagesKeepPointsWithTheirSubPoints(_ language: Language) {
    for (width, height) in [(80, 24), (100, 30), (200, 60), (120, 40), (160, 48), (90, 24)] {
      for slide in slides {
        let pages = SlideView.pageRanges(slide, language: language, width: width, height: height)
        #expect(pages.flatMap { Array($0) } == Array(slide.bullets.indices), "\(slide.id) \(width)x\(height)")
        for page in pages where !page.isEmpty {
          let levels = page.map { slide.bullets[$0].level }
          #expect(levels != [1], "a lone sub-point: \(slide.id) \(width)x\(height)")
          #expect(
            levels.first == 0 || page.lowerBound == 0, "a page opens with a sub-point: \(slide.id) \(width)x\(height)")
        }
      }
    }
  }

  @Test func theTwoDualLifePatternsStayTogetherAndPagesAreBalanced() throws {
    let dual = try #require(slides.first { $0.id == "dual-life" })
    let names = dual.bullets.indices.filter { k in
      dual.bullets[k].level == 0 && k + 1 < dual.bullets.count && dual.bullets[k + 1].level == 1
    }
    #expect(names.count == 2)
    for language in [Language.ja, .en] {
      let pages = SlideView.pageRanges(dual, language: language, width: 80, height: 24)
      #expect(pages.contains { $0.contains(names[0]) && $0.contains(names[1]) }, "\(language)")
    }
  }

  /// At 200×60 a slide is a block in the middle: its lines no wider than the measure, its title well below the top.
  @Test(arguments: [Language.ja, .en])
  func theSlideIsACentredBlockWithAReadableMeasure(_ language: Language) throws {
    let measure = language == .ja ? 70 : 80
    let p1 = try #require(slides.firstIndex { $0.id == "P1" })
    let grid = SlideView.render(
      slides[p1], number: p1 + 1, of: slides.count, revealed: nil, language: language, width: 200, height: 60,
      ascii: false)
    let lines = grid.text().split(separator: "\n", omittingEmptySubsequences: false)
    let used = lines.enumerated().filter { $0.offset < 59 && !$0.element.allSatisfy { $0 == " " } }
    let left = (200 - measure) / 2
    for (y, line) in used {
      let start = line.prefix { $0 == " " }.count
      #expect(start >= left && DisplayWidth.of(String(line)) <= left + measure, "row \(y)")
    }
    let top = try #require(used.first?.offset)
    let bottom = try #require(used.last?.offset)
    #expect(top > 10 && abs((59 - bottom) - top) <= 3, "centred: \(top) above, \(59 - bottom) below")
  }
}

/// The speaker window's key list was titled "Presenter keys", and with --ascii the longer key names
/// ("Space Right l PgDn") pushed their words out of the column the others keep.
@Suite struct PresenterHelpTests {
  @Test(arguments: [false, true]) func theKeyListHasItsOwnTitleAndOneColumn(_ ascii: Bool) {
    let environment = UIEnvironment(dataset: UI.dataset, ascii: ascii)
    for notesOnly in [false, true] {
      var state = UI.state(.overview, .en, width: 100, height: 60)
      Dashboard.present(&state, slide: 0, notesOnly: notesOnly, environment)
      _ = Dashboard.reduce(&state, .key(.character("?")), environment)
      let lines = Dashboard.render(state, environment).text().split(separator: "\n").map(String.init)
      let title = Words(.en)
      #expect(lines.first?.contains(notesOnly ? title.speakerWindowKeys : title.presenterKeys) == true)
      // The window's own keys come first, the slide index's after them.
      let ownSection = notesOnly ? "Speaker notes" : "Presenter"
      #expect(lines.dropFirst().first?.hasPrefix(" " + ownSection) == true, "\(lines.prefix(3))")
      // Rows of the list: "   keys<spaces>words" (key names may hold double spaces: "1-9  Enter"); the words
      // start after the last gap of two or more spaces in the first 40 columns.
      let starts = lines.dropFirst().filter { $0.hasPrefix("   ") && !$0.hasPrefix("    ") }.compactMap { line in
        let cells = Array(line.prefix(40))
        var start: Int?
        for k in 2..<cells.count where cells[k] != " " && cells[k - 1] == " " && cells[k - 2] == " " { start = k }
        return start
      }
      let columns = Set(starts)
      #expect(!starts.isEmpty)
      #expect(columns.count == 1, "ascii \(ascii), notes \(notesOnly): words start at \(columns.sorted())")
    }
  }
}
