// What a get_wch result means as a dashboard key. Pure, so every mapping can be read in one place.
import CNcursesw
import DualLifeUI

enum InputMapping {
  /// The key for a function-key code (get_wch returned KEY_CODE_YES), or nil for codes the dashboard does not use.
  /// KEY_RESIZE and KEY_MOUSE are handled by the terminal, which must ask ncurses for the size or the event.
  static func key(forKeyCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    // Some terminal descriptions (vt220, screen) call the Home and End keys "find" and "select".
    case KEY_HOME, KEY_FIND, KEY_A1: return .home
    case KEY_END, KEY_SELECT, KEY_C1: return .end
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_ENTER: return .enter
    default: return nil
    }
  }

  /// The key for a character (get_wch returned OK). In raw mode Ctrl-C and Ctrl-Z arrive here as 3 and 26.
  static func key(forCharacter value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26:
      // Ctrl-A is 1 … Ctrl-Z is 26 (8, 9, 10 and 13 are taken above: backspace, tab, enter).
      guard let scalar = Unicode.Scalar(UInt32(UInt8(ascii: "a")) + value - 1) else { return nil }
      return .control(Character(scalar))
    case 0, 28...31, 0x80...0x9F:
      // Ctrl-@, Ctrl-\ … Ctrl-_ and C1 controls: nothing the dashboard binds, and not text.
      return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }
}
