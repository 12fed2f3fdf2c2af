import BundledDataset
import PropertyBased
import Testing

@testable import DualLifeModel

@Suite struct GlossaryTests {
  /// A glossary file with these entries (id, term ja, term en, ja variants).
  func file(_ entries: [(String, String, String, [String])]) -> [UInt8] {
    let items = entries.map { id, ja, en, variants in
      let list = variants.map { "\"\($0)\"" }.joined(separator: ", ")
      return """
        {"id": "\(id)", "term": {"ja": "\(ja)", "en": "\(en)"}, "variants": {"ja": [\(list)], "en": []}, "basis": "editorial"}
        """
    }
    return Array(
      """
      {"$schema": "x", "schemaVersion": 1, "note": {"ja": "注", "en": "note"}, "entries": [\(items.joined(separator: ","))]}
      """.utf8)
  }

  func problems(_ bytes: [UInt8]) -> [String] {
    do {
      _ = try Glossary.load(bytes: bytes, source: "g")
      return []
    } catch {
      guard case .invalid(_, let problems) = error else { return ["cannot open"] }
      return problems.map(\.description)
    }
  }

  @Test func bundledGlossaryLoadsAndFitsTheBundledDataset() throws {
    let glossary = try Glossary.bundled()
    #expect(glossary.entries.count == 80)
    #expect(glossary.entries.first?.id == "GL1")
    #expect(glossary.problems(with: try Dataset.bundled()).isEmpty)
  }

  @Test func duplicateIdsAndIdsOutOfOrderAreProblemsWithTheirPlace() {
    let found = problems(file([("GL1", "東北", "Tohoku", []), ("GL1", "DX", "DX", [])]))
    #expect(found == ["GL1: the id is used by more than one entry; ids must be unique"])
    let order = problems(file([("GL2", "東北", "Tohoku", [])]))
    #expect(order.count == 1 && order[0].hasPrefix("GL2: the 1. entry must have the id GL1"))
  }

  @Test func aWordInTwoEntriesIsAProblem() {
    // Folded alike: ＤＸ in one entry, dx in the other.
    let found = problems(file([("GL1", "東北", "Tohoku", ["ＤＸ"]), ("GL2", "DX", "digital", [])]))
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("GL2: the word \"dx\" is also in GL1") == true)
  }

  @Test func aTermNoTextSaysIsAProblemOfTheDataset() throws {
    let glossary = try Glossary.load(bytes: file([("GL1", "存在しない用語", "nothing", [])]), source: "g")
    let found = glossary.problems(with: try Dataset.bundled()).map(\.description)
    #expect(found == ["glossary GL1: field \"term.ja\" is \"存在しない用語\", which no text of the dataset says"])
  }

  /// The quick byte test that the term check tries first finds a pattern exactly where the bytes hold it, also
  /// inside a character (か before a combining mark), which the term check then confirms as characters.
  @Test func theQuickByteTestFindsExactlyTheBytes() async {
    let pieces = ["か", "\u{3099}", "が", "a", "ab", "東北", "\u{0301}", "é", "e"]
    let piece = Gen.int(in: 0...(pieces.count - 1))
    await propertyCheck(input: piece.array(of: 0...6), piece.array(of: 0...2)) { t, p in
      let text = t.map { pieces[$0] }.joined()
      let bytes = Array(text.utf8)
      let needle = Array(p.map { pieces[$0] }.joined().utf8)
      let reference =
        needle.isEmpty
        || (bytes.count >= needle.count
          && (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle })
      #expect(Glossary.utf8(text, contains: needle) == reference, "\(text.debugDescription) \(needle)")
    }
  }

  @Test func missingFieldsAreNamed() {
    let bytes = Array(#"{"schemaVersion": 1, "note": {"ja": "a", "en": "b"}, "entries": [{"id": "GL1"}]}"#.utf8)
    let found = problems(bytes)
    #expect(found.contains("GL1: field \"term\" is missing"))
    #expect(found.contains("GL1: field \"basis\" is missing"))
  }
}
