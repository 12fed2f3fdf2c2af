// The interactive loop: read an action, reduce, render, draw; effects (quit, suspend) and signals handled here.
import DualLifeUI
import Glibc

/// Runs the dashboard on the terminal.
///
/// Call `checkTerminal()` first if you want to report problems before doing other work, or just call `run`,
/// which checks too. Both throw before the screen is touched, so the caller can print `error.message` (or
/// `error.japaneseMessage`) to stderr and exit 1:
///
/// ```swift
/// do {
///   let status = try DashboardRunner.run(state: state, environment: environment, colors: !noColor)
///   exit(status)
/// } catch {
///   FileHandle.standardError.write(error.message + "\n")
///   exit(1)
/// }
/// ```
public enum DashboardRunner {
  /// Throws `.notATerminal` when stdin or stdout is not a terminal, `.unknownTerminal(TERM)` when TERM is unset
  /// or names a terminal ncurses does not know (or one that cannot move the cursor). Touches nothing.
  public static func checkTerminal() throws(TerminalError) {
    _ = try Terminal.check()
  }

  /// Opens the screen, runs the dashboard until it quits, restores the terminal and returns the exit status:
  /// the status of `Effect.quit` (0 for q and Ctrl-C), or 128 + the signal number after SIGTERM (143),
  /// SIGHUP (129) or SIGINT sent from outside (130); 129 also when the terminal disappears.
  ///
  /// - Parameters:
  ///   - state: The starting state; its size is replaced by the terminal's real size at once.
  ///   - colors: false for `--no-color`. Colours are also off when NO_COLOR is set (non-empty) or the terminal
  ///     has none; roles are then shown with bold, underline, reverse and dim only.
  /// - Throws: `TerminalError`, before anything is drawn.
  ///   - observe: Called with the state after every change (the presenter uses it to tell a notes terminal where
  ///     it is). Side effects belong here, at the edge, not in the reducer.
  ///   - poll: Asked about four times a second for an action from outside the terminal (the notes terminal uses it
  ///     to follow the presenter).
  public static func run(
    state: AppState, environment: UIEnvironment, colors: Bool, observe: (AppState) -> Void = { _ in },
    poll: () -> Action? = { nil }
  ) throws(TerminalError) -> Int32 {
    let terminal = try Terminal.open(colors: colors)
    defer { terminal.close() }
    var state = state
    let (width, height) = terminal.size
    var pending: [Action] = [.resize(width: width, height: height)]
    var drawn: AppState?
    var toldSecond = 0

    while true {
      // The clock, once a second: the reducer never reads it itself.
      let second = Int(Glibc.time(nil))
      if second != toldSecond {
        toldSecond = second
        var t = time_t(second)
        var local = tm()
        let offset = localtime_r(&t, &local) != nil ? local.tm_gmtoff : 0
        pending.append(.time(seconds: second, utcOffset: offset))
      }
      if pending.isEmpty, let outside = poll() { pending.append(outside) }
      if let signal = TerminalGuard.quitSignal { return 128 + signal }
      if TerminalGuard.takeContinued() {
        // Stopped from outside and continued: take the screen back and repaint it.
        let (width, height) = terminal.resume()
        pending.append(.resize(width: width, height: height))
        drawn = nil
      }
      if let action = pending.first {
        pending.removeFirst()
        for effect in Dashboard.reduce(&state, action, environment) {
          switch effect {
          case .quit(let status):
            return status
          case .suspend:
            let (width, height) = terminal.suspend()
            pending.append(.resize(width: width, height: height))
            drawn = nil
          }
        }
        if case .resize = action { drawn = nil }
        continue
      }
      // Render only when the state changed (or the screen must be repainted); ncurses then sends only the
      // cells that differ.
      if drawn != state {
        terminal.draw(Dashboard.render(state, environment))
        drawn = state
        observe(state)
      }
      switch terminal.read() {
      case .action(let action): pending.append(action)
      case .none: break
      case .hungUp: return 128 + SIGHUP
      }
    }
  }
}
