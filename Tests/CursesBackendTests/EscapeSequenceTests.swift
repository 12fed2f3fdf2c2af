import DualLifeUI
import Testing

@testable import CursesBackend

/// Every common encoding of Home and End, and what must never act as Esc.
@Suite struct EscapeSequenceTests {
  /// The meaning of a whole sequence given as text after the Esc, read one character at a time as the terminal
  /// reads it: every prefix must ask for more, and the whole must have a meaning.
  func meaning(_ text: String) -> EscapeSequence.Meaning {
    let units = text.unicodeScalars.map(\.value)
    for end in 0..<units.count {
      let prefix = Array(units[0..<end])
      if EscapeSequence.meaning(after: prefix) != .needMore { return .ignored }
    }
    return EscapeSequence.meaning(after: units)
  }

  @Test(arguments: ["[1~", "[7~", "[H", "[1H", "OH"])
  func home(_ sequence: String) {
    #expect(meaning(sequence) == .key(.home))
  }

  @Test(arguments: ["[4~", "[8~", "[F", "[1F", "OF"])
  func end(_ sequence: String) {
    #expect(meaning(sequence) == .key(.end))
  }

  @Test func otherKeysInTheirUsualEncodings() {
    #expect(meaning("[A") == .key(.up))
    #expect(meaning("OB") == .key(.down))
    #expect(meaning("[C") == .key(.right))
    #expect(meaning("OD") == .key(.left))
    #expect(meaning("[5~") == .key(.pageUp))
    #expect(meaning("[6~") == .key(.pageDown))
    #expect(meaning("[3~") == .key(.delete))
    #expect(meaning("[Z") == .key(.backTab))
  }

  /// Unknown sequences, modified keys and Alt+key: swallowed whole, never Esc.
  @Test(arguments: [
    "[20~", "[1;5H", "[1;3A", "[?1;2c", "[200~", "OP", "OS", "x", "q", "1", "\u{1B}[A", "\u{1B}x", "[2 q",
  ])
  func swallowed(_ sequence: String) {
    #expect(meaning(sequence) == .ignored)
  }

  @Test func escPressedTwiceQuicklyIsStillEsc() {
    // Two Escs in one read (a quick double press, or keys arriving together over ssh) must go back, not vanish.
    #expect(EscapeSequence.meaning(after: [0x1B]) == .needMore)
    #expect(EscapeSequence.meaningAtEndOfInput(after: [0x1B]) == .key(.escape))
  }

  @Test func aLoneEscIsEscOnceNothingFollows() {
    #expect(EscapeSequence.meaning(after: []) == .needMore)
    #expect(EscapeSequence.meaningAtEndOfInput(after: []) == .key(.escape))
  }

  /// Alt+[ and Alt+O look like the start of a sequence; when nothing follows they are dropped, as is a sequence
  /// cut off.
  @Test(arguments: ["[", "O", "[1;"])
  func begunButNotFinishedIsDroppedAtTheEnd(_ begun: String) {
    let units = begun.unicodeScalars.map(\.value)
    #expect(EscapeSequence.meaning(after: units) == .needMore)
    #expect(EscapeSequence.meaningAtEndOfInput(after: units) == .ignored)
  }

  @Test func unfinishedSequencesAskForMoreAndEndlessOnesStop() {
    #expect(EscapeSequence.meaning(after: Array("[1;".unicodeScalars.map(\.value))) == .needMore)
    #expect(EscapeSequence.meaning(after: [0x4F]) == .needMore)
    let endless = [0x5B] + [UInt32](repeating: 0x31, count: 40)
    #expect(EscapeSequence.meaning(after: endless) == .ignored)
  }

  @Test func cursorPositionReports() {
    #expect(meaning("[2;3R") == .cursorPosition(row: 2, column: 3))
    #expect(meaning("[12;140R") == .cursorPosition(row: 12, column: 140))
    #expect(meaning("[2R") == .ignored)
    #expect(meaning("[2;3;4R") == .ignored)
  }
}
