// The ncurses screen: opened once, copies cell grids to the terminal, turns input into actions, suspends on
// Ctrl-Z and gives the terminal back on close. Everything that talks to ncurses is here.
import CNcursesw
import DualLifeModel
import DualLifeUI
import Glibc

/// What one read of the keyboard produced.
enum TerminalInput: Equatable {
  case action(Action)
  /// Nothing to do: the read timed out, or the input meant nothing to the dashboard.
  case none
  /// The terminal went away (its window closed without a SIGHUP reaching us): reads fail at once from now on.
  case hungUp
  /// The terminal answered `probeAmbiguousWidth`: whether it draws ambiguous-width characters two cells wide.
  case ambiguousWidth(wide: Bool)
}

/// An open ncurses screen on the process's own stdin and stdout. Not thread-safe; use from one thread.
final class Terminal {
  /// How long a read waits for a key. Short enough that a SIGTERM flag is noticed quickly.
  static let readTimeoutMilliseconds: Int32 = 250
  /// How long a read waits while the program follows something outside it between reads (the notes window, the
  /// presenter's slide): 250 ms made the notes lag the presenter by 125 ms on average, 20 ms keeps them within a
  /// frame or two, for fifty looks a second at a file of a few bytes.
  static let followingReadTimeoutMilliseconds: Int32 = 20
  /// How long `read` waits now: one of the two above.
  var readTimeout: Int32 = Terminal.readTimeoutMilliseconds {
    didSet { if readTimeout != oldValue { wtimeout(window, readTimeout) } }
  }
  /// How long to wait for the rest of an escape sequence that has begun.
  private static let sequenceRestMilliseconds: Int32 = 25

  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let palette: Palette
  private var isClosed = false
  /// The next frame must repaint every cell (after a resize or a suspend, the screen may hold anything).
  private var needsFullRedraw = true
  /// Set while the answer to `probeAmbiguousWidth` is awaited.
  private var probePending = false
  /// The grid the window holds, and the screen size it was drawn at: the next frame of that size draws only the
  /// rows that differ. Each put costs a conversion to ncurses's cell type, and a whole screen of them was most
  /// of a key's time to its frame (a key changes a few rows, and never the tabs or the footer).
  private var drawn: (grid: CellGrid, columns: Int, rows: Int)?

  /// Checks, without touching the terminal, that the dashboard can open; returns the terminal type (TERM).
  static func check() throws(TerminalError) -> String {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    guard let raw = getenv("TERM"), raw.pointee != 0 else { throw .unknownTerminal("") }
    let name = String(cString: raw)
    // A terminal that cannot address the cursor ("dumb", hard copy) cannot show a full screen either.
    guard dt_terminal_usable(name, STDOUT_FILENO) == 1 else { throw .unknownTerminal(name) }
    return name
  }

  /// Takes over the terminal: alternate screen, raw keys, no cursor, mouse, colours unless `colors` is false or
  /// NO_COLOR is set (non-empty), or the terminal has none.
  static func open(colors: Bool) throws(TerminalError) -> Terminal {
    let name = try check()
    configureLocale()
    TerminalGuard.prepare(ttyDescriptor: STDOUT_FILENO)
    guard let screen = dt_newterm(nil) else {
      TerminalGuard.abandon()
      throw .unknownTerminal(name)
    }
    _ = set_term(screen)
    TerminalGuard.screenOpened()
    guard let window = dt_stdscr() else {
      // newterm succeeded, so stdscr exists; this only keeps the code free of force unwraps.
      endwin()
      TerminalGuard.finish()
      delscreen(screen)
      throw .unknownTerminal(name)
    }
    // raw, not cbreak: Ctrl-C and Ctrl-Z arrive as keys (3, 26) and the reducer decides what they do.
    raw()
    noecho()
    // nonl: Enter arrives as 13 and ncurses may use the faster line-feed for cursor motion.
    nonl()
    keypad(window, true)
    _ = curs_set(0)
    // Esc answers within 25 ms instead of ncurses's default second (it waits to tell Esc from an arrow key).
    set_escdelay(25)
    wtimeout(window, Self.readTimeoutMilliseconds)
    enableMouse()

    let palette: Palette
    if colors && !noColorRequested() && has_colors() {
      _ = start_color()
      palette = Palette.colored(defaultBackground: use_default_colors() == OK)
    } else {
      palette = Palette.monochrome()
    }
    return Terminal(screen: screen, window: window, palette: palette)
  }

