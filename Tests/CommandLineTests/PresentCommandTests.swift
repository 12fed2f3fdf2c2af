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
    #expect(r.stderr.contains("slides are 1–18"))
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
    // 18 slides; a slide too long for one 100x30 screen takes more than one page.
    #expect(r.stdout.components(separatedBy: "\n").filter { $0 == separator }.count >= 17)
  }

  @Test func livePresenterNeedsATerminalAndAValidSlide() throws {
    let r = try Binary.run(["present"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("needs a terminal"))
    let bad = try Binary.run(["present", "--slide", "99"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("slides are 1–18"))
  }

  @Test func helpHasExamples() throws {
    let r = try Binary.run(["present", "--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Examples"))
  }
}
