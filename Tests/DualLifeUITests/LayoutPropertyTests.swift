import DualLifeModel
import TerminalText
import Testing

@testable import DualLifeUI

/// Every page, at every width from 40 to 200, in both languages: each row fits, and no wrapped segment starts
/// with a character kinsoku forbids at a line start or ends with one forbidden at a line end.
@Suite struct LayoutPropertyTests {
  static let pages: [(ViewID, String?, Bool)] = [
    (.overview, nil, false), (.proposals, nil, false), (.proposals, "P1", false), (.proposals, "P2", false),
    (.proposals, "P3", false), (.proposals, "P4", false), (.proposals, "P5", false), (.analysis, nil, false),
    (.calls, nil, false), (.overview, nil, true), (.calls, "G4", false), (.analysis, "S1", false),
    (.analysis, "E1", false), (.compare, nil, false),
  ]

  /// A row split where columns or an id meet its text (two or more spaces).
  static func segments(_ row: String) -> [String] {
    var result: [String] = []
    var current = ""
    var spaces = 0
    for character in row {
      if character == " " {
        spaces += 1
        continue
      }
      if spaces >= 2, !current.isEmpty {
        result.append(current)
        current = ""
      } else if spaces == 1, !current.isEmpty {
        current += " "
      }
      spaces = 0
      current.append(character)
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  @Test(arguments: Language.allCases) func everyPageFitsAndKeepsKinsoku(_ language: Language) {
    var problems: [String] = []
    for width in stride(from: 40, through: 200, by: 3) {
      for (view, open, help) in Self.pages {
        // A tall screen shows the whole page at once.
        var state = AppState(view: view, language: language, width: width, height: 400)
        if let open { Dashboard.open(&state, open, UI.environment) }
        if help { _ = Dashboard.reduce(&state, .key(.character("?")), UI.environment) }
        // The page's own lines, before the grid clips them: every span must end inside the body.
        let layout = UI.environment.layout(state)
        let body = layout.page
        for (k, line) in body.lines.enumerated() {
          let end = line.spans.map { $0.x + DisplayWidth.of($0.span.text) }.max() ?? 0
          if end > layout.body.width { problems.append("\(width) \(view) \(open ?? "") line \(k) ends at \(end)") }
        }
        for target in body.targets where target.columns.upperBound > layout.body.width {
          problems.append("\(width) \(view) target \(target.id) columns \(target.columns)")
        }
        let grid = Dashboard.render(state, UI.environment)
        for y in 0..<grid.height {
          let row = grid.row(y)
          // Tabs, footer and the help page's key names (a lone "?" is a key, not a line start) are not wrapped text.
          guard y >= 2, y < grid.height - 1, !help else { continue }
          for segment in Self.segments(row) {
            if let first = segment.first, first != "▶", Kinsoku.cannotStartLine(first) {
              problems.append(
                "\(width) \(view) \(open ?? "") row \(y) starts with U+\(String(first.unicodeScalars.first?.value ?? 0, radix: 16)): \(segment)"
              )
            }
            if let last = segment.last, Kinsoku.cannotEndLine(last) {
              problems.append("\(width) \(view) \(open ?? "") row \(y) ends with \(last): \(segment)")
            }
          }
        }
      }
    }
    #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
  }
}
