// `make bench` (swift run -c release dualtohoku-bench): the speed targets, measured; never timed in unit tests.
// Prints one line per benchmark: median and 95th percentile of many runs, so a reader can paste it into the README.
import BundledDataset
import DualLifeModel
import DualLifeUI

#if canImport(Glibc)
  import Glibc
#endif

let clock = ContinuousClock()

// `dualtohoku-bench --peak-memory PROGRAM ARGUMENT…`: runs the program and prints its peak resident memory in KiB.
// The benchmark measures memory through this fresh small process of its own: a child's peak as the kernel reports
// it starts from the address space it was spawned from, which in the benchmark holds a 1000× index.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--peak-memory" {
  let peak = Processes.run(Array(CommandLine.arguments.dropFirst(2)))?.peakKiB ?? -1
  print(peak)
  exit(peak < 0 ? 1 : 0)
}

// `dualtohoku-bench --write-big FILE`: writes the dataset at the 4 MiB cap that the benchmark searches, for a profiler.
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--write-big" {
  guard let big = BigDataset.make(from: Dataset.bundledJSON), Processes.write(big.json, to: CommandLine.arguments[2])
  else { exit(1) }
  exit(0)
}

/// Runs `body` `iterations` times after a warm-up and reports median and p95 in microseconds.
func measure(_ name: String, iterations: Int, _ body: () throws -> Void) rethrows {
  for _ in 0..<max(1, iterations / 10) { try body() }
  var samples: [Double] = []
  samples.reserveCapacity(iterations)
  for _ in 0..<iterations {
    let start = clock.now
    try body()
    let elapsed = clock.now - start
    samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
  }
  samples.sort()
  let median = samples[samples.count / 2]
  let p95 = samples[min(samples.count - 1, samples.count * 95 / 100)]
  let padded = name.padding(toLength: 44)
  print("\(padded) median \(format(median)) µs   p95 \(format(p95)) µs   (\(iterations) runs)")
}

func format(_ value: Double) -> String {
  let rounded = (value * 10).rounded() / 10
  return String(rounded)
}

extension String {
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}

// The first load in a fresh process is what a presenter waits for: cold caches, lazy runtime tables.
let coldParseStart = clock.now
_ = try JSONParser.parse(Array(Dataset.bundledJSON.utf8))
print("cold parse: \(clock.now - coldParseStart)")
let coldStart = clock.now
let dataset = try Dataset.bundled()
let coldLoad = clock.now - coldStart
let coldRenderStart = clock.now
_ = Dashboard.render(AppState(view: .overview, language: .ja, width: 100, height: 30), UIEnvironment(dataset: dataset))
let coldRender = clock.now - coldRenderStart
print("cold (first in this process): load \(coldLoad), first render \(coldRender)")
print(
  "dualtohoku-bench — bundled dataset: \(dataset.catalog.entries.count) items, \(Dataset.bundledJSON.utf8.count) bytes")

try measure("build the bundled dataset (the build's code)", iterations: 200) {
  _ = try Dataset.bundled()
}
let bytes = Array(Dataset.bundledJSON.utf8)
try measure("parse JSON only", iterations: 500) {
  _ = try JSONParser.parse(bytes)
}
for query in ["ワーケーション", "DX", "さてらいと", "二地域 居住", "remote work", "ｶﾞ", "存在しない"] {
  measure("search \"\(query)\"", iterations: 2000) {
    _ = dataset.search(query, language: .ja)
  }
}
measure("export JSON", iterations: 200) {
  _ = dataset.exportJSON()
}
measure("index only (catalog + search index)", iterations: 200) {
  _ = SearchIndex.benchmarkBuild(dataset)
}

