/// Cutting one line of text to a number of cells.
///
/// Newlines are not expected (callers flatten multi-line text first); if present they count as characters of
/// width 0, like every other control, and are kept.
public enum Truncation {
  /// The text cut to fit `width` cells, with "…" (or `ellipsis`) at the end when cut; never half a wide character.
  ///
  /// - Text that fits is returned unchanged; a width of 0 or less gives "".
  /// - When cut, spaces left just before the ellipsis are dropped ("Hello…", not "Hello …").
  /// - When the next character is wide and only one cell is left before the ellipsis, that cell stays empty:
  ///   the result is then one cell narrower than `width`.
  /// - An ellipsis wider than `width` is itself cut to fit (so "..." in 2 cells gives "..").
  /// - An empty `ellipsis` gives a plain cut.
  public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    let ellipsisWidth = DisplayWidth.of(ellipsis)
    let budget = width - ellipsisWidth  // cells left for the text when it has to be cut
    var used = 0
    var keptEnd = 0  // UTF-8 offset after the last character within `budget` that is not a space
    var budgetReached = false
    var overflows = false
    Clusters.walk(text) { cluster in
      if !budgetReached {
        if used + cluster.width > budget {
          budgetReached = true
        } else if !(cluster.isSingleScalar && (cluster.first == " " || cluster.first == "\t")) {
          keptEnd = cluster.offset + cluster.length
        }
      }
      used += cluster.width
      if used > width {
        overflows = true
        return false
      }
      return true
    }
    guard overflows else { return text }
    guard ellipsisWidth <= width else { return truncate(ellipsis, width: width, ellipsis: "") }
    let utf8 = text.utf8
    let end = utf8.index(utf8.startIndex, offsetBy: keptEnd)
    return String(text[..<end]) + ellipsis
  }

  /// The text cut from the left to fit `width` cells, with the ellipsis in front when cut ("…› P5 › P5.M2"), so
  /// that the end (where you are) always shows.
  public static func truncateLeft(_ text: String, width: Int, ellipsis: String = "…") -> String {
    guard DisplayWidth.of(text) > width else { return text }
    var characters = Array(text)
    while !characters.isEmpty && DisplayWidth.of(ellipsis + String(characters)) > width { characters.removeFirst() }
    return ellipsis + String(characters)
  }
}
