// The key contract as data: every binding of every mode, with its help words in Japanese and English. The reducer
// dispatches through these maps; the footers, the help page, `--help` and the README's key table are made from
// them (a test compares the README with `KeyMaps.markdownTable()`).
import TerminalText

/// What a key asks for. Some commands read the key itself (which digit, which direction).
public enum Command: Sendable, Hashable {
  case quit, suspend, toggleHelp, closeHelp, switchLanguage
  /// 1–7: the view of that number.
  case showView
  case nextView, previousView, back, open, startSearch, presenter
  /// n / N.
  case stepHit
  /// ↓ j / ↑ k.
  case move
  /// PgDn Space / PgUp.
  case page
  /// g Home / G End.
  case jump
  // The query line.
  case insertCharacter, cursorLeft, cursorRight, cursorStart, cursorEnd
  case deleteBackward, deleteForward, clearToStart, deleteWord, leaveSearch
  /// Ctrl-P / Ctrl-N: earlier and later queries of the history.
  case historyPrevious, historyNext
  // Compare.
  /// ← / →.
  case focusColumn
  /// [ / ].
  case changeProposal
  case addColumn, removeColumn, toggleMatrix
  /// s / S, u / U: the next / previous shared row, own row (as vimdiff's ]c [c).
  case jumpShared, jumpOwn
  // The presenter.
  case nextPoint, previousPoint, firstSlide, lastSlide, typeDigit, goToTyped, deleteDigit, cancelTyped
  case blank, restartTimer, toggleNotes, leavePresenter
  /// o: the slide index.
  case openIndex
  /// Not a key: documents what the mouse does.
  case mouse
  /// Not a key: documents the keys a mode swallows.
  case ignored
}

public typealias Binding = KeyBinding<Command>

private func keys(_ list: Key...) -> [KeyPattern] { list.map { .key($0) } }
private func characters(_ text: String) -> [KeyPattern] { text.map { .key(.character($0)) } }

/// Every binding, once; the maps below arrange them per mode.
public enum Bindings {
  static let quit = Binding(
    characters("q") + keys(.control("c")), .quit, keys: "q  Ctrl-C", help: Phrase("終了", "quit"), footerKeys: "q",
    footer: Phrase("終了", "quit"))
  static let quitWhileTyping = Binding(
    keys(.control("c")), .quit, keys: "Ctrl-C", help: Phrase("終了（q は文字として入力される）", "quit (q is a letter here)"),
    footer: Phrase("終了", "quit"))
  static let suspend = Binding(
    keys(.control("z")), .suspend, keys: "Ctrl-Z", help: Phrase("一時停止（fg で戻る）", "suspend (fg resumes)"))
  static let views = Binding(
    characters("1234567"), .showView, keys: "1–7",
    help: Phrase(
      "画面を切り替える（概要・提言・分析・働きかけ・検索・比較・経緯）",
      "switch view (overview, proposals, analysis, calls, search, compare, what followed)"),
    footerKeys: "1-7", footer: Phrase("画面", "views"))
  static let nextView = Binding(keys(.tab), .nextView, keys: "Tab", help: Phrase("次の画面", "next view"))
  static let nextViewWhileTyping = Binding(
    keys(.tab), .nextView, keys: "Tab", help: Phrase("次の画面", "next view"), footer: Phrase("画面", "views"))
  static let previousView = Binding(
    keys(.backTab), .previousView, keys: "Shift-Tab", help: Phrase("前の画面", "previous view"))
  /// The footer names the language L switches to.
  static let language = Binding(
    characters("L"), .switchLanguage, keys: "L",
    help: Phrase("日本語 / English を切り替える（表示の語もすべて）", "switch Japanese / English (every word on screen)"),
    footer: Phrase("English", "日本語"))
  static let help = Binding(
    characters("?"), .toggleHelp, keys: "?", help: Phrase("このキー一覧", "this list of keys"),
    footer: Phrase("ヘルプ", "help"))
  static let closeHelp = Binding(
    keys(.escape, .backspace) + characters("?"), .closeHelp, keys: "Esc  Backspace  ?",
    help: Phrase("キー一覧を閉じる", "close this list"), footerKeys: "Esc ?", footer: Phrase("閉じる", "close"))
  static let search = Binding(
    characters("/"), .startSearch, keys: "/", help: Phrase("検索（どの画面からでも）", "search (from any view)"))
  static let presenter = Binding(
    characters("p"), .presenter, keys: "p",
    help: Phrase(
      "発表モード（開いた項目・印の付いた項目・選んだ行のスライドから）",
      "presenter mode, on the slide of what is open, marked or selected"))
  static let mouse = Binding(
    [], .mouse, keyNames: Phrase("マウス", "mouse"),
    help: Phrase("タブや行をクリック（2回目で開く）、ホイールでスクロール", "click a tab or a row (a second click opens it); the wheel scrolls"))

