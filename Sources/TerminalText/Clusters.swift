/// One grapheme cluster met while walking a string.
struct ClusterInfo {
  /// Where the cluster starts in the string's UTF-8.
  var offset: Int
  /// Its length in UTF-8 bytes.
  var length: Int
  /// Cells, as `DisplayWidth.of(_: Character)`.
  var width: Int
  /// Its first scalar, which decides how kinsoku, spaces and newlines treat it.
  var first: Unicode.Scalar
  /// Whether the cluster is that one scalar alone (a space followed by a combining mark is not a space).
  var isSingleScalar: Bool
}

/// Walking a string's grapheme clusters, fast.
///
/// Swift's own segmentation (`for character in text`) costs about 20 ns a character, more than all the rest of
/// wrapping a Japanese paragraph. Most characters in our text are ASCII, kana, kanji or full-width forms, and
/// between two of those the grapheme rules always allow a boundary (none of them extends, joins, prepends or
/// pairs up), so such a scalar followed by another is a cluster of its own and needs no segmentation. Anything
/// else (combining marks, emoji, Hangul, CR LF, …) goes through `String`'s subscript, which segments from there.
enum Clusters {
  @inline(__always)
  static func walk(_ text: String, _ body: (ClusterInfo) -> Bool) {
    let walked: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      walkUTF8(text, bytes, body)
    }
    if walked == nil { walkCharacters(text, body) }
  }

  /// The general path: Swift's segmentation for every cluster.
  static func walkCharacters(_ text: String, _ body: (ClusterInfo) -> Bool) {
    var offset = 0
    for character in text {
      guard let info = info(character, at: offset), body(info) else { return }
      offset += info.length
    }
  }

  @inline(__always)
  static func walkUTF8(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ body: (ClusterInfo) -> Bool) {
    let count = bytes.count
    var offset = 0
    while offset < count {
      let (value, length) = decode(bytes, at: offset)
      let next = offset + length
      if value != 0x0D && isSegmentationFree(value)
        && (next == count || isSegmentationFree(decode(bytes, at: next).value))
      {
        // A valid scalar: `decode` reads well-formed UTF-8, which a Swift string always is.
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        let info = ClusterInfo(
          offset: offset, length: length, width: DisplayWidth.of(scalar), first: scalar, isSingleScalar: true)
        guard body(info) else { return }
        offset = next
      } else {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        guard let info = info(text[index], at: offset), body(info) else { return }
        offset += info.length
      }
    }
  }

  static func info(_ character: Character, at offset: Int) -> ClusterInfo? {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return nil }
    return ClusterInfo(
      offset: offset, length: character.utf8.count, width: DisplayWidth.of(character), first: first,
      isSingleScalar: scalars.index(after: scalars.startIndex) == scalars.endIndex)
  }

  /// Scalars between which and any neighbour of the same kind there is always a grapheme boundary: ASCII (CR
  /// aside, checked by the caller), Latin-1 and Latin Extended, CJK punctuation, kana (not the combining voicing
  /// marks), kanji, full-width forms and half-width katakana (not ﾞ ﾟ, which extend the letter before them).
  @inline(__always)
  static func isSegmentationFree(_ value: UInt32) -> Bool {
    if value < 0x300 { return true }
    switch value {
    case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF: return true
    case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
    case 0xFF01...0xFF9D, 0xFFE0...0xFFEE: return true
    default: return false
    }
  }

  /// The scalar starting at `offset` in well-formed UTF-8, and its length in bytes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (lead, 1) }
    let second = UInt32(bytes[offset + 1]) & 0x3F
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | second, 2) }
    let third = UInt32(bytes[offset + 2]) & 0x3F
    if lead < 0xF0 { return ((lead & 0x0F) << 12 | second << 6 | third, 3) }
    let fourth = UInt32(bytes[offset + 3]) & 0x3F
    return ((lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
  }
}
