import TerminalText
import Testing

/// The lines' texts, for comparing with expected lines.
func texts(_ lines: [WrappedLine]) -> [String] { lines.map(\.text) }

/// Kinsoku violations at soft breaks: lines starting with a character that must not start a line, or ending with
/// one that must not end a line. Hard breaks ("\n") and the ends of the text are not checked.
func kinsokuViolations(_ lines: [WrappedLine]) -> [String] {
  var violations: [String] = []
  for (index, line) in lines.enumerated() where index + 1 < lines.count && isSoft(line.separator) {
    if let last = line.text.last, Kinsoku.cannotEndLine(last) { violations.append("ends with \(last): \(line.text)") }
    let next = lines[index + 1].text
    if let first = next.first, Kinsoku.cannotStartLine(first) {
      violations.append("starts with \(first): \(next)")
    }
  }
  return violations
}

func isSoft(_ separator: String) -> Bool { !separator.contains(where: \.isNewline) }

func rejoined(_ lines: [WrappedLine]) -> String { lines.map { $0.text + $0.separator }.joined() }

@Suite("Line breaking")
struct LineBreakerTests {
  static let proposal =
    "◼ 地方分散に向けての地域間競争が始まろうとしている中、少子化による人口減少や高齢化が全国で最も早く進展し、"
    + "多くの課題を有する東北は、今こそ「地方分散のラストチャンス」との認識の下、スピード感をもって自己変革に取り組む必要がある。"