  static let move = Binding(
    keys(.down, .up) + characters("jk"), .move, keys: "↑ ↓  j k",
    help: Phrase("上下に移動（選択中の行に ▶）", "move up / down (the selected row is marked ▶)"),
    footerKeys: "↑↓", footer: Phrase("移動", "move"))
  static let scroll = Binding(
    keys(.down, .up) + characters("jk"), .move, keys: "↑ ↓  j k", help: Phrase("スクロール", "scroll"),
    footerKeys: "↑↓", footer: Phrase("スクロール", "scroll"))
  static let page = Binding(
    keys(.pageDown, .pageUp) + characters(" "), .page, keys: "PgUp PgDn Space", help: Phrase("1画面分移動", "page up / down")
  )
  static let jump = Binding(
    keys(.home, .end) + characters("gG"), .jump, keys: "g G  Home End", help: Phrase("先頭 / 末尾", "first / last"))
  static let open = Binding(
    keys(.enter), .open, keys: "Enter", help: Phrase("開く（関連項目へ移る）", "open the selected row (follow a link)"),
    footer: Phrase("開く", "open"))
  static let back = Binding(
    keys(.escape, .backspace), .back, keys: "Esc  Backspace", help: Phrase("戻る", "back"), footerKeys: "Esc",
    footer: Phrase("戻る", "back"))
  static let stepHit = Binding(
    characters("nN"), .stepHit, keys: "n N",
    help: Phrase("検索で開いた次 / 前の一致へ", "next / previous search hit, opened where it lives"),
    footer: Phrase("次/前の一致", "next/prev hit"))

  // The query line (view 5).
  static let selectHit = Binding(
    keys(.down, .up), .move, keys: "↑ ↓", help: Phrase("一致を選ぶ", "select a hit"), footerKeys: "↑↓",
    footer: Phrase("選ぶ", "select"))
  static let pageHits = Binding(
    keys(.pageDown, .pageUp), .page, keys: "PgUp PgDn", help: Phrase("1画面分移動", "page up / down"))
  static let openHit = Binding(
    keys(.enter), .open, keys: "Enter", help: Phrase("選んだ一致をその場所で開く", "open the selected hit where it lives"),
    footer: Phrase("開く", "open"))
  static let leaveSearch = Binding(
    keys(.escape), .leaveSearch, keys: "Esc", help: Phrase("戻る（検索語は残る）", "back, keeping the query"),
    footer: Phrase("戻る", "back"))
  static let clearToStart = Binding(
    keys(.control("u")), .clearToStart, keys: "Ctrl-U", help: Phrase("カーソルより前を消す", "clear before the cursor"),
    footer: Phrase("消去", "clear"))
  static let deleteWord = Binding(
    keys(.control("w")), .deleteWord, keys: "Ctrl-W", help: Phrase("前の語を消す", "delete the word before"))
  static let cursorLeft = Binding(
    keys(.left), .cursorLeft, keys: "←", help: Phrase("カーソルを1文字左へ", "cursor one character left"))
  static let cursorRight = Binding(
    keys(.right), .cursorRight, keys: "→", help: Phrase("カーソルを1文字右へ", "cursor one character right"))
  static let cursorStart = Binding(
    keys(.home, .control("a")), .cursorStart, keys: "Home  Ctrl-A", help: Phrase("行頭へ", "to the start"))
  static let cursorEnd = Binding(
    keys(.end, .control("e")), .cursorEnd, keys: "End  Ctrl-E", help: Phrase("行末へ", "to the end"))
  static let deleteBackward = Binding(
    keys(.backspace), .deleteBackward, keys: "Backspace", help: Phrase("前の文字を消す", "delete before the cursor"))
  static let deleteForward = Binding(
    keys(.delete), .deleteForward, keys: "Delete", help: Phrase("次の文字を消す", "delete after the cursor"))
  static let historyPrevious = Binding(
    keys(.control("p")), .historyPrevious, keys: "Ctrl-P",
    help: Phrase("前の検索語（履歴。次回の起動にも残る）", "previous query (the history survives a restart)"))
  static let historyNext = Binding(
    keys(.control("n")), .historyNext, keys: "Ctrl-N", help: Phrase("次の検索語（履歴）", "next query (history)"))
  static let insert = Binding(
    [.anyCharacter], .insertCharacter, keyNames: Phrase("文字", "characters"),
    help: Phrase(
      "検索語に入る（日本語入力も。q や L も文字）", "go into the query (Japanese from an input method too; q and L are letters)"))

