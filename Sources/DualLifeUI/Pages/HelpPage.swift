// ? — every key, in the current language. The same table is in the README.
import DualLifeModel
import TerminalText

enum HelpPage {
  /// (keys, what they do in Japanese, in English): the key contract.
  static let keys: [(String, String, String)] = [
    ("1–6", "画面を切り替える（概要・提言・分析・働きかけ・検索・比較）", "switch view (overview, proposals, analysis, calls, search, compare)"),
    ("Tab / Shift-Tab", "次の画面 / 前の画面", "next / previous view"),
    ("↑ ↓  j k", "上下に移動", "move up / down"),
    ("PgUp PgDn Space", "1画面分移動", "page up / down"),
    ("g G  Home End", "先頭 / 末尾", "first / last"),
    ("Enter", "開く（関連項目へ移る）", "open (follow a link)"),
    ("Esc  Backspace", "戻る", "back"),
    ("L", "日本語 / English を切り替える", "switch Japanese / English"),
    ("?", "このキー一覧", "this list of keys"),
    (
      "/", "検索（どの画面からでも）。入力中は ← → Backspace Ctrl-U Ctrl-W で編集、↑ ↓ で選び Enter で開く",
      "search (from any view); while typing: ← → Backspace Ctrl-U Ctrl-W edit, ↑ ↓ select, Enter opens"
    ),
    ("n N", "検索で開いた次 / 前の一致へ", "next / previous search hit, after opening one"),
    (
      "p", "発表モード（開いた項目のスライドから）。Space で次、← で前、q で戻る",
      "presenter mode, on the slide of what is open; Space next, ← back, q returns"
    ),
    ("q  Ctrl-C", "終了", "quit"),
    ("Ctrl-Z", "一時停止（fg で戻る）", "suspend (fg resumes)"),
    ("マウス / mouse", "タブや行をクリック、ホイールでスクロール", "click a tab or a row; the wheel scrolls"),
  ]

  static func body(_ c: PageContext) -> Body {
    var b = BodyBuilder(width: c.width, ellipsis: c.glyphs.ellipsis)
    let keyWidth = 18
    for (keys, ja, en) in keys {
      let shown = c.glyphs.upDown == "j/k" ? keys.replacingArrows() : keys
      let description = c.language == .ja ? ja : en
      if c.width >= 50 {
        let padded = shown + String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(shown)))
        b.paragraph([Span(description)], prefix: [Span(padded, Style(.footerKey, bold: true))], indent: 2)
      } else {
        b.text(shown, Style(.footerKey, bold: true), indent: 2)
        b.text(description, indent: 4)
      }
    }
    return b.body
  }
}

extension String {
  /// Arrow keys spelled in ASCII, for --ascii.
  func replacingArrows() -> String {
    var out = ""
    for character in self {
      switch character {
      case "↑": out += "Up"
      case "↓": out += "Down"
      case "–": out += "-"
      default: out.append(character)
      }
    }
    return out
  }
}
