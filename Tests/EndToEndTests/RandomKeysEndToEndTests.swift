import Foundation
import TestSupport
import Testing

/// 5,000 random keys through the release binary, over a fixed seed: the dashboard (2,500), the presenter (1,500)
/// and the notes window following it (1,000). Nothing may end the program early or hang it; afterwards it still
/// answers, leaves with status 0 and gives the shell back a sane terminal.
@Suite(.enabled(if: Tmux.available, "tmux is not installed"), .serialized)
struct RandomKeysEndToEndTests {
  typealias Generator = SeededGenerator

  /// tmux key names that act in every screen but never end the program (no q, Ctrl-C, Ctrl-Z).
  static let keys =
    ["Up", "Down", "Left", "Right", "PPage", "NPage", "Home", "End", "Enter", "BSpace", "Tab", "BTab", "Space", "DC"]
    + "1234567/?LpobnNmaxsuSUjkhlgGt[]".map(String.init)

  /// Presses `count` random keys (from `keys`, Esc too where it cannot end the program) in batches.
  func press(_ count: Int, on tmux: Tmux, escape: Bool, _ g: inout Generator) throws {
    let choices = Self.keys + (escape ? ["Escape"] : [])
    var left = count
    while left > 0 {
      let batch = (0..<min(40, left)).map { _ in choices.randomElement(using: &g) ?? "Down" }
      try tmux.run(["send-keys", "-t", tmux.session] + batch)
      left -= batch.count
      // Now and then a Japanese word, typed as an input method would hand it over.
      if Int.random(in: 0..<10, using: &g) == 0 { try tmux.type("ワーケーション") }
      Thread.sleep(forTimeInterval: 0.01)
    }
  }

  @Test func fiveThousandRandomKeysThroughTheDashboardThePresenterAndTheNotes() throws {
    let runtime = try TemporaryFolder("random-keys")
    var g = Generator(state: 2026)
    let tmux = try Tmux(width: 100, height: 30)
    try tmux.start("--lang ja", environment: "XDG_RUNTIME_DIR='\(runtime.path)'")
    try tmux.waitFor("the dashboard") { $0.contains("1 概要") }
    let dashboard = try tmux.binaryPID()
    try press(2_500, on: tmux, escape: true, &g)
    #expect(kill(dashboard, 0) == 0, "the dashboard is still running")
    try tmux.press("C-c")
    #expect(try tmux.waitFor("the exit status") { $0.contains("EXIT=") }.contains("EXIT=0"))
    #expect(try tmux.terminalFlags() == Tmux.shellFlags)

    let notes = try tmux.second(width: 80, height: 24)
    try notes.start("present --notes --lang en", environment: "XDG_RUNTIME_DIR='\(runtime.path)'")
    try tmux.type("clear", enter: true)
    try tmux.start("present --lang en", environment: "XDG_RUNTIME_DIR='\(runtime.path)'")
    try tmux.waitFor("the first slide") { $0.contains("1/19") }
    let presenter = try tmux.binaryPID()
    let follower = try notes.binaryPID()
    try press(1_500, on: tmux, escape: false, &g)
    try press(1_000, on: notes, escape: false, &g)
    #expect(kill(presenter, 0) == 0 && kill(follower, 0) == 0, "presenter and notes are still running")
    try tmux.press("C-c")
    try notes.press("C-c")
    #expect(try tmux.waitFor("the presenter's exit") { $0.contains("EXIT=") }.contains("EXIT=0"))
    #expect(try notes.waitFor("the notes' exit") { $0.contains("EXIT=") }.contains("EXIT=0"))
    #expect(try notes.terminalFlags() == Tmux.shellFlags)
  }
}
