import Foundation
import Testing

/// Every ```text picture in the README that follows a `dualtohoku render …` command is what that command prints.
@Suite struct ReadmePictureTests {
  struct Picture: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let text: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "../../README.md")

  /// The pictures: the last `dualtohoku render …` (or `render …`) in backquotes before each ```text block.
  static func pictures() throws -> [Picture] {
    let text = try String(contentsOf: readme, encoding: .utf8)
    var pictures: [Picture] = []
    var command: [String]?
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
    while let line = lines.next() {
      if line == "```text", let arguments = command {
        var body: [Substring] = []
        while let next = lines.next(), next != "```" { body.append(next) }
        pictures.append(Picture(arguments: arguments, text: body.joined(separator: "\n")))
        command = nil
        continue
      }
      for part in line.split(separator: "`").enumerated().filter({ $0.offset % 2 == 1 }).map(\.element) {
        let words = part.split(separator: " ").map(String.init)
        if let start = words.firstIndex(of: "render") { command = Array(words[start...]) }
      }
    }
    return pictures
  }

  @Test func theReadmeHasPicturesFromRender() throws {
    #expect(try Self.pictures().count >= 4)
  }

  @Test(arguments: try pictures()) func pictureIsWhatRenderPrints(_ picture: Picture) throws {
    let result = try Binary.run(picture.arguments)
    #expect(result.status == 0, "\(result.stderr)")
    var printed = result.stdout
    if printed.hasSuffix("\n") { printed.removeLast() }
    #expect(printed == picture.text, "README picture for `\(picture.testDescription)` differs; it prints:\n\(printed)")
    #expect(!printed.contains("端末が小さすぎます") && !printed.contains("Terminal too small"))
  }
}
