import DualLifeModel
import DualLifeUI

/// The dashboard's and the live presenter's options in their plain forms (`dualtohoku --lang ja`, `dualtohoku
/// present --notes`), and `show ID…` with --format and --lang, read without the argument parser: its run-time
/// reflection cost a millisecond and a half of the first frame that a presenter waits for, and of every `show`.
/// Anything else — another command, --help, --data, a value out of range, an option given twice, a short or unknown
/// option — is nil here and goes through the argument parser as before, so its messages, checks and exit codes stay
/// the parser's. QuickLaunchTests checks that what is read here is what the parser reads.
struct QuickLaunch: Equatable {
  enum Command: Hashable {
    case dashboard, presenter, show
  }

  var command: Command = .dashboard
  var view = 1
  var slide = 1
  var notes = false
  var ascii = false
  var noColor = false
  /// nil: from the environment, as `--lang` left out means.
  var language: Language?
  /// `show`'s ids, in order, and its format.
  var ids: [String] = []
  var format: Show.Format = .text

  static func parse(_ arguments: [String]) -> QuickLaunch? {
    var launch = QuickLaunch()
    var rest = arguments[...]
    switch rest.first {
    case "present":
      launch.command = .presenter
      rest = rest.dropFirst()
    case "open":
      rest = rest.dropFirst()
    case "show":
      launch.command = .show
      rest = rest.dropFirst()
    default: break
    }
    var seen: Set<String> = []
    while let token = rest.popFirst() {
      if launch.command == .show && !token.isEmpty && !token.hasPrefix("-") {
        launch.ids.append(token)
        continue
      }
      let name = String(token.prefix { $0 != "=" })
      guard seen.insert(name).inserted else { return nil }
      let attached = token.count > name.count ? String(token.dropFirst(name.count + 1)) : nil
      func value() -> String? { attached ?? rest.popFirst() }
      switch (name, launch.command) {
      case ("--ascii", .dashboard), ("--ascii", .presenter):
        guard attached == nil else { return nil }
        launch.ascii = true
      case ("--no-color", .dashboard), ("--no-color", .presenter):
        guard attached == nil else { return nil }
        launch.noColor = true
      case ("--format", .show):
        guard let format = value().flatMap(Show.Format.init(rawValue:)) else { return nil }
        launch.format = format
      case ("--notes", .presenter) where attached == nil: launch.notes = true
      case ("--lang", _):
        guard let language = value().flatMap(Language.init(rawValue:)) else { return nil }
        launch.language = language
      case ("--view", .dashboard):
        guard let text = value(), let view = Int(text), (1...7).contains(view), text == String(view) else { return nil }
        launch.view = view
      case ("--slide", .presenter):
        guard let text = value(), let slide = Int(text), slide >= 1, text == String(slide) else { return nil }
        launch.slide = slide
      default:
        return nil
      }
    }
    if launch.command == .show && launch.ids.isEmpty { return nil }
    return launch
  }

  func run() throws {
    let language = language ?? .fromEnvironment()
    switch command {
    case .dashboard:
      try Open.dashboard(
        data: DataSource(), view: ViewID(rawValue: view) ?? .overview, language: language, ascii: ascii,
        colors: !noColor)
    case .presenter:
      try Present.live(
        data: DataSource(), slide: slide, notes: notes, duration: nil, log: nil, ascii: ascii, colors: !noColor,
        language: language)
    case .show:
      try Show.run(ids: ids, format: format, language: language, data: DataSource())
    }
  }
}
