import Foundation
import TestSupport

/// Runs the release `dualtohoku` binary (as `make build` builds it), as a user or a script would.
enum Binary {
  static var path: String { ReleaseBinary.path }

  struct StillRunning: Error, CustomStringConvertible {
    let arguments: [String]
    var description: String { "dualtohoku \(arguments.joined(separator: " ")) was still running after 20 s" }
  }

  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
    let stdoutBytes: Data
  }

  /// Runs the binary with arguments and environment additions; LANG is C unless given.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try ReleaseBinary.checkedPath())
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for key in ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR"] { env[key] = nil }
    env["LANG"] = "C.UTF-8"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    // Output goes to files, not pipes: a large output cannot fill a pipe and stall the child.
    let folder = try TemporaryFolder("run")
    let outURL = folder.url.appendingPathComponent("stdout")
    let errURL = folder.url.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try? input.fileHandleForWriting.close()
    // A run that hangs (blocked on a FIFO, say) fails the test instead of the whole suite waiting for ever.
    let deadline = Date().addingTimeInterval(20)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      throw StillRunning(arguments: arguments)
    }
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
  }
}
