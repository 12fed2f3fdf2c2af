// The presenter's commands, as every presentation tool has them: the next point and then the next slide, back one
// point, the ends, a slide number and Enter, the slide index, blank, the timer, notes, help, leaving; and the
// speaker window's own: scrolling its notes and previewing a slide. The keys are in KeyMaps; time reaches this
// code only as `.time` actions, so the time spent on each slide is a function of what the reducer was told.
import DualLifeModel

enum PresenterCommands {
  static func perform(_ state: inout AppState, _ command: Command, _ key: Key, _ environment: UIEnvironment)
    -> [Effect]
  {
    guard var p = state.presenter, !environment.slides.isEmpty else { return [] }
    p.slide = min(max(0, p.slide), environment.slides.count - 1)
    // A number that was not a slide is said until the next key.
    p.rejected = nil
    let mode = Mode(state)
    switch mode {
    case .presenterHelp: help(&p, command, key, state, environment)
    case .slideIndex: index(&p, command, key, environment)
    case .speakerNotes:
      if command == .back && p.preview == nil { return [.quit(status: 0)] }
      notes(&p, command, key, state, environment)
    default:
      if command == .leavePresenter {
        if p.leaveQuits { return [.quit(status: 0)] }
        state.presenter = nil
        return []
      }
      slides(&p, command, key, now: state.now, environment)
    }
    state.presenter = p
    return []
  }

  /// The presenter's own keys (and, while blank, the few that still work).
  static func slides(_ p: inout PresenterState, _ command: Command, _ key: Key, now: Int, _ environment: UIEnvironment)
  {
    let slides = environment.slides
    let last = slides.count - 1
    let typed = p.typed
    // Any key but a digit or Backspace ends a slide number being typed.
    p.typed = ""
    switch command {
    case .nextPoint:
      if p.revealed < SlideView.steps(slides[p.slide]) {
        p.revealed += 1
      } else if p.slide < last {
        go(&p, to: p.slide + 1, revealed: 0)
      }
    case .previousPoint:
      // One point back first; before the first point, the previous slide as it was left: whole.
      if p.revealed > 0 && p.revealed <= SlideView.steps(slides[p.slide]) {
        p.revealed -= 1
      } else if p.slide > 0 {
        go(&p, to: p.slide - 1, revealed: SlideView.steps(slides[p.slide - 1]))
      } else {
        p.revealed = 0
      }
    case .firstSlide: go(&p, to: 0, revealed: 0)
    case .lastSlide: go(&p, to: last, revealed: SlideView.steps(slides[last]))
    case .typeDigit:
      if case .character(let c) = key, typed.count < 6 { p.typed = typed + String(c) }
    case .deleteDigit: p.typed = String(typed.dropLast())
    case .goToTyped:
      guard let n = Int(typed) else { break }
      if (1...slides.count).contains(n) {
        go(&p, to: n - 1, revealed: SlideView.steps(slides[n - 1]))
      } else {
        p.rejected = n
      }
    case .openIndex: p.index = p.slide
    case .blank: p.blank.toggle()
    case .restartTimer:
      p.startedAt = now
      p.enteredAt = now
      p.spent = [:]
    case .toggleNotes: p.notes.toggle()
    case .toggleHelp:
      p.help = true
      p.helpScroll = 0
    default: break
    }
  }

  static func go(_ p: inout PresenterState, to slide: Int, revealed: Int) {
    p.slide = slide
    p.revealed = revealed
  }

  /// The slide index: choose with ↑ ↓, Enter goes there (the speaker window only previews it), Esc returns.
  static func index(_ p: inout PresenterState, _ command: Command, _ key: Key, _ environment: UIEnvironment) {
    let count = environment.slides.count
    let chosen = p.index ?? p.slide
    switch command {
    case .move, .page, .jump: p.index = min(max(0, chosen + step(command, key, page: 10)), count - 1)
    case .open:
      p.index = nil
      if p.notesOnly {
        p.preview = chosen == p.slide ? nil : chosen
        p.notesScroll = 0
      } else {
        go(&p, to: chosen, revealed: SlideView.steps(environment.slides[chosen]))
      }
    case .back: p.index = nil
    default: break
    }
  }

  /// The speaker window: its notes scroll; Esc ends a preview.
  static func notes(
    _ p: inout PresenterState, _ command: Command, _ key: Key, _ state: AppState, _ environment: UIEnvironment
  ) {
    switch command {
    case .move, .page, .jump:
      let page = max(1, NotesView.areaHeight(state) - 1)
      let limit = NotesView.maximumScroll(state, p, environment)
      p.notesScroll = min(max(0, p.notesScroll + step(command, key, page: page)), limit)
    case .openIndex: p.index = p.preview ?? p.slide
    case .back:
      p.preview = nil
      p.notesScroll = 0
    case .toggleHelp:
      p.help = true
      p.helpScroll = 0
    default: break
    }
  }

  /// The presenter's key list: it scrolls, and Esc ? q close it.
  static func help(
    _ p: inout PresenterState, _ command: Command, _ key: Key, _ state: AppState, _ environment: UIEnvironment
  ) {
    switch command {
    case .move, .page, .jump:
      let limit = PresenterHelp.maximumScroll(state, p, environment)
      let page = max(1, state.height - 3)
      p.helpScroll = min(max(0, p.helpScroll + step(command, key, page: page)), limit)
    case .closeHelp, .toggleHelp: p.help = false
    default: break
    }
  }

