import DualLifeModel
import TestSupport
import Testing

@testable import TerminalUI

/// A paragraph of one span is wrapped without being cut into characters and back: its lines must be the ones the
/// general cutting makes, for every text of the bundled data in both languages and for random text.
@Suite struct WrapTests {
  static let texts: [String] = UI.dataset.catalog.entries.flatMap { entry in
    entry.fields.flatMap { [$0.text.ja, $0.text.en] }
  }

  @Test func oneSpanWrapsAsTheGeneralCuttingDoes() {
    let style = Style(.title, bold: true)
    for (k, text) in Self.texts.enumerated() {
      // Widths from a single cell to wider than most texts, the first line narrower or wider than the rest.
      for width in [1, 2, 3, 7, 16, 28, 37, 80, 117] {
        let first = [width, max(1, width - 4), width + 6][k % 3]
        let spans = [Span(text, style)]
        #expect(
          BodyBuilder.wrap(spans, width: width, firstLineWidth: first)
            == BodyBuilder.cutIntoSpans(spans, width: width, firstLineWidth: first), "\(text.prefix(20)) at \(width)")
      }
    }
  }

  @Test func oneSpanOfRandomTextWrapsAsTheGeneralCuttingDoes() {
    var random = SeededGenerator(state: 20_261_203)
    let pieces = [
      "東北", "。", "、", "「", "」", "ー", "デュアル", " ", "  ", "\n", "work", "-", "e\u{301}", "👍🏽", "(", ")", "１",
      "ｶﾞ", "…", "\u{3000}",
    ]
    for _ in 0..<2000 {
      let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in
        pieces.randomElement(using: &random) ?? ""
      }.joined()
      let width = Int.random(in: 1...12, using: &random)
      let spans = [Span(text)]
      #expect(
        BodyBuilder.wrap(spans, width: width) == BodyBuilder.cutIntoSpans(spans, width: width),
        "\(text.debugDescription) at \(width)")
    }
  }
}

/// The runner draws only the rows that differ from the last frame; a row is the same only when every cell is.
@Suite struct CellGridRowTests {
  @Test func aRowIsTheSameOnlyWhenEveryCellIs() {
    var a = CellGrid(width: 12, height: 3)
    a.put("東北 DX", x: 0, y: 1, style: .normal)
    var b = a
    #expect((0..<3).allSatisfy { a.row($0, isTheSameIn: b) })
    b.put("X", x: 11, y: 1, style: .normal)
    #expect(a.row(0, isTheSameIn: b) && !a.row(1, isTheSameIn: b) && a.row(2, isTheSameIn: b))
    var c = a
    c.restyle(x: 0, y: 2, width: 1) { $0.bold = true }
    #expect(!a.row(2, isTheSameIn: c), "a style is part of a cell")
    #expect(!a.row(0, isTheSameIn: CellGrid(width: 13, height: 3)), "grids of other widths share no rows")
  }
}
