import PropertyBased
import TerminalText

/// Generators of Japanese, English and mixed text for the property tests.
enum TextGen {
  /// Every character that must not start a line, from both scripts.
  static let startForbidden = Array("、。，．・：；？！）」』】〕〉》］｝〙〗〟’”ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇿ々〻‐゠–〜～?!)]},.:;")
  /// Every character that must not end a line.
  static let endForbidden = Array("（「『【〔〈《［｛〘〖〝‘“([{")
  /// Kana that are not kinsoku characters.
  static let plainKana = Array("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテトナニヌネノハ")
  /// Oddities: decomposed kana, emoji, a flag, half-width kana, ambiguous-width symbols, invisible characters.
  static let oddities = [
    "か\u{3099}", "😀", "❤\u{FE0F}", "🇯🇵", "ｶﾞ", "×", "─", "※", "\u{200B}", "\u{3000}", "…", "%", "-", "/", "é",
    "e\u{301}", "\u{7}", "１２", "ＡＢ", "〒", "№",
  ]

  /// Generators of pieces of text, type-erased so that they can be mixed.
  typealias Piece = Generator<String, AnySequence<Any>>

  static func pick(_ characters: [Character]) -> Generator<Character, Shrink.None<Character?>> {
    Gen<Character?>.element(of: characters).map { $0 ?? "?" }
  }

  static func pick(_ strings: [String]) -> Generator<String, Shrink.None<String?>> {
    Gen<String?>.element(of: strings).map { $0 ?? "?" }
  }

  static func mix(_ pieces: [(weight: Double, gen: Piece)], count: ClosedRange<Int>) -> Generator<
    String, Generator<[(index: Int, value: Any)], AnySequence<(index: Int, value: Any)>>.ArrayShrink
  > {
    Gen<String>.frequency(pieces).array(of: count).map { $0.joined() }
  }

  static let kanji: Piece = Gen.character(in: "\u{4E00}"..."\u{9FA0}").map { String($0) }.eraseToAny()
  static let anyKana: Piece = Gen.character(in: "\u{3041}"..."\u{30FF}").map { String($0) }.eraseToAny()
  static let plainKanaPiece: Piece = pick(plainKana).map { String($0) }.eraseToAny()
  static let japaneseCharacter = Gen<String>.frequency([(1, kanji), (1, anyKana), (1, plainKanaPiece)])
  static let japaneseRun: Piece = japaneseCharacter.array(of: 1...12).map { $0.joined() }.eraseToAny()

  /// Anything goes: runs of kinsoku characters, long words, URLs, newlines, spaces, tabs and oddities.
  static let anything = mix(
    [
      (4, japaneseRun),
      (1, pick(startForbidden).string(of: 1...5).eraseToAny()),
      (1, pick(endForbidden).string(of: 1...3).eraseToAny()),
      (2, Gen.letterOrNumber.string(of: 1...12).eraseToAny()),
      (0.5, Gen.letterOrNumber.string(of: 20...120).eraseToAny()),
      (2, pick([" ", "\t", "  ", "   "] as [String]).eraseToAny()),
      (1, pick(["\n", "\r\n", "\n\n"] as [String]).eraseToAny()),
      (1, pick(oddities).eraseToAny()),
      (1, pick(Array(".,;:!?()[]{}'\"-/")).string(of: 1...2).eraseToAny()),
    ], count: 0...50)

  /// Text in which no line can need an emergency break at a width of 8 or more: it is made of chunks no wider
  /// than 8 cells, and a line may break at the end of every chunk (and nowhere else).
  static let tidy = mix(
    [(5, japaneseChunk), (1, spacedJapaneseChunk), (2, latinChunk), (0.3, Gen.always("\n").eraseToAny())],
    count: 0...60)

  /// An optional full-width opening bracket, a kanji or a plain kana, then up to two characters that must not
  /// start a line: at most 2 + 2 + 4 cells, all CJK, so a line may break on both sides of the chunk.
  static let japaneseChunk: Piece = zip(
    pick(endForbidden.filter { DisplayWidth.of($0) == 2 }).string(of: 0...1),
    Gen<String>.frequency([(1, kanji), (1, plainKanaPiece)]),
    pick(startForbidden.filter { DisplayWidth.of($0) == 2 }).string(of: 0...2)
  ).map { parts in parts.0 + parts.1 + parts.2 }.eraseToAny()

  /// Spaces next to brackets and closing punctuation, where kinsoku must look across the space:
  /// "「 東 」" is at most 2 + 1 + 2 + 1 + 2 cells.
  static let spacedJapaneseChunk: Piece = zip(
    pick(endForbidden.filter { DisplayWidth.of($0) == 2 }).string(of: 0...1),
    Gen<String>.frequency([(1, kanji), (1, plainKanaPiece)]),
    pick(startForbidden.filter { DisplayWidth.of($0) == 2 }).string(of: 0...1)
  ).map { parts in parts.0 + " " + parts.1 + " " + parts.2 }.eraseToAny()

  /// A short word, maybe bracketed or followed by punctuation, and a space: at most 6 cells before the space.
  static let latinChunk: Piece = zip(
    pick(["", "("] as [String]),
    Gen.letterOrNumber.string(of: 1...4),
    pick(["", ")", ",", ".", "?", "!", ";"] as [String])
  ).map { parts in parts.0 + parts.1 + parts.2 + " " }.eraseToAny()
}