  /// How far ↑ ↓ (one), PgUp PgDn Space (a page) and Home End (to an end) move, and which way.
  static func step(_ command: Command, _ key: Key, page: Int) -> Int {
    switch key {
    case .up, .character("k"), .pageUp: return command == .page ? -page : -1
    case .down, .character("j"), .pageDown, .character(" "): return command == .page ? page : 1
    case .home, .character("g"): return -Int(Int32.max)
    case .end, .character("G"): return Int(Int32.max)
    default: return 0
    }
  }
}

extension PresenterCommands {
  /// Where the presenter is, as a notes terminal is told; nil in the speaker window itself.
  static func position(_ state: AppState, _ environment: UIEnvironment) -> TalkPosition? {
    guard let p = state.presenter, !p.notesOnly, !environment.slides.isEmpty else { return nil }
    let index = min(max(0, p.slide), environment.slides.count - 1)
    let (page, pages) = SlideView.page(
      environment.slides[index], revealed: p.revealed, language: state.language, width: state.width,
      height: state.height - notesHeight(state, p), ascii: environment.ascii)
    return TalkPosition(
      slide: index, revealed: p.revealed, page: page, pages: pages, startedAt: p.startedAt, duration: p.duration)
  }

  /// The lines the notes take under the slide (n), if the terminal is tall enough to keep the slide readable.
  static func notesHeight(_ state: AppState, _ p: PresenterState) -> Int {
    p.notes && state.height >= 24 ? state.height / 3 : 0
  }

  /// Adds the time since the slide came on screen to the slide that was left, when the slide changed.
  static func account(_ before: PresenterState?, _ state: inout AppState) {
    guard let before, var p = state.presenter, !p.notesOnly, before.slide != p.slide, let entered = p.enteredAt
    else { return }
    p.spent[before.slide, default: 0] += max(0, state.now - entered)
    p.enteredAt = state.now
    state.presenter = p
  }

  /// The speaker window follows the presenter in another terminal; a preview stays until Esc.
  static func follow(_ state: inout AppState, _ position: TalkPosition, _ environment: UIEnvironment) {
    guard var p = state.presenter else { return }
    if let startedAt = position.startedAt { p.startedAt = startedAt }
    // The presenter's plan, or none: a talk started without --duration clears what an earlier one planned.
    p.duration = position.duration
    let slides = environment.slides
    let slide = min(max(0, position.slide), max(0, slides.count - 1))
    if slide != p.slide { p.notesScroll = 0 }
    p.slide = slide
    p.revealed = slides.isEmpty ? 0 : min(max(0, position.revealed), SlideView.steps(slides[slide]))
    p.pages = min(max(1, position.pages), 999)
    p.page = min(max(0, position.page), p.pages - 1)
    state.presenter = p
  }

  /// The mouse in the presenter: a click is the next point, the wheel next / previous (clickers and trackpads);
  /// in the speaker window the wheel scrolls the notes; in the index it moves the choice.
  static func mouse(_ state: inout AppState, _ event: MouseEvent, _ environment: UIEnvironment) {
    let mode = Mode(state)
    let (command, key): (Command, Key)
    switch (mode, event) {
    case (.presenter, .click), (.presenter, .wheelDown), (.slideNumber, .click), (.slideNumber, .wheelDown):
      (command, key) = (.nextPoint, .right)
    case (.presenter, .wheelUp), (.slideNumber, .wheelUp): (command, key) = (.previousPoint, .left)
    case (.speakerNotes, .wheelDown), (.slideIndex, .wheelDown), (.presenterHelp, .wheelDown):
      (command, key) = (.move, .down)
    case (.speakerNotes, .wheelUp), (.slideIndex, .wheelUp), (.presenterHelp, .wheelUp): (command, key) = (.move, .up)
    default: return
    }
    _ = perform(&state, command, key, environment)
  }

  /// p in the dashboard: the presenter on the slide that shows what is open, marked (a search hit opened with
  /// Enter) or chosen with ↑ ↓ (the ▶ row); in view 7 without such an item, the What-followed slide. Leaving it
  /// comes back here.
  static func start(_ state: inout AppState, _ environment: UIEnvironment) {
    let item =
      state.opened.isEmpty
      ? (state.marked ?? chosenRow(state, environment)) : (state.opened.last?.marked ?? state.opened.last?.id)
    var slide = slide(showing: item, environment)
    if slide == 0, state.opened.isEmpty, state.view == .followed,
      let followed = environment.slides.firstIndex(where: { $0.id == "followed" })
    {
      slide = followed
    }
    var presenter = PresenterState(slide: slide, leaveQuits: false)
    presenter.startedAt = state.now == 0 ? nil : state.now
    presenter.enteredAt = presenter.startedAt
    state.presenter = presenter
  }

  /// The row chosen with ↑ ↓ (or a click) on the current page; nil while nothing has been chosen there.
  static func chosenRow(_ state: AppState, _ environment: UIEnvironment) -> String? {
    let position = Navigation.position(state)
    guard position.selected != nil else { return nil }
    let page = environment.layout(state).page
    return position.selectedIndex(in: page).map { page.targets[$0].id }
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