  // Compare (view 6).
  static let focusColumn = Binding(
    keys(.left, .right), .focusColumn, keys: "← →", help: Phrase("列を選ぶ", "focus a column"),
    footer: Phrase("列", "column"))
  static let changeProposal = Binding(
    characters("[]"), .changeProposal, keys: "[ ]",
    help: Phrase(
      "選んだ列の提言を前 / 次に替える（ほかの列にない提言へ）", "change the focused column's proposal (to one no other column shows)"),
    footer: Phrase("提言を替える", "change"))
  static let addColumn = Binding(
    characters("a"), .addColumn, keys: "a",
    help: Phrase("まだない提言の列を順に足す（5列まで）", "add the next proposal not shown, in order (up to 5)"), footerKeys: "a x",
    footer: Phrase("列を足す/消す", "add/remove"))
  static let removeColumn = Binding(
    characters("x"), .removeColumn, keys: "x", help: Phrase("選んだ列を消す（2列まで）", "remove the focused column (down to 2)"))
  static let jumpShared = Binding(
    characters("sS"), .jumpShared, keys: "s S",
    help: Phrase("次 / 前の共通の行（複数の提言が参照する項目）", "next / previous shared row (an item several proposals link)"))
  static let jumpOwn = Binding(
    characters("uU"), .jumpOwn, keys: "u U",
    help: Phrase("次 / 前の独自の行（1つの提言だけが参照する項目）", "next / previous own row (an item only one proposal links)"))
  static let matrix = Binding(
    characters("m"), .toggleMatrix, keys: "m", help: Phrase("対応表 / 列で比較を切り替える", "coverage matrix / columns"),
    footer: Phrase("対応表", "matrix"))
  static let columns = Binding(
    characters("m"), .toggleMatrix, keys: "m", help: Phrase("列で比較に戻る", "back to the columns"),
    footer: Phrase("列で比較", "columns"))

