import DualLifeModel
import DualLifeUI
import Foundation
import TerminalText
import Testing

@Suite struct DeckTests {
  static let slides = Deck.slides(UI.dataset)

  @Test func slideIdsInOrder() {
    #expect(
      Self.slides.map(\.id) == [
        "title", "positioning", "trends", "strengths", "weaknesses", "opportunities", "recognition", "dual-life",
        "P1", "P2", "P3", "P4", "P5", "structure", "calls-government", "calls-firms", "panel", "followed", "closing",
      ])
  }

  /// The closing "What followed" notes say, per proposal, what takes it up with each item's headline, and every
  /// proposal or measure these sources take up nowhere, with the reason (they were bare ids, the "none" left out).
  @Test(arguments: Language.allCases) func whatFollowedNotesNameTheItemsAndWhatNoneTakesUp(_ language: Language) throws
  {
    let slide = try #require(Self.slides.first { $0.id == "followed" })
    let notes = slide.notes.map { $0[language] }
    let policy = try #require(UI.environment.policy)
    for link in policy.uptake {
      if let id = link.policy {
        let headline = try #require(policy.item(id)).headline(language)
        let shown = "\(id) \(Truncation.truncate(headline, width: 36, ellipsis: "…"))"
        #expect(notes.contains { $0.contains(shown) }, "\(link.id): \(shown)")
      } else {
        #expect(notes.contains { $0.contains(link.proposal) && $0.contains(link.reason[language]) }, "\(link.id)")
      }
    }
    #expect(policy.uptake.contains { $0.policy == nil })
  }

  /// Every proposal, measure, strength, weakness, opportunity and call is on some slide, so nothing the document
  /// proposes is left out of the talk.
  @Test func everyItemIsOnASlide() {
    let d = UI.dataset
    var ids = d.proposals.items.map(\.id) + d.proposals.items.flatMap { $0.measures.map(\.id) }
    ids += (d.analysis.strengths + d.analysis.weaknesses + d.analysis.opportunities).map(\.id)
    ids += (d.calls.government.items + d.calls.firms.items).map(\.id)
    let bullets = Self.slides.flatMap(\.bullets)
    for id in ids {
      let shown = bullets.contains { $0.id == id || $0.text.ja.contains(id) || $0.text.en.contains(id) }
      #expect(shown, "\(id) is on no slide")
    }
    #expect(ids.count == 5 + 10 + 16 + 12)
  }

  @Test func proposalNotesCarryItsLinks() throws {
    let p1 = try #require(Self.slides.first { $0.id == "P1" })
    #expect(p1.notes.contains { $0.ja.hasPrefix("G4 ") && $0.en.hasPrefix("G4 ") })
    // The source is a talking point, said before the links (which are our reading).
    #expect(p1.talkingPoints.last?.text.ja.hasPrefix("出典: 4. ") == true)
    #expect(p1.talkingPoints.last?.text.en.hasPrefix("Source: 4. ") == true)
    let strengths = try #require(Self.slides.first { $0.id == "strengths" })
    #expect(strengths.notes.contains { $0.en.hasPrefix("S1 serves: P1") })
  }

  @Test func everySlideHasASourceAndBulletLevelsAreZeroOrOne() {
    for slide in Self.slides {
      let notes = slide.talkingPoints.map(\.text) + slide.notes
      #expect(notes.contains { $0.en.hasPrefix("Source: ") }, "\(slide.id)")
      #expect(!slide.bullets.isEmpty, "\(slide.id)")
      #expect(slide.bullets.allSatisfy { $0.level == 0 || $0.level == 1 }, "\(slide.id)")
    }
  }

  @Test func bothLanguagesHaveTheSameSlides() {
    for language in Language.allCases {
      let grids = Self.slides.enumerated().map { k, slide in
        SlideView.render(
          slide, number: k + 1, of: Self.slides.count, revealed: nil, language: language, width: 100, height: 30,
          ascii: false)
      }
      #expect(grids.count == Self.slides.count)
      #expect(grids.allSatisfy { !$0.text().isEmpty })
    }
  }

  @Test func revealShowsBulletsInPlace() throws {
    let index = try #require(Self.slides.firstIndex { $0.id == "strengths" })
    let slide = Self.slides[index]
    func rows(_ revealed: Int?) -> [String] {
      SlideView.render(
        slide, number: index + 1, of: Self.slides.count, revealed: revealed, language: .en, width: 160, height: 48,
        ascii: false
      ).text().components(separatedBy: "\n")
    }
    let none = rows(0)
    let two = rows(2)
    let all = rows(nil)
    #expect(!none.joined().contains("S1"))
    #expect(two.joined().contains("S2") && !two.joined().contains("S3"))
    // A revealed bullet sits on the row it has when all are shown.
    for (k, row) in two.enumerated() where row.contains("S1") || row.contains("S2") { #expect(row == all[k]) }
  }

  @Test func overflowEndsWithAnEllipsis() throws {
    let slide = try #require(Self.slides.first { $0.id == "dual-life" })
    let text = SlideView.render(
      slide, number: 8, of: 18, revealed: nil, language: .en, width: 40, height: 12, ascii: true
    ).text()
    #expect(text.components(separatedBy: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "..." })
  }

  @Test func everySizeFits() {
    for (k, slide) in Self.slides.enumerated() {
      for language in Language.allCases {
        for width in stride(from: 40, through: 240, by: 20) {
          for height in stride(from: 12, through: 70, by: 29) {
            let grid = SlideView.render(
              slide, number: k + 1, of: Self.slides.count, revealed: nil, language: language, width: width,
              height: height, ascii: false)
            let rows = grid.text().components(separatedBy: "\n")
            #expect(rows.count == height)
            for row in rows where DisplayWidth.of(row) > width {
              Issue.record("\(slide.id) \(language) \(width)x\(height): row wider than \(width): \(row)")
            }
          }
        }
      }
    }
  }

  @Test func tinySizesDoNotCrash() {
    for slide in Self.slides {
      for width in [0, 1, 2, 5, 39, 40] {
        for height in [0, 1, 2, 11, 12] {
          let grid = SlideView.render(
            slide, number: 1, of: 18, revealed: 3, language: .ja, width: width, height: height, ascii: false)
          #expect(grid.width == max(0, width) && grid.height == max(0, height))
        }
      }
    }
  }
}

