import PropertyBased
import TerminalText
import Testing

@Suite("Line breaking properties")
struct LineBreakerPropertyTests {
  /// (a) Every line fits (a wide character alone on a one-cell line being the only exception) and reports its
  /// own width.
  @Test func linesFit() async {
    await propertyCheck(count: 500, input: TextGen.anything, Gen.int(in: 1...80)) { text, width in
      for line in LineBreaker.wrap(text, width: width) {
        #expect(line.width == DisplayWidth.of(line.text))
        #expect(line.width <= max(width, 2))
        if line.width > width { #expect(line.text.count == 1, "\(line.text) is wider than \(width)") }
      }
    }
  }

  /// (b) Nothing is lost or added: texts and separators joined give back the input.
  @Test func rejoiningGivesTheInput() async {
    await propertyCheck(count: 500, input: TextGen.anything, Gen.int(in: 1...80)) { text, width in
      let lines = LineBreaker.wrap(text, width: width)
      #expect(rejoined(lines) == text)
      #expect(!lines.isEmpty)
      // Lines are cut between Swift's own characters, never inside one.
      #expect(lines.reduce(0) { $0 + $1.text.count + $1.separator.count } == text.count)
    }
  }

  /// (c) Kinsoku holds at every soft break, in text where no emergency break can be needed.
  @Test func kinsokuHolds() async {
    await propertyCheck(count: 500, input: TextGen.tidy, Gen.int(in: 8...80)) { text, width in
      let lines = LineBreaker.wrap(text, width: width)
      #expect(kinsokuViolations(lines).isEmpty, "\(texts(lines))")
      #expect(rejoined(lines) == text)
      #expect(lines.allSatisfy { $0.width <= width })
    }
  }

  /// Separators hold only spaces, tabs and at most one newline at their end; lines after a soft break never start
  /// with a space.
  @Test func separatorsAreWhitespace() async {
    await propertyCheck(count: 500, input: TextGen.anything, Gen.int(in: 1...80)) { text, width in
      let lines = LineBreaker.wrap(text, width: width)
      for (index, line) in lines.enumerated() {
        let body = line.separator.last?.isNewline == true ? line.separator.dropLast() : Substring(line.separator)
        #expect(body.allSatisfy { $0 == " " || $0 == "\t" }, "\(line.separator.debugDescription)")
        if index > 0 && isSoft(lines[index - 1].separator) {
          #expect(line.text.first != " " && line.text.first != "\t")
        }
      }
    }
  }

  /// Words shorter than the line are never split: every Latin word of the input appears whole on some line.
  @Test func shortWordsStayWhole() async {
    let words = Gen.letterOrNumber.string(of: 1...10).array(of: 1...30)
    await propertyCheck(count: 300, input: words, Gen.int(in: 10...40)) { words, width in
      let lines = LineBreaker.wrap(words.joined(separator: " "), width: width)
      #expect(texts(lines).flatMap { $0.split(separator: " ").map(String.init) } == words)
    }
  }

  /// A narrower first line changes only the first line's budget.
  @Test func firstLineWidth() async {
    await propertyCheck(count: 300, input: TextGen.anything, Gen.int(in: 1...40), Gen.int(in: 1...40)) {
      text, first, rest in
      let lines = LineBreaker.wrap(text, width: rest, firstLineWidth: first)
      #expect(rejoined(lines) == text)
      for (index, line) in lines.enumerated() {
        #expect(line.width <= max(index == 0 ? first : rest, 2))
      }
    }
  }
}