  // The presenter.
  static let nextPoint = Binding(
    characters(" lj") + keys(.right, .pageDown, .down), .nextPoint, keys: "Space → l PgDn",
    help: Phrase("次の項目、最後まで出したら次のスライド", "next point, then the next slide"))
  static let previousPoint = Binding(
    characters("hk") + keys(.left, .pageUp, .up), .previousPoint, keys: "← h PgUp",
    help: Phrase("出した項目を1つ戻す、なければ前のスライド（全項目）", "take back one point, then the previous slide whole"))
  static let firstSlide = Binding(
    characters("g") + keys(.home), .firstSlide, keys: "Home g", help: Phrase("最初のスライド", "first slide"))
  static let lastSlide = Binding(
    characters("G") + keys(.end), .lastSlide, keys: "End G", help: Phrase("最後のスライド", "last slide"))
  static let typeDigit = Binding([.digit], .typeDigit, keys: "0–9", help: Phrase("スライド番号を入力", "type a slide number"))
  static let goToTyped = Binding(
    keys(.enter), .goToTyped, keys: "Enter",
    help: Phrase("入力した番号のスライドへ（範囲外なら下端に表示）", "go to the typed slide (one out of range is said in the footer)"))
  static let deleteDigit = Binding(
    keys(.backspace), .deleteDigit, keys: "Backspace", help: Phrase("入力した数字を消す", "delete a typed digit"))
  static let cancelTyped = Binding(
    keys(.escape), .cancelTyped, keys: "Esc", help: Phrase("番号の入力をやめる", "cancel the typed number"))
  static let openIndex = Binding(
    characters("o"), .openIndex, keys: "o",
    help: Phrase("スライド一覧（↑↓ Enter で移動、Esc で戻る）", "slide index (↑↓ Enter jump, Esc back)"))
  static let blank = Binding(
    characters("b"), .blank, keys: "b", help: Phrase("画面を消す / 同じスライドに戻す", "blank the screen / the same slide again"))
  static let blankedKeys = Binding(
    [], .ignored, keyNames: Phrase("他のキー", "other keys"),
    help: Phrase("画面を消している間は何もしない（b と q のみ）", "do nothing while blank (only b and q work)"))
  static let leaveWhileBlank = Binding(
    characters("q"), .leavePresenter, keys: "q (blank)", help: Phrase("画面を消したままでも終える", "leave, even while blank"))
  static let restartTimer = Binding(
    characters("t"), .restartTimer, keys: "t", help: Phrase("タイマーをやり直す", "restart the timer"))
  static let toggleNotes = Binding(
    characters("n"), .toggleNotes, keys: "n", help: Phrase("スライドの下にノート", "notes under the slide"))
  static let presenterMouse = Binding(
    [], .mouse, keyNames: Phrase("マウス", "mouse"),
    help: Phrase(
      "クリックで次の項目、ホイールで次 / 前（クリッカー、トラックパッド）", "click: next point; wheel: next / previous (clickers, trackpads)"))
  static let leavePresenter = Binding(
    characters("q") + keys(.escape), .leavePresenter, keys: "q  Esc",
    help: Phrase("発表を終える（p で始めたときはダッシュボードへ）", "leave (to the dashboard after p; exit 0 after `present`)"))

  // The slide index (o).
  static let indexMove = Binding(
    keys(.down, .up) + characters("jk"), .move, keys: "↑ ↓  j k", help: Phrase("スライドを選ぶ", "choose a slide"),
    footerKeys: "↑↓", footer: Phrase("選ぶ", "choose"))
  static let indexPage = Binding(
    keys(.pageDown, .pageUp), .page, keys: "PgUp PgDn", help: Phrase("1画面分移動", "page up / down"))
  static let indexEnds = Binding(
    keys(.home, .end) + characters("gG"), .jump, keys: "g G  Home End",
    help: Phrase("最初 / 最後のスライド", "first / last slide"))
  static let indexGo = Binding(
    keys(.enter), .open, keys: "Enter",
    help: Phrase("選んだスライドへ（ノートの端末では下見だけ）", "go to the chosen slide (in the speaker window: a preview)"),
    footer: Phrase("移動", "go"))
  static let indexClose = Binding(
    keys(.escape) + characters("o"), .back, keys: "Esc  o", help: Phrase("一覧を閉じる", "close the index"),
    footerKeys: "Esc", footer: Phrase("戻る", "back"))

