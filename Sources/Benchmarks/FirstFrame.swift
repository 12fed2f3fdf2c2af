// First frame: how long from starting a program in a pseudo-terminal until its whole first screen has arrived.
// Compares `dualtohoku` with `less` showing the same text (what `render overview` prints), at the same size.
#if canImport(Glibc)
  import Glibc

  // Swift's Glibc module leaves out the pseudo-terminal calls (they need _XOPEN_SOURCE); declare them here.
  @_silgen_name("posix_openpt") private func posixOpenpt(_ flags: Int32) -> Int32
  @_silgen_name("grantpt") private func grantpt(_ fd: Int32) -> Int32
  @_silgen_name("unlockpt") private func unlockpt(_ fd: Int32) -> Int32
  @_silgen_name("ptsname") private func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>?
  /// glibc's POSIX_SPAWN_SETSID (spawn.h): the child starts a new session.
  private let posixSpawnSetsid: Int32 = 0x80

  enum FirstFrame {
    /// Starts `arguments` in a new pty of the given size; returns the microseconds until the output contains `marker`,
    /// or nil when it does not appear within two seconds. The program is then killed.
    static func measure(_ arguments: [String], marker: String, width: Int, height: Int, environment: [String])
      -> Double?
    {
      let master = posixOpenpt(O_RDWR | O_NOCTTY)
      guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { return nil }
      defer { close(master) }
      let slavePath = String(cString: name)
      var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
      _ = ioctl(master, UInt(TIOCSWINSZ), &size)

      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      // Opened after setsid (below), the first terminal becomes the controlling one, as in a real session.
      posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
      posix_spawn_file_actions_adddup2(&actions, 0, 1)
      posix_spawn_file_actions_adddup2(&actions, 0, 2)
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      posix_spawnattr_setflags(&attributes, Int16(posixSpawnSetsid))

      let clock = ContinuousClock()
      let start = clock.now
      guard let pid = Processes.spawn(arguments, environment: environment, actions: &actions, attributes: &attributes)
      else { return nil }
      defer {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
      }
      var seen: [UInt8] = []
      let needle = Array(marker.utf8)
      var buffer = [UInt8](repeating: 0, count: 65536)
      while clock.now - start < .seconds(2) {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, 50) > 0 else { continue }
        let n = read(master, &buffer, buffer.count)
        if n <= 0 { break }
        seen += buffer[0..<n]
        if contains(seen, needle) {
          let elapsed = clock.now - start
          return Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        }
      }
      return nil
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
      guard needle.count <= haystack.count else { return false }
      for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
        if Array(haystack[i..<(i + needle.count)]) == needle { return true }
      }
      return false
    }

    /// Median of `runs` measurements, in milliseconds.
    static func median(_ runs: Int, _ body: () -> Double?) -> Double? {
      var samples: [Double] = []
      for _ in 0..<runs {
        if let s = body() { samples.append(s) }
      }
      guard !samples.isEmpty else { return nil }
      samples.sort()
      return samples[samples.count / 2] / 1000
    }
  }
#endif
