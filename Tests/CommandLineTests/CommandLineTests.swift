import BundledDataset
import DualLifeModel
import Foundation
import TestSupport
import Testing

@Suite struct ShowCommandTests {
  @Test func showsAProposalWithMeasuresAndLinks() throws {
    let r = try Binary.run(["show", "P1", "--lang", "ja"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("P1  [提言]  「デュアルライフ東北」の実現"))
    #expect(r.stdout.contains("P1.M1  「リモートワーク×兼業・副業」のための環境整備"))
    #expect(r.stdout.contains("関連（本ツールの読み。原文には線がない）"))
  }

  @Test func idsAreCaseInsensitiveAndLanguageFollowsLang() throws {
    let r = try Binary.run(["show", "p5.m2"], environment: ["LANG": "ja_JP.UTF-8"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("ワーケーション"))
    let en = try Binary.run(["show", "P5.M2"], environment: ["LANG": "en_US.UTF-8"])
    #expect(en.stdout.contains("workation"))
    let lcAll = try Binary.run(["show", "P5.M2"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "ja_JP.UTF-8"])
    #expect(lcAll.stdout.contains("ワーケーション"))
  }

  @Test func unknownIdIsAUsageError() throws {
    let r = try Binary.run(["show", "P9"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("no item has the id 'P9'"))
  }

  @Test func jsonAndMarkdownFormats() throws {
    let json = try Binary.run(["show", "S1", "G4", "--format", "json", "--lang", "en"])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
    let items = try #require(object["items"] as? [[String: Any]])
    #expect(items.map { $0["id"] as? String } == ["S1", "G4"])
    #expect(items[1]["kind"] as? String == "call-government")
    let md = try Binary.run(["show", "P2", "--format", "markdown", "--lang", "en"])
    #expect(md.stdout.hasPrefix("## P2 "))
  }

  /// A measure, a point or a call pasted alone keeps what it belongs to and its section of the source.
  @Test(arguments: ["P1.M1", "P5.M2", "E1.R1", "G4"]) func markdownNamesTheParentAndTheSource(_ id: String) throws {
    let dataset = try Dataset.bundled()
    let entry = try #require(dataset.catalog.entry(id))
    let md = try Binary.run(["show", id, "--format", "markdown", "--lang", "en"]).stdout
    let head = md.split(separator: "\n").prefix(8).joined(separator: "\n")
    if let parent = entry.parent {
      #expect(head.contains("Part of: **\(parent)** "), "\(id)")
    }
    let section = try #require(dataset.section(entry.section))
    #expect(head.contains("Source: \(section.number.isEmpty ? "" : section.number + ". ")"), "\(id)")
  }
}

@Suite struct SearchCommandTests {
  @Test func findsAndExitsZero() throws {
    let r = try Binary.run(["search", "住民税", "--lang", "ja"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("G4"))
  }

  @Test func nothingFoundExitsOne() throws {
    let r = try Binary.run(["search", "存在しない言葉xyz"])
    #expect(r.status == 1)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("nothing matches"))
  }

  @Test func jsonShape() throws {
    let r = try Binary.run(["search", "ﾜｰｹｰｼｮﾝ", "--format", "json"])
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
    #expect(object["query"] as? String == "ﾜｰｹｰｼｮﾝ")
    let results = try #require(object["results"] as? [[String: Any]])
    let ids = results.compactMap { $0["id"] as? String }
    #expect(ids.contains("P5.M2"))
    #expect(ids.contains("F5"))
    for result in results {
      for key in ["id", "kind", "text", "path", "score", "matches"] { #expect(result[key] != nil, "\(key)") }
    }
    let scores = results.compactMap { $0["score"] as? Int }
    #expect(scores == scores.sorted(by: >))
  }

  @Test func limit() throws {
    let r = try Binary.run(["search", "DX", "--limit", "2"])
    #expect(r.stdout.split(separator: "\n").count == 4)  // two hits, two lines each
    // 0 means every hit (the cut notice says so); below 0 is a usage error.
    #expect(try Binary.run(["search", "DX", "--limit", "0"]).status == 0)
    #expect(try Binary.run(["search", "DX", "--limit", "-1"]).status == 64)
  }
}

@Suite struct ExportAndValidateTests {
  @Test func exportJSONRoundTripsThroughValidateAndData() throws {
    let export = try Binary.run(["export", "--format", "json"])
    #expect(export.status == 0)
    #expect(export.stdout == Dataset.bundledJSON)
    let folder = try TemporaryFolder()
    let path = try folder.file("data.json", export.stdoutBytes)
    let validate = try Binary.run(["validate", path])
    #expect(validate.status == 0)
    #expect(validate.stdout.contains("valid — 5 proposals, 10 measures"))
    let shown = try Binary.run(["show", "P3", "--data", path, "--lang", "en"])
    #expect(shown.status == 0)
  }

  @Test func markdownExportInBothLanguages() throws {
    let r = try Binary.run(["export", "--format", "markdown", "--lang", "both"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("# ポストコロナ・５つの提言 / "))
    #expect(r.stdout.contains("P5.M2"))
    #expect(r.stdout.contains("workation"))
  }

  @Test func validateWithoutFileChecksTheBundledData() throws {
    let r = try Binary.run(["validate"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("bundled dataset: valid"))
  }

  @Test func closedPipeEndsQuietly() throws {
    let shell = Process()
    // More than a pipe's 64 KiB buffer, so the writer meets the closed pipe; pipefail reports the writer's status.
    shell.executableURL = URL(fileURLWithPath: "/bin/bash")
    shell.arguments = [
      "-c", "set -o pipefail; '\(Binary.path)' show $(printf 'P1 %.0s' {1..200}) | head -1 >/dev/null",
    ]
    let err = Pipe()
    shell.standardError = err
    shell.standardOutput = Pipe()
    try shell.run()
    shell.waitUntilExit()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(stderr.isEmpty)
    #expect(shell.terminationStatus == 0)
  }
}

@Suite struct BadInputTests {
  func invalid(_ contents: Data, name: String = "bad.json") throws -> Binary.Result {
    let folder = try TemporaryFolder()
    return try Binary.run(["validate", try folder.file(name, contents)])
  }

  @Test func missingFileExits66() throws {
    let r = try Binary.run(["validate", "/nonexistent/x.json"])
    #expect(r.status == 66)
    #expect(r.stderr.contains("/nonexistent/x.json: cannot open: No such file or directory"))
    #expect(try Binary.run(["search", "DX", "--data", "/nonexistent/x.json"]).status == 66)
  }

  @Test func truncatedEmptyAndBinaryExit65WithPlace() throws {
    let truncated = try invalid(Data(Dataset.bundledJSON.utf8.prefix(3000)))
    #expect(truncated.status == 65)
    #expect(truncated.stderr.contains(": line "))
    let empty = try invalid(Data())
    #expect(empty.status == 65)
    #expect(empty.stderr.contains("line 1, column 1: the file is empty"))
    let binary = try invalid(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }))
    #expect(binary.status == 65)
  }

  @Test func hostileSizesFailFast() throws {
    var elements = Data("[".utf8)
    elements.append(Data(repeating: UInt8(ascii: "0"), count: 1))
    elements.append(Data(String(repeating: ",0", count: 5_000_000).utf8))
    elements.append(Data("]".utf8))
    let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
    for data in [elements, deep] {
      // A crash (stack overflow) or a hang here is what would fail; speed is measured by the benchmark.
      let r = try invalid(data)
      #expect(r.status == 65)
      #expect(r.stderr.contains("line 1, column"))
    }
  }

  @Test func contentProblemsNameIdAndField() throws {
    var text = Dataset.bundledJSON
    text = text.replacingOccurrences(
      of: "\"ja\": \"ポストコロナ・５つの提言\",\n      \"en\"", with: "\"jp\": \"x\",\n      \"en\"")
    let r = try invalid(Data(text.utf8))
    #expect(r.status == 65)
    #expect(r.stderr.contains("field \"title.ja\" is missing"))
  }

  @Test func plantedEscapesNeverReachStdout() throws {
    // A valid-looking file whose text carries ESC and C1 controls, as \u escapes and raw bytes.
    var text = Dataset.bundledJSON
    text = text.replacingOccurrences(of: "行政機能の地方移転", with: "行政\\u001B[2J\\u009B31m機能")
    let folder = try TemporaryFolder()
    let path = try folder.file("data.json", Data(text.utf8))
    for args in [["show", "G1", "--data", path], ["search", "行政", "--data", path], ["export", "--data", path]] {
      let r = try Binary.run(args)
      #expect(r.status == 65)
      #expect(!r.stdoutBytes.contains(0x1B))
      #expect(!r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
    }
  }

  @Test func usageErrorsExit64() throws {
    #expect(try Binary.run(["show"]).status == 64)
    #expect(try Binary.run(["search"]).status == 64)
    #expect(try Binary.run(["export", "--format", "yaml"]).status == 64)
    #expect(try Binary.run(["show", "P1", "--lang", "fr"]).status == 64)
    #expect(try Binary.run(["frobnicate"]).status == 64)
  }

  @Test func helpHasExamplesForEverySubcommand() throws {
    for command in ["show", "search", "export", "validate"] {
      let r = try Binary.run([command, "--help"])
      #expect(r.status == 0)
      #expect(r.stdout.contains("dualtohoku \(command)"), "\(command)")
      #expect(r.stdout.contains("e.g.") || r.stdout.contains("Examples"), "\(command)")
    }
  }
}

@Suite struct RenderCommandTests {
  @Test(arguments: [(40, 12), (80, 24), (120, 40), (200, 60)])
  func exactSizeAndNoEscapes(_ size: (Int, Int)) throws {
    for view in [["overview"], ["proposals"], ["proposals", "P3"], ["swo"], ["calls"]] {
      for language in ["ja", "en"] {
        let r = try Binary.run(
          ["render"] + view + ["--width", "\(size.0)", "--height", "\(size.1)", "--lang", language])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == size.1, "\(view) \(language)")
        #expect(!r.stdoutBytes.contains(0x1B))
        for line in lines {
          // East Asian wide characters take two cells; everything else here takes one.
          let cells = line.unicodeScalars.reduce(0) { $0 + (Self.isWide($1) ? 2 : 1) }
          #expect(cells <= size.0, "\(view) \(language): \(line)")
        }
      }
    }
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
      return true
    default:
      return false
    }
  }

  /// --ascii replaces every ambiguous-width character, from the data too (quotes, ×, dashes), not only the marks.
  @Test func asciiLeavesNoAmbiguousWidthCharacter() throws {
    let ambiguous = "“”‘’×→←↑↓─│▶●○■…※–".unicodeScalars
    for arguments in [["proposals", "P1"], ["compare", "P1", "P3"], ["slide", "9"]] {
      let r = try Binary.run(["render"] + arguments + ["--width", "100", "--height", "40", "--lang", "en", "--ascii"])
      #expect(r.status == 0)
      #expect(r.stdout.contains("\"Dual Life Tohoku\""), "\(arguments)")
      #expect(!r.stdout.unicodeScalars.contains { ambiguous.contains($0) }, "\(arguments)")
    }
  }

  @Test func badArgumentsAreUsageErrors() throws {
    #expect(try Binary.run(["render", "nowhere"]).status == 64)
    #expect(try Binary.run(["render", "proposals", "P9"]).status == 64)
    #expect(try Binary.run(["render", "overview", "--width", "0"]).status == 64)
    #expect(try Binary.run(["render", "swo", "P1"]).status == 64)
  }

  @Test func noTerminalPointsToThePlainCommands() throws {
    let r = try Binary.run([])
    #expect(r.status == 1)
    #expect(r.stderr.contains("dualtohoku show"))
    #expect(r.stderr.contains("dualtohoku search"))
    #expect(r.stderr.contains("dualtohoku export"))
  }
}

@Suite struct CompareCommandTests {
  @Test func textPutsBothTitlesOnOneRow() throws {
    let r = try Binary.run(["compare", "P1", "P3", "--width", "160", "--lang", "ja"])
    #expect(r.status == 0)
    let first = r.stdout.split(separator: "\n").first { $0.hasPrefix("P1 ") } ?? ""
    #expect(first.contains("P1 「デュアルライフ東北」の実現"))
    #expect(first.contains("P3 地域産業の自立と成長"))
    let render = try Binary.run(["render", "compare", "P1", "P3", "--width", "160", "--height", "30", "--lang", "ja"])
    #expect(render.stdout.split(separator: "\n").contains { $0.contains("P1 「デュアル") && $0.contains("P3 地域産業") })
  }

  @Test func threeProposalsFitAt200Columns() throws {
    let r = try Binary.run(["render", "compare", "P1", "P2", "P3", "--width", "200", "--height", "30", "--lang", "en"])
    #expect(r.status == 0)
    #expect(!r.stdout.contains("Showing"))
    #expect(r.stdout.split(separator: "\n").contains { $0.contains("P1 ") && $0.contains("P2 ") && $0.contains("P3 ") })
  }

  @Test func markdownHasOneColumnPerProposal() throws {
    let r = try Binary.run(["compare", "P3", "P4", "P5", "--format", "markdown", "--lang", "en"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    let header = try #require(lines.firstIndex { $0.hasPrefix("| | **P3**") })
    #expect(lines[header + 1] == "|---|---|---|---|")
    #expect(r.stdout.contains("**P5.M2**"))
  }

  /// What the five proposals link, read from the data: measures, strengths … calls, expert recommendations.
  static func linkedIDs(_ dataset: Dataset) -> Set<String> {
    var ids: Set<String> = []
    for p in dataset.proposals.items {
      ids.insert(p.id)
      for links in [p.links] + p.measures.map(\.links) {
        ids.formUnion(links.analysis + links.calls + links.recommendations)
      }
      ids.formUnion(p.measures.map(\.id))
    }
    return ids
  }

  @Test func fiveProposalsAt80ColumnsDropNothing() throws {
    let dataset = try Dataset.bundled()
    let r = try Binary.run(["compare", "P1", "P2", "P3", "P4", "P5", "--width", "80", "--lang", "en"])
    #expect(r.status == 0)
    let words = Set(r.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    for id in Self.linkedIDs(dataset).sorted() { #expect(words.contains(id), "\(id) is missing") }
    #expect(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(!r.stdout.contains("off screen"), "printed output names no keys")
    #expect(r.stdout.contains("Columns 3/3: P5"))
  }

  @Test func noWrapRefusesAndSaysHowWide() throws {
    let r = try Binary.run(["compare", "P1", "P2", "P3", "P4", "P5", "--width", "80", "--no-wrap"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("at least 148"))
    #expect(try Binary.run(["compare", "P1", "P2", "P3", "P4", "P5", "--width", "148", "--no-wrap"]).status == 0)
  }

  @Test func widthComesFromColumnsThenEighty() throws {
    let wide = try Binary.run(["compare", "P1", "P3", "--lang", "en"], environment: ["COLUMNS": "200"])
    #expect(wide.stdout.split(separator: "\n").contains { $0.count > 120 })
    let piped = try Binary.run(["compare", "P1", "P3", "--lang", "en"], environment: ["COLUMNS": ""])
    #expect(piped.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(piped.stdout.split(separator: "\n").contains { $0.count > 70 })
    let flag = try Binary.run(["compare", "P1", "P3", "--width", "60"], environment: ["COLUMNS": "200"])
    #expect(flag.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 }, "--width wins over COLUMNS")
  }

  /// P1 and P3 both link W2, O4 and F1: one row each, tagged shared, in text and in Markdown.
  @Test func p1AndP3SharedRowsInTextAndMarkdown() throws {
    let text = try Binary.run(["compare", "P1", "P3", "--width", "120", "--lang", "en"])
    let lines = text.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("  Shared by 2 of 2 (") && $0.contains(" W2 O4 ") && $0.contains("F1") })
    for id in ["W2", "O4", "F1"] {
      #expect(lines.contains { $0.components(separatedBy: "\(id) shared 2/2").count == 3 }, "\(id) in text")
    }
    let md = try Binary.run(["compare", "P1", "P3", "--format", "markdown", "--lang", "en"]).stdout
    for id in ["W2", "O4", "F1"] {
      #expect(
        md.split(separator: "\n").contains {
          $0.hasPrefix("| shared 2/2 |") && $0.components(separatedBy: "**\(id)**").count == 3
        })
    }
    #expect(md.contains("- Only P1 ("))
  }

  @Test func csvAndJsonCarryTheSameRows() throws {
    let csv = try Binary.run(["compare", "P1", "P3", "--format", "csv", "--lang", "en"])
    #expect(csv.status == 0)
    #expect(csv.stdout.hasPrefix("section,id,text,P1,P3,count\n"))
    #expect(csv.stdout.contains("\nWeaknesses and issues,W2,"))
    let json = try Binary.run(["compare", "P1", "P3", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
    #expect(Set(object.keys) == ["proposals", "summary", "sections"])
    #expect(json.stdout.hasPrefix("{\n  \"proposals\""))
    #expect(json.stdout.contains("\"id\": \"W2\""))
  }

  @Test(arguments: ["text", "markdown", "csv", "json"]) func matrixInEveryFormat(_ format: String) throws {
    let r = try Binary.run(["compare", "--matrix", "--format", format, "--lang", "en"])
    #expect(r.status == 0)
    for id in ["S1", "W5", "O4", "G7", "F5", "E3.R3"] { #expect(r.stdout.contains(id), "\(format): \(id)") }
    #expect(r.stdout.contains("P5"))
    #expect(try Binary.run(["compare", "--matrix", "P1", "P2"]).status == 64)
  }

  /// At --width 30 the matrix printed two blank lines and exited 0; now too narrow is refused and says how wide.
  @Test func aMatrixTooNarrowIsRefusedNotLost() throws {
    let narrow = try Binary.run(["compare", "--matrix", "--width", "30"])
    #expect(narrow.status == 64)
    #expect(narrow.stderr.contains("needs a width of at least"))
    let fits = try Binary.run(["compare", "--matrix", "--width", "37", "--lang", "en"])
    #expect(fits.status == 0)
    for id in ["S1", "W5", "O4", "G7", "F5", "E3.R3", "P5"] { #expect(fits.stdout.contains(id), "\(id)") }
  }

  @Test func theSameProposalTwiceIsRefused() throws {
    let r = try Binary.run(["compare", "P1", "p1"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("P1 is named twice"))
    #expect(try Binary.run(["render", "compare", "P2", "P2", "--width", "80", "--height", "24"]).status == 64)
  }

  @Test func badIdsAndCounts() throws {
    #expect(try Binary.run(["compare", "P1"]).status == 64)
    #expect(try Binary.run(["compare", "P1", "P9"]).status == 64)
    #expect(try Binary.run(["compare", "P1", "P2", "P3", "P4", "P5", "P1"]).status == 64)
  }
}
