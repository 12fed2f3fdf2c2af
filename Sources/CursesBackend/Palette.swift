// How each StyleRole looks: colour pairs on the terminal's own background when it has colours, attributes only
// otherwise (or when colours are turned off with NO_COLOR / --no-color).
import CNcursesw
import DualLifeUI

/// Attributes and colour pair for every role, computed once when the screen opens.
struct Palette {
  /// Indexed by StyleRole.rawValue.
  private var attributes: [attr_t]
  private var pairs: [Int16]

  /// Attributes only: the look on a monochrome terminal.
  static func monochrome() -> Palette {
    Palette(colored: false, defaultBackground: true, colorCount: 0)
  }

  /// The attributes and pair for a cell's style (role plus its own bold/underline/reverse).
  func look(of style: Style) -> (attributes: attr_t, pair: Int16) {
    let index = Int(style.role.rawValue)
    var result = attributes[index]
    if style.bold { result |= dt_a_bold() }
    if style.underline { result |= dt_a_underline() }
    if style.reverse { result |= dt_a_reverse() }
    return (result, pairs[index])
  }

  /// Sets up colour pairs (start_color must have run) and returns the palette that uses them.
  /// `defaultBackground` is whether use_default_colors succeeded, so -1 means "the terminal's own colour".
  static func colored(defaultBackground: Bool) -> Palette {
    Palette(colored: true, defaultBackground: defaultBackground, colorCount: Int(dt_colors()))
  }

  private init(colored: Bool, defaultBackground: Bool, colorCount: Int) {
    let roles = StyleRole.allCases
    attributes = Array(repeating: dt_a_normal(), count: roles.count)
    pairs = Array(repeating: 0, count: roles.count)
    let pairLimit = Int(dt_color_pairs())
    for role in roles {
      let index = Int(role.rawValue)
      let look = colored ? Self.coloredLook(role, colorCount: colorCount) : Self.monochromeLook(role)
      attributes[index] = look.attributes
      guard colored, let foreground = look.foreground else { continue }
      // Pair numbers 1…n, one per role; pair 0 is the terminal's default and cannot be changed.
      let pair = index + 1
      guard pair < pairLimit else { continue }
      let background = look.background ?? (defaultBackground ? -1 : Int16(COLOR_BLACK))
      if init_pair(Int16(pair), foreground, background) != ERR { pairs[index] = Int16(pair) }
    }
  }

  private struct Look {
    var attributes: attr_t
    var foreground: Int16? = nil
    var background: Int16? = nil
  }

  /// A calm palette on the terminal's own background: text stays the terminal's colour, a few roles get a hue.
  /// Only the eight basic colours, which every colour terminal has and every theme keeps readable; "dim" uses the
  /// dim attribute rather than grey, because grey is the background colour in some themes (Solarized).
  private static func coloredLook(_ role: StyleRole, colorCount: Int) -> Look {
    let bold = dt_a_bold()
    let underline = dt_a_underline()
    let reverse = dt_a_reverse()
    let dim = dt_a_dim()
    let none = dt_a_normal()
    switch role {
    case .normal: return Look(attributes: none)
    case .title: return Look(attributes: bold)
    case .heading: return Look(attributes: bold, foreground: Int16(COLOR_CYAN))
    case .subheading: return Look(attributes: none, foreground: Int16(COLOR_CYAN))
    case .id: return Look(attributes: none, foreground: Int16(COLOR_YELLOW))
    case .dim: return Look(attributes: dim)
    case .link:
      // Bright blue where there are 16 colours: plain blue is hard to read on a dark background.
      return Look(attributes: underline, foreground: colorCount >= 16 ? 12 : Int16(COLOR_BLUE))
    case .accent: return Look(attributes: none, foreground: Int16(COLOR_GREEN))
    case .tab: return Look(attributes: none)
    case .tabActive: return Look(attributes: reverse | bold)
    case .footer: return Look(attributes: none)
    case .footerKey: return Look(attributes: bold, foreground: Int16(COLOR_CYAN))
    case .selection: return Look(attributes: reverse)
    case .match: return Look(attributes: bold, foreground: Int16(COLOR_BLACK), background: Int16(COLOR_YELLOW))
    case .border: return Look(attributes: dim)
    case .notice: return Look(attributes: bold, foreground: Int16(COLOR_YELLOW))
    case .marked: return Look(attributes: bold | underline, foreground: Int16(COLOR_GREEN))
    }
  }

  /// Without colours every role still differs from plain text where it matters: selection and the active tab
  /// by reverse video, matches by bold underline, links by underline.
  private static func monochromeLook(_ role: StyleRole) -> Look {
    let bold = dt_a_bold()
    let underline = dt_a_underline()
    let reverse = dt_a_reverse()
    let dim = dt_a_dim()
    let none = dt_a_normal()
    switch role {
    case .normal, .id, .tab, .footer: return Look(attributes: none)
    case .title, .heading, .accent, .footerKey, .notice: return Look(attributes: bold)
    case .subheading, .link: return Look(attributes: underline)
    case .dim, .border: return Look(attributes: dim)
    case .tabActive: return Look(attributes: reverse | bold)
    case .selection: return Look(attributes: reverse)
    case .match, .marked: return Look(attributes: bold | underline)
    }
  }
}