  // The speaker window (present --notes).
  static let notesScroll = Binding(
    keys(.down, .up) + characters("jk"), .move, keys: "↑ ↓  j k", help: Phrase("ノートをスクロール", "scroll the notes"),
    footerKeys: "↑↓", footer: Phrase("スクロール", "scroll"))
  static let notesPage = Binding(
    keys(.pageDown, .pageUp) + characters(" "), .page, keys: "PgUp PgDn Space",
    help: Phrase("1画面分スクロール", "scroll a page"))
  static let notesEnds = Binding(
    keys(.home, .end) + characters("gG"), .jump, keys: "g G  Home End",
    help: Phrase("ノートの先頭 / 末尾", "top / end of the notes"))
  static let notesIndex = Binding(
    characters("o"), .openIndex, keys: "o",
    help: Phrase("スライド一覧で下見（発表側は動かない）", "slide index, to preview a slide (the presenter stays)"),
    footer: Phrase("一覧", "index"))
  static let notesBack = Binding(
    keys(.escape), .back, keys: "Esc",
    help: Phrase("下見をやめて発表中のスライドへ（下見でなければ終了）", "back to the presenter's slide after a preview (else quit)"))
  static let leaveNotes = Binding(
    characters("q") + keys(.control("c")), .quit, keys: "q  Ctrl-C", help: Phrase("終了", "quit"), footerKeys: "q",
    footer: Phrase("終了", "quit"))
  static let closePresenterHelp = Binding(
    keys(.escape, .backspace) + characters("?q"), .closeHelp, keys: "Esc  ?  q",
    help: Phrase("キー一覧を閉じる", "close this list"), footerKeys: "Esc ?", footer: Phrase("閉じる", "close"))
}

public enum KeyMaps {
  typealias B = Bindings

  /// Keys that mean the same wherever a page shows.
  static let everywhere: [Binding] = [B.views, B.nextView, B.previousView, B.language, B.help, B.search, B.presenter]

  /// The key map of a mode: its footer's bindings first, in the footer's order, then the rest.
  public static func map(_ mode: Mode) -> KeyMap<Command> {
    KeyMap([footer(mode), rest(mode)])
  }

  /// The bindings a mode's footer names, in order (the screen drops some when they do not fit).
  public static func footer(_ mode: Mode) -> [Binding] {
    switch mode {
    case .browse: return [B.move, B.open, B.views, B.language, B.help, B.stepHit, B.quit]
    case .opened: return [B.move, B.open, B.back, B.views, B.language, B.help, B.stepHit, B.quit]
    case .help: return [B.closeHelp, B.quit]
    case .searchInput:
      return [B.selectHit, B.openHit, B.leaveSearch, B.clearToStart, B.nextViewWhileTyping, B.quitWhileTyping]
    case .compare:
      return [B.scroll, B.focusColumn, B.changeProposal, B.addColumn, B.matrix, B.language, B.help, B.quit]
    case .matrix: return [B.scroll, B.columns, B.open, B.language, B.help, B.quit]
    case .speakerNotes: return [B.notesScroll, B.notesIndex, B.help, B.leaveNotes]
    case .slideIndex: return [B.indexMove, B.indexGo, B.indexClose, B.quitWhileTyping]
    case .presenterHelp: return [B.closePresenterHelp, B.quitWhileTyping]
    case .tooSmall, .presenter, .slideNumber, .blanked: return []
    }
  }

  static func rest(_ mode: Mode) -> [Binding] {
    switch mode {
    case .browse, .opened, .matrix: return common
    case .compare: return [B.removeColumn, B.jumpShared, B.jumpOwn] + common
    case .help:
      return [B.move, B.page, B.jump, B.views, B.nextView, B.previousView, B.language, B.search, B.suspend]
    case .searchInput:
      return [
        B.previousView, B.pageHits, B.suspend, B.deleteWord, B.cursorLeft, B.cursorRight, B.cursorStart, B.cursorEnd,
        B.deleteBackward, B.deleteForward, B.historyPrevious, B.historyNext, B.insert,
      ]
    case .tooSmall: return [B.quit, B.suspend]
    case .presenter: return presenterKeys
    case .slideNumber: return [B.typeDigit, B.goToTyped, B.deleteDigit, B.cancelTyped] + presenterKeys
    case .speakerNotes: return [B.notesPage, B.notesEnds, B.notesBack, B.suspend, B.language]
    case .slideIndex: return [B.indexPage, B.indexEnds, B.suspend]
    case .presenterHelp: return [B.scroll, B.page, B.suspend]
    case .blanked: return [B.blank, B.leaveWhileBlank, B.quitWhileTyping, B.suspend]
    }
  }

