// How the presenter tells a notes terminal which slide is showing: one small file under $XDG_RUNTIME_DIR (or
// /tmp/dualtohoku-UID), never the network. Written whole and renamed into place, so a reader never sees half of
// it; either side may start first, quit or restart, and the notes simply follow the last slide written.
import DualLifeUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

struct SlideChannel {
  let directory: String
  var path: String { directory + "/current-slide" }

  init() {
    if let runtime = getenv("XDG_RUNTIME_DIR").map({ String(cString: $0) }), !runtime.isEmpty {
      directory = runtime + "/dualtohoku"
    } else {
      directory = "/tmp/dualtohoku-\(getuid())"
    }
  }

  /// Writes the slide index (0-based) and when the talk's timer started. Failures are ignored: the talk goes on
  /// without a notes terminal.
  func write(_ slide: Int, startedAt: Int?) {
    mkdir(directory, 0o700)
    let temporary = path + ".\(getpid())"
    guard let file = fopen(temporary, "w") else { return }
    fputs("\(slide) \(startedAt ?? 0)\n", file)
    fclose(file)
    rename(temporary, path)
  }

  /// The slide index and timer start last written, if any.
  func read() -> (slide: Int, startedAt: Int?)? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 32)
    guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
    let fields = String(cString: buffer).split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard let slide = fields.first.flatMap({ Int($0) }) else { return nil }
    let started = fields.dropFirst().first.flatMap { Int($0) }
    return (slide, started == 0 ? nil : started)
  }
}
