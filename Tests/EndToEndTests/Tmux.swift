import Foundation
import TestSupport

/// Drives the real binary in a tmux session on a private server, as a person at a terminal would.
final class Tmux {
  let socket: String
  let session: String
  /// The release binary, as `make build` builds it (see ReleaseBinary).
  static var binary: String { ReleaseBinary.path }

  static var available: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
  }

  /// Starts an interactive shell in a new session of the given size, with a known prompt. TERM is the one tmux
  /// itself speaks (tmux-256color), so keys such as End arrive as the terminfo entry says.
  init(width: Int, height: Int, name: String = "e2e", socket shared: String? = nil) throws {
    _ = try ReleaseBinary.checkedPath()
    session = name
    socket = shared ?? "dualtohoku-e2e-\(UUID().uuidString.prefix(8))"
    let term = system("infocmp tmux-256color >/dev/null 2>&1") == 0 ? "tmux-256color" : "screen-256color"
    try run([
      "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
      "env -i HOME=/tmp TERM=\(term) LANG=C.UTF-8 PATH=/usr/bin:/bin PS1='$ ' bash --norc --noprofile",
    ])
    try waitFor("the shell's prompt") { $0.contains("$") }
    ownsServer = shared == nil
  }

  /// A second session on the same tmux server (a second terminal beside the first).
  func second(width: Int, height: Int) throws -> Tmux {
    try Tmux(width: width, height: height, name: "second", socket: socket)
  }

  private var ownsServer = true

  deinit {
    if ownsServer { _ = try? run(["kill-server"]) }
  }

  /// Runs a tmux command and returns what it printed. Through popen, not Foundation's Process: with Process,
  /// waiting for the tmux client that starts the server never returned on this platform.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let command = (["/usr/bin/tmux", "-L", socket] + arguments).map(Self.quote).joined(separator: " ")
    return Self.output(of: command + " </dev/null 2>/dev/null")
  }

  /// What a shell command printed on stdout.
  static func output(of command: String) -> String {
    guard let pipe = popen(command, "r") else { return "" }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = fread(&buffer, 1, buffer.count, pipe)
      if n <= 0 { break }
      output += buffer[0..<n]
    }
    pclose(pipe)
    return String(decoding: output, as: UTF8.self)
  }

  static func quote(_ s: String) -> String {
    "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }

  /// Types text literally (Japanese too), then presses Enter if asked.
  func type(_ text: String, enter: Bool = false) throws {
    try run(["send-keys", "-t", session, "-l", text])
    if enter { try run(["send-keys", "-t", session, "Enter"]) }
  }

  /// Presses keys by tmux name: "Enter", "Escape", "C-z", "BTab", "q", "2".
  func press(_ keys: String...) throws {
    try run(["send-keys", "-t", session] + keys)
  }

  func screen() throws -> String {
    try run(["capture-pane", "-p", "-t", session])
  }

  /// The screen with lines the terminal wrapped joined again (to find a long message whole).
  func joinedScreen() throws -> String {
    try run(["capture-pane", "-J", "-p", "-t", session])
  }

  /// The screen with its attributes as escape sequences (to see highlighting).
  func styledScreen() throws -> String {
    try run(["capture-pane", "-e", "-p", "-t", session])
  }

  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
  }

  /// A wait that ran out; its description is the last screen seen, so the failure shows what was there.
  struct WaitTimedOut: Error, CustomStringConvertible {
    let waitedFor: String
    let lastScreen: String
    var description: String {
      "waited 10 s for \(waitedFor); the last screen was:\n" + lastScreen
    }
  }

  /// Waits (up to 10 s) until the screen satisfies `condition` and returns it; throws `WaitTimedOut` with the last
  /// screen when the wait runs out, so the test fails there. With `styled`, the screen comes with its attributes
  /// as escape sequences.
  @discardableResult
  func waitFor(
    styled: Bool = false, _ what: String = "the condition", file: String = #fileID,
    line: Int = #line, _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(10)
    var last = ""
    while Date() < deadline {
      last = try styled ? styledScreen() : screen()
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw WaitTimedOut(waitedFor: "\(what) (\(file):\(line))", lastScreen: last)
  }

  /// The process running in the session's shell, by pid: the shell's (`#{pane_pid}`) only child whose executable
  /// is the binary under test. Waits for it to appear, up to 10 s. Never by pattern, which could hit a user's own
  /// dashboard.
  func binaryPID() throws -> pid_t {
    let shell = try run(["display", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    // .build/release is a link to the platform's folder; /proc shows the real path.
    let real = URL(fileURLWithPath: Self.binary).resolvingSymlinksInPath().path
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
      for child in children.split(separator: " ").compactMap({ pid_t($0) }) {
        let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/exe")
        if executable == real { return child }
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw WaitTimedOut(
      waitedFor: "a child of the shell (pid \(shell)) running \(Self.binary)", lastScreen: try screen())
  }

  /// What tmux knows of the pane's terminal modes, e.g. "alternate=0 cursor=1 mouse=0 keypad=0" for a shell.
  func terminalFlags() throws -> String {
    try run([
      "display", "-p", "-t", session,
      "alternate=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag} keypad=#{keypad_cursor_flag}",
    ]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The flags of a terminal a shell has again: main screen, cursor shown, no mouse reporting, normal cursor keys.
  static let shellFlags = "alternate=0 cursor=1 mouse=0 keypad=0"

  /// Asks the shell for the terminal's line modes; a sane terminal answers "icanon,echo ," (cooked, echoing).
  func terminalModes() throws -> String {
    try type("stty -a | grep -o -- '-*icanon\\|-*echo ' | tr '\\n' ,", enter: true)
    return try waitFor("the stty answer") { $0.contains("icanon,") }
  }

  /// Starts the dashboard with arguments; with `reportStatus`, prints "EXIT=<status>" when it ends (spelled
  /// "EXIT""=" on the command line, so that waiting for "EXIT=" does not match the command itself).
  func start(_ arguments: String = "", environment: String = "", reportStatus: Bool = true) throws {
    try type(
      "\(environment) '\(Tmux.binary)' \(arguments)" + (reportStatus ? "; echo \"EXIT\"\"=$?\"" : ""), enter: true)
  }
}

extension Tmux {
  /// Sends raw bytes to the program as a terminal would (e.g. "\u{1B}[4~", an End key tmux would not send itself).
  func sendBytes(_ text: String) throws {
    try run(["send-keys", "-t", session, "-H"] + text.utf8.map { String($0, radix: 16) })
  }
}

extension Tmux {
  /// The pane's size as tmux has it, "WxH".
  func paneSize() throws -> String {
    try run(["display", "-p", "-t", session, "#{pane_width}x#{pane_height}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// What `dualtohoku render …` prints: the frame the live screen shows for the same state and size.
  static func render(_ arguments: [String]) throws -> String {
    let command = ([try ReleaseBinary.checkedPath(), "render"] + arguments).map(quote).joined(separator: " ")
    let frame = output(of: "LANG=C.UTF-8 " + command + " 2>/dev/null")
    // An empty frame is a failed render, never a picture to wait for: an empty expectation once matched the blank
    // pane tmux shows between a resize and the redraw, and the test passed on that.
    if frame.isEmpty { throw RenderFailed(arguments: arguments) }
    return frame
  }

  /// A screen without trailing blanks on its lines and without trailing empty lines (capture-pane drops them).
  static func trimmed(_ screen: String) -> [String] {
    var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var text = String(line)
      while text.last == " " { text.removeLast() }
      return text
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }
}

/// `dualtohoku render` printed nothing for these arguments.
struct RenderFailed: Error, CustomStringConvertible {
  let arguments: [String]
  var description: String { "render \(arguments.joined(separator: " ")) printed nothing" }
}
