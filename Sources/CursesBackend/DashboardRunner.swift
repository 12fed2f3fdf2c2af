// The interactive loop: read an action, reduce, render, draw; effects (quit, suspend) and signals handled here.
import DualLifeModel
import DualLifeUI
import Glibc

/// Runs the dashboard on the terminal.
///
/// Call `checkTerminal()` first if you want to report problems before doing other work, or just call `run`,
/// which checks too. Both throw before the screen is touched, so the caller can print `error.message` (or
/// `error.japaneseMessage`) to stderr and exit 1:
///
/// ```swift
/// do {
///   let status = try DashboardRunner.run(state: state, environment: environment, colors: !noColor)
///   exit(status)
/// } catch {
///   FileHandle.standardError.write(error.message + "\n")
///   exit(1)
/// }
/// ```
public enum DashboardRunner {
  /// Throws `.notATerminal` when stdin or stdout is not a terminal, `.unknownTerminal(TERM)` when TERM is unset
  /// or names a terminal ncurses does not know (or one that cannot move the cursor). Touches nothing.
  public static func checkTerminal() throws(TerminalError) {
    _ = try Terminal.check()
  }

  /// What the loop does at the edge for the dashboard's effects and subscriptions that reach beyond the terminal:
  /// the presenter's slide channel to a notes terminal.
  public struct Services {
    /// Carries out `Effect.publishSlide`: tell a notes terminal where the talk is.
    public var publishSlide: (TalkPosition) -> Void
    /// For `Subscription.followSlides`: where the presenter last said the talk was, if anywhere.
    public var readSlide: () -> TalkPosition?
    /// Carries out `Effect.saveHistory`: keep the search history for the next run.
    public var saveHistory: ([String]) -> Void
    /// The last state, once the screen is closed and the terminal restored (`present` prints the time per slide).
    public var finished: (AppState) -> Void

    public init(
      publishSlide: @escaping (TalkPosition) -> Void = { _ in },
      readSlide: @escaping () -> TalkPosition? = { nil },
      saveHistory: @escaping ([String]) -> Void = { _ in },
      finished: @escaping (AppState) -> Void = { _ in }
    ) {
      self.publishSlide = publishSlide
      self.readSlide = readSlide
      self.saveHistory = saveHistory
      self.finished = finished
    }
  }

  /// Opens the screen, runs the dashboard until it quits, restores the terminal and returns the exit status:
  /// the status of `Effect.quit` (0 for q and Ctrl-C), or 128 + the signal number after SIGTERM (143),
  /// SIGHUP (129) or SIGINT sent from outside (130); 129 also when the terminal disappears.
  ///
  /// - Parameters:
  ///   - state: The starting state; its size is replaced by the terminal's real size at once.
  ///   - colors: false for `--no-color`. Colours are also off when NO_COLOR is set (non-empty) or the terminal
  ///     has none; roles are then shown with bold, underline, reverse and dim only.
  ///   - services: What the effects and subscriptions beyond the terminal do.
  /// - Throws: `TerminalError`, before anything is drawn.
  public static func run(
    state: AppState, environment: UIEnvironment, colors: Bool, services: Services = Services()
  ) throws(TerminalError) -> Int32 {
    var loop = Loop(state: state, environment: environment, services: services)
    let status = try run(&loop, colors: colors)
    services.finished(loop.state)
    return status
  }

