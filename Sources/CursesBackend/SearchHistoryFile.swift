// The search history between runs: one query per line in $XDG_STATE_HOME/dualtohoku/history (default
// ~/.local/state). Reading and writing happen here, at the edge: the reducer only keeps the list and asks for it to
// be saved (Effect.saveHistory). A file that cannot be read is ignored with a message, never fatal; writing goes
// to a fresh temporary file that is renamed into place, so a crash leaves the old history or the new one.
import Glibc

public enum SearchHistoryFile {
  /// The largest file read: a hundred long queries fit many times over.
  static let maxBytes = 64 << 10

  /// Where the history lives, from the environment; nil without HOME and XDG_STATE_HOME.
  public static func path(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/dualtohoku/history" }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/dualtohoku/history"
  }

  /// The process's environment, for `path(environment:)`.
  public static var processEnvironment: [String: String] {
    var result: [String: String] = [:]
    for name in ["XDG_STATE_HOME", "HOME"] {
      if let value = getenv(name) { result[name] = String(cString: value) }
    }
    return result
  }

  /// The queries, oldest first, and why the file was ignored when it was (nil when it is fine or absent).
  public static func load(_ path: String) -> (queries: [String], problem: String?) {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    if fd < 0 { return ([], errno == ENOENT ? nil : String(cString: strerror(errno))) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 8192)
    while bytes.count <= maxBytes {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { return ([], String(cString: strerror(errno))) }
      if n == 0 { break }
      bytes += chunk[0..<n]
    }
    return parse(bytes)
  }

  /// The queries of a history file's bytes, or why they are not a history.
  static func parse(_ bytes: [UInt8]) -> (queries: [String], problem: String?) {
    if bytes.count > maxBytes { return ([], "larger than \(maxBytes) bytes") }
    guard let text = String(validating: bytes, as: UTF8.self) else { return ([], "not UTF-8 text") }
    if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F }) {
      return ([], "control characters")
    }
    return (text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }, nil)
  }

  /// Writes the queries atomically: a new file (mode 0600) in the folder (mode 0700, made if missing), renamed
  /// over the old one. Returns false when it could not (the history is then only lost, nothing else).
  @discardableResult
  public static func save(_ queries: [String], to path: String) -> Bool {
    guard let slash = path.lastIndex(of: "/") else { return false }
    let folder = String(path[..<slash])
    guard makeFolders(folder) else { return false }
    var template = Array((folder + "/.history.XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { return false }
    let temporary = String(cString: template)
    let text = queries.map { $0.filter { $0 != "\n" && $0 != "\r" } }.joined(separator: "\n") + "\n"
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      written += n
    }
    let ok = written == bytes.count && fchmod(fd, 0o600) == 0 && fsync(fd) == 0
    close(fd)
    guard ok, rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }

  /// Makes each missing folder of `folder` with mode 0700.
  static func makeFolders(_ folder: String) -> Bool {
    var current = ""
    for part in folder.split(separator: "/") {
      current += "/" + part
      if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
    }
    return true
  }
}
