// How the presenter tells a notes terminal which slide is showing: one small file in a private folder, never the
// network. Written whole into a fresh temporary file and renamed into place, so a reader never sees half of it;
// either side may start first, quit or restart, and the notes simply follow the last slide written.
//
// The folder is $XDG_RUNTIME_DIR/dualtohoku, or /tmp/dualtohoku-UID without it. /tmp is shared with every other
// user, who could have made that folder first, or a link by that name: so the folder is opened without following
// links and checked through the open descriptor (a directory, ours, mode 0700) before anything is written or read
// in it, and every file in it is opened relative to that descriptor, without following links.
import DualLifeUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

final class SlideChannel {
  /// The folder's path, for messages.
  let directory: String
  /// The open, checked folder.
  private let directoryDescriptor: Int32
  static let fileName = "current-slide"
  /// The file holds six numbers and a newline; anything larger is not ours.
  static let maximumFileSize = 64
  /// The latest start time accepted: the end of year 9999. Anything outside 0…this is dropped, so no sum or
  /// difference of times can overflow.
  static let latestTime = 253_402_300_799

  /// Why the folder cannot be used; `message` says what to do.
  struct Refusal: Error {
    let message: String
  }

  /// Opens (creating it if needed) and checks the folder.
  init() throws(Refusal) {
    let folder: String
    if let runtime = getenv("XDG_RUNTIME_DIR").map({ String(cString: $0) }), !runtime.isEmpty {
      folder = runtime + "/dualtohoku"
    } else {
      folder = "/tmp/dualtohoku-\(geteuid())"
    }
    directory = folder
    directoryDescriptor = try Self.openPrivateFolder(folder)
  }

  deinit {
    close(directoryDescriptor)
  }

  static func openPrivateFolder(_ path: String) throws(Refusal) -> Int32 {
    let created = mkdir(path, 0o700) == 0
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else {
      let reason =
        errno == ELOOP || errno == ENOTDIR ? "it is a link or not a directory" : String(cString: strerror(errno))
      throw Refusal(message: refusal(path, reason))
    }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      close(descriptor)
      throw Refusal(message: refusal(path, String(cString: strerror(errno))))
    }
    // A folder we just made may have lost owner bits to an unusual umask; one we did not make is taken as it is.
    if created && info.st_uid == geteuid() && fchmod(descriptor, 0o700) == 0 { info.st_mode = S_IFDIR | 0o700 }
    let problem: String?
    if info.st_mode & S_IFMT != S_IFDIR {
      problem = "it is not a directory"
    } else if info.st_uid != geteuid() {
      problem = "it belongs to another user (uid \(info.st_uid))"
    } else if info.st_mode & 0o777 != 0o700 {
      problem = "its mode is \(String(info.st_mode & 0o777, radix: 8)), not 700"
    } else {
      problem = nil
    }
    if let problem {
      close(descriptor)
      throw Refusal(message: refusal(path, problem))
    }
    return descriptor
  }

  static func refusal(_ path: String, _ problem: String) -> String {
    "dualtohoku present: will not use \(path) for the notes channel: \(problem). "
      + "Remove it if it is not yours, or set XDG_RUNTIME_DIR to a private directory."
  }

  /// Writes where the talk is: "slide startedAt revealed page pages duration" (0 for a time not known). Failures
  /// are ignored: the talk goes on without a notes terminal.
  func write(_ position: TalkPosition) {
    let small = { (n: Int) in min(max(0, n), 9999) }
    let contents =
      "\(min(max(0, position.slide), Int(Int32.max))) \(position.startedAt ?? 0) \(small(position.revealed)) "
      + "\(small(position.page)) \(small(position.pages)) \(min(max(0, position.duration ?? 0), 999_999))\n"
    // Created exclusively under a random name (as mkstemp does), never through a link.
    for _ in 0..<16 {
      let temporary = Self.fileName + ".\(UInt64.random(in: 0...UInt64.max))"
      let file = openat(directoryDescriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if file < 0 {
        if errno == EEXIST { continue }
        return
      }
      let complete = Self.writeAll(contents, to: file)
      close(file)
      if !complete || renameat(directoryDescriptor, temporary, directoryDescriptor, Self.fileName) != 0 {
        unlinkat(directoryDescriptor, temporary, 0)
      }
      return
    }
  }

  /// Writes all of `text`, going on after interruptions; false when a write fails.
  static func writeAll(_ text: String, to file: Int32) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return true }
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(file, base + offset, bytes.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return false }
        offset += n
      }
      return true
    }
  }

  /// Where the presenter last said the talk was, if anywhere. Opens without following links and without blocking
  /// (a FIFO put there must not hang the notes terminal), and takes only a small regular file.
  func read() -> TalkPosition? {
    let file = openat(directoryDescriptor, Self.fileName, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard file >= 0 else { return nil }
    defer { close(file) }
    var info = stat()
    guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= Self.maximumFileSize else {
      return nil
    }
    var buffer = [UInt8](repeating: 0, count: Self.maximumFileSize)
    let count = buffer.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, Self.maximumFileSize) }
    guard count > 0 else { return nil }
    return Self.parse(String(decoding: buffer[0..<count], as: UTF8.self))
  }

  /// "slide startedAt revealed page pages duration\n" → the slide (0…Int32.max; the reducer keeps it inside the
  /// deck), the start time (nil for 0 or anything outside 0…`latestTime`), the point and page (0…9999) and the
  /// planned length (nil for 0; at most 999,999 s). A file of an older presenter, with two numbers, still reads.
  static func parse(_ text: String) -> TalkPosition? {
    let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Int($0) }
    guard let slide = fields.first ?? nil else { return nil }
    let field = { (k: Int, limit: Int) in fields.count > k ? min(max(0, fields[k] ?? 0), limit) : 0 }
    let started = fields.count > 1 ? (fields[1] ?? 0) : 0
    let duration = field(5, 999_999)
    return TalkPosition(
      slide: min(max(0, slide), Int(Int32.max)), revealed: field(2, 9999), page: field(3, 9999),
      pages: max(1, field(4, 9999)), startedAt: (1...latestTime).contains(started) ? started : nil,
      duration: duration > 0 ? duration : nil)
  }
}
