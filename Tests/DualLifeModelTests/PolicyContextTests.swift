import BundledDataset
import DualLifeModel
import Foundation
import Testing

/// The second dataset: what followed the proposals (Assets/policy-context.json).
@Suite struct PolicyContextTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let path = root.appendingPathComponent("Assets/policy-context.json").path
  /// The source of the KPIs, beside the repository as CI and developers have it.
  static let seed003 = root.appendingPathComponent("../shared/seeds/003_0189cab12a9ad6e5.txt").path

  static func load() throws -> PolicyContext {
    try PolicyContext.load(path: path, dataset: try Dataset.bundled())
  }

  @Test func theFileIsValidWithTheProposalsItLinksFrom() throws {
    let context = try Self.load()
    #expect(context.items.count >= 4)
    #expect(context.item("D3")?.text("title")?.ja.contains("中期政策") == true)
    #expect(context.uptake.count >= 5)
  }

  @Test func everyProposalIsTakenUpOrSaysPlainlyThatItIsNot() throws {
    let context = try Self.load()
    for proposal in ["P1", "P2", "P3", "P4", "P5"] {
      #expect(!context.uptake(of: proposal).isEmpty, "\(proposal) has no uptake entry at all")
    }
    for link in context.uptake {
      #expect(!link.reason.ja.isEmpty && !link.reason.en.isEmpty, "\(link.id) gives no reason")
    }
  }

  /// Every KPI of 003 with its numbers exactly as printed: the printed line holds each figure, and so does the
  /// source at the lines the KPI names.
  @Test func everyKPIOfTheMidTermPolicyIsThereWithItsNumbersAsPrinted() throws {
    let context = try Self.load()
    let kpis = context.kpis
    #expect(kpis.map(\.id) == (1...9).map { "KPI\($0)" })
    let source = (try? String(contentsOfFile: Self.seed003, encoding: .utf8))?.split(
      separator: "\n", omittingEmptySubsequences: false)
    for kpi in kpis {
      let printed = try #require(kpi.text("text")?.ja, "\(kpi.id) has no printed text")
      let figures = ["target.asPrinted", "baseline.asPrinted", "deadline.asPrinted"].compactMap { kpi.attribute($0) }
      #expect(!figures.isEmpty, "\(kpi.id) has no figure")
      let lines = (kpi.attribute("sourceLines") ?? "").split(separator: ",").compactMap {
        Int($0.trimmingCharacters(in: .whitespaces))
      }
      #expect(!lines.isEmpty, "\(kpi.id) names no source line")
      let sourceText = source.map { source in
        lines.compactMap { source.indices.contains($0 - 1) ? String(source[$0 - 1]) : nil }.joined()
          .replacingOccurrences(of: " ", with: "")
      }
      for figure in figures {
        #expect(printed.contains(figure), "\(kpi.id): \(figure) is not in its printed line")
        if let sourceText {
          #expect(
            sourceText.contains(figure.replacingOccurrences(of: " ", with: "")),
            "\(kpi.id): \(figure) not at lines \(lines)")
        }
      }
    }
  }

  @Test func aBrokenFileIsRefusedWithItsPlaces() throws {
    let text = try String(contentsOfFile: Self.path, encoding: .utf8)
    let broken = text.replacingOccurrences(of: "\"id\": \"KPI2\"", with: "\"id\": \"KPI1\"")
      .replacingOccurrences(of: "\"proposal\": \"P2\"", with: "\"proposal\": \"P9\"")
    do {
      _ = try PolicyContext.load(bytes: Array(broken.utf8), source: "broken.json", dataset: try Dataset.bundled())
      Issue.record("a duplicate id and a dangling proposal were accepted")
    } catch {
      let message = error.description
      #expect(message.contains("KPI1: id \"KPI1\" appears more than once"), "\(message)")
      #expect(message.contains("\"P9\", not a proposal or measure"), "\(message)")
    }
  }
}

extension PolicyContextTests {
  @Test func theBundledPolicyContextIsTheFileInAssets() throws {
    let bundled = try PolicyContext.bundled(dataset: try Dataset.bundled())
    let file = try Self.load()
    #expect(bundled.allItems.map(\.id) == file.allItems.map(\.id))
    #expect(bundled.allItems.count > 250)
  }
}

/// Search covers what followed too: 放射光 found only O3 and P3.M1, カタライザー nothing, though the mid-term
/// policy's initiatives and KPI4 say them.
@Suite struct PolicySearchTests {
  @Test func whatFollowedIsSearchedWithTheProposals() throws {
    let dataset = try Dataset.bundled()
    let synchrotron = dataset.search("放射光", language: .ja).map(\.id)
    #expect(synchrotron.contains("O3") && synchrotron.contains("P3.M1"), "the proposals still come: \(synchrotron)")
    #expect(synchrotron.contains("KPI4"), "\(synchrotron)")
    let policyHits = dataset.search("放射光", language: .ja).filter { $0.kind == .policyItem }
    #expect(!policyHits.isEmpty)
    #expect(!dataset.search("カタライザー", language: .ja).isEmpty)
    #expect(!dataset.search("catalyser", language: .en).isEmpty)
    let oneShot = dataset.oneShotIndex().search("放射光", language: .ja).map(\.id)
    #expect(oneShot == synchrotron, "the command line finds the same")
  }
}
