import BundledDataset
import DualLifeModel
import Foundation
import TestSupport
import Testing

/// `validate` knows the second dataset by its schema and checks it with its own rules.
@Suite struct PolicyContextCommandTests {
  static let file = ReleaseBinary.packageRoot.appendingPathComponent("Assets/policy-context.json").path

  @Test func validateAcceptsThePolicyContext() throws {
    let r = try Binary.run(["validate", Self.file])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("valid policy context") && r.stdout.contains("9 KPIs"), "\(r.stdout)")
  }

  @Test func validateListsEveryProblemOfABrokenPolicyContextWithItsPlace() throws {
    let folder = try TemporaryFolder("policy")
    let text = try String(contentsOfFile: Self.file, encoding: .utf8)
      .replacingOccurrences(of: "\"policy\": \"IN7\"", with: "\"policy\": \"NOPE\"")
      .replacingOccurrences(of: "\"section\": \"D3.IV.1\",\n", with: "\"section\": \"D9\",\n")
    let path = try folder.file("broken.json", Data(text.utf8))
    let r = try Binary.run(["validate", path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("U1: field \"policy\" names \"NOPE\", which is not an item of this file"), "\(r.stderr)")
    #expect(r.stderr.contains("\"D9\", which is not in sections"), "\(r.stderr)")
  }
}

extension PolicyContextCommandTests {
  @Test func showKnowsThePolicyIdsWithTheirFiguresAsPrinted() throws {
    let r = try Binary.run(["show", "KPI7", "--lang", "ja"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("目標: 55%") && r.stdout.contains("基準値: 31%"), "\(r.stdout)")
    let json = try Binary.run(["show", "kpi1", "--format", "json"])
    #expect(json.status == 0 && json.stdout.contains("\"takesUp\""), "\(json.stdout)")
    #expect(try Binary.run(["show", "KPI99"]).status == 64)
  }

  /// `show P5` printed no uptake: only the dashboard's proposal page said what policy took the proposal up.
  @Test func showSaysWhatFollowedAProposalAndAMeasure() throws {
    let text = try Binary.run(["show", "P5", "--lang", "en"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("What followed: policy that takes it up (our reading):"), "\(text.stdout)")
    #expect(text.stdout.contains("P5.M1 → I1.3.10"), "\(text.stdout)")
    #expect(text.stdout.contains("P5.M2 → not taken up in these sources"), "\(text.stdout)")
    let markdown = try Binary.run(["show", "P5.M2", "--format", "markdown", "--lang", "ja"])
    #expect(markdown.stdout.contains("その後の政策での取り上げ"), "\(markdown.stdout)")
    let json = try Binary.run(["show", "P5.M1", "--format", "json"])
    #expect(json.stdout.contains("\"uptake\"") && json.stdout.contains("\"I1.3.10\""), "\(json.stdout)")
    let strength = try Binary.run(["show", "S1", "--lang", "en"])
    #expect(!strength.stdout.contains("What followed"), "only proposals and measures have uptake")
  }
}

extension PolicyContextCommandTests {
  /// Every {"ja", "en"} text of a JSON value, with where it stands.
  static func texts(_ value: JSONValue, _ path: String = "") -> [(String, String)] {
    switch value {
    case .object(let members) where !members.isEmpty && members.allSatisfy({ $0.0 == "ja" || $0.0 == "en" }):
      return members.compactMap { key, member in
        if case .string(let text) = member { return ("\(path).\(key)", text) }
        return nil
      }
    case .object(let members): return members.flatMap { texts($1, "\(path)/\($0)") }
    case .array(let elements): return elements.enumerated().flatMap { texts($1, "\(path)[\($0)]") }
    default: return []
    }
  }

  /// `--policy FILE` reads what followed from another file, as `--data` does the dataset: an edit shows in `show`,
  /// `search`, the views and the formats; a broken file is refused with its place (65), a missing one with 66.
  @Test func policyFileOverridesTheBundledOne() throws {
    let bundled = PolicyContext.bundledJSON
    let edited = bundled.replacingOccurrences(of: "2021年比5%向上", with: "2021年比7%向上")
    #expect(edited != bundled)
    let folder = try TemporaryFolder()
    let path = try folder.file("policy.json", Data(edited.utf8))
    let show = try Binary.run(["show", "KPI1", "--policy", path, "--lang", "ja"])
    #expect(show.status == 0 && show.stdout.contains("目標: 2021年比7%向上"), "\(show.stderr)")
    let search = try Binary.run(["search", "7%向上", "--policy", path, "--format", "json"])
    #expect(search.status == 0 && search.stdout.contains("\"KPI1\""), "\(search.stderr)")
    #expect(try Binary.run(["search", "7%向上", "--format", "json"]).stdout.contains("\"KPI1\"") == false)
    let view = try Binary.run([
      "render", "followed", "--policy", path, "--width", "80", "--height", "30", "--lang", "ja",
    ])
    #expect(view.stdout.contains("目標 2021年比7%向上"), "\(view.stdout)")
    let compare = try Binary.run(["compare", "P1", "P2", "--policy", path, "--format", "csv", "--lang", "ja"])
    #expect(compare.stdout.contains("KPI1"))
    let broken = try folder.file(
      "broken.json",
      Data(edited.replacingOccurrences(of: "\"proposal\": \"P2.M1\"", with: "\"proposal\": \"P9.M9\"").utf8))
    let refused = try Binary.run(["show", "P2", "--policy", broken])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("names \"P9.M9\", not a proposal or measure"), "\(refused.stderr)")
    #expect(try Binary.run(["export", "--format", "markdown", "--policy", folder.path + "/none.json"]).status == 66)
  }

  @Test func theMarkdownExportInBothLanguagesHoldsEveryPassageOfBothDatasets() throws {
    let r = try Binary.run(["export", "--format", "markdown", "--lang", "both"])
    #expect(r.status == 0)
    // Markdown escapes (\*, \_) and line breaks ("  " before a newline) taken back out.
    var plain = ""
    var escaped = false
    for character in r.stdout {
      if !escaped && character == "\\" {
        escaped = true
        continue
      }
      escaped = false
      plain.append(character)
    }
    plain = plain.replacingOccurrences(of: "  \n", with: "\n")
    for file in ["dual-life-tohoku.json", "policy-context.json"] {
      let path = ReleaseBinary.packageRoot.appendingPathComponent("Assets/\(file)").path
      let value = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
      let all = Self.texts(value)
      #expect(all.count > 400, "\(file): \(all.count) texts")
      let missing = all.filter { _, text in
        !text.split(separator: "\n").allSatisfy { $0.allSatisfy(\.isWhitespace) || plain.contains($0) }
      }
      #expect(missing.isEmpty, "\(file): \(missing.prefix(5).map(\.0))")
    }
    // The page furniture the sources print with them: the panel table's headings, the minutes' labels.
    let ja = try Binary.run(["export", "--format", "markdown", "--lang", "ja"]).stdout
    for printed in ["分野 · 氏名（敬称略） · 所属・肩書 · 備考", "日時：2021年６月１日", "場所：web会議"] {
      #expect(ja.contains(printed), "\(printed)")
    }
  }
}
