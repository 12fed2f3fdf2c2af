import Foundation
import PackagePlugin

/// Runs `PrepareBundledData` on the bundled JSON files of Assets/ (the dataset, the glossary and the policy context):
/// it validates them and writes them, and their prepared search texts, as Swift sources compiled into the binary.
/// SwiftPM reruns it whenever one of the files changes, because they are its declared inputs.
@main
struct PrepareBundledDataPlugin: BuildToolPlugin {
  static let assets = ["dual-life-tohoku.json", "glossary.json", "policy-context.json"]
  static let constants = [
    "bundledDatasetJSON", "bundledGlossaryJSON", "bundledPolicyContextJSON", "bundledSearchTable",
    "bundledDatasetValue", "bundledGlossaryValue", "bundledPolicyContextValue",
  ]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let tool = try context.tool(named: "PrepareBundledData").url
    let directory = context.package.directoryURL.appending(path: "Assets")
    let output = context.pluginWorkDirectoryURL
    return [
      .buildCommand(
        displayName: "Validating and preparing Assets/",
        executable: tool,
        arguments: [directory.path, output.path],
        inputFiles: Self.assets.map { directory.appending(path: $0) },
        outputFiles: Self.constants.map { output.appending(path: "\($0).swift") }
      )
    ]
  }
}
