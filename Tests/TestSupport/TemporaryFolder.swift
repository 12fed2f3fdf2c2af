import Foundation

/// A private folder under the system's temporary directory, removed with everything in it when the value goes
/// away, so a test run leaves nothing behind in /tmp.
public final class TemporaryFolder {
  public let url: URL
  public var path: String { url.path }

  public init(_ purpose: String = "tests") throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("dualtohoku-\(purpose)-\(UUID().uuidString)")
    // 0700: other users cannot read what the tests write or plant anything in it.
    try FileManager.default.createDirectory(
      at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// Writes a file into the folder and returns its path.
  @discardableResult
  public func file(_ name: String, _ contents: Data) throws -> String {
    let file = url.appendingPathComponent(name)
    try contents.write(to: file)
    return file.path
  }
}
