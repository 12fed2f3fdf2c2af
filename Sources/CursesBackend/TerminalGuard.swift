// The process-wide safety net around the screen: signals that end the program become a flag the loop reads,
// crashes and exit() restore the terminal, stderr is held back while the screen shows. The state lives in the C
// target CTerminalGuard (defined once, so the handler and the loop see the same flag in every build).
import CNcursesw
import CTerminalGuard

enum TerminalGuard {
  /// Before ncurses starts: remember the terminal modes for the handlers, and take the quit signals (so ncurses
  /// does not install its own handlers, which end the process inside the handler).
  static func prepare(ttyDescriptor: Int32) {
    dt_guard_save_termios(ttyDescriptor)
    dt_guard_install_quit_handlers()
    // exit() from anywhere while the screen is open: end ncurses properly before the modes are restored.
    dt_guard_register_atexit { _ = endwin() }
  }

  /// ncurses now owns the terminal: from here a crash, a second quit signal or exit() must give it back.
  static func screenOpened() {
    dt_guard_install_crash_handlers()
    dt_guard_capture_stderr()
    dt_guard_set_screen_open(1)
  }

  /// The screen is suspended (Ctrl-Z) or closed; `endwin` has already run.
  static func screenLeft() {
    dt_guard_set_screen_open(0)
  }

  /// The screen is closed for good: put every handler back and show what was written to stderr meanwhile.
  static func finish() {
    dt_guard_set_screen_open(0)
    dt_guard_remove_crash_handlers()
    dt_guard_remove_quit_handlers()
    dt_guard_release_stderr()
  }

  /// Undoes `prepare` when the screen could not be opened.
  static func abandon() {
    dt_guard_remove_quit_handlers()
  }

  /// The signal that asked the program to end (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, …), if any.
  static var quitSignal: Int32? {
    let signal = dt_guard_quit_signal()
    return signal == 0 ? nil : signal
  }

  /// True once after the process was continued (SIGCONT), whoever stopped it.
  static func takeContinued() -> Bool {
    dt_guard_take_continued() != 0
  }

  /// Stops the process group as Ctrl-Z does in a shell; returns when continued (at once if nobody could).
  static func stopProcessGroup() {
    dt_guard_stop_process_group()
  }
}
