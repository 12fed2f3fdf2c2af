import Foundation
import TestSupport
import Testing

/// The main paths a person takes, in a real terminal (tmux), at a small and a large size.
@Suite(.enabled(if: Tmux.available, "tmux is not installed"), .serialized)
struct DashboardEndToEndTests {
  @Test(arguments: [(80, 24), (200, 60)])
  func browseSwitchLanguageHelpAndQuit(_ size: (Int, Int)) throws {
    let tmux = try Tmux(width: size.0, height: size.1)
    try tmux.start("--lang ja")
    var screen = try tmux.waitFor { $0.contains("ポストコロナ・５つの提言") && $0.contains("1 概要") }
    #expect(screen.contains("▶ P1"), "opens on the overview with P1 selected")

    for (key, crumb) in [("2", "提言"), ("3", "分析"), ("4", "働きかけ"), ("1", "概要")] {
      try tmux.press(key)
      screen = try tmux.waitFor { $0.split(separator: "\n").dropFirst().first?.hasPrefix(crumb) == true }
      #expect(screen.split(separator: "\n").dropFirst().first?.hasPrefix(crumb) == true, "key \(key)")
    }
    try tmux.press("Tab")
    screen = try tmux.waitFor { $0.split(separator: "\n").dropFirst().first?.hasPrefix("提言") == true }
    #expect(screen.contains("目指す") || screen.contains("P1  「デュアルライフ東北」の実現"))

    try tmux.press("Enter")
    screen = try tmux.waitFor { $0.contains("提言 › P1") && $0.contains("終了") && $0.contains("P1.M1") }
    #expect(screen.contains("提言 › P1"))
    #expect(screen.contains("P1.M1"))

    try tmux.press("L")
    screen = try tmux.waitFor { $0.contains("Proposals › P1") && $0.contains("quit") }
    #expect(screen.contains("Realizing “Dual Life Tohoku”"))

    // Wait for the footer too: it is drawn last, so the whole frame has arrived.
    try tmux.press("?")
    screen = try tmux.waitFor { $0.contains("Shift-Tab") && $0.contains("Esc ? close") }
    #expect(screen.contains("next view") && screen.contains("previous view"))
    try tmux.press("Escape")
    screen = try tmux.waitFor { $0.contains("Proposals › P1") }

    try tmux.press("q")
    screen = try tmux.waitFor { $0.contains("EXIT=") }
    #expect(screen.contains("EXIT=0"))
    screen = try tmux.terminalModes()
    #expect(screen.contains("icanon,echo ,"), "the terminal is back in cooked mode with echo")
  }

  /// The dashboard puts into the window only the cells that changed since the last frame: after going from view to
  /// view and language to language, each frame is still exactly the one `render` prints for the same view.
  @Test func framesDrawnAsChangesAreWholeFrames() throws {
    let tmux = try Tmux(width: 120, height: 40)
    try tmux.start("--lang en")
    try tmux.waitFor { $0.contains("Five Post-COVID Proposals") }
    let steps: [(key: String, view: [String], lang: String)] = [
      ("6", ["compare", "P1", "P2"], "en"), ("1", ["overview"], "en"), ("L", ["overview"], "ja"),
      ("2", ["proposals"], "ja"), ("3", ["swo"], "ja"), ("L", ["swo"], "en"), ("7", ["followed"], "en"),
      ("4", ["calls"], "en"), ("L", ["calls"], "ja"), ("6", ["compare", "P1", "P2"], "ja"),
    ]
    for step in steps {
      try tmux.press(step.key)
      let expected = try Tmux.render(step.view + ["--width", "120", "--height", "40", "--lang", step.lang])
      try tmux.waitFor("\(step.view[0]) in \(step.lang) after \(step.key)") {
        Tmux.trimmed($0) == Tmux.trimmed(expected)
      }
    }
    try tmux.press("q")
    let screen = try tmux.waitFor { $0.contains("EXIT=") }
    #expect(screen.contains("EXIT=0"))
  }

