// The binary the command-line and end-to-end tests run: the one people run, built as `make build` builds it
// (release, Swift runtime linked in statically). `make test` builds it once before `swift test` (a build from
// inside `swift test` would wait for the lock SwiftPM holds on .build). A test run that finds it missing or older
// than the sources fails at once and says how to build it, rather than testing something that does not ship.
// `make build` touches the binary, because SwiftPM does not relink when a source was touched but not changed.
import Foundation

public enum ReleaseBinary {
  /// The package's root folder: this file is Tests/TestSupport/ReleaseBinary.swift.
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// .build/release/dualtohoku in the package.
  public static let path = packageRoot.appendingPathComponent(".build/release/dualtohoku").path

  private static let advice = "run `make test`, or `make build` before `swift test`"

  public struct Missing: Error, CustomStringConvertible {
    public let description: String
  }

  /// The binary's path, or an error when it is missing or older than any source it is built from.
  public static func checkedPath() throws -> String {
    if let problem { throw Missing(description: problem) }
    return path
  }

  /// Checked once per test process: nil when the binary is there and newer than every source file.
  private static let problem: String? = {
    let files = FileManager.default
    guard let built = modified(path) else {
      return "\(path) is missing: \(advice)"
    }
    for folder in ["Sources", "Plugins", "Assets"] {
      let root = packageRoot.appendingPathComponent(folder)
      guard let walker = files.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey])
      else { continue }
      for case let url as URL in walker {
        if let date = modified(url.path), date > built {
          return "\(path) is older than \(url.path): \(advice)"
        }
      }
    }
    if let manifest = modified(packageRoot.appendingPathComponent("Package.swift").path), manifest > built {
      return "\(path) is older than Package.swift: \(advice)"
    }
    return nil
  }()

  private static func modified(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }
}
