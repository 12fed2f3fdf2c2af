import Foundation
import TestSupport
import Testing

/// Signals sent from outside to the release binary in each of its full-screen modes: the terminal must come back
/// as the shell had it (modes, cursor, main screen, no mouse reporting) and the status must be 128 + the signal.
@Suite(.enabled(if: Tmux.available, "tmux is not installed"), .serialized)
struct SignalEndToEndTests {
  enum Mode: String, CaseIterable, CustomTestStringConvertible {
    case dashboard, presenter, notes

    var arguments: String {
      switch self {
      case .dashboard: return "--lang en"
      case .presenter: return "present --lang en"
      case .notes: return "present --notes --lang en"
      }
    }

    /// True once the mode's first frame is on the screen.
    func isShowing(_ screen: String) -> Bool {
      switch self {
      case .dashboard: return screen.contains("1 Overview") && screen.contains("quit")
      case .presenter: return screen.contains(" 1/19 ")
      case .notes: return screen.contains("1/19") && screen.contains("Next:")
      }
    }

    var testDescription: String { rawValue }
  }

  /// Starts the mode in a fresh 90×24 terminal, with its own slide-channel folder, and waits for its first frame.
  func started(_ mode: Mode, runtime: TemporaryFolder, reportStatus: Bool = true) throws -> (Tmux, pid_t) {
    let tmux = try Tmux(width: 90, height: 24)
    try tmux.start(mode.arguments, environment: "XDG_RUNTIME_DIR='\(runtime.path)'", reportStatus: reportStatus)
    try tmux.waitFor("the first frame of the \(mode)") { mode.isShowing($0) }
    #expect(try tmux.terminalFlags().hasPrefix("alternate=1 cursor=0"), "the screen is taken")
    return (tmux, try tmux.binaryPID())
  }

  /// Every signal whose default action ends the program ends it cleanly instead, with 128 + the signal; a crash
  /// (SIGSEGV, SIGABRT, here sent from outside) restores the terminal and still ends the process by that signal.
  @Test(
    arguments: Mode.allCases, [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGSEGV, SIGABRT])
  func signalRestoresTheTerminal(_ mode: Mode, _ signal: Int32) throws {
    let runtime = try TemporaryFolder("e2e")
    let (tmux, pid) = try started(mode, runtime: runtime)
    #expect(kill(pid, signal) == 0)
    let screen = try tmux.waitFor("the exit status") { $0.contains("EXIT=") }
    #expect(screen.contains("EXIT=\(128 + signal)"))
    #expect(try tmux.terminalFlags() == Tmux.shellFlags)
    #expect(try tmux.terminalModes().contains("icanon,echo ,"), "cooked mode with echo")
  }

  /// Stopped from outside (kill -STOP), continued with fg: the screen is taken and drawn again and keys work; a
  /// SIGWINCH with no resize changes nothing.
  @Test(arguments: Mode.allCases)
  func continueAfterAnOutsideStopRetakesTheScreen(_ mode: Mode) throws {
    let runtime = try TemporaryFolder("e2e")
    // No "; echo" after the command: a shell would run it as soon as the job stops.
    let (tmux, pid) = try started(mode, runtime: runtime, reportStatus: false)
    #expect(kill(pid, SIGSTOP) == 0)
    try tmux.waitFor("the shell to report the stop") { $0.contains("Stopped") }
    try tmux.type("fg", enter: true)
    try tmux.waitFor("the frame drawn again") { mode.isShowing($0) && !$0.contains("Stopped") }
    #expect(try tmux.terminalFlags().hasPrefix("alternate=1 cursor=0"), "the screen is taken again")
    #expect(kill(pid, SIGWINCH) == 0)
    switch mode {
    case .dashboard:
      try tmux.press("3")
      try tmux.waitFor("the analysis view") { $0.contains("Analysis") && $0.contains("T1") }
    case .presenter:
      try tmux.press("End")
      try tmux.waitFor("the last slide") { $0.contains(" 19/19 ") }
    case .notes:
      try tmux.press("L")
      try tmux.waitFor("the notes in Japanese") { $0.contains("次:") }
    }
    try tmux.press("q")
    try tmux.type("echo \"STATUS\"\"=$?\"", enter: true)
    let screen = try tmux.waitFor("the exit status") { $0.contains("STATUS=") }
    #expect(screen.contains("STATUS=0"))
    #expect(try tmux.terminalFlags() == Tmux.shellFlags)
  }
}
