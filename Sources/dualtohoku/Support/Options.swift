import ArgumentParser
import BundledDataset
import DualLifeModel
import DualLifeUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Exit codes of the command line (a contract; see `dualtohoku --help`).
enum Exit {
  static let nothingFound = ExitCode(1)
  static let usage = ExitCode(64)
  static let invalidData = ExitCode(65)
  static let cannotOpen = ExitCode(66)
  static let internalError = ExitCode(70)
  /// A write to stdout or stderr failed (other than a closed pipe on stdout): EX_IOERR.
  static let ioError = ExitCode(74)
}

extension Language: ExpressibleByArgument {
  /// ja when LC_ALL, LC_MESSAGES or LANG (the first one set) starts with "ja", else en.
  static func fromEnvironment() -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty {
        return value.hasPrefix("ja") ? .ja : .en
      }
    }
    return .en
  }
}

/// `--data FILE`: where the dataset comes from.
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: ArgumentHelp(
      "Read the dataset from FILE instead of the bundled one (same schema; e.g. --data my-edit.json).",
      valueName: "FILE"))
  var path: String?

  @Option(
    name: .customLong("policy"),
    help: ArgumentHelp(
      "Read what followed (the policy context) from FILE instead of the bundled one (same schema as Assets/policy-context.json; e.g. --policy my-policy.json).",
      valueName: "FILE"))
  var policyPath: String?

  /// Declared, so that no memberwise initializer exists: one leaves options unset, and an unset option traps when
  /// read. Code that needs the options without parsing uses `given(path:policyPath:)`.
  init() {}

  /// Whether everything comes from the bundled data (which the build prepared for search).
  var isBundled: Bool { path == nil && policyPath == nil }

  /// What followed, for `dataset`: the `--policy` file, read and checked against the dataset (or every problem
  /// printed and exit 65 / 66), else the bundled one when it fits the dataset (nil when it does not: a `--data`
  /// dataset whose ids the bundled links do not name).
  func policy(for dataset: Dataset) throws -> PolicyContext? {
    guard let policyPath else { return try? PolicyContext.bundled(dataset: dataset) }
    do {
      try Self.checkRegularFile(policyPath)
      return try PolicyContext.load(path: policyPath, dataset: dataset)
    } catch {
      throw Self.refuse(error)
    }
  }

  /// Prints every problem of a data file and gives its exit code: 66 when it cannot be opened, else 65 (70 for
  /// the bundled data, which the build validated: a problem there is ours).
  static func refuse(_ error: DatasetError, bundled: Bool = false) -> ExitCode {
    Output.error(error.description)
    switch error {
    case .cannotOpen: return Exit.cannotOpen
    case .invalid: return bundled ? Exit.internalError : Exit.invalidData
    }
  }

  /// The environment the views draw from: the dataset, and what followed as `--policy` or the bundle gives it.
  func environment(_ dataset: Dataset, ascii: Bool = false) throws -> UIEnvironment {
    UIEnvironment(
      dataset: dataset, ascii: ascii, policy: policyPath == nil ? .bundled : .given(try policy(for: dataset)))
  }

  /// Loads the dataset, or prints every problem and exits 65 (invalid) or 66 (cannot open). The bundled one was
  /// validated when the program was built; `checkingBundled` checks it again (for `validate`).
  func load(checkingBundled: Bool = false) throws -> Dataset {
    do {
      if let path {
        try Self.checkRegularFile(path)
        return try Dataset.load(path: path)
      }
      if checkingBundled { return try Dataset.load(bytes: Array(Dataset.bundledJSON.utf8), source: "bundled dataset") }
      return try Dataset.bundled()
    } catch {
      throw Self.refuse(error, bundled: path == nil)
    }
  }
}

extension DataOptions {
  /// The options as if given on the command line, for the paths that do not parse one (`dualtohoku` alone opens
  /// the dashboard without the argument parser; `validate FILE`). Every option is set: one left unparsed traps
  /// when read (a `--policy` added without this trapped the dashboard at start).
  static func given(path: String?, policyPath: String? = nil) -> DataOptions {
    var options = DataOptions()
    options.path = path
    options.policyPath = policyPath
    return options
  }

  /// Only a regular file is a dataset: opening a FIFO with no writer would block for ever, and a device could
  /// be read without end. stat does not open, so it cannot block.
  static func checkRegularFile(_ path: String) throws(DatasetError) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }  // Dataset.load says why it cannot be opened
    let kind: String
    switch info.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFDIR: kind = "it is a directory"
    case S_IFIFO: kind = "it is a FIFO (named pipe), not a regular file"
    case S_IFCHR, S_IFBLK: kind = "it is a device, not a regular file"
    case S_IFSOCK: kind = "it is a socket, not a regular file"
    default: kind = "it is not a regular file"
    }
    throw .cannotOpen(path: path, reason: kind)
  }
}

/// `--lang ja|en`.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Language of the output: ja or en. Default: ja when LC_ALL, LC_MESSAGES or LANG starts with ja, else en.",
      valueName: "ja|en"))
  var explicit: Language?

  var language: Language { explicit ?? .fromEnvironment() }
}
