/// The kinsoku character classes (JIS X 4051 / JLREQ), with their Western counterparts.
///
/// The sets are generous: a character wrongly kept off the start of a line only moves a break one character
/// earlier, while one wrongly allowed there leaves 。 or ） dangling at the start of a line.
/// A cluster is classified by its first scalar (a combining mark does not change what the character is).
public enum Kinsoku {
  /// Characters that must not start a line: closing brackets, 、。，．, small kana, ー 々 ゝ ゞ ヽ ヾ, ！？ ・：； …
  public static func cannotStartLine(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return cannotStartLine(first)
  }

  /// Characters that must not end a line: opening brackets （「『【〔〈《［｛ “ ‘ ( [ {
  public static func cannotEndLine(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return cannotEndLine(first)
  }

  /// `cannotStartLine` for one scalar.
  public static func cannotStartLine(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    // Western closing brackets and punctuation, and the signs that follow a number (JLREQ cl-02, 04–06, 20).
    case 0x21, 0x25, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D: true  // ! % ) , . : ; ? ] }
    case 0xA2, 0xB0, 0xBB: true  // ¢ ° »
    case 0x2019, 0x201D, 0x203A: true  // ’ ” ›
    case 0x2010, 0x2013: true  // ‐ –  (hyphens, cl-03)
    case 0x203C, 0x2047, 0x2048, 0x2049: true  // ‼ ⁇ ⁈ ⁉
    case 0x2030, 0x2031, 0x2032, 0x2033, 0x2103: true  // ‰ ‱ ′ ″ ℃
    // CJK symbols: 、。 々 closing brackets 〜 〻
    case 0x3001, 0x3002, 0x3005: true
    case 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B: true  // 〉》」』】〕〗〙〛
    case 0x301C, 0x301E, 0x301F, 0x303B: true  // 〜 〞 〟 〻
    // Small hiragana, sound marks and iteration marks (cl-09, cl-11).
    case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096: true
    case 0x309B, 0x309C, 0x309D, 0x309E: true  // ゛ ゜ ゝ ゞ
    // ゠, small katakana, ・ ー ヽ ヾ
    case 0x30A0, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6: true
    case 0x30FB, 0x30FC, 0x30FD, 0x30FE: true
    case 0x31F0...0x31FF: true  // small katakana for Ainu: ㇰ–ㇿ
    // Full-width forms: ！ ％ ） ， ． ： ； ？ ］ ｝ ～ ｠ ￠
    case 0xFF01, 0xFF05, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0xFF5E, 0xFF60, 0xFFE0: true
    // Half-width forms: ｡ ｣ ､ ･ small ｧ–ｯ ｰ ﾞ ﾟ
    case 0xFF61, 0xFF63, 0xFF64, 0xFF65, 0xFF67...0xFF70, 0xFF9E, 0xFF9F: true
    // Small kana in the Kana Extended-A / Small Kana Extension blocks.
    case 0x1B132, 0x1B150...0x1B152, 0x1B155, 0x1B164...0x1B167: true
    default: false
    }
  }

  /// `cannotEndLine` for one scalar.
  public static func cannotEndLine(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x28, 0x5B, 0x7B: true  // ( [ {
    case 0xAB, 0x2018, 0x201C, 0x2039: true  // « ‘ “ ‹
    case 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D: true  // 〈《「『【〔〖〘〚〝
    case 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62: true  // （ ［ ｛ ｟ ｢
    // Signs written before a number (JLREQ cl-19): ¥ and the full-width ＃ ＄ ￡ ￥.
    case 0xA5, 0xFF03, 0xFF04, 0xFFE1, 0xFFE5: true
    default: false
    }
  }
}
