import DualLifeModel
import DualLifeUI
import TerminalText
import Testing

@Suite struct CompareViewTests {
  @Test func viewSixShowsTwoProposalsSideBySide() {
    var state = UI.state(.overview, width: 120, height: 30)
    UI.press(&state, .character("6"))
    let titleRow = UI.screen(state).split(separator: "\n").first { $0.contains("P1 ") && $0.contains("P2 ") }
    #expect(titleRow != nil, "P1 and P2 on one row")
  }

  /// Compare shows what policy took up: the policy items that take up a compared proposal or one of its measures
  /// are a last group, shared or own like the links, on the page, in the matrix and in every format.
  @Test func whatFollowedIsComparedLikeTheLinks() throws {
    let policy = try #require(UI.environment.policy)
    let comparison = Comparison(["P2", "P3"], UI.dataset, Words(.en), policy: policy)
    let followed = try #require(comparison.groups.last)
    #expect(followed.label == Words(.en).whatFollowedSlide)
    // Every policy item an uptake link names for P2 or P3 (or their measures) is a row, with the right columns.
    for link in policy.uptake {
      guard let item = link.policy, ["P2", "P3"].contains(String(link.proposal.prefix(2))) else { continue }
      let row = try #require(followed.rows.first { $0.id == item }, "\(item)")
      #expect(row.linkedBy.contains(String(link.proposal.prefix(2))), "\(item)")
    }
    #expect(comparison.shared.contains { $0.id == "KPI6" }, "KPI6 serves both P2.M1 and P3")
    #expect(comparison.summary("KPI6", UI.dataset, .en).contains("DX"))
    var state = UI.state(.compare, .en, width: 160, height: 400)
    UI.press(&state, .right, .character("]"))
    #expect(state.compare.columns == ["P1", "P3"])
    let screen = UI.screen(state)
    #expect(screen.contains("What followed") && screen.contains("KPI4"), "\(screen)")
    let matrix = Dashboard.matrixText(width: 120, language: .en, UI.environment)
    #expect(matrix.contains("What followed") && matrix.contains("KPI6") && matrix.contains("KPI1"))
  }

  @Test func focusChangeAddAndRemoveColumns() {
    var state = UI.state(.compare, width: 200, height: 40)
    #expect(state.compare.columns == ["P1", "P2"])
    UI.press(&state, .right, .character("]"))
    #expect(state.compare.columns == ["P1", "P3"])
    UI.press(&state, .character("["), .character("["))
    #expect(state.compare.columns == ["P1", "P5"], "[ skips P1, which the other column shows")
    UI.press(&state, .character("]"), .character("]"))
    #expect(state.compare.columns == ["P1", "P3"])
    UI.press(&state, .character("a"))
    #expect(state.compare.columns == ["P1", "P2", "P3"], "a adds the first proposal not shown, in its place")
    #expect(state.compare.focus == 1)
    UI.press(&state, .character("a"), .character("a"))
    #expect(state.compare.columns == ["P1", "P2", "P3", "P4", "P5"])
    UI.press(&state, .character("a"))
    #expect(state.compare.columns.count == 5)
    #expect(state.compare.notice == .allShown)
    UI.press(&state, .character("x"), .character("x"), .character("x"), .character("x"))
    #expect(state.compare.columns.count == 2)
    #expect(state.compare.notice == .atLeastTwo)
    UI.press(&state, .left, .left, .left)
    #expect(state.compare.focus == 0)
    #expect(state.compare.notice == nil, "the next key answers the notice")
  }

  @Test func aSixthColumnSaysWhyNothingHappened() {
    var state = Scenario([.compare(["P1", "P2", "P3", "P4", "P5"])]).run(
      .compare, language: .en, width: 200, height: 40, UI.environment)
    UI.press(&state, .character("a"))
    #expect(UI.screen(state).contains("Every proposal already has a column"))
    UI.press(&state, .down)
    #expect(!UI.screen(state).contains("Every proposal already has a column"))
  }

