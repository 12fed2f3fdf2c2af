import BundledDataset
import DualLifeModel
import Foundation
import TestSupport
import Testing

/// Bidirectional controls and zero-width joiners, from a data file or a file name, never reach a terminal as they
/// are; --data takes only regular files.
@Suite struct HostileTextTests {
  static let invisible: [Unicode.Scalar] = [
    "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
    "\u{200E}", "\u{200F}", "\u{061C}", "\u{200D}", "\u{200C}",
  ]

  static func containsInvisible(_ text: String) -> Bool {
    text.unicodeScalars.contains { invisible.contains($0) }
  }

  /// The bundled data with every invisible character planted in G1's Japanese title (as JSON escapes) and an
  /// override in P1's English title.
  func plantedDataset(_ folder: TemporaryFolder) throws -> String {
    let planted = Self.invisible.map { "\\u" + String(format: "%04X", $0.value) }.joined()
    var text = Dataset.bundledJSON
    text = text.replacingOccurrences(of: "行政機能の地方移転", with: "行政\(planted)機能の地方移転")
    text = text.replacingOccurrences(of: "Realizing", with: "Real\\u202Eizing")
    return try folder.file("planted.json", Data(text.utf8))
  }

  @Test func everyCommandNeutralisesThem() throws {
    let folder = try TemporaryFolder()
    let data = try plantedDataset(folder)
    let runs: [[String]] = [
      ["show", "G1", "P1", "--lang", "ja"], ["show", "G1", "--format", "markdown"], ["search", "行政", "--lang", "ja"],
      ["search", "Real", "--lang", "en"], ["compare", "P1", "P2", "--lang", "en"],
      ["compare", "P1", "P2", "--format", "markdown", "--lang", "en"],
      ["export", "--format", "markdown", "--lang", "both"],
      ["render", "proposals", "P1", "--lang", "en"], ["show", "G1", "--format", "json"], ["export"],
      ["search", "行政", "--format", "json"],
    ]
    for arguments in runs {
      let r = try Binary.run(arguments + ["--data", data])
      #expect(r.status == 0, "\(arguments)")
      #expect(!r.stdout.isEmpty, "\(arguments)")
      #expect(!Self.containsInvisible(r.stdout), "\(arguments)")
    }
    // Only the invisible characters go: the text around them is intact.
    let shown = try Binary.run(["show", "G1", "--lang", "ja", "--data", data])
    #expect(shown.stdout.contains("行政機能の地方移転"))
  }

  /// JSON keeps them, as \u escapes: the export loads back as the same data.
  @Test func jsonKeepsThemEscapedAndRoundTrips() throws {
    let folder = try TemporaryFolder()
    let data = try plantedDataset(folder)
    let export = try Binary.run(["export", "--data", data])
    #expect(export.stdout.contains("\\u202E"))
    let copy = try folder.file("copy.json", export.stdoutBytes)
    let again = try Binary.run(["export", "--data", copy])
    #expect(again.status == 0)
    #expect(again.stdout == export.stdout)
  }

  @Test func fileNamesInMessagesShowThemAsEscapes() throws {
    let r = try Binary.run(["validate", "/nonexistent/evil\u{202E}nosj.json"])
    #expect(r.status == 66)
    #expect(!Self.containsInvisible(r.stderr))
    #expect(r.stderr.contains("evil\\u{202E}nosj.json"))
    let query = try Binary.run(["search", "zz\u{2066}qq\u{200D}"])
    #expect(query.status == 1)
    #expect(!Self.containsInvisible(query.stderr))
  }

  @Test func dataMustBeARegularFile() throws {
    let folder = try TemporaryFolder()
    let fifo = folder.url.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for arguments in [["show", "P1", "--data", fifo], ["validate", fifo], ["export", "--data", folder.path]] {
      let r = try Binary.run(arguments)
      #expect(r.status == 66, "\(arguments)")
      #expect(r.stderr.contains("cannot open"), "\(arguments)")
    }
    #expect(try Binary.run(["validate", fifo]).stderr.contains("FIFO"))
    #expect(try Binary.run(["show", "P1", "--data", "/dev/zero"]).stderr.contains("device"))
  }
}
