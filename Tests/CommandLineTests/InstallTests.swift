import Foundation
import TestSupport
import Testing

/// `make install` and `make uninstall` into a temporary DESTDIR, as a packager would, and the installed binary run.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/make"), "make is not installed"))
struct InstallTests {
  static let installed = [
    "bin/dualtohoku", "share/man/man1/dualtohoku.1", "share/bash-completion/completions/dualtohoku",
    "share/zsh/site-functions/_dualtohoku", "share/fish/vendor_completions.d/dualtohoku.fish",
  ]

  /// Runs make in the package with arguments; fails if it takes more than a minute (it only copies files: `make
  /// test` has built everything, and a build from here would wait on SwiftPM's lock).
  func make(_ arguments: [String]) throws -> Int32 {
    let root = ReleaseBinary.packageRoot.path
    for needed in [".build/man/dualtohoku.1", ".build/completions/dualtohoku.bash"] {
      try #require(
        FileManager.default.fileExists(atPath: root + "/" + needed), "\(needed) is missing: run `make test`")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/make")
    process.arguments = ["-s", "-C", root] + arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(60)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test func installsUnderPrefixInDestdirAndUninstalls() throws {
    let stage = try TemporaryFolder("install")
    let prefix = "/opt/dualtohoku-test"
    let root = stage.path + prefix
    #expect(try make(["install", "DESTDIR=\(stage.path)", "PREFIX=\(prefix)"]) == 0)
    for file in Self.installed {
      #expect(FileManager.default.fileExists(atPath: root + "/" + file), "\(file)")
    }
    #expect(FileManager.default.isExecutableFile(atPath: root + "/bin/dualtohoku"))
    let man = try String(contentsOfFile: root + "/share/man/man1/dualtohoku.1", encoding: .utf8)
    #expect(man.contains(".Dt DUALTOHOKU 1"))
    let bash = try String(contentsOfFile: root + "/share/bash-completion/completions/dualtohoku", encoding: .utf8)
    #expect(bash.contains("complete") && bash.contains("dualtohoku"))

    // The installed copy runs on its own (the dataset is inside it) from anywhere.
    let run = Process()
    run.executableURL = URL(fileURLWithPath: root + "/bin/dualtohoku")
    run.arguments = ["show", "P1", "--lang", "en"]
    run.currentDirectoryURL = stage.url
    let output = Pipe()
    run.standardOutput = output
    try run.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    run.waitUntilExit()
    #expect(run.terminationStatus == 0)
    #expect(printed.hasPrefix("P1  [proposal]  Realizing"))

    #expect(try make(["uninstall", "DESTDIR=\(stage.path)", "PREFIX=\(prefix)"]) == 0)
    for file in Self.installed {
      #expect(!FileManager.default.fileExists(atPath: root + "/" + file), "\(file) removed")
    }
  }
}