  private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, palette: Palette) {
    self.screen = screen
    self.window = window
    self.palette = palette
  }

  deinit {
    close()
  }

  /// ncurses needs a UTF-8 LC_CTYPE to read and draw wide characters; under LANG=C fall back to C.UTF-8 so
  /// Japanese still shows. Numbers stay in the C format whatever the user's locale says.
  private static func configureLocale() {
    _ = setlocale(LC_ALL, "")
    _ = setlocale(LC_NUMERIC, "C")
    if dt_codeset_is_utf8() == 0 { _ = setlocale(LC_CTYPE, "C.UTF-8") }
  }

  /// https://no-color.org: set and not empty means no colours.
  private static func noColorRequested() -> Bool {
    guard let value = getenv("NO_COLOR") else { return false }
    return value.pointee != 0
  }

  /// Clicks (the press, reported at once with mouseinterval 0) and the wheel (buttons 4 and 5). No motion events:
  /// the dashboard has no use for them and they would wake the loop on every mouse move.
  private static func enableMouse() {
    _ = mousemask(dt_button1_pressed() | dt_button4_pressed() | dt_button5_pressed(), nil)
    _ = mouseinterval(0)
  }

  /// The screen's size in cells.
  var size: (width: Int, height: Int) {
    (Int(dt_getmaxx(window)), Int(dt_getmaxy(window)))
  }

  // MARK: Drawing

  /// Copies a grid to the screen in one update; ncurses sends only the cells that changed. A grid larger than the
  /// screen (a resize arrived after it was rendered) is clipped; a smaller one leaves the rest blank.
  func draw(_ grid: CellGrid) {
    guard !isClosed else { return }
    let (columns, rows) = size
    // The window still holds the last frame, unless the screen was resized or must be repainted.
    let previous = drawn.flatMap { last in
      !needsFullRedraw && last.columns == columns && last.rows == rows && last.grid.width == grid.width
        && last.grid.height == grid.height ? last.grid : nil
    }
    if previous == nil { werase(window) }
    let width = min(grid.width, columns)
    var glyph: [wchar_t] = []
    glyph.reserveCapacity(Int(CCHARW_MAX) + 1)
    for y in 0..<min(grid.height, rows) {
      if let previous {
        // A row as it was is left as it is; a changed one is cleared and drawn again, as werase leaves them all.
        if previous.row(y, isTheSameIn: grid) { continue }
        wmove(window, Int32(y), 0)
        wclrtoeol(window)
      }
      var x = 0
      while x < width {
        let cell = grid[x, y]
        // A continuation is the right half of the wide character just drawn (or an orphan, left blank).
        if cell.isContinuation {
          x += 1
          continue
        }
        let look = palette.look(of: cell.style)
        // The row is blank already; most of a page is blank, and each put costs ncurses a conversion.
        if look.attributes == 0 && look.pair == 0 && cell.text == " " {
          x += 1
          continue
        }
        let cellWidth = max(1, Int(cell.width))
        draw(cell.text, columns: cellWidth, y: y, x: x, limit: width, look: look, &glyph)
        x += cellWidth
      }
    }
    drawn = (grid, columns, rows)
    if needsFullRedraw {
      // Repaint everything: after a resize or a suspend the terminal may show anything, and ncurses's record
      // of it (curscr) cannot be trusted.
      _ = clearok(dt_curscr(), true)
      needsFullRedraw = false
    }
    // The real cursor shows where typed text goes (input methods convert there), and hides elsewhere.
    if let cursor = grid.cursor, cursor.x < columns, cursor.y < rows {
      _ = curs_set(1)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      _ = curs_set(0)
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Asks the terminal, without waiting for the answer, how wide it draws an ambiguous-width character: draws “
  /// at the start of the second row and sends a cursor position request (as vim does for its ambiwidth). The
  /// answer comes in with the keys as `.ambiguousWidth`; a terminal that does not answer costs nothing. The screen
  /// is then repainted from scratch, since the probe moved the cursor behind ncurses's back.
  func probeAmbiguousWidth() {
    let (columns, rows) = size
    guard !isClosed, rows >= 2, columns >= 3 else { return }
    probePending = true
    Self.writeToTerminal("\u{1B}[2;1H\u{201C}\u{1B}[6n")
    _ = wrefresh(dt_curscr())
  }

  /// The next frame repaints every cell (the terminal's screen cannot be trusted, e.g. rows shifted by characters
  /// it drew wider than ncurses thought).
  func repaintAll() {
    needsFullRedraw = true
  }

  private static func writeToTerminal(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { all in
        write(STDOUT_FILENO, all.baseAddress.map { $0 + offset }, all.count - offset)
      }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
  }

  private typealias Look = (attributes: attr_t, pair: Int16)

  /// Draws one grapheme so that it covers exactly `columns` cells from x, as the grid reserved. ncurses advances
  /// by what the C library's wcwidth says; where that disagrees with the grid's width table, the rest of the row
  /// would shift, so a grapheme that would not fit exactly is shown shortened (or as "?") and padded.
  private func draw(
    _ text: String, columns: Int, y: Int, x: Int, limit: Int, look: Look, _ glyph: inout [wchar_t]
  ) {
    var drawn = 0
    if x + columns <= limit {
      var scalars = text.unicodeScalars.makeIterator()
      if let only = scalars.next(), scalars.next() == nil {
        // The common case, one code point: no allocation (and printable ASCII is one column, without asking).
        let measured = (0x20..<0x7F).contains(only.value) ? 1 : Int(dt_wcwidth(wchar_t(bitPattern: only.value)))
        if measured >= 1, measured <= columns {
          glyph.removeAll(keepingCapacity: true)
          glyph.append(wchar_t(bitPattern: only.value))
          glyph.append(0)
          if put(glyph, y: y, x: x, look: look) { drawn = measured }
        }
      } else if let clusters = Self.clusters(of: text), let first = clusters.first {
        if clusters.reduce(0, { $0 + $1.width }) == columns {
          // E.g. a flag: two regional indicators, one column each for the C library. The terminal gets them
          // side by side and may join them; ncurses's columns and the grid's agree either way.
          var column = x
          for cluster in clusters {
            guard put(cluster.glyph, y: y, x: column, look: look) else { break }
            column += cluster.width
          }
          drawn = column - x
        } else if first.width <= columns {
          // Only the first character (e.g. of a joined emoji sequence), without its joiner, so the terminal does
          // not join it to whatever comes next.
          let alone = first.glyph.filter { $0 != 0x200D }
          if put(alone, y: y, x: x, look: look) { drawn = first.width }
        }
      }
    }
    if drawn == 0 {
      // Not drawable here: a wide character cut by the right edge, or one the C library cannot show.
      glyph.removeAll(keepingCapacity: true)
      glyph.append(wchar_t(bitPattern: x + columns <= limit ? 0x3F : 0x20))  // "?" or " "
      glyph.append(0)
      _ = put(glyph, y: y, x: x, look: look)
      drawn = 1
    }
    // Fill what the grid reserved but the drawn character did not cover.
    if drawn < columns {
      glyph.removeAll(keepingCapacity: true)
      glyph.append(0x20)
      glyph.append(0)
      for column in (x + drawn)..<min(x + columns, limit) { _ = put(glyph, y: y, x: column, look: look) }
    }
  }

  /// A grapheme cut into what ncurses puts in one cell each: a spacing character followed by its zero-width
  /// characters (combining marks, variation selectors, joiners), at most CCHARW_MAX code points, 0-terminated.
  /// nil if the grapheme starts with a zero-width character or holds one the C library cannot print.
  private static func clusters(of text: String) -> [(glyph: [wchar_t], width: Int)]? {
    var result: [(glyph: [wchar_t], width: Int)] = []
    // Joiners and bidirectional controls are left out: the terminal could join this cell to the next or reorder
    // what follows, and the row would no longer be what the grid holds (Sanitize drops them from the commands).
    for scalar in text.unicodeScalars where !Sanitize.isInvisibleFormatting(scalar) {
      let value = wchar_t(bitPattern: scalar.value)
      let measured = Int(dt_wcwidth(value))
      if measured < 0 { return nil }
      if measured > 0 {
        result.append((glyph: [value], width: measured))
      } else {
        guard !result.isEmpty else { return nil }
        if result[result.count - 1].glyph.count < Int(CCHARW_MAX) { result[result.count - 1].glyph.append(value) }
      }
    }
    for index in result.indices { result[index].glyph.append(0) }
    return result
  }

  /// Writes one character cell. Writing the bottom-right cell reports an error because the cursor cannot move on
  /// (the window does not scroll), but the character is stored, so that error is not a failure.
  private func put(_ glyph: [wchar_t], y: Int, x: Int, look: Look) -> Bool {
    var cell = cchar_t()
    guard setcchar(&cell, glyph, look.attributes, look.pair, nil) != ERR else { return false }
    _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
    return true
  }

  // MARK: Input

  /// Waits up to a quarter of a second for input. Returns a key, a click or wheel turn, or a resize with the new
  /// size.
  func read() -> TerminalInput {
    var value: wint_t = 0
    switch wget_wch(window, &value) {
    case KEY_CODE_YES:
      return functionKey(Int32(bitPattern: value))
    case OK:
      if value == 27 { return readAfterEscape() }
      return InputMapping.key(forCharacter: value).map { .action(.key($0)) } ?? TerminalInput.none
    default:
      // A timeout, a signal, or a terminal that is gone; only the last makes every later read fail at once.
      return dt_input_hung_up(STDIN_FILENO) != 0 ? .hungUp : .none
    }
  }

  /// A key ncurses recognised (get_wch returned KEY_CODE_YES), a resize or a mouse event.
  private func functionKey(_ code: Int32) -> TerminalInput {
    switch code {
    case KEY_RESIZE:
      // ncurses has already resized its windows (it turns SIGWINCH into this key).
      needsFullRedraw = true
      let (width, height) = size
      return .action(.resize(width: width, height: height))
    case KEY_MOUSE:
      return readMouse()
    default:
      return InputMapping.key(forKeyCode: code).map { .action(.key($0)) } ?? TerminalInput.none
    }
  }

  /// After an Esc: ncurses has already waited ESCDELAY (25 ms) for a sequence it knows. What is still waiting
  /// is the rest of one it does not know (or Alt plus a key): read it without waiting and let EscapeSequence say
  /// what it is. Only inside an unfinished sequence is there a short wait for the rest (a slow link can split
  /// one), so a lone Esc answers at once.
  private func readAfterEscape() -> TerminalInput {
    var following: [UInt32] = []
    defer { wtimeout(window, readTimeout) }
    while true {
      wtimeout(window, following.isEmpty ? 0 : Self.sequenceRestMilliseconds)
      var value: wint_t = 0
      switch wget_wch(window, &value) {
      case OK:
        following.append(UInt32(value))
      case KEY_CODE_YES:
        // Esc and then a key ncurses knows (Alt+Up as \E\E[A): an Alt combination, swallowed. A resize or a
        // click is no part of it and is kept.
        let code = Int32(bitPattern: value)
        return code == KEY_RESIZE || code == KEY_MOUSE ? functionKey(code) : .none
      default:
        return Self.input(EscapeSequence.meaningAtEndOfInput(after: following)) ?? .none
      }
      let meaning = EscapeSequence.meaning(after: following)
      if case .cursorPosition(_, let column) = meaning {
        // The probe's “ was drawn at column 1: the cursor is now at 2 after a narrow one, at 3 after a wide one.
        guard probePending else { return .none }
        probePending = false
        return .ambiguousWidth(wide: column >= 3)
      }
      if let input = Self.input(meaning) { return input }
    }
  }

  /// The input an escape sequence's meaning amounts to; nil to read on.
  private static func input(_ meaning: EscapeSequence.Meaning) -> TerminalInput? {
    switch meaning {
    case .needMore: return nil
    case .key(let key): return .action(.key(key))
    case .ignored: return TerminalInput.none
    case .cursorPosition: return nil  // answered by the caller, which knows whether a probe is out
    }
  }

  private func readMouse() -> TerminalInput {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return .none }
    let x = Int(event.x)
    let y = Int(event.y)
    if event.bstate & dt_button4_pressed() != 0 { return .action(.mouse(.wheelUp(x: x, y: y))) }
    if event.bstate & dt_button5_pressed() != 0 { return .action(.mouse(.wheelDown(x: x, y: y))) }
    if event.bstate & (dt_button1_pressed() | dt_button1_clicked()) != 0 {
      return .action(.mouse(.click(x: x, y: y)))
    }
    return .none
  }

  // MARK: Suspend and close

  /// Ctrl-Z: gives the terminal back to the shell and stops; when continued (fg), takes it again. Returns the
  /// size afterwards, which the caller must deliver as a resize: the window may have changed while we were
  /// stopped, and then no SIGWINCH reached us.
  func suspend() -> (width: Int, height: Int) {
    guard !isClosed else { return size }
    endwin()
    TerminalGuard.screenLeft()
    TerminalGuard.stopProcessGroup()
    TerminalGuard.screenOpened()
    _ = TerminalGuard.takeContinued()  // this stop was ours; resume() below does what the flag asks for
    return resume()
  }

  /// Takes the terminal again after the process was stopped and continued, by Ctrl-Z or from outside
  /// (kill -STOP, fg): the shell has put the terminal back in cooked mode with echo meanwhile. Returns the size.
  func resume() -> (width: Int, height: Int) {
    guard !isClosed else { return size }
    _ = reset_prog_mode()
    var rows: Int32 = 0
    var columns: Int32 = 0
    if dt_tty_size(STDOUT_FILENO, &rows, &columns) == 0, is_term_resized(rows, columns) {
      _ = resizeterm(rows, columns)
    }
    // The next doupdate puts ncurses's terminal modes back; mouse reporting and the hidden cursor are set again
    // in case the shell (or another program) changed them meanwhile.
    Self.enableMouse()
    _ = curs_set(0)
    needsFullRedraw = true
    return size
  }

  /// Ends ncurses and restores the terminal exactly as it was. Safe to call twice.
  func close() {
    guard !isClosed else { return }
    isClosed = true
    endwin()
    TerminalGuard.finish()
    delscreen(screen)
  }
}
