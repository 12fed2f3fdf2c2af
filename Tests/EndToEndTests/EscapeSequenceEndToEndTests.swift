import Foundation
import TestSupport
import Testing

/// Keys that arrive as escape sequences the terminfo entry does not list, and Alt+key: they must act as the key
/// they are (Home, End) or not at all, never as Esc followed by letters.
@Suite(.enabled(if: Tmux.available, "tmux is not installed"), .serialized)
struct EscapeSequenceEndToEndTests {
  func footer(_ screen: String) -> String {
    screen.split(separator: "\n").last { !$0.allSatisfy { $0 == " " } }.map(String.init) ?? ""
  }

  @Test func dashboardTakesHomeAndEndInEveryEncodingAndSwallowsAltKeys() throws {
    let tmux = try Tmux(width: 80, height: 24)
    try tmux.start("--lang en --view 2")
    try tmux.waitFor("the proposals view") { $0.contains("▶ P1") && $0.contains("quit") }
    // Alt+q and Alt+4: as Esc then q, the first quit; as Esc then 4, the second opened the calls view.
    try tmux.sendBytes("\u{1B}q")
    try tmux.sendBytes("\u{1B}4")
    for (sequence, row) in [
      ("\u{1B}[4~", "▶ P5"), ("\u{1B}[1~", "▶ P1"), ("\u{1B}[8~", "▶ P5"), ("\u{1B}[7~", "▶ P1"),
      ("\u{1B}[F", "▶ P5"), ("\u{1B}[H", "▶ P1"), ("\u{1B}OF", "▶ P5"), ("\u{1B}OH", "▶ P1"),
    ] {
      try tmux.sendBytes(sequence)
      let screen = try tmux.waitFor("\(row) after \(sequence.dropFirst())") { $0.contains(row) }
      #expect(screen.split(separator: "\n").dropFirst().first?.hasPrefix("Proposals") == true, "still view 2")
    }
    // An unknown sequence (F9 with Shift) and a lone Esc afterwards: the Esc still acts (it closes help).
    try tmux.sendBytes("\u{1B}[20;2~")
    try tmux.press("?")
    try tmux.waitFor("the help") { $0.contains("Shift-Tab") }
    try tmux.press("Escape")
    try tmux.waitFor("the help closed by a lone Esc") { $0.contains("▶ P1") && !$0.contains("Shift-Tab") }
    try tmux.press("q")
    #expect(try tmux.waitFor("the exit status") { $0.contains("EXIT=") }.contains("EXIT=0"))
  }

  @Test func presenterIsNotEndedByAnAltKeyOrAnUnknownEnd() throws {
    let runtime = try TemporaryFolder("e2e")
    let tmux = try Tmux(width: 100, height: 30)
    try tmux.start("present --lang en", environment: "XDG_RUNTIME_DIR='\(runtime.path)'")
    try tmux.waitFor("the first slide") { footer($0).hasPrefix(" 1/19") }
    try tmux.sendBytes("\u{1B}x")
    try tmux.sendBytes("\u{1B}[4~")
    try tmux.waitFor("the last slide") { footer($0).hasPrefix(" 19/19") }
    try tmux.sendBytes("\u{1B}[1~")
    try tmux.waitFor("the first slide again") { footer($0).hasPrefix(" 1/19") }
    try tmux.press("Escape")
    #expect(try tmux.waitFor("the exit status") { $0.contains("EXIT=") }.contains("EXIT=0"), "a lone Esc leaves")
  }
}
