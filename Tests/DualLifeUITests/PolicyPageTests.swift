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
