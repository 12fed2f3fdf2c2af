// Keys in presenter mode, as every presentation tool has them: Space / → / l / PgDn reveal the next bullet and
// then go to the next slide; ← / h / PgUp go back; Home / g and End / G the ends; digits and Enter jump; b blanks,
// t restarts the timer, n shows the notes, L switches language; q or Esc leaves.
import DualLifeModel

enum PresenterReducer {
  static func key(_ state: inout AppState, _ key: Key, _ environment: UIEnvironment) -> [Effect] {
    guard var p = state.presenter else { return [] }
    let slides = environment.slides
    guard !slides.isEmpty else { return [] }
    let last = slides.count - 1
    p.slide = min(max(0, p.slide), last)
    let bullets = slides[p.slide].bullets.count
    var typedDigit = false
    switch key {
    case .control("c"): return [.quit(status: 0)]
    case .control("z"): return [.suspend]
    case .character(" "), .right, .character("l"), .pageDown, .down, .character("j"):
      if p.revealed < bullets {
        p.revealed += 1
      } else if p.slide < last {
        p.slide += 1
        p.revealed = 0
      }
    case .left, .character("h"), .pageUp, .up, .character("k"):
      // Back shows the previous slide whole, as it was left.
      if p.slide > 0 {
        p.slide -= 1
        p.revealed = slides[p.slide].bullets.count
      } else {
        p.revealed = 0
      }
    case .home, .character("g"):
      p.slide = 0
      p.revealed = 0
    case .end, .character("G"):
      p.slide = last
      p.revealed = slides[last].bullets.count
    case .character(let c) where c.isASCII && c.isNumber:
      p.typed.append(c)
      typedDigit = true
    case .enter:
      if let n = Int(p.typed), n >= 1 {
        p.slide = min(n, slides.count) - 1
        p.revealed = slides[p.slide].bullets.count
      }
    case .backspace where !p.typed.isEmpty:
      p.typed.removeLast()
      typedDigit = true
    case .character("b"): p.blank.toggle()
    case .character("t"): p.startedAt = state.now
    case .character("n"): p.notes.toggle()
    case .character("L"): state.language = state.language.toggled
    case .character("q"), .escape:
      if p.leaveQuits { return [.quit(status: 0)] }
      state.presenter = nil
      return []
    default:
      break
    }
    if !typedDigit { p.typed = "" }
    state.presenter = p
    return []
  }

  /// The slide that shows an item (for p from a search hit): the slide listing it, or its proposal's slide.
  static func slide(showing id: String?, _ environment: UIEnvironment) -> Int {
    guard let id else { return 0 }
    let dataset = environment.dataset
    let slides = environment.slides
    var candidates = [id]
    if let parent = dataset.catalog.entry(id)?.parent { candidates.append(parent) }
    for candidate in candidates {
      if let k = slides.firstIndex(where: { $0.id == candidate || $0.bullets.contains { $0.id == candidate } }) {
        return k
      }
    }
    return 0
  }
}
