import Glibc
import PropertyBased
import TerminalText
import Testing

@Suite("Display width")
struct DisplayWidthTests {
  @Test func examples() {
    #expect(DisplayWidth.of("あ" as Character) == 2)
    #expect(DisplayWidth.of("a" as Character) == 1)
    #expect(DisplayWidth.of("か\u{3099}" as Character) == 2)  // が decomposed: the voicing mark adds nothing
    #expect(DisplayWidth.of("ｶ" as Character) == 1)  // half-width katakana
    #expect(DisplayWidth.of("ﾞ" as Character) == 1)  // half-width voicing mark
    // Swift counts ｶﾞ as one Character (ﾞ is a grapheme extender), but the mark is a spacing character of its own
    // to wcwidth, ncurses and terminals: two cells.
    #expect(("ｶﾞ" as String).count == 1)
    #expect(DisplayWidth.of("ｶﾞ" as Character) == 2)
    #expect(DisplayWidth.of("漢" as Character) == 2)
    #expect(DisplayWidth.of("\u{3000}" as Character) == 2)  // ideographic space
    #expect(DisplayWidth.of("Ａ" as Character) == 2)  // full-width Latin
    #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
    #expect(DisplayWidth.of("\u{301}" as Character) == 0)  // a combining mark alone
    #expect(DisplayWidth.of("\u{200B}" as Character) == 0)  // zero-width space
    #expect(DisplayWidth.of("\u{7}" as Character) == 0)
    #expect(DisplayWidth.of("\n" as Character) == 0)
    #expect(DisplayWidth.of("\r\n" as Character) == 0)
    #expect(DisplayWidth.of("\t" as Character) == 1)  // drawn as one blank cell
  }

  /// Ambiguous-width characters are narrow in C.UTF-8, which is what ncurses uses.
  @Test(arguments: ["×", "→", "※", "○", "─", "│", "┌", "…", "◼", "°", "±", "α", "Я"] as [Character])
  func ambiguousIsNarrow(_ character: Character) {
    #expect(DisplayWidth.of(character) == 1)
  }

  @Test func emoji() {
    #expect(DisplayWidth.of("😀" as Character) == 2)
    #expect(DisplayWidth.of("⌚" as Character) == 2)  // emoji presentation by default
    #expect(DisplayWidth.of("❤" as Character) == 1)  // text presentation by default
    #expect(DisplayWidth.of("❤\u{FE0F}" as Character) == 2)  // VS16 asks for emoji presentation
    #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}" as Character) == 2)  // keycap
    #expect(DisplayWidth.of("👍\u{1F3FD}" as Character) == 2)  // skin tone modifier does not add
    #expect(DisplayWidth.of("👨\u{200D}👩\u{200D}👧" as Character) == 2)  // ZWJ sequence
    #expect(DisplayWidth.of("🇯🇵" as Character) == 2)  // flag: two regional indicators
  }

  @Test func strings() {
    #expect(DisplayWidth.of("") == 0)
    #expect(DisplayWidth.of("Tohoku") == 6)
    #expect(DisplayWidth.of("東北 Tohoku") == 11)
    #expect(DisplayWidth.of("ｶﾞｽ") == 3)
    #expect(DisplayWidth.of("a\tb\r\nc") == 4)
    #expect(DisplayWidth.of("DX（デジタル）") == 14)
  }

  @Test func scalars() {
    #expect(DisplayWidth.of("あ" as Unicode.Scalar) == 2)
    #expect(DisplayWidth.of("\u{3099}" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.wcwidth("\u{7}") == -1)
    #expect(DisplayWidth.wcwidth("\t") == -1)
    #expect(DisplayWidth.of("\t" as Unicode.Scalar) == 1)
    #expect(DisplayWidth.wcwidth("\u{378}") == -1)  // unassigned
    #expect(DisplayWidth.of("\u{378}" as Unicode.Scalar) == 0)
  }

  /// Where glibc departs from Unicode's East Asian Width; the table must follow glibc.
  @Test func glibcQuirks() {
    #expect(DisplayWidth.wcwidth("\u{1161}") == 0)  // Hangul medial vowel (EAW: neutral)
    #expect(DisplayWidth.wcwidth("\u{4DC0}") == 2)  // Yijing hexagram (EAW: neutral)
    #expect(DisplayWidth.wcwidth("\u{3248}") == 2)  // circled number ten on black square (EAW: ambiguous)
    #expect(DisplayWidth.wcwidth("\u{00AD}") == 1)  // soft hyphen
    #expect(DisplayWidth.wcwidth("\u{1F1EF}") == 1)  // a regional indicator alone
  }

  @Test func cursesAgreement() {
    #expect(DisplayWidth.agreesWithCurses("あ"))
    #expect(DisplayWidth.agreesWithCurses("か\u{3099}"))
    #expect(DisplayWidth.agreesWithCurses("⌚\u{FE0F}"))
    #expect(!DisplayWidth.agreesWithCurses("❤\u{FE0F}"))
    #expect(!DisplayWidth.agreesWithCurses("🇯🇵"))
    #expect(!DisplayWidth.agreesWithCurses("ｶﾞ"))  // two spacing scalars: ncurses's setcchar refuses them
    #expect(!DisplayWidth.agreesWithCurses("\t"))
    #expect(!DisplayWidth.agreesWithCurses("\u{301}"))
  }

  /// Pins the generated table to this machine's C library: every scalar of every plane, as `wcwidth` sees it in
  /// C.UTF-8. If this fails after a glibc upgrade, regenerate WidthTable.swift (see its header).
  @Test func tableMatchesTheCLibrary() throws {
    // A thread-local locale, so that other tests running in parallel keep the process's locale.
    let mask = Int32(1) << LC_CTYPE
    let utf8Locale = try #require(newlocale(mask, "C.UTF-8", nil))
    let previous = uselocale(utf8Locale)
    defer {
      uselocale(previous)
      freelocale(utf8Locale)
    }
    let cWidth = try #require(CLibrary.wcwidth)
    var mismatches: [String] = []
    var checked = 0
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
      let expected = Int(cWidth(wchar_t(bitPattern: value)))
      checked += 1
      if DisplayWidth.wcwidth(scalar) != expected && mismatches.count < 20 {
        let hex = String(value, radix: 16, uppercase: true)
        mismatches.append("U+\(hex): table \(DisplayWidth.wcwidth(scalar)), wcwidth \(expected)")
      }
    }
    #expect(checked == 0x110000 - 0x800)
    #expect(mismatches.isEmpty, "\(mismatches)")
    // Sanity checks that the lookup itself works: a kanji from Extension B is wide, × is narrow in C.UTF-8.
    #expect(cWidth(0x20000) == 2)  // CJK Extension B
    #expect(cWidth(0x00D7) == 1)  // ×
  }

  @Test func stringIsTheSumOfItsCharacters() async {
    await propertyCheck(count: 300, input: TextGen.anything) { text in
      #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
    }
    await propertyCheck(count: 300, input: Gen.ascii.string(of: 0...40)) { text in
      #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
    }
  }
}

/// The C library's own functions, looked up at run time: Swift's Glibc module leaves out `wcwidth`, which
/// <wchar.h> declares only under _XOPEN_SOURCE.
enum CLibrary {
  typealias WidthFunction = @convention(c) (wchar_t) -> Int32

  static let wcwidth: WidthFunction? = {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") else { return nil }
    return unsafeBitCast(symbol, to: WidthFunction.self)
  }()
}
