// Every word of the interface, in both languages, for the dashboard, the presenter and the command line alike.
// The L key switches all of them with the data's texts. Data (the dataset's own texts) never comes from here.
import DualLifeModel

public struct Words: Sendable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  public var japanese: Bool { language == .ja }

  private func t(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }

  public func phrase(_ phrase: Phrase) -> String { phrase.text(japanese: japanese) }

  // MARK: Frame

  public func tab(_ view: ViewID) -> String {
    switch view {
    case .overview: return t("概要", "Overview")
    case .proposals: return t("提言", "Proposals")
    case .analysis: return t("分析", "Analysis")
    case .calls: return t("働きかけ", "Calls")
    case .search: return t("検索", "Search")
    case .compare: return t("比較", "Compare")
    case .followed: return t("経緯", "Followed")
    }
  }

  public var otherLanguage: String { t("English", "日本語") }
  public var helpTitle: String { t("キー一覧", "Keys") }
  public var searchPrompt: String { t("検索: ", "Search: ") }
  public func tooSmall(_ width: Int, _ height: Int) -> String {
    let (w, h) = (Dashboard.minimumWidth, Dashboard.minimumHeight)
    return t(
      "端末が小さすぎます。\(w)x\(h) 以上にしてください（いま \(width)x\(height)）。q で終了。",
      "Terminal too small: make it at least \(w)x\(h) (now \(width)x\(height)). q quits.")
  }

  // MARK: Pages

  public var goal: String { t("目指す姿", "Goal") }
  public var measures: String { t("取組例", "Example measures") }
  public var linkedAnalysis: String {
    t("関連する強み・弱み・機会（本ツールの読み）", "Related strengths, weaknesses, opportunities (our reading)")
  }
  public var linkedCalls: String { t("この提言に資する働きかけ（本ツールの読み）", "Calls that serve it (our reading)") }
  public var callsThatServe: String { t("資する働きかけ", "Calls that serve it") }
  public var linkedFrom: String {
    t("この項目を参照する提言・取組例（本ツールの読み）", "Proposals and measures that link here (our reading)")
  }
  public var linkedFromPlain: String { t("この項目を参照する提言・取組例", "Proposals and measures that link here") }
  public var linkedRecommendations: String {
    t("関連する有識者の提言（本ツールの読み）", "Related expert recommendations (our reading)")
  }
  public var serves: String { t("資する提言", "Serves") }
  public var links: String { t("関連", "Links") }
  /// The heading of an item's links in `show`, saying whose reading they are.
  public func links(basis: String?) -> String {
    guard basis == "editorial" else { return links }
    return t("関連（本ツールの読み。原文には線がない）", "Links (this tool's reading; the source draws no such lines)")
  }
  /// The heading of a proposal's links in the Markdown export.
  public var editorialLinks: String { t("関連（本ツールの読み）", "Links (this tool's reading)") }
  /// "work" and "living" inside a sentence (the Markdown export's patterns).
  public var workLower: String { t("仕事", "work") }
  public var livingLower: String { t("暮らし", "living") }
  public var linksAreEditorial: String {
    t("関連は本ツールの読みで、原文には線がありません。", "Links are this tool's reading; the source draws no such lines.")
  }
  public var source: String { t("出典", "Source") }
  /// "出典: 4. …" / "Source: 4. …"; sections without a number (the cover, the panel) show only their heading.
  public func source(_ section: Section) -> String {
    // "4. …", but "(1) …" and "1. …" as the policy documents number their sections.
    let number =
      section.number.isEmpty
      ? ""
      : (section.number.last?.isLetter == true || section.number.last?.isNumber == true)
        ? "\(section.number). " : "\(section.number) "
    return "\(source): \(number)\(section.heading[language])"
  }
  public var structure: String { t("提言の構造", "How the proposals fit together") }
  public var foundationRole: String {
    t("基盤となる提言（これらを基盤にDXを推進）", "A foundation proposal (DX is driven on top of 1 and 2)")
  }
  public var drivenRole: String { t("1・2を基盤にDXで推進する提言", "Driven by DX on the foundation of proposals 1 and 2") }
  public var work: String { t("仕事", "Work") }
  public var living: String { t("暮らし", "Living") }
  public var prefectures: String { t("本資料の「東北」", "“Tohoku” in this document") }
  public var meetings: String { t("有識者懇談会", "Expert panel") }
  public func meetingNumber(_ n: Int) -> String { t("第\(n)回", "Meeting \(n)") }
  public var proposalsHeading: String { t("５つの提言", "The five proposals") }
  public func measuresCount(_ n: Int) -> String { t("取組例 \(n)件", n == 1 ? "1 measure" : "\(n) measures") }
  public var parent: String { t("上位の項目", "Part of") }
  public var inside: String { t("内容", "Contents") }
  /// Between the items of a short list (prefectures, a pattern's elements).
  public var listSeparator: String { t("・", ", ") }
  /// A figure's elements on one line: 「A・B」 / "A · B".
  public func shortList(_ items: [String], dot: String) -> String { items.joined(separator: t("・", dot)) }
  /// Between names (panel members).
  public var nameSeparator: String { t("、", ", ") }
  /// After a label before its text ("企業：…" / "Firms: …").
  public var labelSeparator: String { t("：", ": ") }
  /// A category before its text: 【地勢・社会資本】 / "Geography and infrastructure: ".
  public func category(_ text: String) -> String { t("【\(text)】", "\(text): ") }

  // MARK: What followed

  public var whatFollowed: String {
    t("その後の政策での取り上げ（本ツールの読み）", "What followed: policy that takes it up (our reading)")
  }
  public var whatFollowedTitle: String { t("その後の政策（経済産業省・東北経済産業局）", "What followed: national and Tohoku policy") }
  /// The speaker notes' heading in the printed handout.
  public var notesHeading: String { t("ノート", "Notes") }
  public var timeline: String { t("時系列", "Timeline") }
  /// The proposals' row in the timeline: the document prints no date of its own.
  public var undated: String { t("日付なし", "undated") }
  public var proposalsDocument: String {
    t("本提言（資料に日付の記載なし。有識者会議の後）", "these proposals (no date printed; after the panel met)")
  }
  public var kpis: String { t("中期政策のKPI（目標値は原文どおり）", "KPIs of the mid-term policy (targets as printed)") }
  public var servesNoProposal: String {
    t("→ どの提言も直接は取り上げていない（本ツールの読み）", "→ no proposal is taken up by it (our reading)")
  }
  public var citedOnly: String { t("（引用のみ。本文はこれらの資料にない）", "(cited only; its text is not in these sources)") }
  public var targetLabel: String { t("目標", "Target") }
  /// The reference of a relative target, as 100.
  /// The bar's label for a rise against a reference year: "2021年=100" / "2021 = 100".
  public func reference100(year: String?) -> String {
    guard let year else { return t("基準年=100", "reference year = 100") }
    return t("\(year)年=100", "\(year) = 100")
  }
  /// A kind of policy document ("mid-term policy").
  public func policyKind(_ kind: String) -> String {
    let kinds: [String: (String, String)] = [
      "set-up paper": ("設置趣旨", "set-up paper"), "minutes": ("議事要旨", "minutes"),
      "mid-term policy": ("中期政策", "mid-term policy"), "review paper": ("検討資料", "review paper"),
    ]
    return kinds[kind].map { t($0.0, $0.1) } ?? kind
  }
  public var notTakenUp: String { t("これらの資料では取り上げられていない", "not taken up in these sources") }
  public var takesUp: String { t("取り上げている提言・取組例（本ツールの読み）", "Proposals and measures it takes up (our reading)") }
  /// The name of a policy item's text or figure ("target.asPrinted" → 目標 / Target).
  public func policyField(_ name: String) -> String {
    let names: [String: (String, String)] = [
      "title": ("題", "Title"), "text": ("本文", "Text"), "measure": ("指標", "What is measured"),
      "target.asPrinted": ("目標", "Target (as printed)"),
      "baseline.asPrinted": ("基準値", "Baseline (as printed)"), "baseline.asOfAsPrinted": ("基準時点", "Baseline as of"),
      "deadline.asPrinted": ("期限", "Deadline (as printed)"),
      "reference.asPrinted": ("比較の基準", "Measured against (as printed)"),
      "outcome": ("結果", "Outcome"), "note": ("注", "Note"),
      "date": ("日付", "Date"), "kind": ("種類", "Kind"), "issuer": ("発行", "Issuer"), "lead": ("本文", "Lead"),
      "speaker": ("発言者", "Speaker"), "target.unit": ("単位", "Unit"), "baseline.unit": ("単位", "Unit"),
      "name": ("名称", "Name"), "heading": ("見出し", "Heading"), "subtitle": ("副題", "Subtitle"),
      "agenda": ("議題", "Agenda"), "when": ("時期", "When"), "meeting": ("会合", "Meeting"), "label": ("表示", "Label"),
      "consequence": ("帰結", "Consequence"), "remark": ("注記", "Remark"), "topic": ("論点", "Topic"),
      "tag": ("括弧書き", "Tag"), "aim": ("狙い", "Aim"), "format": ("形式", "Format"), "synergy": ("連携", "Synergy"),
      "direction": ("方向", "Direction"), "closing": ("結び", "Closing"), "chair": ("座長", "Chair"),
      "period": ("期間", "Period"), "omitted": ("含まないもの", "Left out"), "focusAreas": ("重点分野", "Focus areas"),
      "place": ("場所", "Place"), "datetime": ("日時", "Date and time"), "meetingTitle": ("会合名", "Meeting"),
      "goal": ("目指す姿", "Goal"), "dateAsPrinted": ("日付（原文の表記）", "Date (as printed)"),
      "participantsLabel": ("参加者の見出し", "Participants heading"),
      "referencesLabel": ("参考資料の見出し", "References heading"),
      "situationLabel": ("状況の見出し", "Situation heading"), "threatsLabel": ("脅威の見出し", "Threats heading"),
      "chancesLabel": ("機会の見出し", "Opportunities heading"),
      "structureHeading": ("構成の見出し", "Structure heading"), "approachHeading": ("考え方の見出し", "Approach heading"),
      "scheduleHeading": ("予定の見出し", "Schedule heading"), "purposeHeading": ("趣旨の見出し", "Purpose heading"),
      "viewpointHeading": ("視座の見出し", "Viewpoint heading"), "footnotes.text": ("脚注", "Footnote"),
      "drafts.label": ("案の表示", "Draft label"),
    ]
    guard let pair = names[name] else { return name }
    return t(pair.0, pair.1)
  }

  // MARK: Search

  public var searchHint: String {
    t(
      "語を入力してください。日本語でも英語でも、全角でも半角でも、ひらがなでもカタカナでも見つかります（さてらいと → サテライト）。",
      "Type a word. Japanese or English, full or half width, hiragana or katakana all match (さてらいと finds サテライト).")
  }
  public func nothingMatches(_ query: String) -> String {
    t("「\(query)」に一致する項目はありません。", "Nothing matches “\(query)”.")
  }
  /// The message of `search` on standard error.
  public func nothingMatchesMessage(_ query: String) -> String {
    t("「\(query)」に一致する項目はありません", "nothing matches '\(query)'")
  }
  /// Beside a hit that only a glossary word for the query found: the word it was found as.
  public func foundAs(_ word: String) -> String { t("\(word) として", "as \(word)") }
  /// Beside a hit found by the parts of a compound query (DX推進 as DX and 推進).
  public var foundAsParts: String { t("語の部分で一致", "matched in parts") }
  /// Why a hit is there when the query's own words did not find it whole ("リモートワーク として"), else nil.
  public func reason(_ hit: SearchHit) -> String? {
    if let word = hit.glossaryWord { return foundAs(word) }
    return hit.match == .parts ? foundAsParts : nil
  }
  public func didYouMean(_ suggestions: [String]) -> String {
    t("もしかして: \(suggestions.joined(separator: "、"))", "Did you mean: \(suggestions.joined(separator: ", "))?")
  }
  /// `search` on standard error when it printed fewer hits than there are.
  public func cutNotice(shown: Int, total: Int) -> String {
    t("\(total) 件中 \(shown) 件を表示。すべては --limit 0", "\(shown) of \(total); --limit 0 for all")
  }
  /// n / N went past the last (or the first) hit and came round to the other end.
  public func hitWrapped(forward: Bool) -> String {
    forward
      ? t("最後の一致の次は最初の一致です", "Search hit wrapped to the first")
      : t("最初の一致の前は最後の一致です", "Search hit wrapped to the last")
  }
  public func historyIgnored(_ reason: String) -> String {
    t("検索履歴を読めないため無視しました（\(reason)）", "Search history ignored: \(reason)")
  }
  public func notice(_ notice: Notice) -> String {
    switch notice {
    case .hitWrapped(let forward): return hitWrapped(forward: forward)
    case .historyIgnored(let reason): return historyIgnored(reason)
    }
  }
  public func hitCount(_ total: Int, shown: Int) -> String {
    if total > shown { return t("\(total) 件（上位 \(shown) 件を表示）", "\(total) hits (showing the best \(shown))") }
    return t("\(total) 件", total == 1 ? "1 hit" : "\(total) hits")
  }

  // MARK: Compare

  public func columnsShown(_ shown: Int, of total: Int) -> String {
    let hidden = total - shown
    return t(
      "\(total) 列のうち \(shown) 列を表示（\(hidden) 列は画面の外。← → で移動）",
      "Showing \(shown) of \(total) columns (\(hidden) off screen; ← → moves)")
  }
  public var expertRecommendations: String { t("有識者からの提言", "Expert recommendations") }
  public var sharedAndDifferent: String {
    t("共通と相違（関連は本ツールの読み）", "Shared and different (links are our reading)")
  }
  /// A summary line: items that `count` of the `total` compared proposals link.
  public func sharedBy(_ count: Int, of total: Int, items: Int) -> String {
    t("\(total)案中\(count)案が共通（\(items)件）", "Shared by \(count) of \(total) (\(items))")
  }
  /// A summary line: items only this proposal links.
  public func only(_ proposal: String, items: Int) -> String {
    t("\(proposal) のみ（\(items)件）", "Only \(proposal) (\(items))")
  }
  /// The tag of a shared row in each column that links it.
  public func sharedTag(_ count: Int, of total: Int) -> String {
    t("共通\(count)/\(total)", "shared \(count)/\(total)")
  }
  /// The tag of a row only one compared proposal links.
  public var ownTag: String { t("独自", "own") }
  /// The heading of one band of printed columns.
  public func band(_ number: Int, of total: Int, _ ids: [String]) -> String {
    let list = ids.joined(separator: " ")
    return t("列 \(number)/\(total): \(list)", "Columns \(number)/\(total): \(list)")
  }
  public func compareNotice(_ notice: CompareNotice) -> String {
    switch notice {
    case .allShown:
      return t("提言はすべて列にあります（5列まで）。x で列を消せます。", "Every proposal already has a column (5 at most); x removes one.")
    case .atLeastTwo: return t("2列より少なくはできません。", "Compare needs at least two columns.")
    case .noOtherProposal:
      return t("ほかの提言はすべて別の列にあります。", "Every other proposal is already in a column.")
    case .noMoreShared: return t("この先に共通の行はありません。", "No more shared rows that way.")
    case .noMoreOwn: return t("この先に独自の行はありません。", "No more own rows that way.")
    }
  }
  public var total: String { t("計", "Total") }
  public func matrixLegend(_ mark: String) -> String {
    t(
      "\(mark) = 提言またはその取組例が参照している項目（本ツールの読み）",
      "\(mark) = the proposal or one of its measures links to the item (our reading)")
  }

  // MARK: Presenter

  public var goTo: String { t("移動: ", "go to: ") }
  public var next: String { t("次: ", "Next: ") }
  public func noSlide(_ n: Int, of total: Int) -> String {
    t("スライド \(n) はありません（1–\(total)）", "no slide \(n) (1–\(total))")
  }
  /// The speaker window's header: "point 3/5", "page 2/2".
  public func point(_ n: Int, of total: Int) -> String { t("項目 \(n)/\(total)", "point \(n)/\(total)") }
  public func page(_ n: Int, of total: Int) -> String { t("ページ \(n)/\(total)", "page \(n)/\(total)") }
  /// A slide chosen in the index and shown in the speaker window while the presenter stays on its own.
  public func preview(presenterOn n: Int) -> String {
    t("下見中（発表は \(n) 枚目、Esc で戻る）", "preview (the presenter is on \(n); Esc returns)")
  }
  public var slideIndex: String { t("スライド一覧", "Slides") }
  public var presenterKeys: String { t("発表のキー", "Presenter keys") }
  public var speakerWindowKeys: String { t("ノート画面のキー", "Speaker window keys") }
  /// Where more notes follow below / above the window.
  public func more(_ lines: Int) -> String { t("続き \(lines) 行", "\(lines) more lines") }
  public var moreAbove: String { t("上に続き", "more above") }
  /// The pace against a planned length: time left, the budget per slide, ahead (+) or behind (−).
  public func left(_ time: String) -> String { t("残り \(time)", "\(time) left") }
  public func over(_ time: String) -> String { t("超過 \(time)", "\(time) over") }
  public func perSlide(_ time: String) -> String { t("1枚 \(time)", "\(time)/slide") }
  /// The table of time per slide printed when a talk ends.
  public var logTitle: String { t("スライドごとの時間", "Time per slide") }
  public var logSlide: String { t("スライド", "slide") }
  public var logTitleColumn: String { t("題", "title") }
  public var logTime: String { t("時間", "time") }
  public var logPlanned: String { t("予定", "planned") }
  public var logTotal: String { t("合計", "total") }

  // MARK: Slides (the deck holds both languages, so it asks Words(.ja) and Words(.en) for each)

  public var none: String { t("（なし）", "(none)") }
  public func serves(_ id: String, _ proposals: String) -> String {
    t("\(id) 資する提言: \(proposals)", "\(id) serves: \(proposals)")
  }
  public func goalLine(_ text: String) -> String { goal + labelSeparator + text }
  public var linksOurReading: String { t("関連（本ツールの読み）:", "Links (our reading):") }
  public var relatedRecommendationsHeading: String { linkedRecommendations + ":" }
  public var callsToGovernment: String { t("国への働きかけ", "Calls to the national government") }
  public var callsToFirms: String {
    t("中央企業・経済界への働きかけ", "Calls to Tokyo-based major firms and business circles")
  }
  /// The panel slide's last line: "開催: 第1回 2020-09-23、…" / "Meetings: 1: 2020-09-23, …".
  public func meetings(_ list: [(number: Int, date: String)]) -> String {
    t(
      "開催: " + list.map { "第\($0.number)回 \($0.date)" }.joined(separator: "、"),
      "Meetings: " + list.map { "\($0.number): \($0.date)" }.joined(separator: ", "))
  }
  public var whatFollowedSlide: String { t("その後の政策", "What followed") }
  /// A document the sources cite but do not include.
  public var citedOnlyMark: String { t("（引用のみ）", " (cited only)") }
  public var takenUpBy: String { t("取り上げ（本ツールの読み）:", "Taken up by (our reading):") }
  public var thankYou: String { t("ご清聴ありがとうございました", "Thank you") }

  // MARK: Kinds and fields of items

  /// A short human name of a kind of item, for lists and search results.
  public func kind(_ kind: EntryKind) -> String {
    let names = Self.kindName(kind)
    return t(names.0, names.1)
  }

  /// The name of an item's field ("goal" → 目指す姿 / Goal), for item pages and `show`.
  public func field(_ name: FieldName) -> String {
    let pair = Self.fieldName(name)
    return t(pair.0, pair.1)
  }

  /// The Japanese and English names of a kind of item.
  /// A switch, not a dictionary: a dictionary keyed by EntryKind is instantiated at run time, which in this
  /// binary means a scan of its protocol conformances (a fifth of a millisecond of every `show`).
  static func kindName(_ key: EntryKind) -> (String, String) {
    switch key {
    case .policyItem: return ("その後の政策", "what followed")
    case .document: return ("文書", "document")
    case .prefecture: return ("県", "prefecture")
    case .positioning: return ("位置づけ", "positioning")
    case .paragraph: return ("本文", "paragraph")
    case .trends: return ("潮流", "trends")
    case .trend: return ("潮流", "trend")
    case .trendBullet: return ("潮流の項目", "trend point")
    case .figure: return ("図表", "figure")
    case .figureLabel: return ("図表の語", "figure label")
    case .analysis: return ("分析", "analysis")
    case .strength: return ("強み", "strength")
    case .weakness: return ("弱み・課題", "weakness")
    case .opportunity: return ("機会", "opportunity")
    case .timeAxis: return ("時間変化", "time axis")
    case .recognition: return ("基本的認識", "basic recognition")
    case .proposals: return ("提言", "proposals")
    case .proposal: return ("提言", "proposal")
    case .measure: return ("取組例", "measure")
    case .structure: return ("構造", "structure")
    case .dualLife: return ("デュアルライフ東北", "Dual Life Tohoku")
    case .pattern: return ("暮らし方・働き方", "life-and-work pattern")
    case .patternElement: return ("図の要素", "pattern element")
    case .calls: return ("働きかけ", "calls")
    case .governmentCall: return ("国への働きかけ", "call to government")
    case .firmCall: return ("中央企業・経済界への働きかけ", "call to firms")
    case .panel: return ("有識者懇談会", "expert panel")
    case .meeting: return ("開催日", "meeting")
    case .expert: return ("有識者", "expert")
    case .background: return ("経歴", "background")
    case .recommendation: return ("有識者からの提言", "recommendation")
    case .point: return ("要点", "point")
    }
  }

  /// The Japanese and English names of a field.
  /// A switch, not a dictionary: a dictionary keyed by FieldName is instantiated at run time, which in this
  /// binary means a scan of its protocol conformances (a fifth of a millisecond of every `show`).
  static func fieldName(_ key: FieldName) -> (String, String) {
    switch key {
    case .title: return ("題", "Title")
    case .subtitle: return ("副題", "Subtitle")
    case .publisher: return ("発行", "Publisher")
    case .lead: return ("提言", "Lead")
    case .tohokuNote: return ("東北とは", "Tohoku")
    case .goal: return ("目指す姿", "Goal")
    case .text: return ("本文", "Text")
    case .category: return ("分類", "Category")
    case .label: return ("項目", "Label")
    case .figureLabel: return ("図の矢印", "Figure arrow")
    case .source: return ("出典", "Source")
    case .trendsTitle: return ("潮流", "Trends")
    case .measuresHeading: return ("取組例", "Measures")
    case .figureCaption: return ("図の説明", "Figure caption")
    case .figureNote: return ("図の読み方", "Reading of the figure")
    case .figureSource: return ("図の出典", "Figure source")
    case .name: return ("名前", "Name")
    case .work: return ("仕事", "Work")
    case .living: return ("暮らし", "Living")
    case .government: return ("国", "Government")
    case .firms: return ("企業・経済界", "Firms")
    case .recommendationsTitle: return ("提言", "Recommendations")
    case .date: return ("日付", "Date")
    case .role: return ("役割", "Role")
    case .field: return ("分野", "Field")
    case .affiliation: return ("所属・肩書", "Affiliation")
    case .perspective: return ("観点", "Perspective")
    case .before: return ("これまで", "Before")
    case .event: return ("転機", "Event")
    case .after: return ("これから", "After")
    case .reconstruction: return ("再構成について", "What is reconstructed")
    }
  }
}

