// The command line's speed targets (issue 11), as ratios and differences measured in one run, side by side:
// - `search DX` on the bundled data within 2 ms of `--help`, as whole processes;
// - one search of a dataset at the 4 MiB cap: at most 1.5 times `fzf --filter --exact` on the same texts, and a
//   peak memory of at most 10 times the file's size.
import BundledDataset
import DualLifeModel

#if canImport(Glibc)
  import Glibc

  enum WholeProcesses {
    static func report(_ binary: String) {
      let runs = 101
      let small = Processes.compare(
        [
          ("--help", [binary, "--help"], nil), ("search DX", [binary, "search", "DX"], nil),
          ("show P1", [binary, "show", "P1"], nil), ("render overview", [binary, "render", "overview"], nil),
        ], runs: runs)
      let help = small[0].milliseconds
      for result in small {
        let difference = result.milliseconds - help
        print(
          "whole process \(result.name.padding(toLength: 16)) median \(format(result.milliseconds * 1000)) µs"
            + "   \(difference >= 0 ? "+" : "")\(format(difference * 1000)) µs against --help   (\(runs) runs)")
      }
      let target = small[1].milliseconds - help <= 2
      print("  target: search DX within 2 ms of --help: \(target ? "met" : "NOT met")")
      bigSearch(binary)
    }

    static func programs(_ binary: String, _ json: String, _ query: String) -> [String] {
      [binary, "search", "--data", json] + query.split(separator: " ").map(String.init)
    }

    static func bigSearch(_ binary: String) {
      guard let fzf = Processes.find("fzf") else {
        print("4 MiB search: skipped (fzf is not installed: apt-get install fzf)")
        return
      }
      guard let big = BigDataset.make(from: Dataset.bundledJSON) else {
        print("4 MiB search: could not make a valid dataset at the cap")
        return
      }
      let json = Processes.scratch("big.json")
      let lines = json.replacing("big.json", with: "lines.txt")
      defer {
        unlink(json)
        unlink(lines)
        rmdir(json.replacing("/big.json", with: ""))
      }
      guard Processes.write(big.json, to: json), Processes.write(big.lines, to: lines) else {
        print("4 MiB search: cannot write the files")
        return
      }
      let size = big.json.utf8.count
      for query in ["DX", "remote work"] {
        let results = Processes.compare(
          [
            ("dualtohoku", programs(binary, json, query), nil),
            ("fzf", [fzf, "--filter", query, "--exact"], lines),
          ], runs: 21)
        let ratio = results[0].milliseconds / results[1].milliseconds
        let peakKiB = Processes.peakMemory(programs(binary, json, query)) ?? 0
        let memory = Double(peakKiB * 1024) / Double(size)
        print(
          "4 MiB (\(size) bytes, \(big.copies) copies of the proposals) search \"\(query)\": dualtohoku "
            + "\(format(results[0].milliseconds)) ms, fzf --filter --exact \(format(results[1].milliseconds)) ms: "
            + "\(format(ratio))× (target ≤ 1.5×); peak memory \(peakKiB / 1024) MiB = "
            + "\(format(memory))× the file (target ≤ 10×)")
      }
    }
  }
#endif
