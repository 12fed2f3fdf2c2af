// Everything that can happen to the dashboard, as values: the backend turns terminal input into these, and the
// command line sets a screen up with them (a `Scenario`), so every change of state goes through the reducer.
import DualLifeModel
@_exported import TerminalUI

public enum Action: Sendable, Hashable {
  case key(Key)
  case resize(width: Int, height: Int)
  case mouse(MouseEvent)
  /// The wall clock, from the backend once a second: seconds since 1970 and the local offset from UTC in seconds.
  /// The reducer stays pure: it never reads a clock, it is told the time.
  case time(seconds: Int, utcOffset: Int)
  /// The presenter in another terminal is here in the talk: the notes screen follows it.
  case showSlide(TalkPosition)

  // Setting a screen up, as the command line does (`render proposals P1`, `present --slide 5`).

  /// Opens an item's page as Enter would; `marked` names an item on that page to mark and scroll to.
  case open(String, marked: String? = nil)
  /// Types a query into the search view, as a person would.
  case search(String)
  /// The search history the backend read at start, and why it was ignored if it could not be read.
  case loadHistory([String], problem: String? = nil)
  /// Puts proposals side by side in the compare view, or shows the coverage matrix.
  case compare([String], matrix: Bool = false)
  /// Starts the presenter on a slide (0-based). `leaveQuits`: leaving ends the program (`dualtohoku present`);
  /// `notesOnly`: this terminal shows the speaker notes of the slide the presenter is on.
  case present(slide: Int, notesOnly: Bool = false, leaveQuits: Bool = true)
  /// Plans the talk's length in seconds (`present --duration 10m`): the timer counts down and shows the pace.
  case planDuration(Int)
}

/// What the loop must do after a reduction: side effects stay at the edge.
public enum Effect: Sendable, Hashable {
  /// Leave the program with this status.
  case quit(status: Int32)
  /// Stop the process (Ctrl-Z) and redraw everything when it continues.
  case suspend
  /// Tell a notes terminal where the talk is: the slide, the point, the page, the timer.
  case publishSlide(TalkPosition)
  /// Keep the search history (oldest first) for the next run.
  case saveHistory([String])
}

/// Where a talk is, as the presenter tells a notes terminal: enough for the speaker window to show the slide
/// n/N, the page (2/2), the point (3/5) and the pace.
public struct TalkPosition: Sendable, Hashable {
  /// 0-based.
  public var slide: Int
  /// Points shown on the slide.
  public var revealed: Int
  /// The page on the presenter's screen (0-based) and how many the slide takes there.
  public var page: Int
  public var pages: Int
  /// When the talk's timer started (seconds since 1970), and its planned length in seconds, when known.
  public var startedAt: Int?
  public var duration: Int?

  public init(
    slide: Int, revealed: Int = 0, page: Int = 0, pages: Int = 1, startedAt: Int? = nil, duration: Int? = nil
  ) {
    self.slide = slide
    self.revealed = revealed
    self.page = page
    self.pages = pages
    self.startedAt = startedAt
    self.duration = duration
  }
}

/// What the loop must keep listening to for a state, besides the terminal: the backend starts and stops these.
public enum Subscription: Sendable, Hashable {
  /// `.time` once a second, for screens that show a clock or a timer.
  case clock
  /// `.showSlide` whenever the presenter in another terminal moves (the speaker notes window).
  case followSlides
}

/// A list of actions that sets a screen up: `dualtohoku render` and the snapshot tests share it.
public struct Scenario: Sendable, Hashable {
  public var actions: [Action]

  public init(_ actions: [Action]) {
    self.actions = actions
  }

  /// Runs the actions from a fresh state of this size and language.
  public func run(
    _ view: ViewID = .overview, language: Language, width: Int, height: Int, _ environment: UIEnvironment
  ) -> AppState {
    var state = AppState(view: view, language: language, width: width, height: height)
    for action in actions { _ = Dashboard.reduce(&state, action, environment) }
    return state
  }
}
