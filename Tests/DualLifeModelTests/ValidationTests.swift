import BundledDataset
import DualLifeModel
import Testing

@Suite struct ValidationTests {
  func messages(_ problems: [DataProblem]) -> [String] { problems.map(\.description) }

  @Test func syntaxErrorNamesLineAndColumn() {
    let problems = Fixture.problems(Array("{\n  \"a\": 1,\n  \"b\": tru\n}".utf8))
    #expect(messages(problems) == ["line 3, column 8: unexpected 't'; expected a value"])
  }

  @Test func truncatedFile() throws {
    let bytes = Array(Dataset.bundledJSON.utf8.prefix(5000))
    let problems = Fixture.problems(bytes)
    #expect(problems.count == 1)
    #expect(problems[0].place.hasPrefix("line "))
  }

  @Test func emptyFile() {
    #expect(messages(Fixture.problems([])) == ["line 1, column 1: the file is empty; expected a JSON object"])
    #expect(Fixture.problems(Array("  \n ".utf8)).first?.message == "the file is empty; expected a JSON object")
  }

  @Test func binaryFile() {
    let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0xFF]
    #expect(Fixture.problems(bytes).first?.message == "unexpected byte 0x7F; expected a value")
    let invalidUTF8: [UInt8] = Array("{\"a\": \"".utf8) + [0xFF, 0xFE] + Array("\"}".utf8)
    #expect(Fixture.problems(invalidUTF8).first?.message.contains("not valid UTF-8") == true)
  }

  @Test func hugeAndDeepFilesAreRefused() {
    let deep = Array(String(repeating: "[", count: 100_000).utf8)
    #expect(Fixture.problems(deep).first?.message == "nesting deeper than 64 levels")
    let many = Array(("[" + String(repeating: "0,", count: 300_000) + "0]").utf8)
    #expect(Fixture.problems(many).first?.message.hasPrefix("more than 200000 values") == true)
    let big = [UInt8](repeating: 0x20, count: (4 << 20) + 1)
    #expect(Fixture.problems(big).first?.message == "the file is larger than the limit of 4194304 bytes")
  }

  @Test func topLevelMustBeAnObject() {
    #expect(Fixture.problems(Array("[]".utf8)).first?.message == "the top level must be a JSON object, not an array")
  }

  @Test func missingTitleNamesItemAndField() throws {
    let bytes = try Fixture.bytes { $0.remove(["document", "title"]) }
    #expect(messages(Fixture.problems(bytes)) == ["DOC: field \"title\" is missing"])
  }

  @Test func emptyTranslationNamesItemAndLanguage() throws {
    let bytes = try Fixture.bytes { $0.set(["proposals", "items", 0, "measures", 1, "text", "en"], .string("  ")) }
    #expect(messages(Fixture.problems(bytes)) == ["P1.M2: field \"text.en\" is empty"])
  }

  @Test func wrongTypeIsReported() throws {
    let bytes = try Fixture.bytes { $0.set(["proposals", "items", 2, "goal"], .string("flat")) }
    #expect(Fixture.problems(bytes).map(\.place) == ["P3"])
  }

  @Test func duplicateID() throws {
    let bytes = try Fixture.bytes { $0.set(["analysis", "strengths", 1, "id"], .string("S1")) }
    let found = messages(Fixture.problems(bytes))
    #expect(found.contains("S1: the id is used by 2 items; ids must be unique"))
  }

  @Test func danglingLink() throws {
    let bytes = try Fixture.bytes {
      $0.set(["proposals", "items", 0, "links", "calls"], .array([.string("G1"), .string("G99")]))
    }
    #expect(messages(Fixture.problems(bytes)) == ["P1: field \"links.calls\" links to \"G99\", which does not exist"])
  }

  @Test func linkToTheWrongKind() throws {
    let bytes = try Fixture.bytes {
      $0.set(["proposals", "items", 0, "measures", 0, "links", "analysis"], .array([.string("G1")]))
    }
    #expect(
      messages(Fixture.problems(bytes)) == [
        "P1.M1: field \"links.analysis\" links to \"G1\", a call to government, which does not belong there"
      ])
  }

  @Test func controlCharactersAreRefusedAndNotEchoed() throws {
    let bytes = try Fixture.bytes {
      $0.set(["calls", "government", "items", 0, "text", "ja"], .string("行政\u{1B}[2J機能"))
    }
    let found = messages(Fixture.problems(bytes))
    #expect(
      found == [
        "G1: field \"text.ja\" contains the control character U+1B; text may hold only printable characters, newline and tab"
      ])
    #expect(!found.joined().unicodeScalars.contains { $0.value == 0x1B })
  }

  @Test func c1ControlIsRefused() throws {
    let bytes = try Fixture.bytes {
      $0.set(["trends", "items", 0, "title", "en"], .string("Trend\u{9B}31m"))
    }
    #expect(Fixture.problems(bytes).map(\.place) == ["T1"])
  }

  @Test func unknownFieldAndWrongOrder() throws {
    let bytes = try Fixture.bytes {
      $0.update(["analysis", "weaknesses", 0]) { value in
        if case .object(var members) = value {
          members.append(("colour", .string("red")))
          value = .object(members)
        }
      }
      $0.set(["calls", "firms", "items", 1, "id"], .string("F7"))
    }
    let found = messages(Fixture.problems(bytes))
    #expect(found.contains("W1: unknown field \"colour\""))
    #expect(found.contains("F7: the 2. of the calls to firms must have the id F2 (ids follow source order)"))
  }

  @Test func everyProblemIsCollected() throws {
    let bytes = try Fixture.bytes {
      $0.remove(["document", "title"])
      $0.set(["proposals", "items", 0, "links", "calls"], .array([.string("G99")]))
      $0.set(["analysis", "strengths", 1, "id"], .string("S1"))
    }
    #expect(Fixture.problems(bytes).count >= 3)
  }

  @Test func missingFileCannotBeOpened() {
    #expect(throws: DatasetError.self) { try Dataset.load(path: "/nonexistent/dual.json") }
    do {
      _ = try Dataset.load(path: "/nonexistent/dual.json")
    } catch {
      guard case .cannotOpen(let path, let reason) = error else {
        Issue.record("expected cannotOpen, got \(error)")
        return
      }
      #expect(path == "/nonexistent/dual.json")
      #expect(reason == "No such file or directory")
    }
  }

  @Test func recommendationLinksMustNameRecommendations() throws {
    let bytes = try Fixture.bytes {
      $0.set(["proposals", "items", 0, "links", "recommendations"], .array([.string("E9.R1"), .string("S1")]))
    }
    #expect(
      messages(Fixture.problems(bytes)) == [
        "P1: field \"links.recommendations\" links to \"E9.R1\", which does not exist",
        "P1: field \"links.recommendations\" links to \"S1\", a strength, which does not belong there",
      ])
  }
}
