import BundledDataset
import DualLifeModel
import Testing

@Suite struct BundledDatasetTests {
  let dataset: Dataset

  init() throws {
    dataset = try Dataset.bundled()
  }

  @Test func countsMatchTheSource() {
    #expect(dataset.proposals.items.map(\.id) == ["P1", "P2", "P3", "P4", "P5"])
    #expect(dataset.proposals.items.map(\.measures.count) == [2, 2, 3, 1, 2])
    #expect(dataset.analysis.strengths.count == 6)
    #expect(dataset.analysis.weaknesses.count == 5)
    #expect(dataset.analysis.opportunities.count == 5)
    #expect(dataset.trends.items.map(\.id) == ["T1", "T2", "T3"])
    #expect(dataset.calls.government.items.count == 7)
    #expect(dataset.calls.firms.items.count == 5)
    #expect(dataset.panel.members.map(\.id) == ["E1", "E2", "E3"])
    #expect(dataset.document.prefectures.count == 7)
    #expect(dataset.panel.meetings.map(\.date) == ["2020-09-23", "2020-10-16"])
  }

  @Test func keyPassagesAreVerbatim() throws {
    let p1 = try #require(dataset.proposal("P1"))
    #expect(p1.title.ja == "「デュアルライフ東北」の実現")
    #expect(p1.measures.map(\.id) == ["P1.M1", "P1.M2"])
    let catalog = dataset.catalog
    #expect(catalog.entry("P5.M2")?.field(.text)?.ja == "滞在型観光を見据えたワーケーションの環境整備と利用促進")
    #expect(catalog.entry("S1")?.field(.category)?.ja == "地勢・社会資本")
    #expect(catalog.entry("W3")?.field(.text)?.ja == "少ない本社機能、下請け構造（低い付加価値、低い生産性）")
    #expect(catalog.entry("G4")?.field(.text)?.ja.contains("住民税等の分割") == true)
  }

  @Test func everyTextHasBothLanguages() {
    for entry in dataset.catalog.entries {
      for field in entry.fields {
        #expect(!field.text.ja.isEmpty, "\(entry.id) \(field.name).ja")
        #expect(!field.text.en.isEmpty, "\(entry.id) \(field.name).en")
      }
    }
  }

  @Test func crossLinksPointToTheRightKinds() {
    let catalog = dataset.catalog
    for proposal in dataset.proposals.items {
      #expect(proposal.links.basis == "editorial")
      for id in proposal.links.analysis {
        let kind = catalog.entry(id)?.kind
        #expect(kind == .strength || kind == .weakness || kind == .opportunity, "\(proposal.id) → \(id)")
      }
      for id in proposal.links.calls {
        let kind = catalog.entry(id)?.kind
        #expect(kind == .governmentCall || kind == .firmCall, "\(proposal.id) → \(id)")
      }
    }
    #expect(dataset.proposals.structure.foundation == ["P1", "P2"])
    #expect(dataset.proposals.structure.driven == ["P3", "P4", "P5"])
    // Reverse links: every call is served by at least one proposal or measure.
    for call in dataset.calls.government.items + dataset.calls.firms.items {
      #expect(catalog.linkedFrom[call.id]?.isEmpty == false, "\(call.id) has no proposal")
    }
  }

  @Test func exportIsTheBundledFileByteForByte() {
    #expect(dataset.exportJSON() == Dataset.bundledJSON)
  }

  @Test func exportLoadsBack() throws {
    let again = try Dataset.load(bytes: Array(dataset.exportJSON().utf8), source: "export")
    #expect(again.exportJSON() == dataset.exportJSON())
    #expect(again.catalog.entries.map(\.id) == dataset.catalog.entries.map(\.id))
  }

  @Test func pathsAndAncestry() {
    #expect(dataset.catalog.path("P1.M2") == "P1 › M2")
    #expect(dataset.catalog.ancestry("P1.M2") == ["PR", "P1", "P1.M2"])
    #expect(dataset.catalog.entry("P1.M2")?.parent == "P1")
  }
}
