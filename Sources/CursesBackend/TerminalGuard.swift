// The process-wide safety net around the screen: terminating signals become a flag the loop reads, crashes and
// exit() restore the terminal, stderr is held back while the screen shows.
//
// The C side keeps its state in a `static` variable of the shim header; every Swift file that calls those inline
// functions would get its own copy of it. So this is the ONLY file that calls the stateful dt_* functions.
import CNcursesw

enum TerminalGuard {
  /// Before ncurses starts: remember the terminal modes for the crash handler, and take SIGTERM, SIGHUP and
  /// SIGINT (so ncurses does not install its own handlers, which end the process inside the handler).
  static func prepare(ttyDescriptor: Int32) {
    dt_save_termios(ttyDescriptor)
    dt_install_quit_handlers()
    dt_register_atexit()
  }

  /// ncurses now owns the terminal: from here a crash or exit() must give it back.
  static func screenOpened() {
    dt_install_crash_handlers()
    dt_capture_stderr()
    dt_set_screen_open(1)
  }

  /// The screen is suspended (Ctrl-Z) or closed; `endwin` has already run.
  static func screenLeft() {
    dt_set_screen_open(0)
  }

  /// The screen is closed for good: put every handler back and show what was written to stderr meanwhile.
  static func finish() {
    dt_set_screen_open(0)
    dt_remove_crash_handlers()
    dt_remove_quit_handlers()
    dt_release_stderr()
  }

  /// Undoes `prepare` when the screen could not be opened.
  static func abandon() {
    dt_remove_quit_handlers()
  }

  /// The terminating signal that has arrived (SIGTERM, SIGHUP, SIGINT), if any.
  static var quitSignal: Int32? {
    let signal = dt_quit_signal()
    return signal == 0 ? nil : signal
  }

  /// True once after the process was continued (SIGCONT), whoever stopped it.
  static func takeContinued() -> Bool {
    dt_take_continued() != 0
  }

  /// Stops the process group as Ctrl-Z does in a shell; returns when continued (at once if nobody could).
  static func stopProcessGroup() {
    dt_stop_process_group()
  }
}