  /// The loop on an open screen; the screen is closed when this returns.
  static func run(_ loop: inout Loop, colors: Bool) throws(TerminalError) -> Int32 {
    let environment = loop.environment
    let terminal = try Terminal.open(colors: colors)
    defer { terminal.close() }
    let (width, height) = terminal.size
    loop.pending.append(.resize(width: width, height: height))
    // Ambiguous-width characters drawn as ASCII stand-ins: with --ascii, or once the terminal says it draws them
    // two cells wide (asked after the first frame, so the start never waits for an answer).
    var substituting = environment.ascii
    var probed = environment.ascii
    while true {
      loop.listen()
      if let signal = TerminalGuard.quitSignal { return 128 + signal }
      if TerminalGuard.takeContinued() {
        // Stopped from outside and continued: take the screen back and repaint it.
        let (width, height) = terminal.resume()
        loop.pending.append(.resize(width: width, height: height))
        loop.drawn = nil
      }
      if let action = loop.pending.first {
        loop.pending.removeFirst()
        if let status = loop.apply(action, terminal) { return status }
        continue
      }
      // Render only when the state changed (or the screen must be repainted); ncurses then sends only the
      // cells that differ.
      if loop.drawn != loop.state {
        let grid = Dashboard.render(loop.state, environment)
        terminal.draw(substituting ? AmbiguousWidth.substituted(grid) : grid)
        loop.drawn = loop.state
        if !probed {
          probed = true
          terminal.probeAmbiguousWidth()
        }
      }
      loop.lookahead.update(for: loop.state)
      // While views are left to lay out ahead, a read does not wait: each one that finds no key lays out one view.
      let idle = !loop.lookahead.left.isEmpty
      terminal.readTimeout =
        idle ? 0 : loop.followsSlides ? Terminal.followingReadTimeoutMilliseconds : Terminal.readTimeoutMilliseconds
      switch terminal.read() {
      case .action(let action): loop.pending.append(action)
      case .none: if idle { loop.lookahead.prepareNext(from: loop.state, environment) }
      case .hungUp: return 128 + SIGHUP
      case .ambiguousWidth(let wide):
        if wide && !substituting {
          substituting = true
          terminal.repaintAll()
          loop.drawn = nil
        }
      }
    }
  }

  /// The views the next key may show, laid out one at a time while no key is waiting (`Dashboard.prepare`): a
  /// view's first visit was twice a return to it (3.8 against 2 ms for the compare view at 200×60), and a person
  /// reading a page leaves the program idle for far longer than the few milliseconds all of them take. Made again
  /// for each language, size and mode (a view prepared before is a memo hit, a fraction of a millisecond).
  struct Lookahead {
    var left: [ViewID] = []
    private var madeFor: (language: Language, width: Int, height: Int, mode: Mode)?

    mutating func update(for state: AppState) {
      let now = (language: state.language, width: state.width, height: state.height, mode: Mode(state))
      if let madeFor, madeFor == now { return }
      madeFor = now
      left = Dashboard.viewsAhead(state)
    }

    mutating func prepareNext(from state: AppState, _ environment: UIEnvironment) {
      guard !left.isEmpty else { return }
      Dashboard.prepare(left.removeFirst(), from: state, environment)
    }
  }

  /// The loop's own state: the dashboard's, the actions waiting, what is on screen, what was last told.
  struct Loop {
    var state: AppState
    let environment: UIEnvironment
    let services: Services
    var pending: [Action] = []
    var drawn: AppState?
    var toldSecond = 0
    var lastSlide: TalkPosition?
    /// Whether the last `listen` followed the presenter's slide (the notes window), which reads wait less for.
    var followsSlides = false
    var lookahead = Lookahead()

    /// The subscriptions of the current state: the clock once a second, the presenter's slide channel.
    mutating func listen() {
      let subscriptions = Dashboard.subscriptions(state)
      followsSlides = subscriptions.contains(.followSlides)
      if subscriptions.contains(.clock) {
        let second = Int(Glibc.time(nil))
        if second != toldSecond {
          toldSecond = second
          var t = time_t(second)
          var local = tm()
          let offset = localtime_r(&t, &local) != nil ? local.tm_gmtoff : 0
          pending.append(.time(seconds: second, utcOffset: offset))
        }
      }
      if subscriptions.contains(.followSlides), pending.isEmpty, let current = services.readSlide(),
        current != lastSlide
      {
        lastSlide = current
        pending.append(.showSlide(current))
      }
    }

    /// Reduces one action and carries out its effects; returns an exit status when the program must end.
    mutating func apply(_ action: Action, _ terminal: Terminal) -> Int32? {
      for effect in Dashboard.reduce(&state, action, environment) {
        switch effect {
        case .quit(let status):
          return status
        case .suspend:
          let (width, height) = terminal.suspend()
          pending.append(.resize(width: width, height: height))
          drawn = nil
        case .publishSlide(let position):
          services.publishSlide(position)
        case .saveHistory(let history):
          services.saveHistory(history)
        }
      }
      if case .resize = action { drawn = nil }
      return nil
    }
  }
}
