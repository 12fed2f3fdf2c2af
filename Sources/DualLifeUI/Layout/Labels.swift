// Every word of the interface, in both languages. The L key switches all of them with the data's texts.
import DualLifeModel

struct Labels {
  let language: Language

  private func t(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }

  func tab(_ view: ViewID) -> String {
    switch view {
    case .overview: return t("概要", "Overview")
    case .proposals: return t("提言", "Proposals")
    case .analysis: return t("分析", "Analysis")
    case .calls: return t("働きかけ", "Calls")
    case .search: return t("検索", "Search")
    case .compare: return t("比較", "Compare")
    }
  }

  var goal: String { t("目指す姿", "Goal") }
  var measures: String { t("取組例", "Example measures") }
  var linkedAnalysis: String {
    t("関連する強み・弱み・機会（本ツールの読み）", "Related strengths, weaknesses, opportunities (our reading)")
  }
  var linkedCalls: String { t("この提言に資する働きかけ（本ツールの読み）", "Calls that serve it (our reading)") }
  var linkedFrom: String { t("この項目を参照する提言・取組例（本ツールの読み）", "Proposals and measures that link here (our reading)") }
  var linkedRecommendations: String {
    t("関連する有識者の提言（本ツールの読み）", "Related expert recommendations (our reading)")
  }
  var serves: String { t("資する提言", "Serves") }
  var links: String { t("関連", "Links") }
  var source: String { t("出典", "Source") }
  var structure: String { t("提言の構造", "How the proposals fit together") }
  var foundationRole: String { t("基盤となる提言（これらを基盤にDXを推進）", "A foundation proposal (DX is driven on top of 1 and 2)") }
  var drivenRole: String { t("1・2を基盤にDXで推進する提言", "Driven by DX on the foundation of proposals 1 and 2") }
  var work: String { t("仕事", "Work") }
  var living: String { t("暮らし", "Living") }
  var prefectures: String { t("本資料の「東北」", "“Tohoku” in this document") }
  var meetings: String { t("有識者懇談会", "Expert panel") }
  var meetingNumber: (Int) -> String {
    { n in language == .ja ? "第\(n)回" : "Meeting \(n)" }
  }
  var proposalsHeading: String { t("５つの提言", "The five proposals") }
  var measuresCount: (Int) -> String {
    { n in language == .ja ? "取組例 \(n)件" : (n == 1 ? "1 measure" : "\(n) measures") }
  }
  var parent: String { t("上位の項目", "Part of") }
  var inside: String { t("内容", "Contents") }
  var tooSmall: (Int, Int) -> String {
    { w, h in
      language == .ja
        ? "端末が小さすぎます。\(Dashboard.minimumWidth)x\(Dashboard.minimumHeight) 以上にしてください（いま \(w)x\(h)）。q で終了。"
        : "Terminal too small: make it at least \(Dashboard.minimumWidth)x\(Dashboard.minimumHeight) (now \(w)x\(h)). q quits."
    }
  }
  var helpTitle: String { t("キー一覧", "Keys") }
  var otherLanguage: String { language == .ja ? "English" : "日本語" }
}

/// Marks and lines; ASCII ones for terminals that draw ambiguous-width characters wide (--ascii).
struct Glyphs {
  let rule: Character
  let bullet: String
  let arrow: String
  let separator: String
  let selected: String
  let upDown: String
  /// Where text was cut.
  let ellipsis: String
  /// Between short items on one line.
  let dot: String
  let dash: String

  init(ascii: Bool) {
    if ascii {
      rule = "-"
      bullet = "*"
      arrow = "->"
      separator = ">"
      selected = ">"
      upDown = "j/k"
      ellipsis = "..."
      dot = " / "
      dash = "-"
    } else {
      rule = "─"
      bullet = "•"
      arrow = "→"
      separator = "›"
      selected = "▶"
      upDown = "↑↓"
      ellipsis = "…"
      dot = " · "
      dash = "—"
    }
  }
}
