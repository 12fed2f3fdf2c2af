// The in-memory screen: one cell per terminal column. Views draw here; the ncurses backend copies it to the
// terminal and `dualtohoku render` prints it as text, so both show exactly the same thing.
import TerminalText

/// What a cell means on screen; the backend maps each role to colours or attributes the terminal has.
public enum StyleRole: UInt8, Sendable, Hashable, CaseIterable {
  case normal, title, heading, subheading, id, dim, link, accent, tab, tabActive, footer, footerKey
  case selection, match, border, notice, marked
}

public struct Style: Sendable, Hashable {
  public var role: StyleRole
  public var bold: Bool
  public var underline: Bool
  public var reverse: Bool

  public init(_ role: StyleRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
    self.role = role
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
  }

  public static let normal = Style()
}

/// One terminal column. A wide character takes its cell (width 2) and the next one (a continuation, width 0).
public struct Cell: Sendable, Hashable {
  /// One grapheme cluster; "" in a continuation cell.
  public var text: String
  /// 1, 2 (the first half of a wide character) or 0 (the second half).
  public var width: UInt8
  public var style: Style

  public static let blank = Cell(text: " ", width: 1, style: .normal)

  public var isContinuation: Bool { width == 0 }
}

public struct CellGrid: Sendable, Hashable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal's own cursor should show (where typed text goes), or nil to hide it: input methods draw
  /// their conversion text at the real cursor.
  public var cursor: CursorPosition?

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * width + x]
  }

  /// Whether row y holds the same cells in both grids (of the same width).
  public func row(_ y: Int, isTheSameIn other: CellGrid) -> Bool {
    guard width == other.width, y >= 0, y < height, y < other.height else { return false }
    let row = (y * width)..<((y + 1) * width)
    return cells[row] == other.cells[row]
  }

  /// Blanks one cell; if it was half of a wide character, blanks the other half too.
  private mutating func clear(x: Int, y: Int, style: Style) {
    guard x >= 0, x < width, y >= 0, y < height else { return }
    let i = y * width + x
    let old = cells[i]
    cells[i] = Cell(text: " ", width: 1, style: style)
    if old.width == 2, x + 1 < width { cells[i + 1] = Cell(text: " ", width: 1, style: style) }
    if old.width == 0, x > 0 { cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style) }
  }

  /// Writes one character at (x, y) if it fits before `limit` (exclusive). Returns the cells used: 0 for a
  /// character of no width (controls and lone combining marks are skipped: drawn, they would move the terminal's
  /// cursor), nil when it does not fit.
  @discardableResult
  public mutating func put(_ character: Character, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int? {
    let end = min(limit ?? width, width)
    guard y >= 0, y < height, x >= 0 else { return nil }
    // A tab would jump to the terminal's next tab stop; the line breaker counts it as one cell, so draw a space.
    let shown: Character = character == "\t" ? " " : character
    let w = DisplayWidth.of(shown)
    if w == 0 { return 0 }
    guard x + w <= end else { return nil }
    clear(x: x, y: y, style: style)
    if w == 2 { clear(x: x + 1, y: y, style: style) }
    let i = y * width + x
    cells[i] = Cell(text: String(shown), width: UInt8(w), style: style)
    if w == 2 { cells[i + 1] = Cell(text: "", width: 0, style: style) }
    return w
  }

  /// Writes text from (x, y), stopping at the first character that does not fit before `limit`.
  /// Returns the x after the last cell written.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
    var cx = x
    for character in text {
      if character == "\n" { break }
      guard let used = put(character, x: cx, y: y, style: style, limit: limit) else { break }
      cx += used
    }
    return cx
  }

  /// Fills a rectangle with blanks of a style.
  public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
    let rows = max(0, y)..<max(max(0, y), min(height, y + h))
    let columns = max(0, x)..<max(max(0, x), min(width, x + w))
    for row in rows {
      for column in columns { clear(x: column, y: row, style: style) }
    }
  }

  /// Changes the style of existing cells (for selection and match highlighting), keeping their text.
  public mutating func restyle(x: Int, y: Int, width w: Int, _ change: (inout Style) -> Void) {
    guard y >= 0, y < height else { return }
    for column in max(0, x)..<max(max(0, x), min(width, x + w)) {
      change(&cells[y * width + column].style)
    }
  }

  /// The grid as plain text: exactly `height` lines, continuation cells skipped, trailing blanks trimmed.
  public func text() -> String {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for y in 0..<height {
      var line = ""
      for x in 0..<width {
        let cell = cells[y * width + x]
        if !cell.isContinuation { line += cell.text }
      }
      while line.last == " " { line.removeLast() }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  /// The text of one row, as it would be printed (continuations skipped, not trimmed).
  public func row(_ y: Int) -> String {
    var line = ""
    for x in 0..<width where !cells[y * width + x].isContinuation { line += cells[y * width + x].text }
    return line
  }
}

/// A cell of the grid, for the terminal's cursor.
public struct CursorPosition: Sendable, Hashable {
  public let x: Int
  public let y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}
