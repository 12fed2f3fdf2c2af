import Foundation
import TestSupport
import Testing

/// The file through which `present` tells `present --notes` its slide, against what another user on the machine
/// could plant: the folder replaced by a link or made by someone else, links where files go, a FIFO, absurd numbers.
@Suite(.enabled(if: Tmux.available, "tmux is not installed"), .serialized)
struct SlideChannelEndToEndTests {
  /// A runtime folder (XDG_RUNTIME_DIR) for one test; the channel is its subfolder "dualtohoku".
  let runtime: TemporaryFolder
  var channel: URL { runtime.url.appendingPathComponent("dualtohoku") }
  var environment: String { "XDG_RUNTIME_DIR='\(runtime.path)'" }

  init() throws {
    runtime = try TemporaryFolder("e2e")
  }

  func refuses(_ mode: String, because reason: String) throws {
    let tmux = try Tmux(width: 100, height: 24)
    try tmux.start(mode, environment: environment)
    try tmux.waitFor("the refusal") { $0.contains("EXIT=") }
    let screen = try tmux.joinedScreen()
    #expect(screen.contains("EXIT=1"))
    #expect(screen.contains("will not use \(channel.path)"))
    #expect(screen.contains(reason))
  }

  @Test func aLinkInPlaceOfTheFolderIsRefused() throws {
    let elsewhere = runtime.url.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(
      at: elsewhere, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    try FileManager.default.createSymbolicLink(at: channel, withDestinationURL: elsewhere)
    try refuses("present --lang en", because: "link")
    try refuses("present --notes --lang en", because: "link")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty, "nothing written there")
  }

  @Test func aFolderOthersCanWriteIsRefused() throws {
    try FileManager.default.createDirectory(at: channel, withIntermediateDirectories: false)
    #expect(chmod(channel.path, 0o777) == 0)
    try refuses("present --lang en", because: "mode is 777")
    try refuses("present --notes --lang en", because: "mode is 777")
  }

  @Test(.enabled(if: geteuid() == 0, "only root can give a folder to another user"))
  func aFolderOfAnotherUserIsRefused() throws {
    try FileManager.default.createDirectory(
      at: channel, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    #expect(chown(channel.path, 65534, 65534) == 0)
    try refuses("present --lang en", because: "belongs to another user")
  }

  /// Links planted where the presenter writes (the file itself, and temporary names after the next pids) are
  /// replaced or left alone, never followed: the file they point to is untouched.
  @Test func linksWhereFilesGoAreNotFollowed() throws {
    try FileManager.default.createDirectory(
      at: channel, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    let victim = try runtime.file("victim", Data("precious\n".utf8))
    try FileManager.default.createSymbolicLink(
      atPath: channel.appendingPathComponent("current-slide").path, withDestinationPath: victim)
    let lastPID =
      Int(
        (try String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))
          .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    for pid in lastPID..<(lastPID + 300) {
      try FileManager.default.createSymbolicLink(
        atPath: channel.appendingPathComponent("current-slide.\(pid)").path, withDestinationPath: victim)
    }
    let tmux = try Tmux(width: 100, height: 30)
    try tmux.start("present --lang en", environment: environment)
    try tmux.waitFor("the first slide") { $0.contains(" 1/19 ") }
    try tmux.press("End")
    try tmux.waitFor("the last slide") { $0.contains(" 19/19 ") }
    try tmux.press("q")
    #expect(try tmux.waitFor("the exit status") { $0.contains("EXIT=") }.contains("EXIT=0"))
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
    let written = try FileManager.default.attributesOfItem(atPath: channel.appendingPathComponent("current-slide").path)
    #expect(written[.type] as? FileAttributeType == .typeRegular, "the link was replaced by the presenter's file")
  }

  /// A FIFO in place of the file must not hang the notes terminal, and numbers that would overflow must not crash it.
  @Test func aFIFOOrAbsurdNumbersDoNotStopTheNotes() throws {
    try FileManager.default.createDirectory(
      at: channel, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    let file = channel.appendingPathComponent("current-slide").path
    #expect(mkfifo(file, 0o600) == 0)
    let tmux = try Tmux(width: 100, height: 30)
    try tmux.start("present --notes --lang en", environment: environment)
    try tmux.waitFor("the notes") { $0.contains("1/19") && $0.contains("Next:") }
    try tmux.press("L")
    try tmux.waitFor("keys still acting (L: Japanese)") { $0.contains("次:") }
    #expect(unlink(file) == 0)
    try Data("3 -9223372036854775807\n".utf8).write(to: URL(fileURLWithPath: file))
    try tmux.waitFor("the notes of slide 4") { $0.hasPrefix("4/19") }
    try Data("99999999999999 9223372036854775807\n".utf8).write(to: URL(fileURLWithPath: file))
    try tmux.waitFor("the notes of the last slide") { $0.hasPrefix("19/19") }
    try tmux.press("q")
    #expect(try tmux.waitFor("the exit status") { $0.contains("EXIT=") }.contains("EXIT=0"))
  }
}
