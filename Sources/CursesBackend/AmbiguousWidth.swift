// Terminals set to draw East Asian Ambiguous characters two cells wide (a common choice with Japanese fonts and
// locales) shift every row that holds one: “ ” × → ─ ▶ ● and the like, in the interface and in the data. The grid
// gives them one cell, as the C library's wcwidth does. So on such a terminal every one of them is drawn as an
// ASCII stand-in instead: one pure function over the finished grid, applied where the grid is drawn (the live
// screen when the terminal says so or --ascii asks, `render --ascii`). It could live next to CellGrid in TerminalUI.
import DualLifeUI

public enum AmbiguousWidth {
  /// The ASCII stand-in for a character of ambiguous width, or nil for any other.
  public static func substitute(for scalar: Unicode.Scalar) -> Character? {
    let value = scalar.value
    // Private-use characters are ambiguous too; what they look like is anyone's guess.
    if (0xE000...0xF8FF).contains(value) || (0xF0000...0x10FFFD).contains(value) { return "?" }
    guard value <= 0xFFFF else { return nil }
    var low = 0
    var high = substitutes.count
    while low < high {
      let middle = (low + high) / 2
      let key = substitutes[middle] >> 8
      if key == value { return Character(Unicode.Scalar(UInt8(truncatingIfNeeded: substitutes[middle]))) }
      if key < value { low = middle + 1 } else { high = middle }
    }
    return nil
  }

  /// The grid with every one-cell character of ambiguous width replaced by its stand-in, style kept. A cluster
  /// (a character with marks) counts by its first character.
  public static func substituted(_ grid: CellGrid) -> CellGrid {
    var result = grid
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[x, y]
        guard cell.width == 1, let first = cell.text.unicodeScalars.first, let stand = substitute(for: first) else {
          continue
        }
        result.put(stand, x: x, y: y, style: cell.style)
      }
    }
    return result
  }
}
