// The presenter's commands, as every presentation tool has them: the next point and then the next slide, back,
// the ends, a slide number and Enter, blank, the timer, notes, leaving. The keys are in KeyMaps.
import DualLifeModel

enum PresenterCommands {
  static func perform(_ state: inout AppState, _ command: Command, _ key: Key, _ environment: UIEnvironment)
    -> [Effect]
  {
    guard var p = state.presenter else { return [] }
    let slides = environment.slides
    guard !slides.isEmpty else { return [] }
    let last = slides.count - 1
    p.slide = min(max(0, p.slide), last)
    let bullets = slides[p.slide].bullets.count
    let typed = p.typed
    // Any key but a digit or Backspace ends a slide number being typed.
    p.typed = ""
    switch command {
    case .nextPoint:
      if p.revealed < bullets {
        p.revealed += 1
      } else if p.slide < last {
        p.slide += 1
        p.revealed = 0
      }
    case .previousPoint:
      // Back shows the previous slide whole, as it was left.
      if p.slide > 0 {
        p.slide -= 1
        p.revealed = slides[p.slide].bullets.count
      } else {
        p.revealed = 0
      }
    case .firstSlide:
      p.slide = 0
      p.revealed = 0
    case .lastSlide:
      p.slide = last
      p.revealed = slides[last].bullets.count
    case .typeDigit:
      if case .character(let c) = key { p.typed = typed + String(c) }
    case .deleteDigit:
      p.typed = String(typed.dropLast())
    case .goToTyped:
      if let n = Int(typed), n >= 1 {
        p.slide = min(n, slides.count) - 1
        p.revealed = slides[p.slide].bullets.count
      }
    case .cancelTyped: break
    case .blank: p.blank.toggle()
    case .restartTimer: p.startedAt = state.now
    case .toggleNotes: p.notes.toggle()
    case .leavePresenter:
      if p.leaveQuits { return [.quit(status: 0)] }
      state.presenter = nil
      return []
    default:
      break
    }
    state.presenter = p
    return []
  }

  /// p in the dashboard: the presenter on the slide that shows what is marked or open (a search hit opened with
  /// Enter); leaving it comes back here.
  static func start(_ state: inout AppState, _ environment: UIEnvironment) {
    let item = state.opened.isEmpty ? state.marked : (state.opened.last?.marked ?? state.opened.last?.id)
    var presenter = PresenterState(slide: slide(showing: item, environment), leaveQuits: false)
    presenter.startedAt = state.now == 0 ? nil : state.now
    state.presenter = presenter
  }

  /// The notes terminal follows the presenter in another terminal: the slide shown whole.
  static func follow(_ state: inout AppState, slide index: Int, startedAt: Int?, _ environment: UIEnvironment) {
    guard var p = state.presenter else { return }
    if let startedAt { p.startedAt = startedAt }
    let slides = environment.slides
    p.slide = min(max(0, index), max(0, slides.count - 1))
    p.revealed = slides.isEmpty ? 0 : slides[p.slide].bullets.count
    state.presenter = p
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
