// swift-tools-version: 6.1
// DualLifeTohoku: the Tohoku Economic Federation's post-COVID proposals in a terminal.
// Modules depend one way: DualLifeModel ← TerminalText / DualLifeUI ← CursesBackend ← dualtohoku.
import PackageDescription

let package = Package(
  name: "DualLifeTohoku",
  products: [
    .executable(name: "dualtohoku", targets: ["dualtohoku"]),
    .library(name: "DualLifeModel", targets: ["DualLifeModel"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
  ],
  targets: [
    // Writes Assets/dual-life-tohoku.json into a Swift raw string literal at build time.
    // (.embedInCode took 63 s to compile in debug; a raw string literal compiles in a fraction of a second.)
    .executableTarget(name: "EmbedAsset", path: "Sources/EmbedAsset"),
    .plugin(
      name: "EmbedAssetPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedAsset"],
      path: "Plugins/EmbedAssetPlugin"
    ),
    // Only the bundled JSON text; kept apart so the model's own code recompiles without it.
    .target(
      name: "BundledDataset",
      path: "Sources/BundledDataset",
      plugins: ["EmbedAssetPlugin"]
    ),
    // Types, loading, validation and search. No UI, no ncurses, no printing.
    .target(name: "DualLifeModel", dependencies: ["BundledDataset"]),
    .executableTarget(
      name: "dualtohoku",
      dependencies: [
        "DualLifeModel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "dualtohoku-bench",
      dependencies: ["DualLifeModel"],
      path: "Sources/Benchmarks"
    ),
    .testTarget(
      name: "DualLifeModelTests",
      dependencies: [
        "DualLifeModel",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    // Runs the built binary; depending on it makes `swift test` build it first.
    .testTarget(name: "CommandLineTests", dependencies: ["DualLifeModel", "dualtohoku"]),
  ]
)
