// `present --log FILE`: the time per slide written whole or not at all. The text goes to a fresh temporary file
// created exclusively next to FILE (never through a link), readable only by its owner, and is renamed over FILE,
// so a reader never sees half a log and nobody else can slip a file or a link in between.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

enum LogFile {
  struct Failure: Error {
    let message: String
  }

  /// The folder FILE goes in: it must exist, and be a folder that others cannot write to unless it is sticky (as
  /// /tmp is), where no one but its owner can rename or remove what is ours.
  static func check(_ path: String) throws(Failure) {
    let folder = self.folder(of: path)
    var info = stat()
    guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
      throw Failure(message: "dualtohoku present: cannot write the log \(path): \(folder) is not a folder")
    }
    if info.st_mode & 0o002 != 0 && info.st_mode & S_ISVTX == 0 {
      throw Failure(message: "dualtohoku present: will not write the log in \(folder): anyone can write there")
    }
  }

  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  static func write(_ text: String, to path: String) throws(Failure) {
    try check(path)
    for _ in 0..<16 {
      let temporary = folder(of: path) + "/.dualtohoku-log.\(UInt64.random(in: 0...UInt64.max))"
      let file = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if file < 0 && errno == EEXIST { continue }
      guard file >= 0 else { throw failure(path) }
      let complete = SlideChannel.writeAll(text, to: file) && fsync(file) == 0
      close(file)
      guard complete, rename(temporary, path) == 0 else {
        let error = failure(path)
        unlink(temporary)
        throw error
      }
      return
    }
    throw Failure(message: "dualtohoku present: cannot write the log \(path): no free temporary name")
  }

  static func failure(_ path: String) -> Failure {
    Failure(message: "dualtohoku present: cannot write the log \(path): \(String(cString: strerror(errno)))")
  }
}
