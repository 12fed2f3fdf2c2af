import ArgumentParser
import DualLifeModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `dualtohoku`: the root command. Each subcommand is one small type in Commands/.
@main
struct DualTohoku: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dualtohoku",
    abstract: "The Tohoku Economic Federation's Five Post-COVID Proposals, with Dual Life Tohoku, in a terminal.",
    discussion: """
      Ids, in source order: P1–P5 proposals, P1.M1… measures, S1… strengths, W1… weaknesses, O1… opportunities,
      T1–T3 trends, G1… calls to the national government, F1… calls to Tokyo-based major firms and business circles,
      E1–E3 expert panel members (E1.R1… their recommendations).

      Exit codes: 0 ok · 1 search found nothing · 64 usage · 65 invalid data · 66 file cannot be opened · 70 internal ·
      74 output cannot be written.

      Examples:
        dualtohoku show P1 --lang en
        dualtohoku search workation
        dualtohoku search --format json --limit 3 DX
        dualtohoku export --format markdown --lang both > proposals.md
        dualtohoku validate my-edit.json
      """,
    subcommands: [
      Open.self, Show.self, Search.self, Compare.self, Export.self, Validate.self, Render.self, Present.self,
    ],
    defaultSubcommand: Open.self
  )

  static func main() {
    Output.prepare()
    do {
      // `dualtohoku` alone opens the dashboard at once: the argument parser's reflection costs milliseconds of the
      // first frame a presenter waits for, and there is nothing to parse.
      if CommandLine.arguments.count == 1 {
        try Open.dashboard(
          data: DataOptions(path: nil), view: .overview, language: .fromEnvironment(), ascii: false,
          colors: true)
        Output.end(.success)
      }
      var command = try parseAsRoot()
      try command.run()
      Output.end(.success)
    } catch {
      // As ArgumentParser's exit(withError:) does, but through Output, so a failed write of the help or of an
      // error message ends with 74 instead of being lost.
      let status = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        Output.write(message + "\n", to: status == .success ? STDOUT_FILENO : STDERR_FILENO)
      }
      Output.end(status)
    }
  }
}