  /// Whatever compare keys are pressed, no proposal is in two columns and there are 2 to 5 columns.
  @Test func noKeySequenceShowsAProposalTwice() {
    let keys: [Key] = [.left, .right, .character("["), .character("]"), .character("a"), .character("x")]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      var state = UI.state(.compare, width: 120, height: 30)
      for _ in 0..<30 {
        UI.press(&state, keys.randomElement(using: &generator) ?? .left)
        #expect(Set(state.compare.columns).count == state.compare.columns.count, "\(state.compare.columns)")
        #expect((2...5).contains(state.compare.columns.count))
        #expect(state.compare.columns.indices.contains(state.compare.focus))
      }
    }
  }

  @Test func aProposalNamedTwiceGetsOneColumn() {
    let state = Scenario([.compare(["P1", "P1", "P3"])]).run(
      .compare, language: .en, width: 120, height: 30, UI.environment)
    #expect(state.compare.columns == ["P1", "P3"])
  }

  /// Every pair of proposals: each item both link sits on one line, once in each column, and is one target across
  /// the columns; an item only one links is a target in its own column.
  @Test func sharedItemsSitOnOneRowAcrossTheColumns() {
    let ids = UI.dataset.proposals.items.map(\.id)
    for a in ids {
      for b in ids where b != a {
        let state = Scenario([.compare([a, b])]).run(.compare, language: .en, width: 120, height: 30, UI.environment)
        let page = UI.environment.layout(state).page
        let comparison = Comparison([a, b], UI.dataset, Words(.en))
        for row in comparison.rows {
          let targets = page.targets.filter { $0.id == row.id }
          #expect(targets.count == 1, "\(a) \(b) \(row.id)")
          guard let target = targets.first else { continue }
          let line = page.lines[target.lines.lowerBound].plainText
          let count = line.split(separator: " ").filter { $0 == row.id }.count
          #expect(count == row.linkedBy.count, "\(a) \(b) \(row.id): \(line)")
          #expect((target.columns.count > page.width / 2) == row.shared, "\(a) \(b) \(row.id)")
        }
      }
    }
  }

  @Test func p1AndP3ShareW2O4AndF1() {
    let comparison = Comparison(["P1", "P3"], UI.dataset, Words(.en))
    #expect(Set(comparison.shared.map(\.id)).isSuperset(of: ["W2", "O4", "F1"]))
    let state = Scenario([.compare(["P1", "P3"])]).run(.compare, language: .en, width: 120, height: 40, UI.environment)
    let lines = UI.environment.layout(state).page.lines.map(\.plainText)
    for id in ["W2", "O4", "F1"] {
      #expect(lines.contains { $0.components(separatedBy: "\(id) shared 2/2").count == 3 }, "\(id)")
    }
    #expect(lines.contains { $0.contains("Shared by 2 of 2") && $0.contains("W2") })
  }

  /// s visits the shared rows top to bottom, S comes back; u the own rows; past the last, a notice.
  @Test func sAndUJumpBetweenSharedAndOwnRows() {
    var state = Scenario([.compare(["P1", "P3"])]).run(.compare, language: .en, width: 120, height: 30, UI.environment)
    let comparison = Comparison(["P1", "P3"], UI.dataset, Words(.en))
    var visited: [String] = []
    for _ in comparison.shared {
      UI.press(&state, .character("s"))
      visited.append(state.positions[.compare]?.selected ?? "")
    }
    #expect(visited == comparison.shared.map(\.id))
    UI.press(&state, .character("s"))
    #expect(state.compare.notice == .noMoreShared)
    UI.press(&state, .character("S"))
    #expect(state.positions[.compare]?.selected == comparison.shared.dropLast().last?.id)
    UI.press(&state, .character("u"))
    let own = comparison.rows.filter { !$0.shared }.map(\.id)
    #expect(own.contains(state.positions[.compare]?.selected ?? ""))
    let screen = UI.screen(state)
    #expect(screen.contains("▶"), "the row jumped to is on screen")
    UI.press(&state, .enter)
    #expect(own.contains(state.opened.last?.id ?? ""), "Enter opens the own row in its column")
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

  /// At 80×24 in both languages, every page of the matrix (PgDn to the end) shows the proposals' header.
  @Test(arguments: Language.allCases) func matrixHeaderStaysOnEveryPage(_ language: Language) {
    var state = Scenario([.compare(["P1", "P2"], matrix: true)]).run(
      .compare, language: language, width: 80, height: 24, UI.environment)
    var pages = 0
    var last = ""
    var all = ""
    while true {
      let screen = UI.screen(state)
      all += screen
      if screen == last { break }
      #expect(screen.contains("P1  P2  P3  P4  P5  " + Words(language).total), "page \(pages)")
      last = screen
      pages += 1
      UI.press(&state, .pageDown)
    }
    #expect(pages > 1, "the matrix is longer than one screen")
    #expect(all.contains("E3.R3"), "expert recommendations are rows too")
    #expect(last.contains("ST2.3"), "what followed is the last group")
  }

  /// Row totals count the marks on the row; the totals row counts each column's marks.
  @Test func matrixTotalsAddUp() {
    let state = Scenario([.compare(["P1", "P2"], matrix: true)]).run(
      .compare, language: .en, width: 120, height: 30, UI.environment)
    let lines = UI.environment.layout(state).page.lines.map(\.plainText)
    let comparison = Comparison(
      UI.dataset.proposals.items.map(\.id), UI.dataset, Words(.en), policy: UI.environment.policy, keepUnlinked: true)
    for row in comparison.rows {
      let line = lines.first { $0.hasPrefix(row.id + " ") } ?? ""
      #expect(line.filter { $0 == "●" }.count == row.linkedBy.count, "\(row.id)")
      #expect(line.hasSuffix(" \(row.linkedBy.count)"), "\(row.id)")
    }
    let totals = (lines.last ?? "").split(separator: " ").dropFirst().compactMap { Int($0) }
    let marks = comparison.proposals.map { p in comparison.rows.filter { $0.linkedBy.contains(p) }.count }
    #expect(totals == marks + [marks.reduce(0, +)])
  }

  /// The label column is as wide as the labels need: short labels keep their marks near, at any width.
  @Test(arguments: [100, 160, 200]) func matrixMarksSitNearTheLabels(_ width: Int) {
    let state = Scenario([.compare(["P1", "P2"], matrix: true)]).run(
      .compare, language: .en, width: width, height: 30, UI.environment)
    let w5 = UI.environment.layout(state).page.lines.map(\.plainText).first { $0.hasPrefix("W5 ") } ?? ""
    let label = "W5 Tourism: Sluggish inbound tourism"
    #expect(w5.hasPrefix(label + " ···"), "dot leaders carry the eye to the marks")
    #expect(DisplayWidth.of(w5) <= 64 + 4 * 5 + 6, "marks within the cap, not across the screen: \(w5)")
  }
}

