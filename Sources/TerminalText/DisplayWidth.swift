/// Display width of text in terminal cells, as the C library's wcwidth measures it (C.UTF-8, glibc),
/// so that the cell grid and ncurses agree.
///
/// Widths come from `WidthTable`, generated from glibc 2.36's `wcwidth` under C.UTF-8 rather than from
/// Unicode's East Asian Width property: ncurses places characters by `wcwidth`, and where the two disagree
/// (ambiguous characters such as × → ○ ─ are 1 here; Hangul medial and final jamo are 0; the Yijing hexagrams
/// and the circled numbers ㉈–㉏ are 2) the screen follows the C library.
///
/// Deviations from `wcwidth`, all deliberate:
/// - controls, unassigned code points and other scalars `wcwidth` calls unprintable (-1) count as 0: they take
///   no cell in the grid, and whoever draws the grid must not hand them to ncurses as they are;
/// - a tab counts as 1: the UI draws it as one blank cell (ncurses would expand it to the next tab stop);
/// - a grapheme cluster takes the sum of its scalars' widths, so combining marks add nothing but a second
///   spacing scalar does (ｶﾞ is one Swift `Character` and two cells, as in ncurses); 2 when it carries U+FE0F
///   (emoji presentation), as terminals draw it; clamped to 0...2 (ZWJ sequences, skin tones: one glyph).
public enum DisplayWidth {
  /// Cells one grapheme cluster takes: 0 (controls, lone combining marks), 1 or 2.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    var iterator = scalars.makeIterator()
    guard let first = iterator.next() else { return 0 }
    // Most clusters are one scalar; skip the bookkeeping below for them.
    guard var next = iterator.next() else { return of(first) }

    // Several scalars: add up what each takes, as ncurses does when it is handed them one by one. Combining
    // marks add nothing; a second spacing scalar does add (half-width katakana with ﾞ or ﾟ, which Swift counts as
    // one character, takes two cells on screen; so do the two regional indicators of a flag).
    var width = of(first)
    var emojiPresentation = false
    while true {
      if next.value == 0xFE0F { emojiPresentation = true }
      width += of(next)
      guard let following = iterator.next() else { break }
      next = following
    }
    // U+FE0F asks for the two-cell emoji glyph whatever the base's own width; and no cluster takes more than
    // two cells in a terminal (ZWJ sequences and skin tones are drawn as one glyph).
    if width > 0 && emojiPresentation { return 2 }
    return min(width, 2)
  }

  /// Sum over the clusters.
  public static func of(_ text: String) -> Int {
    var total = 0
    Clusters.walk(text) { cluster in
      total += cluster.width
      return true
    }
    return total
  }

  /// Cells one scalar takes on its own: `wcwidth` with -1 read as 0, and a tab as 1 (see the type's notes).
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x80 { return asciiWidth(UInt8(truncatingIfNeeded: value)) }
    return max(0, WidthTable.wcwidth(value))
  }

  /// What glibc's `wcwidth` returns for the scalar in C.UTF-8, unchanged: -1 (unprintable), 0, 1 or 2.
  /// For whoever hands text to ncurses and needs to know what it will do.
  public static func wcwidth(_ scalar: Unicode.Scalar) -> Int {
    WidthTable.wcwidth(scalar.value)
  }

  /// Whether ncurses advances the cursor by exactly `of(character)` cells for this cluster: one scalar that
  /// `wcwidth` calls printable followed only by zero-width ones (what `setcchar` accepts as one cell). False for
  /// controls, tabs, emoji with U+FE0F on a narrow base, flags, ZWJ sequences, and scripts whose clusters hold
  /// several spacing scalars; a renderer may want to draw a substitute for those.
  public static func agreesWithCurses(_ character: Character) -> Bool {
    var iterator = character.unicodeScalars.makeIterator()
    guard let first = iterator.next() else { return false }
    let base = WidthTable.wcwidth(first.value)
    guard base >= 1 else { return false }
    while let scalar = iterator.next() {
      guard WidthTable.wcwidth(scalar.value) == 0 else { return false }
    }
    return base == of(character)
  }

  /// Printable ASCII is 1, a tab is 1 (drawn as a blank), every other control is 0.
  @inline(__always)
  static func asciiWidth(_ byte: UInt8) -> Int {
    if byte >= 0x20 && byte < 0x7F { return 1 }
    return byte == 0x09 ? 1 : 0
  }
}

/// glibc's wcwidth as a table of runs (the data is in the generated WidthTable.swift).
enum WidthTable {
  /// `wcwidth` for any value up to 0x10FFFF (surrogates included: -1); -1 above.
  static func wcwidth(_ value: UInt32) -> Int {
    // Kana, kanji and full-width forms without the search; tableMatchesTheCLibrary checks these against glibc too.
    switch value {
    case 0x3041...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60: return 2
    case 0xFF61...0xFF9F: return 1
    case 0x110000...: return -1
    default: break
    }
    return runs.withUnsafeBufferPointer { table in
      // Binary search for the last run starting at or before `value`; the first run starts at 0.
      var low = 0
      var high = table.count / 2
      while high - low > 1 {
        let middle = (low + high) / 2
        if UInt32(truncatingIfNeeded: table[2 * middle]) <= value {
          low = middle
        } else {
          high = middle
        }
      }
      return Int(table[2 * low + 1])
    }
  }
}
