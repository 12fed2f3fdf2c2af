import Foundation
import Testing

@testable import CursesBackend

@Suite struct SearchHistoryFileTests {
  func folder() -> String {
    let path = NSTemporaryDirectory() + "dualtohoku-history-\(UUID().uuidString)"
    return path
  }

  @Test func theHistorySurvivesARestartInAPrivateFile() throws {
    let base = folder()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let path = try #require(SearchHistoryFile.path(environment: ["XDG_STATE_HOME": base, "HOME": "/nowhere"]))
    #expect(path == base + "/dualtohoku/history")
    #expect(SearchHistoryFile.load(path) == ([], nil))  // no file yet: no message
    #expect(SearchHistoryFile.save(["テレワーク", "DX 推進"], to: path))
    #expect(SearchHistoryFile.load(path) == (["テレワーク", "DX 推進"], nil))
    let file = try FileManager.default.attributesOfItem(atPath: path)
    #expect((file[.posixPermissions] as? Int) == 0o600)
    let dir = try FileManager.default.attributesOfItem(atPath: base + "/dualtohoku")
    #expect((dir[.posixPermissions] as? Int) == 0o700)
    // Saving again replaces the file whole and leaves no temporary file behind.
    #expect(SearchHistoryFile.save(["二拠点"], to: path))
    #expect(SearchHistoryFile.load(path).queries == ["二拠点"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: base + "/dualtohoku") == ["history"])
  }

  @Test func aDamagedFileIsIgnoredWithAReason() throws {
    #expect(SearchHistoryFile.parse([0xFF, 0xFE, 0x0A]).problem == "not UTF-8 text")
    #expect(SearchHistoryFile.parse(Array("a\u{1B}[2J\n".utf8)).problem == "control characters")
    #expect(SearchHistoryFile.parse([UInt8](repeating: 0x61, count: (64 << 10) + 1)).problem != nil)
    #expect(SearchHistoryFile.parse(Array("a\n\nb\n".utf8)) == (["a", "b"], nil))
  }

  @Test func withoutHomeOrStateThereIsNoHistory() {
    #expect(SearchHistoryFile.path(environment: [:]) == nil)
    #expect(SearchHistoryFile.path(environment: ["HOME": "/h"]) == "/h/.local/state/dualtohoku/history")
    // A relative XDG_STATE_HOME is ignored, as the XDG specification says.
    #expect(
      SearchHistoryFile.path(environment: ["HOME": "/h", "XDG_STATE_HOME": "rel"])
        == "/h/.local/state/dualtohoku/history")
  }
}
