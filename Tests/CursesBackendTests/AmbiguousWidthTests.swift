import DualLifeUI
import Testing

@testable import CursesBackend

@Suite struct AmbiguousWidthTests {
  @Test func interfaceMarksAndQuotesGetStandIns() {
    let expected: [(Unicode.Scalar, Character)] = [
      ("“", "\""), ("”", "\""), ("‘", "'"), ("’", "'"), ("×", "x"), ("→", ">"), ("←", "<"), ("↑", "^"), ("↓", "v"),
      ("─", "-"), ("│", "|"), ("┌", "+"), ("▶", ">"), ("●", "*"), ("○", "o"), ("■", "#"), ("…", "."), ("※", "*"),
      ("–", "-"), ("①", "1"), ("é", "e"), ("\u{E000}", "?"),
    ]
    for (scalar, stand) in expected {
      #expect(AmbiguousWidth.substitute(for: scalar) == stand, "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test func narrowAndWideCharactersAreLeftAlone() {
    for scalar: Unicode.Scalar in ["a", "Z", " ", "-", "あ", "ア", "漢", "、", "（", "ｱ", "👍"] {
      #expect(AmbiguousWidth.substitute(for: scalar) == nil, "\(scalar)")
    }
  }

  @Test func theTableIsSortedAndEveryStandInIsPrintableASCII() {
    let keys = AmbiguousWidth.substitutes.map { $0 >> 8 }
    #expect(keys == keys.sorted())
    #expect(Set(keys).count == keys.count)
    #expect(AmbiguousWidth.substitutes.allSatisfy { (0x21...0x7E).contains($0 & 0xFF) })
  }

  @Test func theGridKeepsItsShapeStylesAndWideCharacters() {
    var grid = CellGrid(width: 12, height: 2)
    grid.put("“東北”→×", x: 0, y: 0, style: Style(.title, bold: true))
    grid.put("▶ P1", x: 0, y: 1, style: .normal)
    let result = AmbiguousWidth.substituted(grid)
    #expect(result.text() == "\"東北\">x\n> P1")
    #expect(result.width == 12 && result.height == 2)
    #expect(result[0, 0].style == Style(.title, bold: true))
    #expect(result[1, 0].width == 2 && result[2, 0].isContinuation, "the wide character is untouched")
  }
}
