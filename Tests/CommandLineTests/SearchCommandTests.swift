import Foundation
import TestSupport
import Testing

/// `search` after issue 11: the total, the cut notice, why a hit is there, Markdown, --kind, did-you-mean.
@Suite struct SearchCommandIssue11Tests {
  @Test func aCutListSaysSoOnStandardErrorAndJSONCarriesTheTotal() throws {
    let text = try Binary.run(["search", "地域", "--lang", "en"])
    #expect(text.status == 0)
    let total = try #require(
      try JSONSerialization.jsonObject(
        with: try Binary.run(["search", "地域", "--format", "json", "--limit", "0"]).stdoutBytes) as? [String: Any])
    let all = try #require(total["total"] as? Int)
    #expect((total["results"] as? [Any])?.count == all)
    #expect(all > 20)
    #expect(text.stderr.contains("20 of \(all); --limit 0 for all"))
    #expect(try Binary.run(["search", "地域", "--limit", "0"]).stderr.isEmpty)
  }

  @Test func jsonSaysWhyAHitIsThere() throws {
    let r = try Binary.run(["search", "テレワーク", "--format", "json", "--limit", "0", "--lang", "ja"])
    let object = try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
    let results = try #require(object["results"] as? [[String: Any]])
    let m1 = try #require(results.first { $0["id"] as? String == "P1.M1" })
    #expect((m1["glossary"] as? [String: Any])?["word"] as? String == "リモートワーク")
    #expect(m1["match"] as? String == "phrase")
    #expect(m1["field"] as? String == "text")
    let parts = try Binary.run(["search", "DX推進", "--format", "json"])
    #expect(parts.stdout.contains("\"match\": \"parts\""))
  }

  @Test func kindFiltersAndMarkdownNamesTheProposalAndSection() throws {
    let r = try Binary.run(["search", "テレワーク", "--kind", "measure,call", "--lang", "en"])
    #expect(r.status == 0)
    let heads = r.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
    #expect(!heads.isEmpty)
    #expect(heads.allSatisfy { $0.contains("[measure]") || $0.contains("[call to") })
    let md = try Binary.run(["search", "サテライト", "--format", "markdown", "--lang", "en"])
    #expect(md.stdout.hasPrefix("## Search: サテライト"))
    #expect(md.stdout.contains("- **P1.M1** (measure)"))
    #expect(md.stdout.contains("  - proposal: P1 Realizing “Dual Life Tohoku”"))
    #expect(try Binary.run(["search", "x", "--kind", "nonsense"]).status == 64)
  }

  @Test func nothingFoundSuggestsAndStillExitsOne() throws {
    let r = try Binary.run(["search", "turism", "--lang", "en"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("Did you mean: tourism?"))
  }
}

extension SearchCommandIssue11Tests {
  /// `search カタライザー` found nothing: the policy context was not searched.
  @Test func whatFollowedIsFoundAndCanBeChosenAsAKind() throws {
    let r = try Binary.run(["search", "カタライザー", "--lang", "ja"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("その後の政策"), "\(r.stdout)")
    let only = try Binary.run(["search", "放射光", "--kind", "policy-item", "--format", "json", "--limit", "0"])
    #expect(only.status == 0)
    #expect(only.stdout.contains("\"KPI4\"") && !only.stdout.contains("\"P3.M1\""), "\(only.stdout)")
  }
}
