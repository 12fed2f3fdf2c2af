/// One line of wrapped text.
public struct WrappedLine: Sendable, Hashable {
  /// What the line shows.
  public var text: String
  /// What was consumed at the break after this line: "" (a break between two characters), the spaces at a
  /// break between words, "\n" for a hard break. `lines.map { $0.text + $0.separator }.joined()` is the input.
  public var separator: String
  /// Display width of `text`; never more than the width asked for (unless that width is below 2 and a
  /// single wide character does not fit, in which case the line holds that one character).
  public var width: Int

  public init(text: String, separator: String, width: Int) {
    self.text = text
    self.separator = separator
    self.width = width
  }
}

/// Line breaking for Japanese (JIS X 4051 kinsoku) and English text in a terminal.
///
/// Where a line may break:
/// - between two characters when at least one is CJK (kana, kanji, full-width and half-width forms, CJK
///   punctuation, or anything two cells wide such as emoji), unless `Kinsoku` forbids it;
/// - at a run of spaces or tabs, which goes into the separator (kinsoku still applies across the run);
/// - after a zero-width space (U+200B);
/// - never inside a run of other characters (a Latin word, a number, a URL) unless nothing else fits.
///
/// Lines are filled greedily. When the last break that fits is forbidden, the break moves back to the nearest
/// allowed one on the line (oidashi: the characters before the forbidden point go down to the next line); only
/// when the line has no allowed break at all is it cut at the width (an emergency break, e.g. a URL longer than
/// the line). Newlines ("\n", "\r\n", "\r", U+2028, U+2029, U+0085, VT, FF) are hard breaks and become the
/// separator; spaces just before a hard break that do not fit join it. Spaces after a soft break go into that
/// break's separator, so no line after a soft break starts with a space; spaces at the start of the text or
/// after a hard break are indentation and stay. A width below 1 counts as 1.
public enum LineBreaker {
  public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
    wrap(text, width: width, firstLineWidth: width)
  }

  /// Like `wrap(_:width:)`, but the first line may be narrower or wider (a bullet, a label, a hanging indent).
  public static func wrap(_ text: String, width: Int, firstLineWidth: Int) -> [WrappedLine] {
    let clusters = Cluster.scan(text)
    let count = clusters.count
    let utf8 = text.utf8
    let totalBytes = utf8.count

    func slice(_ start: Int, _ end: Int) -> String {
      guard start < end else { return "" }
      let lower = utf8.index(utf8.startIndex, offsetBy: start < count ? clusters[start].offset : totalBytes)
      let upper = utf8.index(utf8.startIndex, offsetBy: end < count ? clusters[end].offset : totalBytes)
      return String(text[lower..<upper])
    }

    var lines: [WrappedLine] = []
    var start = 0
    while true {
      let limit = max(1, lines.isEmpty ? firstLineWidth : width)
      let (textEnd, textWidth) = lineEnd(clusters, from: start, limit: limit)
      let (separatorEnd, hardBreak) = separator(clusters, after: textEnd)
      lines.append(
        WrappedLine(text: slice(start, textEnd), separator: slice(textEnd, separatorEnd), width: textWidth))
      start = separatorEnd
      if start == count {
        // A final hard break opens one more, empty, line, as it does in an editor.
        if hardBreak { lines.append(WrappedLine(text: "", separator: "", width: 0)) }
        return lines
      }
    }
  }

  /// Where the line that starts at `start` ends within `limit` cells, and its width: at the latest allowed break,
  /// else (no allowed break on the whole line) where the text no longer fits, else after one wide character.
  static func lineEnd(_ clusters: [Cluster], from start: Int, limit: Int) -> (end: Int, width: Int) {
    let count = clusters.count
    var used = 0
    var index = start
    var best = -1  // the latest allowed break on the line so far
    var widthAtBest = 0
    while true {
      if index == count || clusters[index].flags.contains(.newline) { return (index, used) }
      if index > start && breakAllowed(before: index, in: clusters) {
        best = index
        widthAtBest = used
      }
      let clusterWidth = clusters[index].width
      if used + clusterWidth > limit {
        if best > start { return (best, widthAtBest) }
        if index > start { return (index, used) }  // emergency: no allowed break on the whole line
        return (index + 1, clusterWidth)  // a wide character on a one-cell line
      }
      used += clusterWidth
      index += 1
    }
  }

  /// The spaces (and a newline) that a soft or hard break at `textEnd` swallows; whether it was a hard break.
  static func separator(_ clusters: [Cluster], after textEnd: Int) -> (end: Int, hardBreak: Bool) {
    let count = clusters.count
    var separatorEnd = textEnd
    guard textEnd < count else { return (textEnd, false) }
    if !clusters[textEnd].flags.contains(.newline) {
      while separatorEnd < count && clusters[separatorEnd].flags.contains(.space) { separatorEnd += 1 }
    }
    if separatorEnd < count && clusters[separatorEnd].flags.contains(.newline) { return (separatorEnd + 1, true) }
    return (separatorEnd, false)
  }

  /// Whether a soft break may fall just before `clusters[index]` (0 < index < count).
  static func breakAllowed(before index: Int, in clusters: [Cluster]) -> Bool {
    let before = clusters[index - 1].flags
    let after = clusters[index].flags
    if before.contains(.newline) || after.contains(.newline) { return false }
    if after.contains(.space) {
      // A break at a run of spaces is taken at the run's start; kinsoku looks across the run.
      if before.contains(.space) || before.contains(.cannotEnd) { return false }
      var next = index + 1
      while next < clusters.count && clusters[next].flags.contains(.space) { next += 1 }
      return next == clusters.count || !clusters[next].flags.contains(.cannotStart)
    }
    if before.contains(.space) || before.contains(.cannotEnd) || after.contains(.cannotStart) { return false }
    return before.contains(.ideographic) || after.contains(.ideographic) || before.contains(.breakAfter)
  }
}

