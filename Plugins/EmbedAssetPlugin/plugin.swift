import Foundation
import PackagePlugin

/// Runs `EmbedAsset` on Assets/dual-life-tohoku.json so the dataset is compiled into the binary.
/// SwiftPM reruns it whenever the JSON changes, because the JSON is a declared input.
@main
struct EmbedAssetPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let input = context.package.directoryURL
      .appending(path: "Assets")
      .appending(path: "dual-life-tohoku.json")
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledDatasetJSON.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(input.lastPathComponent)",
        executable: try context.tool(named: "EmbedAsset").url,
        arguments: [input.path, output.path],
        inputFiles: [input],
        outputFiles: [output]
      )
    ]
  }
}