  @Test func resizeDownToOneByOneAndBack() throws {
    let tmux = try Tmux(width: 100, height: 30)
    try tmux.start("--lang en")
    try tmux.waitFor { $0.contains("Five Post-COVID Proposals") }
    try tmux.resize(width: 30, height: 8)
    var screen = try tmux.waitFor { $0.contains("too small") }
    #expect(screen.contains("40x12"))
    // Each size is waited for on screen, not slept on. 1×1 has nothing to read back (the only cell is the
    // bottom-right one, which ncurses cannot write without scrolling): tmux's own size is waited for, and the
    // 2×2 frame after it shows the program lived through it.
    try tmux.resize(width: 1, height: 1)
    try tmux.waitFor("tmux at 1×1") { _ in (try? tmux.paneSize()) == "1x1" }
    for (w, h) in [(2, 2), (39, 11)] {
      try tmux.resize(width: w, height: h)
      let expected = try Tmux.render(["overview", "--width", "\(w)", "--height", "\(h)", "--lang", "en"])
      try tmux.waitFor("the \(w)×\(h) frame") { Tmux.trimmed($0) == Tmux.trimmed(expected) }
    }
    try tmux.resize(width: 40, height: 12)
    try tmux.waitFor("the dashboard at 40×12") {
      $0.split(separator: "\n").dropFirst().first?.hasPrefix("Overview") == true && !$0.contains("too small")
    }
    try tmux.resize(width: 160, height: 50)
    try tmux.waitFor("the dashboard at 160×50") { $0.contains("Five Post-COVID Proposals") && $0.contains("quit") }
    try tmux.resize(width: 100, height: 30)
    screen = try tmux.waitFor { $0.contains("Five Post-COVID Proposals") && $0.contains("1 Overview") }
    #expect(screen.contains("1 Overview"), "alive and laid out again after 1×1")
    try tmux.press("q")
    screen = try tmux.waitFor { $0.contains("EXIT=") }
    #expect(screen.contains("EXIT=0"))
  }

  @Test func suspendWithCtrlZAndResumeWithFg() throws {
    let tmux = try Tmux(width: 90, height: 26)
    // No "; echo" after the command: a shell would run it as soon as the job stops.
    try tmux.start("--lang en --view 3", reportStatus: false)
    try tmux.waitFor { $0.contains("Analysis") && $0.contains("T1") }
    try tmux.press("C-z")
    var screen = try tmux.waitFor { $0.contains("Stopped") }
    #expect(screen.contains("Stopped"))
    try tmux.type("fg", enter: true)
    screen = try tmux.waitFor { $0.contains("3 Analysis") && $0.contains("T1") }
    #expect(screen.contains("T1"), "the screen is drawn again after fg")
    try tmux.press("C-c")
    try tmux.type("echo \"STATUS\"\"=$?\"", enter: true)
    screen = try tmux.waitFor { $0.contains("STATUS=") }
    #expect(screen.contains("STATUS=0"))
  }

  @Test func unknownTerminalAndNoTerminalGiveClearMessages() throws {
    let tmux = try Tmux(width: 100, height: 20)
    try tmux.start("", environment: "TERM=xterm-nonexistent-term")
    var screen = try tmux.waitFor { $0.contains("EXIT=") }
    #expect(screen.contains("EXIT=1"))
    #expect(screen.contains("xterm-nonexistent-term"))
    try tmux.type("clear", enter: true)
    try tmux.type("'\(Tmux.binary)' < /dev/null | cat; echo \"PIPE\"\"=${PIPESTATUS[0]}\"", enter: true)
    screen = try tmux.waitFor { $0.contains("PIPE=") }
    #expect(screen.contains("PIPE=1"))
    #expect(screen.contains("dualtohoku show"))
  }