@Suite struct PrintedMatrixTests {
  /// `compare --matrix --width 30` printed two blank lines: the page was laid out as a screen too small to draw.
  /// From the width the matrix needs (narrower, `compare` refuses) every row and column is printed, within it.
  @Test(arguments: Language.allCases, [0, 1, 6, 20, 60]) func everyRowIsPrintedFromTheWidthItNeeds(
    _ language: Language, _ extra: Int
  ) {
    let environment = UIEnvironment(dataset: UI.dataset)
    let needed = Dashboard.matrixWidthNeeded(language: language, environment)
    #expect(needed < Dashboard.minimumWidth, "the printed matrix fits narrower than the smallest screen")
    let width = needed + extra
    let text = Dashboard.matrixText(width: width, language: language, environment)
    for id in ["S1", "W5", "O4", "G7", "F5", "E3.R3", "P5"] { #expect(text.contains(id), "width \(width): \(id)") }
    let widest = text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    #expect(widest <= width, "width \(width): a line of \(widest)")
  }
}

@Suite struct CompareSummaryTests {
  /// `dualtohoku --lang en --view 6` at 80×24 opened scrolled to 7–25, the summary above the screen: the first
  /// resize scrolled to the first row although nobody had chosen it. L on the view did the same.
  @Test(arguments: Language.allCases) func theSummaryIsOnTheFirstScreenAfterAResizeAndAnL(_ language: Language) {
    var state = UI.state(.compare, language, width: 80, height: 24)
    _ = Dashboard.reduce(&state, .resize(width: 80, height: 24), UI.environment)
    #expect(UI.screen(state).contains(Words(language).sharedAndDifferent), "summary on screen after the resize")
    UI.press(&state, .character("L"))
    #expect(UI.screen(state).contains(Words(language.toggled).sharedAndDifferent), "and after L")
  }
}