  @Test func proposalAtTwenty() {
    let lines = LineBreaker.wrap(Self.proposal, width: 20)
    #expect(
      texts(lines) == [
        "◼ 地方分散に向けての",
        "地域間競争が始まろう",
        "としている中、少子化",
        "による人口減少や高齢",
        "化が全国で最も早く進",
        "展し、多くの課題を有",
        "する東北は、今こそ",  // 「 must not end a line: it goes down with the next line
        "「地方分散のラスト",  // ャ must not start one: チ goes down with it
        "チャンス」との認識の",
        "下、スピード感をもっ",
        "て自己変革に取り組む",
        "必要がある。",
      ])
    #expect(lines.allSatisfy { $0.separator.isEmpty })
    #expect(lines.map(\.width) == [20, 20, 20, 20, 20, 20, 18, 18, 20, 20, 20, 12])
  }

  @Test(arguments: [10, 17, 20, 40])
  func proposalKeepsKinsoku(width: Int) {
    let lines = LineBreaker.wrap(Self.proposal, width: width)
    #expect(kinsokuViolations(lines).isEmpty, "\(kinsokuViolations(lines))")
    #expect(lines.allSatisfy { $0.width <= width && $0.width == DisplayWidth.of($0.text) })
    #expect(rejoined(lines) == Self.proposal)
    // Greedy: only the last line, and lines shortened by kinsoku, may have room for one more character.
    #expect(lines.dropLast().filter { $0.width < width - 1 }.count <= 3)
  }

  @Test func mixedLatinAndJapanese() {
    let text = "DX（デジタル技術とデータ活用によるビジネスモデル・ライフスタイルの変革）の導入"
    #expect(
      texts(LineBreaker.wrap(text, width: 17)) == [
        "DX（デジタル技術",
        "とデータ活用によ",
        "るビジネスモデ",  // ・ must not start a line, so ル goes down with it
        "ル・ライフスタイ",
        "ルの変革）の導入",
      ])
    #expect(texts(LineBreaker.wrap(text, width: 10)).prefix(3) == ["DX（デジタ", "ル技術と", "データ活用"])
    for width in [6, 10, 17, 20, 40] {
      let lines = LineBreaker.wrap(text, width: width)
      #expect(kinsokuViolations(lines).isEmpty)
      #expect(lines.allSatisfy { !$0.text.hasPrefix("X") })  // "DX" is one word
      #expect(rejoined(lines) == text)
    }
  }

  @Test func englishBreaksAtSpaces() {
    let lines = LineBreaker.wrap("The quick brown fox jumps over the lazy dog.", width: 10)
    #expect(texts(lines) == ["The quick", "brown fox", "jumps over", "the lazy", "dog."])
    #expect(lines.map(\.separator) == [" ", " ", " ", " ", ""])
  }

  @Test func spacesAtABreakGoIntoTheSeparator() {
    let lines = LineBreaker.wrap("aaaa    bbbb", width: 5)
    #expect(lines == [.init(text: "aaaa", separator: "    ", width: 4), .init(text: "bbbb", separator: "", width: 4)])
    #expect(LineBreaker.wrap("word\tword", width: 5).map(\.separator) == ["\t", ""])
    #expect(LineBreaker.wrap("a\tb", width: 3) == [.init(text: "a\tb", separator: "", width: 3)])
  }

  @Test func indentationStays() {
    #expect(texts(LineBreaker.wrap("  東北地方", width: 20)) == ["  東北地方"])
    #expect(texts(LineBreaker.wrap("東北\n  地方", width: 20)) == ["東北", "  地方"])
  }

  @Test func urlIsBrokenOnlyWhenLongerThanTheLine() {
    let short = "Read more at https://example.jp/tohoku/dual-life today"
    #expect(
      texts(LineBreaker.wrap(short, width: 40)) == ["Read more at", "https://example.jp/tohoku/dual-life", "today"])

    let long = "See https://www.tohoku-keizai.or.jp/proposals/2020/dual-life-tohoku.pdf now."
    let lines = LineBreaker.wrap(long, width: 20)
    #expect(
      texts(lines) == ["See", "https://www.tohoku-k", "eizai.or.jp/proposal", "s/2020/dual-life-toh", "oku.pdf now."])
    #expect(lines.map(\.separator) == [" ", "", "", "", ""])
  }

  @Test func hardBreaks() {
    let lines = LineBreaker.wrap("東北\n\nTohoku\r\nend\n", width: 10)
    #expect(texts(lines) == ["東北", "", "Tohoku", "end", ""])
    #expect(lines.map(\.separator) == ["\n", "\n", "\r\n", "\n", ""])
    // Spaces before a hard break that do not fit join it rather than make a line of their own.
    let trailing = LineBreaker.wrap("abc   \ndef", width: 4)
    #expect(
      trailing == [.init(text: "abc", separator: "   \n", width: 3), .init(text: "def", separator: "", width: 3)])
  }

  @Test func degenerateInputs() {
    #expect(LineBreaker.wrap("", width: 10) == [.init(text: "", separator: "", width: 0)])
    #expect(texts(LineBreaker.wrap("abc", width: 0)) == ["a", "b", "c"])
    #expect(texts(LineBreaker.wrap("abc", width: -5)) == ["a", "b", "c"])
    // A wide character on a one-cell line gets a line of its own, two cells wide.
    #expect(LineBreaker.wrap("あい", width: 1).map(\.width) == [2, 2])
    #expect(texts(LineBreaker.wrap("aあb", width: 1)) == ["a", "あ", "b"])
    #expect(texts(LineBreaker.wrap("   ", width: 1)) == [" "])
  }

  @Test func emergencyBreaksStillFit() {
    // Nothing but characters that must not start a line: there is no allowed break, so lines are cut at the width.
    let dashes = String(repeating: "ー", count: 12)
    let lines = LineBreaker.wrap(dashes, width: 5)
    #expect(texts(lines) == ["ーー", "ーー", "ーー", "ーー", "ーー", "ーー"])
    let brackets = "「「「「「「「「「「"
    #expect(LineBreaker.wrap(brackets, width: 7).allSatisfy { $0.width <= 7 })
    #expect(texts(LineBreaker.wrap("supercalifragilistic", width: 8)) == ["supercal", "ifragili", "stic"])
  }

  @Test func oidashiMovesTheBreakEarlier() {
    // "東北は、" is 8 cells; at width 6 the ideal break puts 、 first on the next line, so は goes down with it.
    #expect(texts(LineBreaker.wrap("東北は、地方", width: 6)) == ["東北", "は、地", "方"])
    // An opening bracket goes down with what it opens.
    #expect(texts(LineBreaker.wrap("東北「地方」", width: 6)) == ["東北", "「地", "方」"])
  }

  @Test func kinsokuAcrossSpaces() {
    // The break at the space would start a line with 」, so the line breaks earlier.
    let lines = LineBreaker.wrap("東北地方 」です", width: 9)
    #expect(kinsokuViolations(lines).isEmpty, "\(texts(lines))")
  }

  @Test func zeroWidthSpaceIsABreakOpportunity() {
    #expect(texts(LineBreaker.wrap("abc\u{200B}def", width: 4)) == ["abc\u{200B}", "def"])
  }

  @Test func firstLineWidth() {
    let lines = LineBreaker.wrap("東北地方の経済", width: 6, firstLineWidth: 2)
    #expect(texts(lines) == ["東", "北地方", "の経済"])
  }
}
