import PropertyBased
import TerminalText
import Testing

@Suite("Truncation")
struct TruncationTests {
  @Test func examples() {
    #expect(Truncation.truncate("東北", width: 4) == "東北")  // fits: unchanged
    #expect(Truncation.truncate("東北地方", width: 5) == "東北…")
    #expect(Truncation.truncate("東北地方", width: 6) == "東北…")  // 地 would need two cells and only one is left
    #expect(Truncation.truncate("地方分散のラストチャンス", width: 9) == "地方分散…")
    #expect(Truncation.truncate("Hello world again", width: 7) == "Hello…")  // no space before the ellipsis
    #expect(Truncation.truncate("Tohoku", width: 6) == "Tohoku")
    #expect(Truncation.truncate("Tohoku!", width: 6) == "Tohok…")
    #expect(Truncation.truncate("Tohoku", width: 0) == "")
    #expect(Truncation.truncate("Tohoku", width: -1) == "")
    #expect(Truncation.truncate("東北", width: 1) == "…")
    #expect(Truncation.truncate("", width: 3) == "")
  }

  @Test func otherEllipses() {
    #expect(Truncation.truncate("Tohoku region", width: 8, ellipsis: "...") == "Tohok...")
    #expect(Truncation.truncate("Tohoku region", width: 2, ellipsis: "...") == "..")  // the ellipsis itself is cut
    #expect(Truncation.truncate("東北地方", width: 5, ellipsis: "") == "東北")
    #expect(Truncation.truncate("東北地方", width: 6, ellipsis: "〜") == "東北〜")
  }

  @Test func combiningMarksStayWithTheirBase() {
    #expect(Truncation.truncate("か\u{3099}き\u{3099}く\u{3099}", width: 5) == "か\u{3099}き\u{3099}…")
    #expect(Truncation.truncate("ｶﾞｷﾞｸﾞ", width: 4) == "ｶﾞ…")  // ｶﾞ is one Character, two cells
  }

  /// (d) The result fits, is the text when the text fits, and otherwise is a prefix of whole characters followed by
  /// the ellipsis, with at most one cell wasted beyond spaces dropped before the ellipsis.
  @Test func truncationFits() async {
    let oneLine = TextGen.anything.map { $0.filter { !$0.isNewline } }
    await propertyCheck(count: 500, input: oneLine, Gen.int(in: 0...80)) { text, width in
      let result = Truncation.truncate(text, width: width)
      #expect(DisplayWidth.of(result) <= max(width, 0))
      if DisplayWidth.of(text) <= width {
        #expect(result == text)
      } else if width > 0 {
        #expect(result.last == "…")
        let kept = String(result.dropLast())
        #expect(text.hasPrefix(kept))
        #expect(Array(text).starts(with: Array(kept)), "a character was cut in half")
        let rest = text.dropFirst(kept.count)
        let dropped = rest.prefix { $0 == " " || $0 == "\t" }
        let next = rest.dropFirst(dropped.count).first.map { DisplayWidth.of($0) } ?? 0
        #expect(DisplayWidth.of(kept) + DisplayWidth.of(String(dropped)) + 1 + next > width)
      }
    }
  }
}
