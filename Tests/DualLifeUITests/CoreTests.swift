import DualLifeModel
import DualLifeUI
import Foundation
import TerminalUI
import TestSupport
import Testing

/// The core's promises: one layout per change, modes computed from the state, keys as data.
@Suite struct CoreTests {
  /// A fresh environment, so that the layout counter starts from nothing.
  func environment() -> UIEnvironment { UIEnvironment(dataset: UI.dataset) }

  @Test(arguments: [ViewID.overview, .proposals, .analysis, .calls, .search, .compare, .followed])
  func aKeyPressLaysThePageOutAtMostOnce(_ view: ViewID) {
    let environment = environment()
    var state = UI.state(view, width: 120, height: 40)
    if view == .search { _ = Dashboard.reduce(&state, .search("DX"), environment) }
    _ = Dashboard.render(state, environment)
    for key in [Key.down, .down, .pageDown, .up, .end, .home, .character("L"), .enter, .escape] {
      let before = environment.layoutsMade
      _ = Dashboard.reduce(&state, .key(key), environment)
      _ = Dashboard.render(state, environment)
      #expect(environment.layoutsMade - before <= 1, "\(key) in view \(view) laid the page out more than once")
    }
  }

  @Test func movingTheSelectionReusesTheLayout() {
    let environment = environment()
    var state = UI.state(.analysis, width: 120, height: 40)
    _ = Dashboard.render(state, environment)
    let before = environment.layoutsMade
    for _ in 0..<10 {
      _ = Dashboard.reduce(&state, .key(.down), environment)
      _ = Dashboard.render(state, environment)
    }
    #expect(environment.layoutsMade == before, "↓ changes only the selection: no new layout")
  }

  @Test func aViewShownAgainReusesTheLayoutItWasShownWith() {
    let environment = environment()
    var state = UI.state(.proposals, width: 200, height: 60)
    _ = Dashboard.render(state, environment)
    _ = Dashboard.reduce(&state, .key(.character("6")), environment)
    _ = Dashboard.render(state, environment)
    let before = environment.layoutsMade
    for key in ["2", "6", "2", "6"] {
      _ = Dashboard.reduce(&state, .key(.character(Character(key))), environment)
      _ = Dashboard.render(state, environment)
    }
    #expect(environment.layoutsMade == before, "views 2 and 6 shown again were laid out again")
  }

