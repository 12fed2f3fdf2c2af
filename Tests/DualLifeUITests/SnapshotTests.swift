import DualLifeModel
import DualLifeUI
import Foundation
import Testing

/// Golden screens in Snapshots/, compared as text. Regenerate on purpose with UPDATE_SNAPSHOTS=1 (which writes the
/// files and fails, since it compared nothing) and review the diff.
@Suite struct SnapshotTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let view: ViewID
    /// How the screen is reached, as `dualtohoku render` reaches it.
    let scenario: Scenario
    let language: Language
    let width: Int
    let height: Int

    var testDescription: String { "\(name)-\(language.rawValue)-\(width)x\(height)" }
  }

  static let cases: [Case] = {
    var cases: [Case] = []
    let pages: [(String, ViewID, [Action])] = [
      ("overview", .overview, []), ("proposals", .proposals, []), ("proposal-P1", .proposals, [.open("P1")]),
      ("swo", .analysis, []), ("calls", .calls, []), ("help", .overview, [.key(.character("?"))]),
      ("search", .search, []), ("search-dx", .search, [.search("DX")]),
      ("compare-P1-P3", .compare, [.compare(["P1", "P3"])]),
      ("matrix", .compare, [.compare(["P1", "P2"], matrix: true)]),
    ]
    for (name, view, actions) in pages {
      for language in Language.allCases {
        for (w, h) in [(80, 24), (120, 40)] {
          cases.append(
            Case(name: name, view: view, scenario: Scenario(actions), language: language, width: w, height: h))
        }
      }
    }
    return cases
  }()

  @Test(arguments: cases) func screen(_ c: Case) throws {
    let state = c.scenario.run(c.view, language: c.language, width: c.width, height: c.height, UI.environment)
    let text = Dashboard.render(state, UI.environment).text() + "\n"
    let file = Self.directory.appendingPathComponent("\(c.testDescription).txt")
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
      try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
      // Recording is not a pass: a run that records has compared nothing. Review the diff, then run again without.
      Issue.record("recorded \(file.lastPathComponent); review the diff and run again without UPDATE_SNAPSHOTS")
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(text == expected, "screen differs from \(file.lastPathComponent); UPDATE_SNAPSHOTS=1 regenerates")
  }
}
