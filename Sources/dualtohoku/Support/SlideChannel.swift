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

  /// Writes the slide index (0-based). Failures are ignored: the talk goes on without a notes terminal.
  func write(_ slide: Int) {
    mkdir(directory, 0o700)
    let temporary = path + ".\(getpid())"
    guard let file = fopen(temporary, "w") else { return }
    fputs("\(slide)\n", file)
    fclose(file)
    rename(temporary, path)
  }

  /// The slide index last written, if any.
  func read() -> Int? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 32)
    guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
    let text = String(cString: buffer).split(separator: "\n").first.map(String.init) ?? ""
    return Int(text)
  }
}
