import ArgumentParser
import DualLifeModel
import TestSupport
import Testing

@testable import dualtohoku

/// The dashboard's and the presenter's plain options are read without the argument parser (QuickLaunch); whatever
/// that reader accepts must mean what the parser makes of it, and everything else must be left to the parser.
@Suite struct QuickLaunchTests {
  /// Words from both sides of the line: valid plain options, values out of range, forms the reader leaves alone.
  static let words = [
    "open", "present", "--lang", "ja", "en", "xx", "--lang=ja", "--lang=en", "--lang=", "--view", "1", "3", "7", "8",
    "03", "+2", "--view=2", "--slide", "5", "0", "--slide=12", "--notes", "--ascii", "--no-color", "--ascii=1",
    "--data", "f.json", "--policy", "--help", "-h", "--duration", "10m", "--handout", "--", "",
  ]

  @Test func whatTheQuickReaderAcceptsIsWhatTheArgumentParserReads() throws {
    var random = SeededGenerator(state: 20_261_202)
    var accepted = 0
    for _ in 0..<4000 {
      let count = Int.random(in: 0...6, using: &random)
      let arguments = (0..<count).map { _ in Self.words.randomElement(using: &random) ?? "" }
      guard let quick = QuickLaunch.parse(arguments) else { continue }
      accepted += 1
      let rest = ["open", "present"].contains(arguments.first) ? Array(arguments.dropFirst()) : arguments
      switch quick.command {
      case .dashboard:
        let parsed = try #require(try Open.parseAsRoot(rest) as? Open, "\(arguments)")
        #expect(parsed.view == quick.view, "\(arguments)")
        #expect(parsed.ascii == quick.ascii && parsed.noColor == quick.noColor, "\(arguments)")
        #expect(parsed.lang.explicit == quick.language, "\(arguments)")
        #expect(parsed.data.path == nil && parsed.data.policyPath == nil, "\(arguments)")
        #expect(!quick.notes && quick.slide == 1, "\(arguments)")
      case .presenter:
        let parsed = try #require(try Present.parseAsRoot(rest) as? Present, "\(arguments)")
        #expect(!parsed.handout && parsed.duration == nil && parsed.log == nil, "\(arguments)")
        #expect(parsed.slide == quick.slide && parsed.notes == quick.notes, "\(arguments)")
        #expect(parsed.ascii == quick.ascii && parsed.noColor == quick.noColor, "\(arguments)")
        #expect(parsed.lang.explicit == quick.language, "\(arguments)")
        #expect(parsed.data.path == nil && parsed.data.policyPath == nil, "\(arguments)")
        #expect(quick.view == 1, "\(arguments)")
      }
    }
    // Enough of the random lines were plain options for the comparison to mean something.
    #expect(accepted > 200)
  }

  @Test(arguments: [
    [], ["--lang", "ja"], ["--lang=en", "--view", "3", "--ascii", "--no-color"], ["open", "--view=7"], ["present"],
    ["present", "--notes", "--lang", "en"], ["present", "--slide", "5", "--ascii"],
  ])
  func thePlainFormsPeopleTypeAreReadQuickly(_ arguments: [String]) {
    #expect(QuickLaunch.parse(arguments) != nil)
  }

  @Test(arguments: [
    ["--help"], ["-h"], ["--data", "f.json"], ["--view", "8"], ["--view", "03"], ["--lang", "xx"],
    ["--ascii", "--ascii"],
    ["present", "--handout"], ["present", "--view", "2"], ["--notes"], ["search", "DX"], ["--lang"], ["--"],
  ])
  func everythingElseIsLeftToTheArgumentParser(_ arguments: [String]) {
    #expect(QuickLaunch.parse(arguments) == nil)
  }
}
