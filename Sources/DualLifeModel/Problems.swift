/// One thing wrong with a dataset file, with the place where it was found:
/// "line 3, column 14" for syntax, an item id and field name ("P1.M2 text.en") for content.
public struct DataProblem: Sendable, Hashable, CustomStringConvertible {
  public let place: String
  public let message: String

  public init(place: String, message: String) {
    self.place = place
    self.message = message
  }

  public var description: String { "\(place): \(message)" }
}

/// Why a dataset could not be used.
public enum DatasetError: Error, Sendable, CustomStringConvertible {
  /// The file cannot be opened or read (exit code 66).
  case cannotOpen(path: String, reason: String)
  /// The file was read but is not a valid dataset (exit code 65). Every problem found, in file order.
  case invalid(source: String, problems: [DataProblem])

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "\(Sanitize.forMessage(path)): cannot open: \(reason)"
    case .invalid(let source, let problems):
      let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
      let lines = problems.map { "\(Sanitize.forMessage(source)): \($0)" }
      return (["\(Sanitize.forMessage(source)): invalid dataset (\(count))"] + lines).joined(separator: "\n")
    }
  }
}

/// Keeps text from a data file harmless in messages and on a terminal.
public enum Sanitize {
  /// True for characters that could drive a terminal: C0 controls (except newline and tab), DEL, C1 controls.
  public static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v == 0x0A || v == 0x09 { return false }
    return v < 0x20 || (0x7F...0x9F).contains(v)
  }

  /// True for invisible characters that change how a terminal shows the text around them: the bidirectional
  /// controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI), which can make a line read differently from what it holds, and
  /// the zero-width joiner and non-joiner, which can join neighbours into one cell and shift the rest of a line.
  public static func isInvisibleFormatting(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200C...0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// The text with every control character (newline and tab included) and invisible formatting character shown as
  /// \u{…}, cut to `limit` characters.
  public static func forMessage(_ text: String, limit: Int = 60) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count >= limit {
        out += "…"
        break
      }
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isInvisibleFormatting(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return out
  }

  /// The text with forbidden control characters and invisible formatting characters removed (newline and tab
  /// kept): the last guard before anything reaches a terminal.
  public static func forTerminal(_ text: String) -> String {
    let removed = { (scalar: Unicode.Scalar) in isForbiddenControl(scalar) || isInvisibleFormatting(scalar) }
    guard text.unicodeScalars.contains(where: removed) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !removed(scalar) { out.append(scalar) }
    return String(out)
  }
}
