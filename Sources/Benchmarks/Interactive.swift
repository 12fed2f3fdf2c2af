// A program in a pseudo-terminal of its own, as a person runs it, and what the bench times there: a key press to the
// new frame in each view, and how long the speaker's notes window takes to follow the presenter.
#if canImport(Glibc)
  import Glibc

  // Swift's Glibc module leaves out the pseudo-terminal calls (they need _XOPEN_SOURCE); declare them here.
  @_silgen_name("posix_openpt") private func posixOpenpt(_ flags: Int32) -> Int32
  @_silgen_name("grantpt") private func grantpt(_ fd: Int32) -> Int32
  @_silgen_name("unlockpt") private func unlockpt(_ fd: Int32) -> Int32
  @_silgen_name("ptsname") private func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>?
  /// glibc's POSIX_SPAWN_SETSID (spawn.h): the child starts a new session.
  private let posixSpawnSetsid: Int32 = 0x80

  /// One program on a new pty of a given size, killed when the session goes.
  final class PtySession {
    let master: Int32
    let pid: pid_t
    let started: ContinuousClock.Instant
    private let clock = ContinuousClock()
    private var buffer = [UInt8](repeating: 0, count: 65536)

    init?(_ arguments: [String], width: Int, height: Int, environment: [String]) {
      let master = posixOpenpt(O_RDWR | O_NOCTTY)
      guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
        if master >= 0 { close(master) }
        return nil
      }
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
      started = ContinuousClock().now
      guard let pid = Processes.spawn(arguments, environment: environment, actions: &actions, attributes: &attributes)
      else {
        close(master)
        return nil
      }
      self.master = master
      self.pid = pid
    }

    deinit {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
      close(master)
    }

    /// Microseconds from `since` until the output read from now on contains `marker`; nil when it does not within
    /// two seconds.
    func waitFor(_ marker: String, since: ContinuousClock.Instant) -> Double? {
      var seen: [UInt8] = []
      let needle = Array(marker.utf8)
      while clock.now - since < .seconds(2) {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, 50) > 0 else { continue }
        let n = read(master, &buffer, buffer.count)
        if n <= 0 { return nil }
        seen += buffer[0..<n]
        if FirstFrame.contains(seen, needle) {
          let elapsed = clock.now - since
          return Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        }
      }
      return nil
    }

    /// Reads whatever arrives for `milliseconds` and drops it.
    func drain(milliseconds: Int32) {
      var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      while poll(&fds, 1, milliseconds) > 0, read(master, &buffer, buffer.count) > 0 {}
    }

    /// Types `keys` and returns when they were sent.
    func type(_ keys: String) -> ContinuousClock.Instant {
      let now = clock.now
      _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
      return now
    }
  }

  enum Interactive {
    /// The views by their key, with a word that only the new view draws where it draws it (ncurses sends only the
    /// cells that change, so a word the old screen had in the same place would never arrive whole). Search (5) is
    /// last: digits typed there go into the query, and Esc goes back to the overview.
    static let views: [(key: String, name: String, marker: String)] = [
      ("2", "proposals", "Details"), ("3", "analysis", "Three"), ("4", "calls", "National"),
      ("6", "compare", "Shared"), ("7", "followed", "Timeline"), ("1", "overview", "Front-Runner"),
      ("5", "search", "Type"),
    ]

    /// A key press to the whole new frame, per view, in the dashboard at width×height: medians of `rounds`, in ms.
    /// With `firstVisits`, each round is a new dashboard, so every view is shown for the first time (its page laid
    /// out from nothing); otherwise one dashboard goes round the views, and from the second round on a view shown
    /// again reuses its kept layout.
    static func keyToFrame(
      _ binary: String, width: Int, height: Int, rounds: Int, firstVisits: Bool = false, environment: [String]
    ) -> [(name: String, milliseconds: Double?)] {
      func start() -> PtySession? {
        guard
          let session = PtySession([binary, "--lang", "en"], width: width, height: height, environment: environment),
          session.waitFor("quit", since: session.started) != nil
        else { return nil }
        // The probe of ambiguous widths and its repaint, right after the first frame, are not a key's doing.
        session.drain(milliseconds: 300)
        return session
      }
      var samples = [[Double]](repeating: [], count: views.count)
      var kept: PtySession? = firstVisits ? nil : start()
      for _ in 0..<rounds {
        guard let session = firstVisits ? start() : kept else { break }
        for (k, view) in views.enumerated() {
          let sent = session.type(view.key)
          if let time = session.waitFor(view.marker, since: sent) { samples[k].append(time) }
          session.drain(milliseconds: 5)
        }
        _ = session.type("\u{1B}")
        session.drain(milliseconds: firstVisits ? 5 : 120)
      }
      kept = nil
      return zip(views, samples).map { view, times in
        (view.name, times.count * 2 > rounds ? times.sorted()[times.count / 2] / 1000 : nil)
      }
    }

    /// How long the notes window (`present --notes`) takes to show the slide the presenter moved to, in ms:
    /// median over `rounds` moves between slides 2 and 4, typed as numbers. The two share a private runtime folder.
    static func notesDelay(_ binary: String, rounds: Int, environment: [String]) -> Double? {
      let folder = Processes.scratch("notes-runtime")
      guard mkdir(folder, 0o700) == 0 else { return nil }
      defer {
        unlink(folder + "/dualtohoku/current-slide")
        rmdir(folder + "/dualtohoku")
        rmdir(folder)
      }
      let env = environment + ["XDG_RUNTIME_DIR=" + folder]
      guard
        let presenter = PtySession(
          [binary, "present", "--lang", "en"], width: 120, height: 40, environment: env),
        presenter.waitFor("1/19", since: presenter.started) != nil,
        let notes = PtySession(
          [binary, "present", "--notes", "--lang", "en"], width: 100, height: 30, environment: env),
        notes.waitFor("Five", since: notes.started) != nil
      else { return nil }
      presenter.drain(milliseconds: 300)
      notes.drain(milliseconds: 300)
      var samples: [Double] = []
      for round in 0..<rounds {
        let (slide, marker) = round % 2 == 0 ? ("2", "Positioning") : ("4", "Strengths")
        let sent = presenter.type(slide + "\r")
        if let time = notes.waitFor(marker, since: sent) { samples.append(time) }
        presenter.drain(milliseconds: 5)
        notes.drain(milliseconds: 5)
      }
      guard samples.count * 2 > rounds else { return nil }
      return samples.sorted()[samples.count / 2] / 1000
    }
  }
#endif
