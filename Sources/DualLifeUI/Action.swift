// Everything that can happen to the dashboard, as values. The backend turns terminal input into these.

public enum Key: Sendable, Hashable {
  case character(Character)
  /// Ctrl plus a letter, e.g. .control("c") for Ctrl-C.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, delete, tab, backTab
}

public enum MouseEvent: Sendable, Hashable {
  case click(x: Int, y: Int)
  case wheelUp(x: Int, y: Int)
  case wheelDown(x: Int, y: Int)
}

public enum Action: Sendable, Hashable {
  case key(Key)
  case resize(width: Int, height: Int)
  case mouse(MouseEvent)
  /// Time passes (for clocks and timers); the backend sends it about once a second.
  case tick
  /// The wall clock, from the backend once a second: seconds since 1970 and the local offset from UTC in seconds.
  /// The reducer stays pure: it never reads a clock, it is told the time.
  case time(seconds: Int, utcOffset: Int)
  /// The presenter in another terminal is on this slide (0-based), timing the talk from `startedAt` (seconds since
  /// 1970, when known): the notes screen follows both.
  case showSlide(Int, startedAt: Int?)
}

/// What the loop must do after a reduction: side effects stay at the edge.
public enum Effect: Sendable, Hashable {
  /// Leave the program with this status.
  case quit(status: Int32)
  /// Stop the process (Ctrl-Z) and redraw everything when it continues.
  case suspend
}
