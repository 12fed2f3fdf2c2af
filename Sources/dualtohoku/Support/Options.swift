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

/// `--data FILE` and `--policy FILE` as parsed: where the data comes from. The behaviour is `DataSource`'s.
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
  /// read. Code that needs the data without parsing uses a `DataSource`.
  init() {}

  var source: DataSource { DataSource(path: path, policyPath: policyPath) }

  var isBundled: Bool { source.isBundled }
  func policy(for dataset: Dataset) throws -> PolicyContext? { try source.policy(for: dataset) }
  func environment(_ dataset: Dataset, ascii: Bool = false) throws -> UIEnvironment {
    try source.environment(dataset, ascii: ascii)
  }
  func load(checkingBundled: Bool = false) throws -> Dataset { try source.load(checkingBundled: checkingBundled) }
}

/// Where the dataset and what followed come from: files, or the bundled data where a path is nil. A plain value,
/// so that the paths that parse no command line (QuickLaunch, `validate FILE`) need none of the argument
/// parser's property wrappers, whose set-up cost a quarter of a millisecond of the dashboard's first frame.
struct DataSource {
  var path: String?
  var policyPath: String?

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
