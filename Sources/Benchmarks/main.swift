// `make bench` (swift run -c release dualtohoku-bench): the speed targets, measured; never timed in unit tests.
// Prints one line per benchmark: median and 95th percentile of many runs, so a reader can paste it into the README.
import DualLifeModel

let clock = ContinuousClock()

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

let dataset = try Dataset.bundled()
print(
  "dualtohoku-bench — bundled dataset: \(dataset.catalog.entries.count) items, \(Dataset.bundledJSON.utf8.count) bytes")

try measure("load bundled (parse, validate, index)", iterations: 200) {
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
let root = try JSONParser.parse(bytes)
measure("index only (catalog + search index)", iterations: 200) {
  _ = SearchIndex.benchmarkBuild(dataset)
}
_ = root