/// Golden slides in Snapshots/ (slide-<id>-<lang>-<w>x<h>.txt). Regenerate on purpose with UPDATE_SNAPSHOTS=1.
@Suite struct SlideSnapshotTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let id: String
    let language: Language
    let width: Int
    let height: Int

    var testDescription: String { "slide-\(id)-\(language.rawValue)-\(width)x\(height)" }
  }

  static let cases: [Case] = {
    var cases: [Case] = []
    for id in ["title", "P1", "strengths", "calls-government"] {
      for language in Language.allCases {
        for (w, h) in [(80, 24), (160, 48)] { cases.append(Case(id: id, language: language, width: w, height: h)) }
      }
    }
    return cases
  }()

  @Test(arguments: cases) func slide(_ c: Case) throws {
    let slides = Deck.slides(UI.dataset)
    let index = try #require(slides.firstIndex { $0.id == c.id })
    let text =
      SlideView.render(
        slides[index], number: index + 1, of: slides.count, revealed: nil, language: c.language, width: c.width,
        height: c.height, ascii: false
      ).text() + "\n"
    let file = SnapshotTests.directory.appendingPathComponent("\(c.testDescription).txt")
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
      try FileManager.default.createDirectory(at: SnapshotTests.directory, withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
      Issue.record("recorded \(file.lastPathComponent); review the diff and run again without UPDATE_SNAPSHOTS")
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(text == expected, "slide differs from \(file.lastPathComponent); UPDATE_SNAPSHOTS=1 regenerates")
  }

  @Test func proposalNotesQuoteTheRelatedExperts() throws {
    let p1 = try #require(Deck.slides(UI.dataset).first { $0.id == "P1" })
    #expect(p1.talkingPoints.contains { $0.id == "E2.R2" && $0.text.ja.contains("本気の二地域居住") })
  }

  /// A recommendation that announces points lists them: E1.R1 says "the following three points".
  @Test func expertRecommendationsCarryTheirNumberedPoints() throws {
    for slide in Deck.slides(UI.dataset) {
      for (k, point) in slide.talkingPoints.enumerated() where point.id?.contains(".R") == true {
        let points = slide.talkingPoints[(k + 1)...].prefix { $0.level == 1 }
        let recommendation = UI.dataset.panel.members.flatMap(\.recommendations).first { $0.id == point.id }
        #expect(points.count == recommendation?.points.count, "\(slide.id) \(point.id ?? "")")
        for (n, sub) in points.enumerated() { #expect(sub.text.en.hasPrefix("\(n + 1). ")) }
      }
    }
    let p3 = try #require(Deck.slides(UI.dataset).first { $0.id == "P3" })
    let e1 = try #require(p3.talkingPoints.firstIndex { $0.id == "E1.R1" })
    #expect(p3.talkingPoints[(e1 + 1)...].prefix { $0.level == 1 }.count == 3)
  }
}
