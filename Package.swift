// swift-tools-version: 6.1
// DualLifeTohoku: the Tohoku Economic Federation's post-COVID proposals in a terminal.
// Modules depend one way: TerminalText ← TerminalUI ← DualLifeUI (+ DualLifeModel ← BundledDataset) ← CursesBackend
// ← dualtohoku.
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
    // Types, loading, validation and search. No UI, no ncurses, no printing, and no data of its own.
    .target(name: "DualLifeModel"),
    // The build-time tool: validates Assets/ with the model's own checks (an invalid file fails the build with the
    // messages `validate` prints) and writes each file into a Swift raw string literal, with the search texts
    // folded and tabled, so start-up neither validates nor folds them again.
    // (.embedInCode took 63 s to compile in debug; a raw string literal compiles in a fraction of a second.)
    .executableTarget(name: "PrepareBundledData", dependencies: ["DualLifeModel"], path: "Sources/PrepareBundledData"),
    .plugin(
      name: "PrepareBundledDataPlugin",
      capability: .buildTool(),
      dependencies: ["PrepareBundledData"],
      path: "Plugins/PrepareBundledDataPlugin"
    ),
    // The bundled data, as the tool prepared it, and the accessors that read it (Dataset.bundled(), …).
    .target(
      name: "BundledDataset",
      dependencies: ["DualLifeModel"],
      path: "Sources/BundledDataset",
      plugins: ["PrepareBundledDataPlugin"]
    ),
    // Display width, kinsoku line breaking, truncation. Knows nothing of the dataset or of terminals.
    .target(name: "TerminalText"),
    // Generic terminal-UI pieces: the cell grid, rectangles and their layout, the body builder, scrolling lists,
    // keys and key maps. Knows nothing of proposals and nothing of ncurses.
    .target(name: "TerminalUI", dependencies: ["TerminalText"]),
    // The application: state, actions, modes and key maps, the pure reducer, pages and slides drawn into a cell
    // grid. No ncurses.
    .target(name: "DualLifeUI", dependencies: ["DualLifeModel", "BundledDataset", "TerminalText", "TerminalUI"]),
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
        "BundledDataset",
        "DualLifeUI",
        "CursesBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // Linked as a position-dependent executable: the dynamic loader then has 398 relocations to apply instead of
      // 40,185 (the statically linked Swift runtime and Foundation), which was 0.7 ms of every start. What this
      // gives up is the random placement of the program's own code (libraries are still placed at random).
      // --no-export-dynamic: no test links against the program's symbols, so it need not export them all.
      // Release only: the sanitizer builds are debug builds, and the thread sanitizer needs a PIE.
      linkerSettings: [
        .unsafeFlags(["-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic"], .when(configuration: .release))
      ]
    ),
    .executableTarget(
      name: "dualtohoku-bench",
      dependencies: ["DualLifeModel", "BundledDataset", "DualLifeUI", "TerminalText"],
      path: "Sources/Benchmarks"
    ),
    .testTarget(
      name: "DualLifeModelTests",
      dependencies: [
        "DualLifeModel",
        "BundledDataset",
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
      dependencies: ["DualLifeUI", "DualLifeModel", "BundledDataset", "TerminalText", "TerminalUI", "TestSupport"],
      exclude: ["Snapshots"]
    ),
    // The backend's pure parts (escape sequences, key mapping), without a terminal.
    .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "DualLifeUI"]),
    // Finds the release binary the two suites below run (`make test` builds it first, as `make build` does).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    // Drives the release binary in tmux, as a person would.
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    // The command line's own code, where a test must see it from inside (the quick reader of plain options).
    .testTarget(
      name: "QuickLaunchTests",
      dependencies: [
        "dualtohoku", "DualLifeModel", "TestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Runs the release binary: exit codes, output, files.
    .testTarget(name: "CommandLineTests", dependencies: ["DualLifeModel", "BundledDataset", "TestSupport"]),
  ]
)
