import ArgumentParser
import DualLifeModel
import TestSupport
import Testing

@testable import dualtohoku

/// The dashboard's, the presenter's, `show`'s, `search`'s and `render`'s plain options are read without the argument
/// parser (QuickLaunch); whatever that reader accepts must mean what the parser makes of it, and everything else must
/// be left to the parser.
@Suite struct QuickLaunchTests {
  /// Words from both sides of the line: valid plain options, values out of range, forms the reader leaves alone.
  static let words = [
    "open", "present", "--lang", "ja", "en", "xx", "--lang=ja", "--lang=en", "--lang=", "--view", "1", "3", "7", "8",
    "03", "+2", "--view=2", "--slide", "5", "0", "--slide=12", "--notes", "--ascii", "--no-color", "--ascii=1",
    "--data", "f.json", "--policy", "--help", "-h", "--duration", "10m", "--handout", "--", "",
    "show", "P1", "p1.m2", "S3", "KPI1", "--format", "json", "markdown", "text", "--format=json", "-P1",
    "search", "DX", "テレワーク", " ", "--limit", "--limit=0", "-3", "--kind", "measure,call", "analysis", "nope",
    "measure,", ",", "render", "overview", "compare", "P3", "slide", "notes", "index", "swo", "matrix", "--width",
    "--height", "--width=200", "1001", "40", "9",
  ]

  @Test func whatTheQuickReaderAcceptsIsWhatTheArgumentParserReads() throws {
    var random = SeededGenerator(state: 20_261_202)
    var accepted: [QuickLaunch.Command: Int] = [:]
    for _ in 0..<4000 {
      // Each command as often as the others, then any words.
      let command = ["", "open", "present", "show", "search", "render"].randomElement(using: &random) ?? ""
      let count = Int.random(in: 0...6, using: &random)
      // render's first word is mostly a view, or few lines would get past it.
      let lead =
        command == "render"
        ? [(Render.View.allCases.map(\.rawValue) + ["nope"]).randomElement(using: &random) ?? ""] : []
      let arguments =
        (command.isEmpty ? [] : [command]) + lead
        + (0..<count).map { _ in Self.words.randomElement(using: &random) ?? "" }
      guard let quick = QuickLaunch.parse(arguments) else { continue }
      accepted[quick.command, default: 0] += 1
      let rest = QuickLaunch.command(named: arguments.first ?? "") != nil ? Array(arguments.dropFirst()) : arguments
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
      case .show:
        let parsed = try #require(try Show.parseAsRoot(rest) as? Show, "\(arguments)")
        #expect(parsed.ids == quick.ids && parsed.format == quick.format, "\(arguments)")
        #expect(parsed.lang.explicit == quick.language, "\(arguments)")
        #expect(parsed.data.path == nil && parsed.data.policyPath == nil, "\(arguments)")
        #expect(!quick.ascii && !quick.noColor && !quick.notes, "\(arguments)")
      case .search:
        let parsed = try #require(try Search.parseAsRoot(rest) as? Search, "\(arguments)")
        #expect(parsed.words == quick.ids && parsed.format.rawValue == quick.format.rawValue, "\(arguments)")
        #expect(parsed.limit == quick.limit && parsed.kind == quick.kind, "\(arguments)")
        #expect(parsed.lang.explicit == quick.language, "\(arguments)")
        #expect(parsed.data.path == nil && parsed.data.policyPath == nil, "\(arguments)")
        #expect(!quick.ascii && !quick.noColor && !quick.notes, "\(arguments)")
      case .render:
        let parsed = try #require(try Render.parseAsRoot(rest) as? Render, "\(arguments)")
        #expect(parsed.request == quick.renderRequest(language: parsed.lang.language), "\(arguments)")
        #expect(parsed.lang.explicit == quick.language, "\(arguments)")
        #expect(parsed.data.path == nil && parsed.data.policyPath == nil, "\(arguments)")
        #expect(!quick.noColor && !quick.notes, "\(arguments)")
      }
    }
    // Enough of the random lines were plain options of each command for the comparison to mean something.
    for command in [QuickLaunch.Command.dashboard, .presenter, .show, .search, .render] {
      #expect(accepted[command, default: 0] > 50, "\(command): \(accepted)")
    }
  }

  @Test(arguments: [
    [], ["--lang", "ja"], ["--lang=en", "--view", "3", "--ascii", "--no-color"], ["open", "--view=7"], ["present"],
    ["present", "--notes", "--lang", "en"], ["present", "--slide", "5", "--ascii"], ["show", "P1"],
    ["show", "P1.M1", "S1", "G4", "--lang", "en"], ["show", "T1", "--format", "json"],
    ["show", "--format=markdown", "E2"], ["search", "DX"], ["search", "remote", "work", "--lang", "en"],
    ["search", "--format", "json", "--limit", "3", "dx"], ["search", "地域", "--limit=0", "--kind", "measure,call"],
    ["render", "overview", "--width", "80", "--height", "24"], ["render", "compare", "P1", "P3", "--width=160"],
    ["render", "slide", "9", "--lang", "en", "--ascii"],
  ])
  func thePlainFormsPeopleTypeAreReadQuickly(_ arguments: [String]) {
    #expect(QuickLaunch.parse(arguments) != nil)
  }

  @Test(arguments: [
    ["--help"], ["-h"], ["--data", "f.json"], ["--view", "8"], ["--view", "03"], ["--lang", "xx"],
    ["--ascii", "--ascii"],
    ["present", "--handout"], ["present", "--view", "2"], ["--notes"], ["--lang"], ["--"],
    ["show"], ["show", "--lang", "ja"], ["show", "P1", "--format", "yaml"], ["show", "P1", "--ascii"],
    ["show", "P1", "--data", "f.json"], ["show", "--help"], ["search"], ["search", " "],
    ["search", "DX", "--limit", "-1"],
    ["search", "DX", "--kind", "nope"], ["search", "DX", "--kind", ","], ["search", "DX", "--ascii"],
    ["search", "DX", "--data", "f.json"], ["render"], ["render", "nope"], ["render", "compare", "P1"],
    ["render", "overview", "--width", "1001"], ["render", "overview", "P1"], ["render", "slide"],
    ["render", "overview", "--no-color"], ["render", "--help"],
  ])
  func everythingElseIsLeftToTheArgumentParser(_ arguments: [String]) {
    #expect(QuickLaunch.parse(arguments) == nil)
  }
}
