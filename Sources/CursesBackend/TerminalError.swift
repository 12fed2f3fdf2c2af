// Why the dashboard could not take over the terminal. Raised before anything is drawn, so the caller can still
// print a plain message and exit 1.

/// The terminal cannot show the dashboard. Nothing has been drawn and the terminal is untouched.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Standard input or standard output is not a terminal (a pipe, a file, /dev/null).
  case notATerminal
  /// ncurses does not know the terminal type named by TERM ("" when TERM is unset or empty), or the type cannot
  /// move the cursor (e.g. "dumb").
  case unknownTerminal(String)

  /// One line in English, starting with "dualtohoku:", for standard error.
  public var message: String {
    switch self {
    case .notATerminal:
      return "dualtohoku: the dashboard needs a terminal; for plain output use: "
        + "dualtohoku show ID…, dualtohoku search WORD…, dualtohoku export"
    case .unknownTerminal(let name) where name.isEmpty:
      return "dualtohoku: TERM is not set, so the terminal type is unknown; "
        + "set TERM to one your system knows, e.g. xterm-256color; " + Self.plainCommands
    case .unknownTerminal(let name):
      return "dualtohoku: the terminal type '\(name)' is unknown or cannot run a full-screen program (TERM); "
        + "set TERM to one your system knows, e.g. xterm-256color; " + Self.plainCommands
    }
  }

  /// The message in Japanese or English, as the interface speaks.
  public func message(japanese: Bool) -> String { japanese ? japaneseMessage : message }

  /// The same message in Japanese.
  public var japaneseMessage: String {
    switch self {
    case .notATerminal:
      return "dualtohoku: ダッシュボードには端末が必要です。テキストで出力するには "
        + "dualtohoku show ID…、dualtohoku search 語…、dualtohoku export を使ってください"
    case .unknownTerminal(let name) where name.isEmpty:
      return "dualtohoku: TERM が設定されていないため端末の種類がわかりません。"
        + "システムが知っている種類 (例: xterm-256color) を TERM に設定してください。" + Self.plainCommandsJapanese
    case .unknownTerminal(let name):
      return "dualtohoku: 端末の種類 '\(name)' (TERM) は不明か、全画面表示ができません。"
        + "システムが知っている種類 (例: xterm-256color) を TERM に設定してください。" + Self.plainCommandsJapanese
    }
  }

  static let plainCommands = "for plain output use: dualtohoku show ID…, dualtohoku search WORD…, dualtohoku export"
  static let plainCommandsJapanese = "テキストでの出力は dualtohoku show ID…、dualtohoku search 語…、dualtohoku export で"

  public var description: String { message }
}
