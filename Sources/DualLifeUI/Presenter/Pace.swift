// The timer of a talk: the elapsed time, and against a planned length (`--duration`) the time left, the budget per
// slide and whether the talk is ahead or behind. Computed from the times the reducer was told, never a clock.
import DualLifeModel

struct Pace: Equatable {
  let elapsed: Int
  /// Seconds left of the planned length (negative when over); nil without one.
  let remaining: Int?
  let budget: Int?
  /// Ahead (+) or behind (−) the plan: 0 while the elapsed time is within the current slide's share.
  let delta: Int?
  /// The last tenth of the planned length, or over it.
  let warning: Bool

  init(_ state: AppState, _ p: PresenterState, slides: Int) {
    elapsed = max(0, state.now - (p.startedAt ?? state.now))
    guard let duration = p.duration, duration > 0, slides > 0 else {
      (remaining, budget, delta, warning) = (nil, nil, nil, false)
      return
    }
    remaining = duration - elapsed
    budget = duration / slides
    let plannedStart = p.slide * duration / slides
    let plannedEnd = (p.slide + 1) * duration / slides
    delta = elapsed < plannedStart ? plannedStart - elapsed : (elapsed > plannedEnd ? plannedEnd - elapsed : 0)
    warning = duration - elapsed <= duration / 10
  }

  /// The timer as spans: "03:12  06:48 left  0:33/slide  −1:20  14:05".
  func spans(_ words: Words, clock: String, ascii: Bool) -> [Span] {
    var spans = [Span(Self.clock(elapsed), Style(.dim))]
    if let remaining {
      let text = remaining >= 0 ? words.left(Self.clock(remaining)) : words.over(Self.clock(-remaining))
      spans.append(Span("  "))
      spans.append(Span(text, warning ? Style(.notice, bold: true, reverse: true) : Style(.normal, bold: true)))
    }
    if let budget { spans.append(Span("  " + words.perSlide(Self.short(budget)), Style(.dim))) }
    if let delta {
      let sign = delta > 0 ? "+" : (delta < 0 ? (ascii ? "-" : "−") : (ascii ? "+-" : "±"))
      spans.append(Span("  "))
      spans.append(Span(sign + Self.short(abs(delta)), delta < 0 ? Style(.notice, bold: true) : Style(.accent)))
    }
    spans.append(Span("  " + clock, Style(.dim)))
    return spans
  }

  /// "12:34" (minutes and seconds; hours when it runs that long).
  static func clock(_ seconds: Int) -> String {
    let s = max(0, seconds)
    return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(two(s / 60)):\(two(s % 60))"
  }

  /// "1:20": a short span of time (a budget, the pace).
  static func short(_ seconds: Int) -> String {
    let s = max(0, seconds)
    return s >= 3600 ? clock(s) : "\(s / 60):\(two(s % 60))"
  }

  static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
