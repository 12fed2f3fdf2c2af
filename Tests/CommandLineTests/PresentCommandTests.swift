import Foundation
import Testing

@Suite struct PresentCommandTests {
  @Test func renderSlidePrintsExactlyTheHeight() throws {
    let r = try Binary.run(["render", "slide", "1", "--width", "80", "--height", "24"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 24)
    #expect(!r.stdoutBytes.contains(0x1B))
  }

  @Test func slideOutOfRangeIsAUsageError() throws {
    let r = try Binary.run(["render", "slide", "999"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("slides are 1–19"))
    #expect(try Binary.run(["render", "slide", "0"]).status == 64)
    #expect(try Binary.run(["render", "slide"]).status == 64)
    #expect(try Binary.run(["render", "slide", "one"]).status == 64)
  }

  @Test func handoutHasEverySlide() throws {
    let r = try Binary.run(["present", "--handout", "--lang", "en"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Thank you"))
    #expect(r.stdout.contains("P5.M2"))
    let separator = String(repeating: "-", count: 100)
    // 19 slides; a slide too long for one 100x30 screen takes more than one page.
    #expect(r.stdout.components(separatedBy: "\n").filter { $0 == separator }.count >= 17)
  }

  @Test func livePresenterNeedsATerminalAndAValidSlide() throws {
    let r = try Binary.run(["present"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("needs a terminal"))
    let bad = try Binary.run(["present", "--slide", "99"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("slides are 1–19"))
  }

  @Test func helpHasExamples() throws {
    let r = try Binary.run(["present", "--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Examples"))
  }

  @Test func markdownHandoutHasASectionPerSlideAndNotesOnRequest() throws {
    let r = try Binary.run(["present", "--handout", "--format", "markdown", "--lang", "en"])
    #expect(r.status == 0)
    let sections = r.stdout.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(sections.count == 19)
    #expect(sections.first == "## 1. Five Post-COVID Proposals")
    #expect(!r.stdout.contains("E1.R1"), "no notes unless asked")
    let notes = try Binary.run(["present", "--handout", "--format", "markdown", "--notes", "--lang", "en"])
    #expect(notes.stdout.contains("- **E1.R1** "))
    #expect(notes.stdout.contains("  - 1. Factories are evolving"), "the recommendation's points, nested")
  }

  /// No page of the text handout at 80x24 opens with a sub-point (– at the bullets' indent) on its own.
  @Test func theHandoutAt80x24HasNoLoneSubPoint() throws {
    for lang in ["ja", "en"] {
      let r = try Binary.run(["present", "--handout", "--width", "80", "--height", "24", "--lang", lang])
      let pages = r.stdout.components(separatedBy: "\n" + String(repeating: "-", count: 80) + "\n")
      for page in pages {
        let marks = page.split(separator: "\n").compactMap { line -> Character? in
          let trimmed = line.drop { $0 == " " }
          return trimmed.first == "•" || trimmed.first == "–" ? trimmed.first : nil
        }
        #expect(marks != ["–"], "a page with a lone sub-point (\(lang))")
        #expect(marks.first != "–" || page.contains("1/19"), "a page opens with a sub-point (\(lang))")
      }
    }
  }

  @Test func durationAndLogAreChecked() throws {
    for bad in ["10", "m", "10x", "25h", "0s", "-5m"] {
      let r = try Binary.run(["present", "--duration", bad])
      #expect(r.status == 64, "\(bad)")
      #expect(r.stderr.contains("--duration"), "\(bad)")
    }
    let noFolder = try Binary.run(["present", "--log", "/nonexistent-folder/log.md"])
    #expect(noFolder.status == 64)
    #expect(noFolder.stderr.contains("not a folder"))
    let ok = try Binary.run(["present", "--duration", "1h30m", "--ascii", "--no-color"])
    #expect(ok.status == 1 && ok.stderr.contains("needs a terminal"), "the options are known; no terminal here")
  }

  @Test func renderShowsTheSpeakerWindowAndTheIndex() throws {
    let notes = try Binary.run(["render", "notes", "11", "--width", "80", "--height", "24", "--lang", "en"])
    #expect(notes.status == 0)
    #expect(notes.stdout.hasPrefix("11/19"))
    #expect(notes.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count == 24)
    let index = try Binary.run(["render", "index", "9", "--width", "80", "--height", "24", "--lang", "en"])
    #expect(index.status == 0)
    #expect(index.stdout.contains("▶ ● 9") || index.stdout.contains("▶") && index.stdout.contains(" 9  "))
    #expect(try Binary.run(["render", "notes", "20"]).status == 64)
    #expect(try Binary.run(["render", "index", "x"]).status == 64)
  }
}