/// Marks and lines; ASCII ones for terminals that draw ambiguous-width characters wide (--ascii).
public struct Glyphs: Sendable {
  public let rule: Character
  public let bullet: String
  public let arrow: String
  public let separator: String
  public let selected: String
  /// Where text was cut.
  public let ellipsis: String
  /// Between short items on one line.
  public let dot: String
  public let dash: String
  /// A mark in a table cell (the coverage matrix).
  public let mark: String
  /// Dot leaders from a label to its marks.
  public let leader: Character
  public let ascii: Bool

  public init(ascii: Bool) {
    self.ascii = ascii
    if ascii {
      (rule, bullet, arrow, separator, selected) = ("-", "*", "->", ">", ">")
      (ellipsis, dot, dash, mark, leader) = ("...", " / ", "-", "x", ".")
    } else {
      (rule, bullet, arrow, separator, selected) = ("─", "•", "→", "›", "▶")
      (ellipsis, dot, dash, mark, leader) = ("…", " · ", "—", "●", "·")
    }
  }

  /// Key names as a terminal that draws arrows wide should show them: ↑↓ as j/k in footers, Up Down in the help.
  public func keys(_ text: String, short: Bool) -> String {
    guard ascii else { return text }
    if short { return text.replacing("↑↓", with: "j/k").replacing("← →", with: "<- ->") }
    var out = ""
    for character in text {
      switch character {
      case "↑": out += "Up"
      case "↓": out += "Down"
      case "←": out += "Left"
      case "→": out += "Right"
      case "–": out += "-"
      default: out.append(character)
      }
    }
    return out
  }
}
