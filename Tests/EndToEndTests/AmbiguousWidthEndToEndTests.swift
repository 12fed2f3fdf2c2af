import Foundation
import TestSupport
import Testing

/// Terminals that draw ambiguous-width characters (“ ” × → ─ ▶ …) two cells wide: the dashboard asks after its
/// first frame and, told so, draws ASCII stand-ins for all of them; --ascii does the same from the start.
@Suite(.enabled(if: Tmux.available, "tmux is not installed"), .serialized)
struct AmbiguousWidthEndToEndTests {
  /// tmux draws them one cell wide and answers so; a terminal that draws them wide is stood in for by typing its
  /// answer ahead, so that it is read before tmux's own, which comes only after the question. The program starts
  /// only once the typed answer is in the terminal's input (its echo is on screen), whatever the machine's load.
  @Test func aTerminalThatDrawsThemWideGetsStandIns() throws {
    let folder = try TemporaryFolder("e2e")
    let gate = folder.url.appendingPathComponent("go").path
    let tmux = try Tmux(width: 100, height: 30)
    // "WAI""TING" so that the command line itself does not match; the answer is typed only once the shell is
    // running the loop (while it edits a line, its own modes would not echo it).
    try tmux.start("--lang en", environment: "echo WAI\"\"TING; while [ ! -e '\(gate)' ]; do sleep 0.05; done;")
    try tmux.waitFor("the shell waiting for the gate") { $0.contains("WAITING") }
    try tmux.sendBytes("\u{1B}[2;3R")
    try tmux.waitFor("the typed-ahead answer echoed") { $0.contains("^[[2;3R") }
    #expect(FileManager.default.createFile(atPath: gate, contents: nil))
    let screen = try tmux.waitFor("the stand-ins") { $0.contains("> P1  Realizing \"Dual Life Tohoku\"") }
    #expect(!screen.unicodeScalars.contains { AmbiguousWidth.isAmbiguous($0) }, Comment(rawValue: screen))
    try tmux.press("2")
    try tmux.waitFor("the proposals view, still with stand-ins") { $0.contains("Proposals") && $0.contains("> P1") }
    try tmux.press("q")
    #expect(try tmux.waitFor("the exit status") { $0.contains("EXIT=") }.contains("EXIT=0"))
  }

  @Test func aTerminalThatDrawsThemNarrowKeepsThem() throws {
    let tmux = try Tmux(width: 100, height: 30)
    try tmux.start("--lang en")
    let screen = try tmux.waitFor("the first frame") { $0.contains("▶ P1  Realizing “Dual Life Tohoku”") }
    #expect(screen.split(separator: "\n").dropFirst().first?.hasPrefix("Overview") == true, "the probe left no trace")
    try tmux.press("q")
    #expect(try tmux.waitFor("the exit status") { $0.contains("EXIT=") }.contains("EXIT=0"))
  }

  @Test func asciiCoversTheDataToo() throws {
    let tmux = try Tmux(width: 100, height: 30)
    try tmux.start("--lang en --ascii")
    let screen = try tmux.waitFor("the first frame") { $0.contains("> P1") && $0.contains("quit") }
    #expect(screen.contains("Realizing \"Dual Life Tohoku\""))
    #expect(!screen.unicodeScalars.contains { AmbiguousWidth.isAmbiguous($0) }, Comment(rawValue: screen))
    try tmux.press("q")
    #expect(try tmux.waitFor("the exit status") { $0.contains("EXIT=") }.contains("EXIT=0"))
  }
}

/// The characters the tests look for: the common ones of the interface and the data.
enum AmbiguousWidth {
  static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
    "“”‘’×→←↑↓─│▶●○■…※–".unicodeScalars.contains(scalar)
  }
}
