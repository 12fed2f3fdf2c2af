// swift-tools-version: 6.1
// DualLifeTohoku: the Tohoku Economic Federation's post-COVID proposals in a terminal.
// Modules depend one way: TerminalText ← TerminalUI ← DualLifeUI (+ DualLifeModel) ← CursesBackend ← dualtohoku.
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
    // Display width, kinsoku line breaking, truncation. Knows nothing of the dataset or of terminals.
    .target(name: "TerminalText"),
    // Generic terminal-UI pieces: the cell grid, rectangles and their layout, the body builder, scrolling lists,
    // keys and key maps. Knows nothing of proposals and nothing of ncurses.
    .target(name: "TerminalUI", dependencies: ["TerminalText"]),
    // The application: state, actions, modes and key maps, the pure reducer, pages and slides drawn into a cell
    // grid. No ncurses.
    .target(name: "DualLifeUI", dependencies: ["DualLifeModel", "TerminalText", "TerminalUI"]),
    // ncursesw, with a C shim for the macros Swift cannot import.
    .systemLibrary(
      name: "CNcursesw",
      path: "Sources/CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // Signal, crash and exit handling around the screen. A real C target, so its state is defined once (a
    // `static` in a header got one copy per module in release builds, and SIGTERM was lost between them).
    .target(name: "CTerminalGuard", path: "Sources/CTerminalGuard"),
    // Copies the cell grid to the screen and turns keys, mouse, resizes and signals into actions.
    .target(name: "CursesBackend", dependencies: ["DualLifeUI", "DualLifeModel", "CNcursesw", "CTerminalGuard"]),
    .executableTarget(
      name: "dualtohoku",
      dependencies: [
        "DualLifeModel",
        "DualLifeUI",
        "CursesBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "dualtohoku-bench",
      dependencies: ["DualLifeModel", "DualLifeUI", "TerminalText"],
      path: "Sources/Benchmarks"
    ),
    .testTarget(
      name: "DualLifeModelTests",
      dependencies: [
        "DualLifeModel",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "TerminalTextTests",
      dependencies: [
        "TerminalText",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "DualLifeUITests",
      dependencies: ["DualLifeUI", "DualLifeModel", "TerminalText", "TerminalUI", "TestSupport"],
      exclude: ["Snapshots"]
    ),
    // The backend's pure parts (escape sequences, key mapping), without a terminal.
    .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "DualLifeUI"]),
    // Finds the release binary the two suites below run (`make test` builds it first, as `make build` does).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    // Drives the release binary in tmux, as a person would.
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    // Runs the release binary: exit codes, output, files.
    .testTarget(name: "CommandLineTests", dependencies: ["DualLifeModel", "TestSupport"]),
  ]
)
