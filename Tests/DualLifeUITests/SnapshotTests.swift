import DualLifeModel
import DualLifeUI
import Foundation
import Testing

/// Golden screens in Snapshots/, compared as text. Regenerate on purpose with UPDATE_SNAPSHOTS=1 and review the diff.
@Suite struct SnapshotTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let view: ViewID
    let open: String?
    let help: Bool
    let language: Language
    let width: Int
    let height: Int

    var testDescription: String { "\(name)-\(language.rawValue)-\(width)x\(height)" }
  }

  static let cases: [Case] = {
    var cases: [Case] = []
    let pages: [(String, ViewID, String?, Bool)] = [
      ("overview", .overview, nil, false), ("proposals", .proposals, nil, false),
      ("proposal-P1", .proposals, "P1", false), ("swo", .analysis, nil, false), ("calls", .calls, nil, false),
      ("help", .overview, nil, true), ("search", .search, nil, false), ("search-dx", .search, "DX", false),
      ("compare-P1-P3", .compare, "P1 P3", false), ("matrix", .compare, "matrix", false),
    ]
    for (name, view, open, help) in pages {
      for language in Language.allCases {
        for (w, h) in [(80, 24), (120, 40)] {
          cases.append(Case(name: name, view: view, open: open, help: help, language: language, width: w, height: h))
        }
      }
    }
    return cases
  }()

  @Test(arguments: cases) func screen(_ c: Case) throws {
    var state = AppState(view: c.view, language: c.language, width: c.width, height: c.height)
    if c.view == .search, let query = c.open {
      Dashboard.search(&state, query)
    } else if c.view == .compare, let ids = c.open {
      let matrix = ids == "matrix"
      Dashboard.compare(&state, matrix ? ["P1", "P2"] : ids.split(separator: " ").map(String.init), matrix: matrix)
    } else if let open = c.open {
      Dashboard.open(&state, open, UI.environment)
    }
    if c.help { UI.press(&state, .character("?")) }
    let text = Dashboard.render(state, UI.environment).text() + "\n"
    let file = Self.directory.appendingPathComponent("\(c.testDescription).txt")
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
      try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(text == expected, "screen differs from \(file.lastPathComponent); UPDATE_SNAPSHOTS=1 regenerates")
  }
}
