import DualLifeModel
import DualLifeUI
import Testing

/// What followed the proposals, on the proposal pages and on the policy items' own pages.
@Suite struct PolicyPageTests {
  @Test(arguments: ["P1", "P2", "P3", "P4", "P5"])
  func everyProposalPageSaysWhatFollowed(_ id: String) throws {
    let state = Scenario([.open(id)]).run(.proposals, language: .en, width: 120, height: 400, UI.environment)
    let screen = UI.screen(state)
    #expect(screen.contains("What followed"), "\(id)")
    let policy = try #require(UI.environment.policy)
    // Every uptake link of the proposal and its measures shows, by its policy id or as not taken up.
    let links = policy.uptake.filter { $0.proposal == id || $0.proposal.hasPrefix(id + ".") }
    #expect(!links.isEmpty)
    for link in links {
      #expect(screen.contains(link.policy ?? "not taken up in these sources"), "\(link.id)")
    }
  }

  /// Every name a policy item's page or `show` prints beside a text or a figure is a word in both languages, not
  /// the data's field name (show printed "name:", "chair:", "dateAsPrinted:").
  @Test(arguments: Language.allCases) func everyFieldOfWhatFollowedHasItsWord(_ language: Language) throws {
    let policy = try #require(UI.environment.policy)
    let words = Words(language)
    var names = Set<String>()
    for item in policy.allItems {
      for text in item.texts where !text.name.hasSuffix(".unit") { names.insert(text.name) }
      for attribute in item.attributes
      where attribute.name.hasSuffix("asPrinted") || attribute.name == "date" || attribute.name == "kind" {
        names.insert(attribute.name)
      }
    }
    #expect(names.count > 40)
    let untranslated = names.filter { words.policyField($0) == $0 }.sorted()
    #expect(untranslated.isEmpty, "\(untranslated)")
  }

  /// A KPI's bar has a line of its own, so its figures are whole at 80 columns; a rise is drawn against its printed
  /// reference year as 100 (KPI1: 2021年比), not an unnamed "reference year".
  @Test(arguments: Language.allCases) func kpiBarsAndTheirFiguresAreWholeAt80Columns(_ language: Language) {
    let state = UI.state(.followed, language, width: 80, height: 400)
    let bars = UI.screen(state).split(separator: "\n").filter { $0.drop { $0 == " " }.hasPrefix("[") }
    #expect(bars.count >= 2, "\(bars)")
    #expect(bars.allSatisfy { !$0.contains("…") }, "\(bars)")
    #expect(bars.contains { $0.contains(language == .ja ? "2021年=100 → 105" : "2021 = 100 → 105") }, "\(bars)")
    #expect(bars.contains { $0.contains("31%（2021年11月時点） → 55%") }, "\(bars)")
  }

  @Test func aKPIOpensWithItsFiguresAsPrintedAndTheProposalsItTakesUp() {
    var state = Scenario([.open("P1", marked: "KPI8")]).run(
      .proposals, language: .ja, width: 100, height: 40, UI.environment)
    #expect(state.opened.last?.position.selected == "KPI8", "the KPI row is selected")
    UI.press(&state, .enter)
    #expect(state.opened.last?.id == "KPI8")
    let screen = UI.screen(state)
    #expect(screen.contains("目標: 100社"), "\(screen)")
    #expect(screen.contains("取り上げている提言・取組例"), "\(screen)")
    #expect(screen.contains("P1.M1"), "\(screen)")
  }
}

extension PolicyPageTests {
  @Test(arguments: Language.allCases)
  func viewSevenShowsTheTimelineTheKPIsWithBarsAndOpensItems(_ language: Language) throws {
    var state = UI.state(.followed, language, width: 120, height: 200)
    let screen = UI.screen(state)
    // The timeline in date order.
    let dates = ["2020-09-23", "2020-12-02", "2021-06-01", "2021-06-24", "2021-11", "2022-02"]
    let places = try dates.map { try #require(screen.range(of: $0)?.lowerBound, "\($0)") }
    #expect(places == places.sorted(), "the timeline is in date order")
    // Every KPI, with a bar where a baseline is printed (31 % → 55 %).
    for k in 1...9 { #expect(screen.contains("KPI\(k)"), "KPI\(k)") }
    #expect(screen.contains("[██████░░░░░         ]  31%"), "\(screen)")
    // Every proposal says what takes it up.
    for p in ["P1", "P2", "P3", "P4", "P5"] {
      #expect(screen.contains("\(p) → ") || screen.contains("\(p).M1 → "), "\(p)")
    }
    // The proposals themselves (no date printed) between the panel's meetings and the study group.
    let proposals = try #require(screen.range(of: "  DOC  ")?.lowerBound, "the proposals in the timeline")
    let (panel, studyGroup) = (places[0], places[1])
    #expect(panel < proposals && proposals < studyGroup, "the proposals after the panel, before D1")
    // Enter opens the selected row: the panel's two meetings, the proposals, then the documents.
    UI.press(&state, .down, .down, .down, .enter)
    #expect(state.opened.last?.id == "D1")
    #expect(UI.screen(state).contains("2020-12-02") || UI.screen(state).contains("令和2年12月2日"))
  }

  @Test func theTalkClosesWithWhatFollowed() {
    let slides = Deck.slides(UI.dataset)
    #expect(slides.map(\.id).suffix(2) == ["followed", "closing"])
    let followed = slides[slides.count - 2]
    #expect(followed.bullets.compactMap(\.id) == ["D1", "D2", "REF1", "D4", "D3"])
    let untaken = UI.environment.policy?.uptake.filter { $0.policy == nil }.count ?? 0
    #expect(untaken > 0)
    #expect(
      followed.notes.count == 7 + untaken,
      "a note per proposal and one per item not taken up, between the heading and the source")
  }
}
