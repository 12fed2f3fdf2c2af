// The floor of this stack, built by the benchmark itself: a C program and a static Swift program that each draw one
// line with ncursesw and wait for a key, and a static Swift hello world. A first frame of ours is measured against
// them in the same run (issue 14: within 10 % of the Swift + ncurses floor).
#if canImport(Glibc)
  import Glibc

  enum Floors {
    static let cSource = """
      #include <curses.h>
      #include <locale.h>
      int main(void) {
        setlocale(LC_ALL, "");
        initscr(); cbreak(); noecho();
        mvaddstr(0, 0, "floor: one line");
        refresh(); getch(); endwin();
        return 0;
      }
      """

    // ncurses through its C symbols, so the program needs no module map: what any Swift program on ncurses pays.
    static let swiftSource = """
      import Glibc
      @_silgen_name("initscr") func initscr() -> OpaquePointer?
      @_silgen_name("cbreak") func cbreak() -> Int32
      @_silgen_name("noecho") func noecho() -> Int32
      @_silgen_name("mvaddstr") func mvaddstr(_ y: Int32, _ x: Int32, _ s: UnsafePointer<CChar>) -> Int32
      @_silgen_name("refresh") func refresh() -> Int32
      @_silgen_name("getch") func getch() -> Int32
      @_silgen_name("endwin") func endwin() -> Int32
      setlocale(LC_ALL, "")
      _ = initscr(); _ = cbreak(); _ = noecho()
      _ = mvaddstr(0, 0, "floor: one line")
      _ = refresh(); _ = getch(); _ = endwin()
      """

    static let helloSource = """
      print("hello")
      """

    /// Removes the programs, their sources and their scratch folders.
    static func remove(_ built: (c: String?, swift: String?, hello: String?)) {
      for program in [built.c, built.swift, built.hello].compactMap({ $0 }) {
        for file in [program, program + ".c", program + ".swift"] { unlink(file) }
        rmdir(String(program[..<(program.lastIndex(of: "/") ?? program.endIndex)]))
      }
    }

    /// The three programs, built into a scratch folder: (C ncurses, Swift ncurses, Swift hello), nil where a build
    /// failed (no C compiler, no ncurses headers).
    static func build() -> (c: String?, swift: String?, hello: String?) {
      let c = Processes.scratch("floor-c")
      let swift = c.replacing("floor-c", with: "floor-swift")
      let hello = c.replacing("floor-c", with: "hello-swift")
      func compile(_ source: String, _ file: String, _ command: [String]) -> String? {
        guard Processes.write(source, to: file), let status = Processes.status(command), status == 0 else {
          return nil
        }
        return command[command.firstIndex(of: "-o").map { $0 + 1 } ?? 0]
      }
      let cc = Processes.find("cc") ?? Processes.find("gcc") ?? "/usr/bin/cc"
      let swiftc = Processes.find("swiftc") ?? "/usr/bin/swiftc"
      return (
        compile(cSource, c + ".c", [cc, "-O2", c + ".c", "-o", c, "-lncursesw"]),
        compile(
          swiftSource, swift + ".swift", [swiftc, "-O", "-static-stdlib", swift + ".swift", "-o", swift, "-lncursesw"]),
        compile(helloSource, hello + ".swift", [swiftc, "-O", "-static-stdlib", hello + ".swift", "-o", hello])
      )
    }
  }
#endif

#if canImport(Glibc)
  /// Issue 14's table: each first frame against `less` and the two floors, and the one-shot commands against a
  /// static hello world, all in this run.
  enum FloorTable {
    static func report(_ binary: String, less: Double?, environment: [String]) {
      let floors = Floors.build()
      defer { Floors.remove(floors) }
      let ja = environment + ["LC_MESSAGES=ja_JP.UTF-8"]
      func frame(_ arguments: [String], _ marker: String, _ env: [String]) -> Double? {
        FirstFrame.median(25) {
          FirstFrame.measure(arguments, marker: marker, width: 120, height: 40, environment: env)
        }
      }
      let swiftFloor = floors.swift.flatMap { frame([$0], "floor: one line", environment) }
      let rows: [(String, Double?)] = [
        ("less on the exported text", less),
        ("C + ncursesw, one line", floors.c.flatMap { frame([$0], "floor: one line", environment) }),
        ("static Swift + ncursesw, one line", swiftFloor),
        ("dualtohoku", frame([binary], "終了", ja)),
        ("dualtohoku --lang ja", frame([binary, "--lang", "ja"], "終了", environment)),
        ("dualtohoku present", frame([binary, "present", "--lang", "en"], "1/19", environment)),
        ("dualtohoku present --notes", frame([binary, "present", "--notes", "--lang", "en"], "/19", environment)),
      ]
      print("first frame in a pty, 120x40, median of 25 (less at 100x30):")
      for (name, ms) in rows {
        let value = ms.map { format($0) + " ms" } ?? "—"
        let lessRatio = zip(ms, less).map { "\(format($0.0 / $0.1))× less" } ?? ""
        let floorRatio = zip(ms, swiftFloor).map { "\(format($0.0 / $0.1))× the Swift floor" } ?? ""
        print(
          "  \(name.padding(toLength: 36)) \(value.padding(toLength: 10)) \(lessRatio.padding(toLength: 12)) \(floorRatio)"
        )
      }
      let keys = Interactive.keyToFrame(binary, width: 200, height: 60, rounds: 21, environment: environment)
      let first = Interactive.keyToFrame(
        binary, width: 200, height: 60, rounds: 9, firstVisits: true, environment: environment)
      print("a key to the new frame in the dashboard at 200x60 (target ≤ 2 ms): median of 21 rounds; of 9 first visits")
      for ((name, ms), (_, firstMs)) in Swift.zip(keys, first) {
        let shown = [ms, firstMs].map { (value: Double?) in value.map { format($0) + " ms" } ?? "—" }
        print("  \(name.padding(toLength: 12)) \(shown[0].padding(toLength: 10)) first visit \(shown[1])")
      }
      let notes = Interactive.notesDelay(binary, rounds: 21, environment: environment)
      print(
        "the notes window behind the presenter, median of 21: \(notes.map { format($0) + " ms" } ?? "—") (target ≤ 50 ms)"
      )
      guard let hello = floors.hello else {
        print("one-shot commands against a static hello world: skipped (swiftc could not build it)")
        return
      }
      let runs = 101
      let results = Processes.compare(
        [
          ("static Swift hello world", [hello], nil), ("show P1", [binary, "show", "P1"], nil),
          ("render overview", [binary, "render", "overview"], nil), ("search DX", [binary, "search", "DX"], nil),
        ], runs: runs)
      for result in results {
        let difference = result.milliseconds - results[0].milliseconds
        print(
          "whole process \(result.name.padding(toLength: 26)) median \(format(result.milliseconds * 1000)) µs"
            + "   +\(format(difference * 1000)) µs against the hello world (target ≤ 2 ms)")
      }
    }

    static func zip(_ a: Double?, _ b: Double?) -> (Double, Double)? {
      guard let a, let b, b > 0 else { return nil }
      return (a, b)
    }
  }
#endif