  @Test func terminateSignalRestoresTheTerminal() throws {
    let tmux = try Tmux(width: 90, height: 24)
    try tmux.start("--lang en")
    try tmux.waitFor { $0.contains("1 Overview") }
    #expect(kill(try tmux.binaryPID(), SIGTERM) == 0)
    var screen = try tmux.waitFor { $0.contains("EXIT=") }
    #expect(screen.contains("EXIT=143"))
    screen = try tmux.terminalModes()
    #expect(screen.contains("icanon,echo ,"))
  }

  @Test func searchTypedInJapanese() throws {
    let tmux = try Tmux(width: 100, height: 30)
    try tmux.start("--lang ja")
    try tmux.waitFor { $0.contains("1 概要") && $0.contains("終了") }
    try tmux.press("/")
    try tmux.waitFor { $0.contains("検索:") }  // capture-pane drops the trailing blank
    try tmux.type("ワーケーション")
    var screen = try tmux.waitFor { $0.contains("2 件") && $0.contains("Ctrl-U") }
    #expect(screen.contains("P5.M2"))
    #expect(screen.contains("F5"))
    // The matched word is drawn bold and underlined: an attribute change right before the word.
    let styled = try tmux.waitFor(styled: true) { $0.contains("m\u{30EF}\u{30FC}\u{30B1}") }
    #expect(styled.contains("\u{1B}[1;4m"), "the match is highlighted")
    #expect(styled.contains("m\u{30EF}\u{30FC}\u{30B1}"), "an attribute starts at the match")
    try tmux.press("Enter")
    // Wait for the page's own footer (n N after a hit): the search footer also says 終了, so a frame caught half
    // drawn could otherwise pass the wait with the page not yet there.
    screen = try tmux.waitFor { $0.contains("提言 › P5") && $0.contains("次/前の一致") }
    #expect(screen.contains("▶ P5.M2"))
    try tmux.press("/")
    try tmux.press("C-u")
    try tmux.type("さてらいと")
    screen = try tmux.waitFor { $0.contains("P1.M1") && $0.contains("Ctrl-U") }
    #expect(screen.contains("サテライト"))
    try tmux.press("C-u")
    try tmux.type("存在しない言葉")
    screen = try tmux.waitFor { $0.contains("一致する項目はありません") }
    #expect(screen.contains("一致する項目はありません"))
    try tmux.press("C-c")
    screen = try tmux.waitFor { $0.contains("EXIT=") }
    #expect(screen.contains("EXIT=0"))
  }

  @Test func compareViewShowsTwoProposalsSideBySide() throws {
    let tmux = try Tmux(width: 120, height: 30)
    try tmux.start("--lang ja")
    try tmux.waitFor { $0.contains("1 概要") && $0.contains("終了") }
    try tmux.press("6")
    let screen = try tmux.waitFor { $0.contains("対応表") }
    #expect(screen.split(separator: "\n").contains { $0.contains("P1 「デュアルライフ東北」") && $0.contains("P2 デジタル化") })
    try tmux.press("q")
    #expect(try tmux.waitFor { $0.contains("EXIT=") }.contains("EXIT=0"))
  }
}

/// Presenter mode in a real terminal, with the notes in a second one.
@Suite(.enabled(if: Tmux.available, "tmux is not installed"), .serialized)
struct PresenterEndToEndTests {
  func footer(_ screen: String) -> String {
    screen.split(separator: "\n").last { !$0.allSatisfy { $0 == " " } }.map(String.init) ?? ""
  }