  /// What the runner lays out while no key is waiting is what the views' keys then show: after `prepare`, each
  /// view's first visit lays nothing out, and its frame is the one a fresh environment draws.
  @Test(arguments: [(ViewID.overview, Language.ja), (.proposals, .en), (.compare, .en), (.followed, .ja)])
  func viewsPreparedAheadAreShownWithoutALayout(_ start: ViewID, _ language: Language) {
    let environment = environment()
    let state = UI.state(start, language, width: 200, height: 60)
    _ = Dashboard.render(state, environment)
    let ahead = Dashboard.viewsAhead(state)
    #expect(ahead.count == 6 && !ahead.contains(start))
    for view in ahead { Dashboard.prepare(view, from: state, environment) }
    #expect(
      Dashboard.render(state, environment).text() == Dashboard.render(state, UIEnvironment(dataset: UI.dataset)).text(),
      "preparing changed nothing on screen")
    for view in ahead {
      var next = state
      let before = environment.layoutsMade
      _ = Dashboard.reduce(&next, .key(.character(Character(String(view.rawValue)))), environment)
      let frame = Dashboard.render(next, environment).text()
      #expect(environment.layoutsMade == before, "view \(view) from \(start) was laid out again")
      #expect(frame == Dashboard.render(next, UIEnvironment(dataset: UI.dataset)).text())
    }
    // Not while a query is being typed, an item is open or the help is shown: digits do something else there.
    var typing = UI.state(.search, language, width: 200, height: 60)
    #expect(Dashboard.viewsAhead(typing).isEmpty)
    typing.helpVisible = true
    #expect(Dashboard.viewsAhead(typing).isEmpty)
  }

  /// Whatever the layouts kept, every frame is the one an environment that keeps none draws for the same state.
  @Test func keptLayoutsDrawTheFramesAFreshLayoutDraws() {
    let environment = environment()
    var random = SeededGenerator(state: 20_261_203)
    let keys: [Key] =
      "1234567".map { .character($0) } + [
        .down, .down, .pageDown, .enter, .escape, .character("L"), .character("?"), .character("m"), .right,
        .character("x"),
      ]
    var state = UI.state(.overview, width: 120, height: 40)
    var reused = 0
    for _ in 0..<160 {
      let key = keys.randomElement(using: &random) ?? .down
      let before = environment.layoutsMade
      _ = Dashboard.reduce(&state, .key(key), environment)
      let kept = Dashboard.render(state, environment).text()
      if environment.layoutsMade == before { reused += 1 }
      #expect(kept == Dashboard.render(state, UIEnvironment(dataset: UI.dataset)).text(), "after \(key)")
    }
    #expect(reused > 40, "the random keys went back to a view \(reused) times")
  }

  @Test func theSelectionIsAnItemAndSurvivesALanguageSwitchAndAResize() {
    var state = UI.state(.analysis, width: 120, height: 40)
    UI.press(&state, .down, .down, .down)
    let selected = state.positions[.analysis]?.selected
    #expect(selected != nil)
    UI.press(&state, .character("L"))
    _ = Dashboard.reduce(&state, .resize(width: 80, height: 24), UI.environment)
    #expect(state.positions[.analysis]?.selected == selected)
    #expect(UI.screen(state).contains("▶ \(selected ?? "-")"), "the selected row is on screen after the resize")
  }

  @Test func modesFollowTheState() {
    var state = UI.state()
    #expect(Mode(state) == .browse)
    UI.press(&state, .character("?"))
    #expect(Mode(state) == .help)
    UI.press(&state, .escape, .character("2"), .enter)
    #expect(Mode(state) == .opened)
    UI.press(&state, .character("/"))
    #expect(Mode(state) == .searchInput)
    UI.press(&state, .tab)
    #expect(Mode(state) == .compare, "6 is a letter of the query there; Tab leaves")
    UI.press(&state, .character("m"))
    #expect(Mode(state) == .matrix)
    _ = Dashboard.reduce(&state, .resize(width: 30, height: 8), UI.environment)
    #expect(Mode(state) == .tooSmall)
    _ = Dashboard.reduce(&state, .present(slide: 0), UI.environment)
    #expect(Mode(state) == .presenter)
    UI.press(&state, .character("1"))
    #expect(Mode(state) == .slideNumber)
  }

  @Test func everyFooterKeyIsABindingOfItsMode() {
    // Each key a footer names must do something in that mode, and q or Ctrl-C must always be named.
    for mode in Mode.allCases where !KeyMaps.footer(mode).isEmpty {
      let map = KeyMaps.map(mode)
      for binding in KeyMaps.footer(mode) {
        #expect(map.bindings.contains(binding), "\(mode): \(binding.keys)")
        #expect(binding.footer != nil && binding.footerKeys != nil, "\(mode): \(binding.keys) has no footer words")
      }
      #expect(KeyMaps.footer(mode).contains { $0.command == .quit || $0.command == .closeHelp }, "\(mode)")
    }
  }

  @Test func everyBindingOfEveryModeIsInTheHelp() {
    let documented = Set(KeyMaps.sections.flatMap { $0.bindings.map(\.keys) })
    for mode in Mode.allCases {
      for binding in KeyMaps.map(mode).bindings {
        #expect(documented.contains(binding.keys), "\(mode): \(binding.keys) is missing from the help page")
      }
    }
  }

  @Test func theReadmeKeyTableIsTheKeyMap() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let begin = "<!-- keys: generated from KeyMaps.markdownTable(); a test checks it -->\n"
    let start = try #require(text.range(of: begin), "README has no generated key table")
    let end = try #require(text.range(of: "\n<!-- end of keys -->", range: start.upperBound..<text.endIndex))
    let table = String(text[start.upperBound..<end.lowerBound])
    #expect(
      table == KeyMaps.markdownTable(),
      "README's key table differs from the key map; paste KeyMaps.markdownTable():\n\(KeyMaps.markdownTable())")
  }

  @Test func theHelpPageListsEveryPartOfTheKeyMap() {
    var state = UI.state(width: 120, height: 200)
    UI.press(&state, .character("?"))
    let screen = UI.screen(state)
    for section in KeyMaps.sections {
      #expect(screen.contains(section.title.ja), "\(section.title.ja)")
      for binding in section.bindings { #expect(screen.contains(binding.help.ja), "\(binding.help.ja)") }
    }
  }

  @Test func theCompareFooterKeepsHelpAndLanguageAt80Columns() {
    let state = Scenario([.compare(["P1", "P3"])]).run(.compare, language: .ja, width: 80, height: 24, UI.environment)
    let footer = UI.screen(state).split(separator: "\n").last.map(String.init) ?? ""
    #expect(footer.contains("? ヘルプ"), "\(footer)")
    #expect(footer.contains("L English"), "\(footer)")
    #expect(footer.contains("q 終了"), "\(footer)")
  }

  @Test func theClockIsListenedToOnlyWhereOneIsShown() {
    var state = UI.state()
    #expect(Dashboard.subscriptions(state).isEmpty)
    _ = Dashboard.reduce(&state, .present(slide: 0, notesOnly: true), UI.environment)
    #expect(Dashboard.subscriptions(state) == [.clock, .followSlides])
  }

  @Test func thePresenterStartedWithPTellsTheNotesTerminal() {
    var state = UI.state()
    let effects = UI.press(&state, .character("p"))
    #expect(effects == [.publishSlide(TalkPosition(slide: 0))])
    let next = UI.press(&state, .character(" "), .character(" "), .character(" "), .character(" "))
    #expect(next.isEmpty || next.allSatisfy { if case .publishSlide = $0 { true } else { false } })
  }
}

/// ↓ from the top of a view reaches every row of it, in order, and G reaches the last. View 7 lists a KPI under
/// each proposal it serves: the selection, held as an id, fell back to the first row with that id and looped.
@Suite struct KeyboardReachTests {
  @Test(
    arguments: [ViewID.overview, .proposals, .analysis, .calls, .followed], [(80, 24), (200, 60)])
  func downVisitsEveryRowInOrder(_ view: ViewID, _ size: (Int, Int)) {
    let environment = UIEnvironment(dataset: UI.dataset)
    var state = UI.state(view, .en, width: size.0, height: size.1)
    let targets = environment.layout(state).page.targets
    var visited = 0
    for _ in 0..<(targets.count * 4) where visited < targets.count - 1 {
      _ = Dashboard.reduce(&state, .key(.down), environment)
      let page = environment.layout(state).page
      let index = (state.positions[view] ?? ListState()).selectedIndex(in: page) ?? 0
      #expect(index >= visited, "↓ in view \(view) went back from row \(visited) to \(index)")
      if index < visited { return }
      visited = index
    }
    #expect(visited == targets.count - 1, "↓ in view \(view) stopped at row \(visited) of \(targets.count)")
    _ = Dashboard.reduce(&state, .key(.home), environment)
    _ = Dashboard.reduce(&state, .key(.end), environment)
    let last = (state.positions[view] ?? ListState()).selectedIndex(in: environment.layout(state).page)
    #expect(last == targets.count - 1, "G in view \(view) selects the last row")
  }
}
