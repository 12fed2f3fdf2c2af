import Foundation
import PackagePlugin

/// Runs `EmbedAsset` on each bundled JSON file of Assets/ (the dataset and the glossary) so both are compiled into
/// the binary. SwiftPM reruns a command whenever its JSON changes, because the JSON is a declared input.
@main
struct EmbedAssetPlugin: BuildToolPlugin {
  /// Each file and the name of the Swift constant that holds its text.
  static let assets = [
    ("dual-life-tohoku.json", "bundledDatasetJSON"),
    ("glossary.json", "bundledGlossaryJSON"),
  ]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let tool = try context.tool(named: "EmbedAsset").url
    return Self.assets.map { file, name in
      let input = context.package.directoryURL.appending(path: "Assets").appending(path: file)
      let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
      return .buildCommand(
        displayName: "Embedding \(file)",
        executable: tool,
        arguments: [input.path, output.path, name],
        inputFiles: [input],
        outputFiles: [output]
      )
    }
  }
}
