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
      // `dualtohoku` alone, and the dashboard, the presenter and `show` with plain options, run at once: the
      // argument parser's reflection costs milliseconds of the first frame a presenter waits for (see QuickLaunch).
      if let launch = QuickLaunch.parse(Array(CommandLine.arguments.dropFirst())) {
        try launch.run()
        Output.end(.success)
      }
      var command = try parseOne() ?? parseAsRoot()
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

  /// The subcommands by name, written out: asking each command for its name would build its configuration (the
  /// dashboard's help text among them), which is what `parseOne` saves. A command missing here is parsed through
  /// the tree: slower, not wrong.
  static let commands: [String: ParsableCommand.Type] = [
    "open": Open.self, "show": Show.self, "search": Search.self, "compare": Compare.self, "export": Export.self,
    "validate": Validate.self, "render": Render.self, "present": Present.self,
  ]

  /// The command that runs, parsed on its own when that succeeds: the whole tree (every command's configuration
  /// and help text, the completion-script check) costs a millisecond or two that a command people run dozens of
  /// times a day should not pay. Anything that does not parse cleanly (an error, --help, an unknown command) is
  /// parsed again through the tree, whose messages name the command as `dualtohoku search`.
  static func parseOne() -> ParsableCommand? {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let first = arguments.first else { return nil }
    if let named = commands[first] { return try? named.parseAsRoot(Array(arguments.dropFirst())) }
    // Options of the default command (the dashboard): `dualtohoku --lang ja`.
    guard first.hasPrefix("-") else { return nil }
    return try? Open.parseAsRoot(arguments)
  }
}