/// One grapheme cluster of the text being wrapped, measured and classified once.
struct Cluster {
  struct Flags: OptionSet {
    let rawValue: UInt8
    static let space = Flags(rawValue: 1 << 0)
    static let newline = Flags(rawValue: 1 << 1)
    /// CJK or two cells wide: a line may break on either side of it.
    static let ideographic = Flags(rawValue: 1 << 2)
    static let cannotStart = Flags(rawValue: 1 << 3)
    static let cannotEnd = Flags(rawValue: 1 << 4)
    /// A zero-width space: an explicit break opportunity after it.
    static let breakAfter = Flags(rawValue: 1 << 5)
  }

  /// Where the cluster starts in the text's UTF-8, so lines are cut from the original string in one copy.
  var offset: Int
  /// Cells, as `DisplayWidth.of`.
  var width: Int
  var flags: Flags

  /// The clusters of `text`, in one pass.
  static func scan(_ text: String) -> [Cluster] {
    var clusters: [Cluster] = []
    clusters.reserveCapacity(text.utf8.count)
    Clusters.walk(text) { info in
      let flags = classify(info.first, isSingleScalar: info.isSingleScalar, width: info.width)
      clusters.append(Cluster(offset: info.offset, width: info.width, flags: flags))
      return true
    }
    return clusters
  }

  /// The break classes of a cluster, from its first scalar.
  static func classify(_ first: Unicode.Scalar, isSingleScalar: Bool, width: Int) -> Flags {
    let value = first.value
    if value < 0x80 {
      switch value {
      case 0x20, 0x09: return isSingleScalar ? .space : []
      case 0x0A...0x0D: return .newline  // LF, VT, FF, CR and CR LF
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return []  // letters and digits: the common case
      default: break
      }
    } else if value == 0x85 || value == 0x2028 || value == 0x2029 {
      return .newline
    } else if isSingleScalar && isBreakingSpace(value) {
      return .space
    }
    var flags: Flags = []
    if value == 0x200B { flags.insert(.breakAfter) }
    if width == 2 || isCJK(value) { flags.insert(.ideographic) }
    if Kinsoku.cannotStartLine(first) { flags.insert(.cannotStart) }
    if Kinsoku.cannotEndLine(first) { flags.insert(.cannotEnd) }
    return flags
  }

  /// Spaces a line may break at, other than U+0020 and tab. Not the no-break spaces (U+00A0, U+2007, U+202F),
  /// and not the ideographic space U+3000, which Japanese uses as a two-cell indent and which stays in the text.
  static func isBreakingSpace(_ value: UInt32) -> Bool {
    value == 0x1680 || value == 0x205F || ((0x2000...0x200A).contains(value) && value != 0x2007)
  }

  /// CJK blocks, for the characters among them that are only one cell wide (half-width katakana, some symbols).
  static func isCJK(_ value: UInt32) -> Bool {
    switch value {
    case 0x2E80...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF:
      true
    case 0x1B000...0x1B16F, 0x20000...0x3FFFF: true
    default: false
    }
  }
}
