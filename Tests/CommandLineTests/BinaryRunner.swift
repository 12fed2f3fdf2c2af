import Foundation

/// Runs the built `dualtohoku` binary, as a user or a script would.
enum Binary {
  /// The folder SwiftPM builds products into: the one that holds the test bundle.
  static var productsDirectory: URL {
    let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var dir = testBundle.deletingLastPathComponent()
    // On Linux the runner is …/debug/DualLifeTohokuPackageTests.xctest; swift-testing may pass a helper path.
    while dir.path != "/" && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("dualtohoku").path) {
      dir = dir.deletingLastPathComponent()
    }
    return dir
  }

  static var path: String { productsDirectory.appendingPathComponent("dualtohoku").path }

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
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for key in ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR"] { env[key] = nil }
    env["LANG"] = "C.UTF-8"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    // Output goes to files, not pipes: a large output cannot fill a pipe and stall the child.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dualtohoku-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("stdout")
    let errURL = dir.appendingPathComponent("stderr")
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
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
  }

  /// A fresh temporary file with the given contents.
  static func temporaryFile(_ contents: Data, name: String = "data.json") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dualtohoku-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try contents.write(to: url)
    return url.path
  }
}
