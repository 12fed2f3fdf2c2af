// How search sees text: one "folded" form in which the variants a person may type are the same.
// - case: DX = dx (Unicode lowercase mapping);
// - width, as NFKC does: ＤＸ = DX, ｶﾀｶﾅ = カタカナ, ideographic space = space;
// - composition: か + U+3099 (combining voiced mark) = が, ｶﾞ = ガ;
// - kana: hiragana = katakana (さてらいと finds サテライト).
// Each folded scalar remembers the character of the original text it came from, so matches can be highlighted
// in the original, in whole characters.

public enum SearchFolding {
  /// The folded form of a text, as scalars.
  public static func fold(_ text: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.unicodeScalars.count)
    for character in text {
      foldCharacter(character, into: &out)
    }
    return out
  }

  /// The folded form of a text and, for each folded scalar, the offset of the Unicode scalar it came from.
  /// Works on scalars rather than characters: grapheme segmentation would cost more than the folding itself,
  /// and only the few texts that match need their offsets turned into characters (see `characterOffsets`).
  static func foldWithOffsets(_ text: String) -> (scalars: [UInt32], offsets: [Int32]) {
    var scalars: [UInt32] = []
    var offsets: [Int32] = []
    let count = text.utf8.count
    scalars.reserveCapacity(count)
    offsets.reserveCapacity(count)
    var offset: Int32 = 0
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        scalars.append(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
        offsets.append(offset)
      } else {
        var mapped = widthFold(v)
        if mapped == 0x3099 || mapped == 0x309A, let previous = scalars.last,
          let composed = compose(previous, mark: mapped)
        {
          scalars[scalars.count - 1] = composed
          offset += 1
          continue
        }
        if (0x3041...0x3096).contains(mapped) || mapped == 0x309D || mapped == 0x309E { mapped += 0x60 }
        if mapped < 0x80 || hasNoCase(mapped) {
          // Full-width ASCII became ASCII; kana and kanji have no case: no property lookup for them.
          scalars.append(mapped >= 0x41 && mapped <= 0x5A ? mapped + 0x20 : mapped)
          offsets.append(offset)
        } else if let folded = Unicode.Scalar(mapped), folded.properties.changesWhenLowercased {
          for lower in folded.properties.lowercaseMapping.unicodeScalars {
            scalars.append(lower.value)
            offsets.append(offset)
          }
        } else {
          scalars.append(mapped)
          offsets.append(offset)
        }
      }
      offset += 1
    }
    return (scalars, offsets)
  }

  /// For each scalar offset of `text`, the offset of the character (grapheme cluster) that holds it.
  static func characterOffsets(_ text: String) -> [Int] {
    // Grapheme segmentation was a third of a keystroke on a big dataset; a text whose every scalar stands alone as
    // a character (most Japanese and English text) maps scalar to character one to one.
    if text.unicodeScalars.allSatisfy({ standsAlone($0.value) }) { return Array(0..<text.unicodeScalars.count) }
    return segmentedOffsets(text)
  }

  /// `characterOffsets` the long way, by grapheme segmentation.
  static func segmentedOffsets(_ text: String) -> [Int] {
    var map: [Int] = []
    map.reserveCapacity(text.unicodeScalars.count)
    for (k, character) in text.enumerated() {
      for _ in character.unicodeScalars { map.append(k) }
    }
    return map
  }

  /// Scalars that are a whole character wherever they stand: no combining marks, joiners, variation selectors,
  /// jamo, emoji or CR (which joins a following LF); kana without the combining voiced marks (U+3099, U+309A)
  /// and half-width katakana without its voiced marks (U+FF9E, U+FF9F). A test checks them against String.
  static func standsAlone(_ v: UInt32) -> Bool {
    switch v {
    case 0x0A, 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x22FF, 0x2460...0x24FF,
      0x2500...0x25FF, 0x3000...0x3029, 0x3030...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xFF01...0xFF9D:
      return true
    default:
      return false
    }
  }

  static func foldCharacter(_ character: Character, into out: inout [Unicode.Scalar]) {
    let start = out.count
    for scalar in character.unicodeScalars {
      let v = scalar.value
      // Fast path for plain ASCII.
      if v < 0x80 {
        if v >= 0x41 && v <= 0x5A {
          out.append(Unicode.Scalar(v + 0x20).unsafelyUnwrapped)
        } else {
          out.append(scalar)
        }
        continue
      }
      var mapped = widthFold(v)
      // A voiced or semi-voiced mark after a kana composes with it.
      if (mapped == 0x3099 || mapped == 0x309A), out.count > start, let previous = out.last,
        let composed = compose(previous.value, mark: mapped)
      {
        out[out.count - 1] = Unicode.Scalar(composed).unsafelyUnwrapped
        continue
      }
      // Hiragana to katakana.
      if (0x3041...0x3096).contains(mapped) || mapped == 0x309D || mapped == 0x309E {
        mapped += 0x60
      }
      guard let folded = Unicode.Scalar(mapped) else { continue }
      if mapped < 0x80 || hasNoCase(mapped) {
        out.append(Unicode.Scalar(mapped >= 0x41 && mapped <= 0x5A ? mapped + 0x20 : mapped).unsafelyUnwrapped)
      } else if folded.properties.changesWhenLowercased {
        out.append(contentsOf: folded.properties.lowercaseMapping.unicodeScalars)
      } else {
        out.append(folded)
      }
    }
  }

  /// The blocks where no scalar changes when lowercased (CJK radicals and punctuation, kana, enclosed and
  /// compatibility CJK, the ideographs, Hangul syllables, compatibility ideographs): most of a Japanese text, and a
  /// Unicode property lookup per scalar was a tenth of a one-shot search. A test checks every scalar of them.
  static let caselessBlocks: [Range<UInt32>] = [0x2E80..<0xA000, 0xAC00..<0xD7A4, 0xF900..<0xFB00]

  @inline(__always) static func hasNoCase(_ v: UInt32) -> Bool {
    v >= 0x2E80 && (v < 0xA000 || (v >= 0xAC00 && v < 0xD7A4) || (v >= 0xF900 && v < 0xFB00))
  }

  /// Full-width ASCII to ASCII, half-width katakana to full-width, ideographic space to space.
  static func widthFold(_ v: UInt32) -> UInt32 {
    switch v {
    case 0x3000: return 0x20
    case 0xFF01...0xFF5E: return v - 0xFEE0
    case 0xFF61...0xFF9F: return halfwidthKatakana[Int(v - 0xFF61)]
    default: return v
    }
  }

  /// U+FF61…U+FF9F in order: half-width punctuation and katakana, then the two sound marks (as combining marks).
  static let halfwidthKatakana: [UInt32] = [
    0x3002, 0x300C, 0x300D, 0x3001, 0x30FB,  // ｡｢｣､･
    0x30F2,  // ｦ
    0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7, 0x30C3,  // ｧｨｩｪｫｬｭｮｯ
    0x30FC,  // ｰ
    0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA,  // ｱｲｳｴｵ
    0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3,  // ｶｷｸｹｺ
    0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD,  // ｻｼｽｾｿ
    0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8,  // ﾀﾁﾂﾃﾄ
    0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE,  // ﾅﾆﾇﾈﾉ
    0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB,  // ﾊﾋﾌﾍﾎ
    0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2,  // ﾏﾐﾑﾒﾓ
    0x30E4, 0x30E6, 0x30E8,  // ﾔﾕﾖ
    0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED,  // ﾗﾘﾙﾚﾛ
    0x30EF, 0x30F3,  // ﾜﾝ
    0x3099, 0x309A,  // ﾞﾟ
  ]

  /// The precomposed kana for a kana followed by a voiced (U+3099) or semi-voiced (U+309A) mark, if there is one.
  static func compose(_ base: UInt32, mark: UInt32) -> UInt32? {
    // Both marks compose with the same bases in hiragana and katakana; work in katakana.
    let isHiragana = (0x3041...0x3096).contains(base) || base == 0x309D
    let kana = isHiragana ? base + 0x60 : base
    var result: UInt32?
    if mark == 0x3099 {
      switch kana {
      case 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1,
        0x30C4, 0x30C6, 0x30C8, 0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB, 0x30FD:
        result = kana + 1
      case 0x30A6: result = 0x30F4  // ウ → ヴ
      case 0x30EF, 0x30F0, 0x30F1, 0x30F2: result = kana + 8  // ワヰヱヲ → ヷヸヹヺ
      default: result = nil
      }
    } else {
      switch kana {
      case 0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB: result = kana + 2
      default: result = nil
      }
    }
    // Search folds hiragana to katakana anyway, so the katakana form is the one we want.
    return result
  }
}
