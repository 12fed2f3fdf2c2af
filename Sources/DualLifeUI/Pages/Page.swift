// Which page the screen shows for a state, and its content laid out at a width. Only the layout step
// (ScreenLayout) calls `Pages.body`; a page knows nothing of where on the screen it is drawn.
import DualLifeModel

/// What a page needs to lay itself out.
struct PageContext {
  let dataset: Dataset
  let language: Language
  let words: Words
  let glyphs: Glyphs
  var width: Int
  /// What followed the proposals, read when a page first asks for it.
  var policy: PolicyContext? { environment.policy }
  let environment: UIEnvironment

  init(state: AppState, environment: UIEnvironment, width: Int) {
    self.environment = environment
    dataset = environment.dataset
    language = state.language
    words = Words(state.language)
    glyphs = Glyphs(ascii: environment.ascii)
    self.width = width
  }

  /// The same context for a narrower column.
  init(copying other: PageContext, width: Int) {
    self = other
    self.width = width
  }

  var catalog: Catalog { dataset.catalog }

  func text(_ t: LocalizedText) -> String { t[language] }

  func builder() -> BodyBuilder { BodyBuilder(width: width, ellipsis: glyphs.ellipsis) }

  /// "S1  【地勢・社会資本】…" as one wrapped paragraph with the id in its own style.
  func item(_ builder: inout BodyBuilder, _ id: String, indent: Int = 0, target: Bool = true, style: Style = .normal) {
    guard let entry = catalog.entry(id) else { return }
    builder.paragraph(
      [Span(entry.summary(language), style)], prefix: [Span(id, Style(.id, bold: true)), Span("  ")], indent: indent,
      target: target ? id : nil)
  }

  func proposalsLinking(to id: String) -> [String] { catalog.proposalsLinking(to: id) }

  func heading(_ builder: inout BodyBuilder, _ text: String) {
    builder.text(text, Style(.heading, bold: true))
  }

  func sourceLine(_ builder: inout BodyBuilder, section: String) {
    guard let s = dataset.section(section) ?? policy?.sections.first(where: { $0.id == section }) else { return }
    builder.text(words.source(s), Style(.dim))
  }
}

enum Pages {
  /// The part of the page that stays on screen above the scrolling body (empty for most pages).
  static func header(_ state: AppState, _ environment: UIEnvironment, width: Int) -> Body {
    guard !state.helpVisible, state.opened.isEmpty, state.view == .compare else { return Body(width: width) }
    return ComparePage.header(state, PageContext(state: state, environment: environment, width: width))
  }

  /// The content of what the state shows, laid out for `width` columns.
  static func body(_ state: AppState, _ environment: UIEnvironment, width: Int) -> Body {
    let context = PageContext(state: state, environment: environment, width: width)
    if state.helpVisible { return HelpPage.body(context) }
    if let opened = state.opened.last { return ItemPage.body(opened.id, context) }
    switch state.view {
    case .overview: return OverviewPage.body(context)
    case .proposals: return ProposalsPage.body(context)
    case .analysis: return AnalysisPage.body(context)
    case .calls: return CallsPage.body(context)
    case .search: return SearchPage.body(state, context)
    case .compare: return ComparePage.body(state, context)
    case .followed: return FollowedPage.body(context)
    }
  }
}
