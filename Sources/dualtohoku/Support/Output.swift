// Writing to standard output and error. All output goes through here so that:
// - a closed pipe on stdout (`dualtohoku export | head -1`) ends the program quietly with 0 instead of SIGPIPE;
// - any other failed write (a full disk, a closed stderr, EPIPE on stderr) ends it with 74 (EX_IOERR), never 0,
//   so a backup cut short or a check whose verdict was lost is not taken for a success;
// - text from a data file or the command line never reaches the terminal with control characters or invisible
//   formatting characters (bidirectional controls, zero-width joiners) in it: Sanitize.forTerminal, for every
//   command; JSON keeps them as \u escapes instead.
import ArgumentParser
import DualLifeModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

enum Output {
  /// Ignore SIGPIPE so a closed pipe shows up as EPIPE from write(2), which we answer by leaving quietly.
  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
  }

  static func print(_ text: String, terminator: String = "\n") {
    write(Sanitize.forTerminal(text) + terminator, to: STDOUT_FILENO)
  }

  /// JSON text, with every invisible formatting character inside its strings written as a \u escape: the same
  /// JSON to a parser (export still loads back unchanged), nothing that reorders or joins text on a terminal.
  static func printJSON(_ json: String) {
    guard json.unicodeScalars.contains(where: Sanitize.isInvisibleFormatting) else {
      print(json, terminator: "")
      return
    }
    var escaped = ""
    for scalar in json.unicodeScalars {
      if Sanitize.isInvisibleFormatting(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    print(escaped, terminator: "")
  }

  static func error(_ text: String) {
    write(Sanitize.forTerminal(text) + "\n", to: STDERR_FILENO)
  }

  static func write(_ text: String, to fd: Int32) {
    var text = text
    text.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, base + offset, buffer.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 {
          failed(fd, n < 0 ? errno : EIO)
          return
        }
        offset += n
      }
    }
  }

  /// A write to stderr failed. The program goes on, so that the status it decides (65 for invalid data, 64, 1)
  /// is still the one it exits with; only a program that would have ended with 0 ends with 74 instead.
  nonisolated(unsafe) static var standardErrorFailed = false

  /// After a write failed: on stdout, the program ends, quietly with 0 when its reader has gone (`| head`), else
  /// with 74 and a message on stderr if that still works; on stderr, see `standardErrorFailed`.
  static func failed(_ fd: Int32, _ error: Int32) {
    guard fd == STDOUT_FILENO else {
      standardErrorFailed = true
      return
    }
    if error == EPIPE { end(standardErrorFailed ? Exit.ioError : .success) }
    let message = "dualtohoku: cannot write the output: \(String(cString: strerror(error)))\n"
    var bytes = Array(message.utf8)
    _ = Glibc.write(STDERR_FILENO, &bytes, bytes.count)
    end(Exit.ioError)
  }

  /// Ends the program with `status`, or with 74 when it would be 0 but something could not be written.
  static func end(_ status: ExitCode) -> Never {
    exit(status == .success && standardErrorFailed ? Exit.ioError.rawValue : status.rawValue)
  }

  /// True when standard output is a terminal (for highlighting search matches).
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
