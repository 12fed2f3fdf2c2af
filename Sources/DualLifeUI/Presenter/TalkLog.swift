// The time spent on each slide, for a presenter who rehearses: printed when `present` ends, as a plain table or
// as Markdown (`--log FILE`). The times are those the reducer was told, so the table is a function of the actions.
import DualLifeModel
import TerminalText

public enum TalkLog {
  /// Seconds per slide (by index), the current slide's time so far included; nil before the timer started.
  public static func seconds(_ state: AppState) -> [Int: Int]? {
    guard let p = state.presenter, !p.notesOnly, let entered = p.enteredAt else { return nil }
    var spent = p.spent
    spent[p.slide, default: 0] += max(0, state.now - entered)
    return spent
  }

  /// The table: every slide with its time (and, with a planned length, its share), and the total.
  public static func table(_ state: AppState, _ environment: UIEnvironment, markdown: Bool) -> String? {
    guard let spent = seconds(state), let p = state.presenter else { return nil }
    let words = Words(state.language)
    let slides = environment.slides
    let planned = p.duration.map { $0 / max(1, slides.count) }
    var rows: [[String]] = []
    for (k, slide) in slides.enumerated() {
      let title = SlideView.flatten(slide.title[state.language])
      rows.append(["\(k + 1)", Pace.short(spent[k] ?? 0)] + (planned.map { [Pace.short($0)] } ?? []) + [title])
    }
    let total = spent.values.reduce(0, +)
    rows.append([words.logTotal, Pace.short(total)] + (p.duration.map { [Pace.short($0)] } ?? []) + [""])
    let header = [words.logSlide, words.logTime] + (planned == nil ? [] : [words.logPlanned]) + [words.logTitleColumn]
    return markdown ? self.markdown(words.logTitle, header, rows) : text(words.logTitle, header, rows)
  }

  static func markdown(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
    let escape = { (cell: String) in cell.replacing("|", with: "\\|") }
    let align = header.indices.map { $0 == header.count - 1 ? "---" : "---:" }
    let lines =
      ["# \(title)", "", "| " + header.joined(separator: " | ") + " |", "|" + align.joined(separator: "|") + "|"]
      + rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
    return lines.joined(separator: "\n") + "\n"
  }

  static func text(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    let lines = all.map { row in
      row.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
        // Numbers align right; the title, last, is left as it is.
        return column == row.count - 1 ? cell : pad + cell
      }.joined(separator: "  ")
    }
    return ([title] + lines).map { line in
      var line = line
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n") + "\n"
  }
}
