// What follows an Esc that ncurses did not recognise. Terminals send keys that the terminfo entry does not list
// (Home as \E[1~ where terminfo says \E[H, End as \E[4~ or \EOF, Alt+x as \Ex, function keys with modifiers), and
// ncurses hands those over as Esc and then the rest as ordinary characters: acting on them would go back (or end
// a talk) and then type "[4~" as keys. Pure, so every encoding is tested without a terminal.
import DualLifeUI

enum EscapeSequence {
  /// What the characters read after an Esc amount to.
  enum Meaning: Equatable {
    /// A sequence has begun and is not finished: read on (if nothing more comes, it is dropped).
    case needMore
    /// A key we know in another encoding.
    case key(Key)
    /// Swallowed: an unknown sequence, Alt plus a key, or a sequence cut off.
    case ignored
    /// The terminal's answer to a cursor position request (\E[6n): \E[row;columnR, both from 1. (xterm sends
    /// Shift+F3 as \E[1;2R, so only an answer that is awaited means a position.)
    case cursorPosition(row: Int, column: Int)
  }

  /// The longest sequence read before giving up on one that never ends (a run of parameters).
  static let maximumLength = 32

  /// The meaning of `following`, the characters that came after the Esc so far (without the Esc). An empty list
  /// needs more; when nothing more arrives, `meaningAtEndOfInput` decides.
  static func meaning(after following: [UInt32]) -> Meaning {
    guard let first = following.first else { return .needMore }
    if following.count > maximumLength { return .ignored }
    let rest = Array(following.dropFirst())
    switch first {
    case 0x5B:  // "[": a control sequence (CSI)
      return controlSequence(rest)
    case 0x4F:  // "O": a single shift 3 (SS3), one more character
      guard let final = rest.first else { return .needMore }
      return singleShift(final)
    case 0x1B:
      // Esc Esc …: Alt plus a key that itself starts with Esc (Alt+Up as \E\E[A); read it to its end and drop it.
      return meaning(after: rest) == .needMore ? .needMore : .ignored
    default:
      // Alt plus a character (\Ex).
      return .ignored
    }
  }

  /// The meaning when nothing more arrives after `following`: a lone Esc is Esc, and so is Esc Esc (a quick double
  /// press, which must go back rather than vanish); anything else begun (Alt+[ or Alt+O, which look like the start
  /// of a sequence, or a sequence cut off) is dropped.
  static func meaningAtEndOfInput(after following: [UInt32]) -> Meaning {
    following.isEmpty || following == [0x1B] ? .key(.escape) : .ignored
  }

  /// CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, then one final byte 0x40–0x7E (ECMA-48).
  private static func controlSequence(_ body: [UInt32]) -> Meaning {
    var parameters = ""
    var index = 0
    while index < body.count, (0x30...0x3F).contains(body[index]) {
      parameters.unicodeScalars.append(Unicode.Scalar(UInt8(body[index])))
      index += 1
    }
    var intermediates = 0
    while index < body.count, (0x20...0x2F).contains(body[index]) {
      intermediates += 1
      index += 1
    }
    guard index < body.count else { return .needMore }
    let final = body[index]
    guard (0x40...0x7E).contains(final), index == body.count - 1, intermediates == 0 else { return .ignored }
    if final == 0x52 {  // "R"
      let numbers = parameters.split(separator: ";").compactMap { Int($0) }
      guard numbers.count == 2, parameters.filter({ $0 == ";" }).count == 1 else { return .ignored }
      return .cursorPosition(row: numbers[0], column: numbers[1])
    }
    // Plain keys only: with a modifier (\E[1;5H is Ctrl+Home) the key means something else, which we do not bind.
    let plain = parameters.isEmpty || parameters == "1"
    switch (final, parameters) {
    case (0x7E, "1"), (0x7E, "7"): return .key(.home)  // \E[1~ (VT220, tmux, screen), \E[7~ (rxvt)
    case (0x7E, "4"), (0x7E, "8"): return .key(.end)  // \E[4~, \E[8~
    case (0x7E, "3"): return .key(.delete)
    case (0x7E, "5"): return .key(.pageUp)
    case (0x7E, "6"): return .key(.pageDown)
    case (0x48, _) where plain: return .key(.home)  // \E[H (xterm, normal cursor mode)
    case (0x46, _) where plain: return .key(.end)  // \E[F
    case (0x41, _) where plain: return .key(.up)
    case (0x42, _) where plain: return .key(.down)
    case (0x43, _) where plain: return .key(.right)
    case (0x44, _) where plain: return .key(.left)
    case (0x5A, ""): return .key(.backTab)  // \E[Z
    default: return .ignored
    }
  }

  /// SS3: \EOH and \EOF (xterm in application cursor mode), the arrows \EOA…\EOD; the rest (F1–F4, keypad) is
  /// dropped.
  private static func singleShift(_ final: UInt32) -> Meaning {
    switch final {
    case 0x48: return .key(.home)
    case 0x46: return .key(.end)
    case 0x41: return .key(.up)
    case 0x42: return .key(.down)
    case 0x43: return .key(.right)
    case 0x44: return .key(.left)
    default: return .ignored
    }
  }
}
