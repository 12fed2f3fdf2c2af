// Whole programs, timed as a person runs them: spawned (posix_spawn, no shell), output to /dev/null, until they
// exit. Programs compared with each other run interleaved, so that a busy moment of the machine falls on all alike.
#if canImport(Glibc)
  import Glibc

  enum Processes {
    /// One run: wall-clock microseconds and the peak resident memory in KiB, or nil if it could not start.
    /// `input` becomes the program's standard input (fzf reads its lines there).
    static func run(_ arguments: [String], input: String? = nil) -> (microseconds: Double, peakKiB: Int)? {
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
      let clock = ContinuousClock()
      let start = clock.now
      let environment = ["LANG=C.UTF-8", "PATH=/usr/bin:/bin", "HOME=/tmp"]
      guard let pid = spawn(arguments, environment: environment, actions: &actions, attributes: nil) else { return nil }
      var status: Int32 = 0
      var usage = rusage()
      guard wait4(pid, &status, 0, &usage) == pid else { return nil }
      let elapsed = clock.now - start
      let micro = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
      return (micro, usage.ru_maxrss)
    }

    /// Starts a program with these file actions and attributes; its pid, or nil if it could not start.
    static func spawn(
      _ arguments: [String], environment: [String], actions: inout posix_spawn_file_actions_t,
      attributes: UnsafePointer<posix_spawnattr_t>?
    ) -> pid_t? {
      let argv = arguments.map { strdup($0) } + [nil]
      let envp = environment.map { strdup($0) } + [nil]
      defer {
        for p in argv { free(p) }
        for p in envp { free(p) }
      }
      var pid: pid_t = 0
      return posix_spawn(&pid, arguments[0], &actions, attributes, argv, envp) == 0 ? pid : nil
    }

    /// Medians (ms) and the largest peak memory (KiB) of each program over `runs` interleaved rounds.
    static func compare(_ programs: [(name: String, arguments: [String], input: String?)], runs: Int)
      -> [(name: String, milliseconds: Double, peakKiB: Int)]
    {
      var samples = [[Double]](repeating: [], count: programs.count)
      var peaks = [Int](repeating: 0, count: programs.count)
      for round in 0..<(runs + 3) {
        for (k, program) in programs.enumerated() {
          guard let result = run(program.arguments, input: program.input) else { continue }
          if round >= 3 { samples[k].append(result.microseconds) }  // three rounds to warm the page cache
          peaks[k] = max(peaks[k], result.peakKiB)
        }
      }
      return programs.indices.map { k in
        let sorted = samples[k].sorted()
        let median = sorted.isEmpty ? .nan : sorted[sorted.count / 2] / 1000
        return (programs[k].name, median, peaks[k])
      }
    }

    /// A program's peak resident memory in KiB, measured by this benchmark run afresh (`--peak-memory`), or nil.
    static func peakMemory(_ arguments: [String]) -> Int? {
      let output = scratch("peak.txt")
      defer {
        unlink(output)
        rmdir(output.replacing("/peak.txt", with: ""))
      }
      let me = CommandLine.arguments[0]
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      let environment = ["LANG=C.UTF-8", "PATH=/usr/bin:/bin", "HOME=/tmp"]
      guard
        let pid = spawn(
          [me, "--peak-memory"] + arguments, environment: environment, actions: &actions, attributes: nil)
      else { return nil }
      var status: Int32 = 0
      waitpid(pid, &status, 0)
      guard let handle = fopen(output, "r") else { return nil }
      defer { fclose(handle) }
      var line = [CChar](repeating: 0, count: 64)
      guard fgets(&line, 64, handle) != nil else { return nil }
      return Int(String(decoding: line.prefix { $0 != 0 && $0 != 10 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// A path for a file of the benchmark's own, in a directory only this user can read.
    static func scratch(_ name: String) -> String {
      var template = Array("/tmp/dualtohoku-bench-XXXXXX".utf8CString)
      let directory = template.withUnsafeMutableBufferPointer { buffer in
        buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
      }
      return (directory ?? "/tmp") + "/" + name
    }

    static func write(_ text: String, to path: String) -> Bool {
      guard let handle = fopen(path, "w") else { return false }
      defer { fclose(handle) }
      return fputs(text, handle) >= 0
    }

    /// The program `name` on the PATH (or in /usr/bin, /bin), or nil.
    static func find(_ name: String) -> String? {
      let path = getenv("PATH").map { String(cString: $0) } ?? ""
      let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/local/bin"]
      return folders.map { $0 + "/" + name }.first { access($0, X_OK) == 0 }
    }

    /// Runs a command to its end (its output to /dev/null) and returns its exit status, or nil if it did not start.
    static func status(_ arguments: [String]) -> Int32? {
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
      let environment = ProcessEnvironment.path.map { ["PATH=" + $0] } ?? []
      guard let pid = spawn(arguments, environment: environment + ["HOME=/tmp"], actions: &actions, attributes: nil)
      else { return nil }
      var status: Int32 = 0
      guard waitpid(pid, &status, 0) == pid else { return nil }
      return (status >> 8) & 0xFF
    }
  }

  enum ProcessEnvironment {
    static var path: String? { getenv("PATH").map { String(cString: $0) } }
  }
#endif
