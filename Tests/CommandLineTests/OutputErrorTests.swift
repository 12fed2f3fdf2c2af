import Foundation
import TestSupport
import Testing

/// What happens when output cannot be written: a reader that has gone on stdout is a quiet success; any other
/// failure is 74 (EX_IOERR); and a status the program has decided (65, 64) is never turned into 0 (or 74).
@Suite struct OutputErrorTests {
  enum Destination {
    /// A pipe whose reader has already gone: every write fails with EPIPE.
    case closedPipe
    /// A file (or device) by path, such as /dev/full (every write fails with ENOSPC).
    case path(String)
    /// The descriptor closed, as `2>&-` leaves it.
    case closed
    /// A file the test reads afterwards.
    case captured
  }

  struct Outcome {
    let status: Int32
    let stderr: String
  }

  /// Runs the release binary with stdout and stderr sent where asked, through bash so that `>&-` can close one.
  func run(_ arguments: [String], stdout: Destination, stderr: Destination) throws -> Outcome {
    let folder = try TemporaryFolder("run")
    let errorFile = folder.url.appendingPathComponent("stderr").path
    var redirections = ""
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    var unread: [Pipe] = []
    for (fd, destination) in [(1, stdout), (2, stderr)] {
      switch destination {
      case .closedPipe:
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        unread.append(pipe)
        if fd == 1 { process.standardOutput = pipe } else { process.standardError = pipe }
      case .path(let path): redirections += " \(fd)>'\(path)'"
      case .closed: redirections += " \(fd)>&-"
      case .captured: redirections += " \(fd)>'\(errorFile)'"
      }
    }
    let command = ([try ReleaseBinary.checkedPath()] + arguments).map { "'\($0)'" }.joined(separator: " ")
    process.arguments = ["-c", "exec \(command)\(redirections)"]
    process.environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    try process.run()
    process.waitUntilExit()
    _ = unread
    let written = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
    return Outcome(status: process.terminationStatus, stderr: written)
  }

  func invalidFile(_ folder: TemporaryFolder) throws -> String {
    try folder.file("bad.json", Data(#"{"x": 1}"#.utf8))
  }

  @Test func aFullDiskIsAnIOError() throws {
    let export = try run(["export"], stdout: .path("/dev/full"), stderr: .captured)
    #expect(export.status == 74)
    #expect(export.stderr.contains("cannot write the output"))
    let help = try run(["--help"], stdout: .path("/dev/full"), stderr: .captured)
    #expect(help.status == 74)
  }

  @Test func aReaderThatHasGoneOnStdoutIsAQuietSuccess() throws {
    let r = try run(["export"], stdout: .closedPipe, stderr: .captured)
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
  }

  @Test func aDecidedStatusSurvivesAnUnwritableStderr() throws {
    let folder = try TemporaryFolder()
    let bad = try invalidFile(folder)
    for stderr in [Destination.closedPipe, .closed, .path("/dev/full")] {
      #expect(try run(["validate", bad], stdout: .captured, stderr: stderr).status == 65, "\(stderr)")
      #expect(try run(["show", "P9"], stdout: .captured, stderr: stderr).status == 64, "\(stderr)")
    }
    #expect(try run(["validate", bad], stdout: .closedPipe, stderr: .closedPipe).status == 65)
  }

  @Test func successWithNothingToSayOnStderrStaysZero() throws {
    let r = try run(["validate"], stdout: .path("/dev/null"), stderr: .path("/dev/full"))
    #expect(r.status == 0)
  }
}