  func runtimeFolder() throws -> URL {
    let runtime = FileManager.default.temporaryDirectory.appendingPathComponent("dualtohoku-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true)
    return runtime
  }

  @Test(arguments: [(100, 30), (80, 24)])
  func keysMoveThroughTheDeckAndNotesFollow(_ size: (Int, Int)) throws {
    let runtime = try runtimeFolder()
    defer { try? FileManager.default.removeItem(at: runtime) }
    let tmux = try Tmux(width: size.0, height: size.1)
    let notes = try tmux.second(width: size.0, height: size.1)
    try notes.start("present --notes --lang en", environment: "XDG_RUNTIME_DIR='\(runtime.path)'")
    try tmux.start("present --lang en", environment: "XDG_RUNTIME_DIR='\(runtime.path)'")
    var screen = try tmux.waitFor { footer($0).hasPrefix(" 1/19") }
    try tmux.press("Space")
    screen = try tmux.waitFor { footer($0).hasPrefix(" 2/19") }
    #expect(footer(screen).hasPrefix(" 2/19"), "the title slide is a title block: Space moves on at once")
    try tmux.press("End")
    _ = try tmux.waitFor { footer($0).hasPrefix(" 19/19") }
    try tmux.press("Home")
    _ = try tmux.waitFor { footer($0).hasPrefix(" 1/19") }
    try tmux.press("5", "Enter")
    screen = try tmux.waitFor { footer($0).hasPrefix(" 5/19") }
    // The notes terminal follows: slide 5 (the weaknesses), all five points shown.
    var notesScreen = try notes.waitFor { $0.hasPrefix("5/19") && $0.contains("point 5/5") }
    #expect(notesScreen.contains("Next:"))
    try tmux.press("Left")
    notesScreen = try notes.waitFor { $0.hasPrefix("5/19") && $0.contains("point 4/5") }
    #expect(footer(try tmux.screen()).hasPrefix(" 5/19"), "← takes back one point first")
    // No key in the notes window moves the presenter.
    try notes.press("Down", "PgDn", "Space", "Right", "Enter", "b", "3", "Enter", "o", "Down", "Down", "Enter")
    notesScreen = try notes.waitFor { $0.contains("preview (the presenter is on 5") }
    try notes.press("Escape")
    notesScreen = try notes.waitFor { $0.hasPrefix("5/19") && !$0.contains("preview") }
    #expect(footer(try tmux.screen()).hasPrefix(" 5/19"), "the presenter stayed")
    try tmux.press("9", "9", "Enter")
    screen = try tmux.waitFor { footer($0).contains("no slide 99") }
    #expect(footer(screen).hasPrefix(" 5/19"))
    try tmux.press("b")
    _ = try tmux.waitFor { $0.allSatisfy { $0 == " " || $0 == "\n" } }
    try tmux.press("Space", "Right", "End", "o")
    try tmux.press("b")
    screen = try tmux.waitFor { footer($0).hasPrefix(" 5/19") }
    #expect(footer(screen).hasPrefix(" 5/19"), "keys waited while blank; b shows the same slide")
    try tmux.press("o")
    screen = try tmux.waitFor { $0.hasPrefix(" Slides") }
    try tmux.press("Down", "Enter")
    screen = try tmux.waitFor { footer($0).hasPrefix(" 6/19") }
    _ = try notes.waitFor { $0.hasPrefix("6/19") }
    try tmux.press("?")
    screen = try tmux.waitFor { $0.contains("Presenter keys") && $0.contains("slide index") }
    try tmux.press("Escape")
    _ = try tmux.waitFor { footer($0).hasPrefix(" 6/19") }
    try tmux.press("q")
    screen = try tmux.waitFor { $0.contains("EXIT=") }
    #expect(screen.contains("EXIT=0"))
    #expect(screen.contains("Time per slide"), "the time per slide, after the screen closed")
    screen = try tmux.terminalModes()
    #expect(screen.contains("icanon,echo ,"), "a sane shell after the presenter")
    try notes.press("q")
    #expect(try notes.waitFor { $0.contains("EXIT=") }.contains("EXIT=0"))
  }

  @Test func aPlannedLengthShowsThePaceAndTheLogIsWritten() throws {
    let runtime = try runtimeFolder()
    defer { try? FileManager.default.removeItem(at: runtime) }
    let log = runtime.appendingPathComponent("rehearsal.md")
    let tmux = try Tmux(width: 200, height: 60)
    try tmux.start(
      "present --lang ja --duration 10m --log '\(log.path)' --ascii", environment: "XDG_RUNTIME_DIR='\(runtime.path)'")
    let screen = try tmux.waitFor { footer($0).contains("残り") }
    // Ten minutes over the deck's slides (19): 31 seconds a slide.
    #expect(footer(screen).contains("1枚 0:31"), "\(footer(screen))")
    try tmux.press("Space", "Space", "q")
    _ = try tmux.waitFor { $0.contains("EXIT=") }
    let text = try String(contentsOf: log, encoding: .utf8)
    #expect(text.hasPrefix("# スライドごとの時間"))
    #expect(text.contains("| 合計 |"))
    let mode = try FileManager.default.attributesOfItem(atPath: log.path)[.posixPermissions] as? Int
    #expect(mode == 0o600, "only the user can read the log")
  }

  @Test func pFromTheDashboardAndBack() throws {
    let runtime = try runtimeFolder()
    defer { try? FileManager.default.removeItem(at: runtime) }
    let tmux = try Tmux(width: 100, height: 30)
    let notes = try tmux.second(width: 80, height: 24)
    try notes.start("present --notes --lang en", environment: "XDG_RUNTIME_DIR='\(runtime.path)'")
    try tmux.start("--lang en", environment: "XDG_RUNTIME_DIR='\(runtime.path)'")
    _ = try tmux.waitFor { $0.contains("1 Overview") && $0.contains("quit") }
    try tmux.press("p")
    var screen = try tmux.waitFor { footer($0).hasPrefix(" 1/19") }
    #expect(screen.contains("Five Post-COVID Proposals"))
    try tmux.press("Space")
    _ = try tmux.waitFor { footer($0).hasPrefix(" 2/19") }
    #expect(try notes.waitFor { $0.hasPrefix("2/19") }.hasPrefix("2/19"), "p publishes its slide to the notes")
    try notes.press("q")
    try tmux.press("q")
    screen = try tmux.waitFor { $0.contains("1 Overview") && $0.contains("quit") }
    #expect(screen.contains("1 Overview"), "q leaves the presenter for the dashboard")
    try tmux.press("q")
    #expect(try tmux.waitFor { $0.contains("EXIT=") }.contains("EXIT=0"))
  }
}

/// Joiners and bidirectional controls in the data never reach the terminal from the dashboard either: the terminal
/// would join or reorder cells and the row would no longer be what the grid holds.
@Suite(.enabled(if: Tmux.available, "tmux is not installed"))
struct InvisibleFormattingEndToEndTests {
  @Test func joinersAndBidiControlsFromTheDataAreNotDrawn() throws {
    let folder = try TemporaryFolder("e2e")
    let exported = Tmux.output(of: Tmux.quote(try ReleaseBinary.checkedPath()) + " export")
    let planted = exported.replacingOccurrences(of: "Realizing", with: "Real\\u200Diz\\u202Eing\\u2066")
    #expect(planted != exported)
    let data = try folder.file("planted.json", Data(planted.utf8))
    let tmux = try Tmux(width: 80, height: 24)
    try tmux.start("--lang en --data '\(data)'")
    let screen = try tmux.waitFor("the overview") { $0.contains("P1  Real") && $0.contains("quit") }
    #expect(screen.contains("▶ P1  Realizing “Dual Life Tohoku”"), "the row as the grid holds it")
    let invisible: Set<UInt32> = [0x200D, 0x202E, 0x2066]
    #expect(!screen.unicodeScalars.contains { invisible.contains($0.value) })
    try tmux.press("q")
    #expect(try tmux.waitFor("the exit status") { $0.contains("EXIT=") }.contains("EXIT=0"))
  }
}