// Incremental search on a dataset 1000 times the bundled one: each keystroke of a query typed one character at a
// time runs one search, as the dashboard does (the best SearchHits.limit hits and the count). Target: 16 ms.
let catalog = dataset.catalog
var bigItems: [SearchIndex.Item] = []
for copy in 0..<1000 {
  for entry in catalog.entries {
    let id = "\(entry.id)#\(copy)"
    bigItems.append(SearchIndex.Item(id: id, kind: entry.kind, path: catalog.path(entry.id), fields: entry.fields))
  }
}
let buildStart = clock.now
// With the bundled glossary, as the dashboard searches.
let bigIndex = SearchIndex(items: bigItems, glossary: .bundledOrEmpty)
print("1000x index: \(bigItems.count) items, built in \(clock.now - buildStart)")
// For a profiler, or to compare two builds: DUALTOHOKU_BENCH_REPEAT=N runs each query of DUALTOHOKU_BENCH_QUERY
// (separated by "|"; default "r") N times on the big index, one after another, and prints each one's median.
if let repeatCount = getenv("DUALTOHOKU_BENCH_REPEAT").flatMap({ Int(String(cString: $0)) }), repeatCount > 0 {
  let queries = (getenv("DUALTOHOKU_BENCH_QUERY").map { String(cString: $0) } ?? "r").split(separator: "|")
  var times = [[Duration]](repeating: [], count: queries.count)
  for _ in 0..<repeatCount {
    for (k, text) in queries.enumerated() {
      let start = clock.now
      _ = bigIndex.results(SearchQuery(String(text)), language: .ja, limit: SearchHits.limit)
      times[k].append(clock.now - start)
    }
  }
  for (k, text) in queries.enumerated() {
    let sorted = times[k].sorted()
    let ms = { (d: Duration) in Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1e3 }
    print(
      "repeat \"\(text)\": median \(format(ms(sorted[sorted.count / 2]) * 1000)) µs, best \(format(ms(sorted[0]) * 1000)) µs"
    )
  }
}
for query in ["ワーケーション", "さてらいと", "remote work", "dx", "二地域 居住", "の"] {
  var worst: Duration = .zero
  var total = 0
  var typed = ""
  for character in query {
    typed.append(character)
    let start = clock.now
    let found = bigIndex.results(SearchQuery(typed), language: .ja, limit: SearchHits.limit)
    worst = max(worst, clock.now - start)
    total = found.total
    // DUALTOHOKU_BENCH_VERBOSE=1 prints every keystroke.
    if getenv("DUALTOHOKU_BENCH_VERBOSE") != nil { print("  \(typed): \(clock.now - start), \(found.total) hits") }
  }
  let ms = Double(worst.components.attoseconds) / 1e15 + Double(worst.components.seconds) * 1e3
  let padded = "1000x keystrokes \"\(query)\"".padding(toLength: 44)
  print("\(padded) worst keystroke \(format(ms * 1000)) µs   (\(total) hits at the end)")
}
// DUALTOHOKU_BENCH_KEYSTROKES_ONLY=1 stops here: for working on the search's speed.
if getenv("DUALTOHOKU_BENCH_KEYSTROKES_ONLY") != nil { exit(0) }

// Rendering: what every key press costs.
let environment = UIEnvironment(dataset: dataset)
for (name, view, width, height) in [
  ("overview", ViewID.overview, 80, 24), ("analysis", .analysis, 200, 60), ("proposals", .proposals, 120, 40),
] {
  measure("render \(name) \(width)x\(height)", iterations: 300) {
    _ = Dashboard.render(AppState(view: view, language: .ja, width: width, height: height), environment)
  }
}
var moving = AppState(view: .analysis, language: .ja, width: 120, height: 40)
measure("key ↓ + render (analysis 120x40)", iterations: 300) {
  _ = Dashboard.reduce(&moving, .key(.down), environment)
  _ = Dashboard.render(moving, environment)
}

// First frame in a pseudo-terminal, against less showing the same screen of text.
let arguments = CommandLine.arguments
let binary = arguments.count > 1 ? arguments[1] : ".build/release/dualtohoku"
if access(binary, X_OK) == 0, access("/usr/bin/less", X_OK) == 0 {
  let text = Dashboard.render(AppState(view: .overview, language: .ja, width: 100, height: 30), environment).text()
  let file = "/tmp/dualtohoku-bench-overview.txt"
  if let handle = fopen(file, "w") {
    fputs(text + "\n", handle)
    fclose(handle)
  }
  let env = ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin", "HOME=/tmp", "LESS="]
  let ours = FirstFrame.median(30) {
    // As a presenter starts it: no arguments, a Japanese locale.
    FirstFrame.measure([binary], marker: "終了", width: 100, height: 30, environment: env + ["LC_MESSAGES=ja_JP.UTF-8"])
  }
  let theirs = FirstFrame.median(30) {
    FirstFrame.measure(
      ["/usr/bin/less", file], marker: "dualtohoku-bench-overview.txt", width: 100, height: 30, environment: env)
  }
  let show = { (value: Double?) in value.map { format($0 * 1000) + " µs" } ?? "no frame" }
  print("first frame in a pty, 100x30, median of 30: dualtohoku \(show(ours))   less \(show(theirs))")
  unlink(file)
  FloorTable.report(binary, less: theirs, environment: env)
  WholeProcesses.report(binary)
} else {
  print("first frame: skipped (build the release binary first: swift build -c release --product dualtohoku)")
}
