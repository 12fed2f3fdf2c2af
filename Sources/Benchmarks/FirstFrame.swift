// First frame: how long from starting a program in a pseudo-terminal until its whole first screen has arrived.
// Compares `dualtohoku` with `less` showing the same text (what `render overview` prints), at the same size.
#if canImport(Glibc)
  import Glibc

  enum FirstFrame {
    /// Starts `arguments` in a new pty of the given size; returns the microseconds until the output contains `marker`,
    /// or nil when it does not appear within two seconds. The program is then killed.
    static func measure(_ arguments: [String], marker: String, width: Int, height: Int, environment: [String])
      -> Double?
    {
      guard let session = PtySession(arguments, width: width, height: height, environment: environment) else {
        return nil
      }
      return session.waitFor(marker, since: session.started)
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
