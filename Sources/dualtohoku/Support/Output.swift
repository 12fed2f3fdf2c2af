// Writing to standard output and error. All output goes through here so that:
// - a closed pipe (`dualtohoku export | head -1`) ends the program quietly instead of with SIGPIPE;
// - text from a data file never reaches the terminal with control characters in it.
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
        if n < 0 {
          if errno == EINTR { continue }
          // The reader has gone (EPIPE) or the output is broken: there is no one left to tell.
          exit(0)
        }
        offset += n
      }
    }
  }

  /// True when standard output is a terminal (for highlighting search matches).
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
