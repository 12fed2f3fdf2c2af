import DualLifeModel
import DualLifeUI

/// The dashboard's and the live presenter's options in their plain forms (`dualtohoku --lang ja`, `dualtohoku
/// present --notes`), `show ID…`, `search WORD…` and `render VIEW …` with their plain options, read without the
/// argument parser: its run-time reflection cost a millisecond and a half of the first frame that a presenter waits
/// for, and two of every `show`, `search` and `render`.
/// Anything else — another command, --help, --data, a value out of range, an option given twice, a short or unknown
/// option — is nil here and goes through the argument parser as before, so its messages, checks and exit codes stay
/// the parser's. QuickLaunchTests checks that what is read here is what the parser reads.
struct QuickLaunch: Equatable {
  enum Command: Hashable {
    case dashboard, presenter, show, search, render
  }

  var command: Command = .dashboard
  var view = 1
  var slide = 1
  var notes = false
  var ascii = false
  var noColor = false
  /// nil: from the environment, as `--lang` left out means.
  var language: Language?
  /// `show`'s ids, `search`'s words or `render`'s view and its arguments, in order.
  var ids: [String] = []
  var format: Show.Format = .text
  /// `search`'s options.
  var limit = 20
  var kind: String?
  /// `render`'s options.
  var width = 80
  var height = 24

  /// The command a first word names. A switch, not a dictionary: a dictionary of this type is instantiated at run
  /// time, which in this binary means a scan of its protocol conformances (a tenth of a millisecond).
  static func command(named name: String) -> Command? {
    switch name {
    case "present": return .presenter
    case "open": return .dashboard
    case "show": return .show
    case "search": return .search
    case "render": return .render
    default: return nil
    }
  }

  static func parse(_ arguments: [String]) -> QuickLaunch? {
    var launch = QuickLaunch()
    var rest = arguments[...]
    if let first = rest.first, let command = command(named: first) {
      launch.command = command
      rest = rest.dropFirst()
    }
    let positional: Bool
    switch launch.command {
    case .show, .search, .render: positional = true
    case .dashboard, .presenter: positional = false
    }
    var seen: Set<String> = []
    while let token = rest.popFirst() {
      if positional && !token.isEmpty && !token.hasPrefix("-") {
        launch.ids.append(token)
        continue
      }
      let name = String(token.prefix { $0 != "=" })
      guard seen.insert(name).inserted else { return nil }
      let attached = token.count > name.count ? String(token.dropFirst(name.count + 1)) : nil
      // A value that looks like an option is the parser's to judge.
      func value() -> String? {
        guard let value = attached ?? rest.popFirst(), !value.hasPrefix("-") else { return nil }
        return value
      }
      // A count as the parser reads it, in its plain decimal form only.
      func count() -> Int? {
        guard let text = value(), let n = Int(text), text == String(n) else { return nil }
        return n
      }
      switch (name, launch.command) {
      case ("--ascii", .dashboard), ("--ascii", .presenter), ("--ascii", .render):
        guard attached == nil else { return nil }
        launch.ascii = true
      case ("--no-color", .dashboard), ("--no-color", .presenter):
        guard attached == nil else { return nil }
        launch.noColor = true
      case ("--format", .show), ("--format", .search):
        guard let format = value().flatMap(Show.Format.init(rawValue:)) else { return nil }
        launch.format = format
      case ("--notes", .presenter) where attached == nil: launch.notes = true
      case ("--lang", _):
        guard let language = value().flatMap(Language.init(rawValue:)) else { return nil }
        launch.language = language
      case ("--view", .dashboard):
        guard let view = count(), (1...7).contains(view) else { return nil }
        launch.view = view
      case ("--slide", .presenter):
        guard let slide = count(), slide >= 1 else { return nil }
        launch.slide = slide
      case ("--limit", .search):
        guard let limit = count() else { return nil }
        launch.limit = limit
      case ("--kind", .search):
        guard let kind = value() else { return nil }
        launch.kind = kind
      case ("--width", .render):
        guard let width = count() else { return nil }
        launch.width = width
      case ("--height", .render):
        guard let height = count() else { return nil }
        launch.height = height
      default:
        return nil
      }
    }
    // What the commands themselves refuse (no ids, no words, a width out of range, …) is the parser's to say.
    switch launch.command {
    case .show where launch.ids.isEmpty: return nil
    case .search where Search.problem(words: launch.ids, limit: launch.limit, kind: launch.kind) != nil: return nil
    case .render where launch.renderRequest(language: .en).map({ $0.problem != nil }) ?? true: return nil
    default: return launch
    }
  }

  /// `render`'s view and options, or nil when its first word names no view.
  func renderRequest(language: Language) -> Render.Request? {
    guard let name = ids.first, let view = Render.View(rawValue: name) else { return nil }
    return Render.Request(
      view: view, arguments: Array(ids.dropFirst()), width: width, height: height, ascii: ascii, language: language)
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
    case .search:
      try Search.run(
        words: ids, format: Search.Format(rawValue: format.rawValue) ?? .text, limit: limit,
        kinds: kind.map(Search.kinds(named:)), language: language, data: DataSource())
    case .render:
      try renderRequest(language: language)?.run(data: DataSource())
    }
  }
}