  /// The rest of a page's keys, after each mode's own.
  static let common: [Binding] = [
    B.quit, B.suspend, B.help, B.language, B.views, B.nextView, B.previousView, B.back, B.open, B.search, B.presenter,
    B.stepHit, B.move, B.page, B.jump,
  ]

  static let presenterKeys: [Binding] = [
    B.quitWhileTyping, B.suspend, B.nextPoint, B.previousPoint, B.firstSlide, B.lastSlide, B.typeDigit, B.goToTyped,
    B.openIndex, B.blank, B.restartTimer, B.toggleNotes, B.help, B.language, B.leavePresenter,
  ]

  /// The help page and the documentation: each part with the bindings it lists, in order.
  public static let sections: [(title: Phrase, bindings: [Binding])] = [
    (
      Phrase("どこでも", "Everywhere"),
      [
        B.views, B.nextView, B.previousView, B.language, B.help, B.closeHelp, B.search, B.presenter, B.quit, B.suspend,
        B.mouse,
      ]
    ),
    (Phrase("一覧とページ", "Lists and pages"), [B.move, B.page, B.jump, B.open, B.back, B.stepHit]),
    (
      Phrase("検索語の入力中（5）", "Typing a search (5)"),
      [
        B.insert, B.cursorLeft, B.cursorRight, B.cursorStart, B.cursorEnd, B.deleteBackward, B.deleteForward,
        B.clearToStart, B.deleteWord, B.historyPrevious, B.historyNext, B.selectHit, B.pageHits, B.openHit,
        B.leaveSearch, B.nextViewWhileTyping,
        B.quitWhileTyping,
      ]
    ),
    (
      Phrase("比較（6）", "Compare (6)"),
      [B.focusColumn, B.changeProposal, B.addColumn, B.removeColumn, B.jumpShared, B.jumpOwn, B.matrix]
    ),
    (presenterTitle, presenterSection),
    (indexTitle, [B.indexMove, B.indexPage, B.indexEnds, B.indexGo, B.indexClose]),
    (notesTitle, notesSection),
  ]

  public static let presenterTitle = Phrase("発表（p、dualtohoku present）", "Presenter (p, dualtohoku present)")
  public static let indexTitle = Phrase("スライド一覧（o）", "Slide index (o)")
  public static let notesTitle = Phrase("ノート（dualtohoku present --notes）", "Speaker notes (dualtohoku present --notes)")
  static let presenterSection: [Binding] = [
    B.nextPoint, B.previousPoint, B.firstSlide, B.lastSlide, B.typeDigit, B.goToTyped, B.deleteDigit, B.cancelTyped,
    B.openIndex, B.blank, B.blankedKeys, B.leaveWhileBlank, B.restartTimer, B.toggleNotes, B.help, B.closePresenterHelp,
    B.language,
    B.presenterMouse, B.leavePresenter,
  ]
  static let notesSection: [Binding] = [
    B.notesScroll, B.notesPage, B.notesEnds, B.notesIndex, B.help, B.notesBack, B.leaveNotes, B.language,
  ]

  /// The key table of the README, in English: | where | key | does |.
  public static func markdownTable() -> String {
    var lines = ["| where | key | does |", "|---|---|---|"]
    for section in sections {
      for binding in section.bindings {
        let keys = binding.keys.replacing("|", with: "\\|")
        lines.append("| \(section.title.en) | \(keys) | \(binding.help.en) |")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The key list of `--help`, in English: one part per section named in `titles` (all when empty).
  public static func plainList(_ titles: [String] = []) -> String {
    sections.filter { titles.isEmpty || titles.contains($0.title.en) }.map { section in
      section.title.en + ":\n"
        + section.bindings.map { "  " + $0.keys.padded(to: 18) + " " + $0.help.en }.joined(separator: "\n")
    }.joined(separator: "\n\n")
  }
}

extension String {
  /// Pads with spaces to a display width (the keys column of the help page and `--help`).
  func padded(to width: Int) -> String {
    self + String(repeating: " ", count: max(1, width - DisplayWidth.of(self)))
  }
}
