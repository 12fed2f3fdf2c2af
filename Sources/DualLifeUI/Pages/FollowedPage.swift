// View 7: what followed the proposals — a dated timeline of the documents (the expert panel's meetings, METI's study
// group, the Tohoku bureau's review and mid-term policy), then, proposal by proposal, the policy items and KPIs that
// take it up (our reading), each KPI with its target and, where a baseline is printed, a small bar.
import DualLifeModel
import TerminalText

enum FollowedPage {
  static func body(_ c: PageContext) -> Body {
    var b = c.builder()
    guard let policy = c.policy else {
      b.text(c.words.notTakenUp, Style(.notice))
      return b.body
    }
    c.heading(&b, c.words.timeline)
    for row in timeline(policy, c) {
      b.paragraph(
        [Span(row.text), Span(row.note.map { "  " + $0 } ?? "", Style(.dim))],
        prefix: [Span(row.date, Style(.accent)), Span("  "), Span(row.id, Style(.id, bold: true)), Span("  ")],
        indent: 2, target: row.id)
    }
    kpis(&b, policy, c)
    for p in c.dataset.proposals.items {
      b.blank()
      b.paragraph(
        [Span(c.text(p.title), Style(.subheading, bold: true))],
        prefix: [Span(p.id, Style(.id, bold: true)), Span("  ")], target: p.id)
      uptake(&b, p, policy, c)
    }
    return b.body
  }

  /// Every KPI of the mid-term policy with its target (and bar), and the proposals it serves.
  static func kpis(_ b: inout BodyBuilder, _ policy: PolicyContext, _ c: PageContext) {
    b.blank()
    c.heading(&b, c.words.kpis)
    for kpi in policy.kpis {
      let measure = kpi.text("measure").map { c.text($0) } ?? PolicyPage.headline(kpi, c)
      b.paragraph(
        [Span(Truncation.truncate(measure, width: max(8, c.width - 10), ellipsis: c.glyphs.ellipsis))],
        prefix: [Span(kpi.id, Style(.id, bold: true)), Span("  ")], indent: 2, target: kpi.id)
      if let figures = KPIFigures(kpi) {
        for line in figures.lines(c) { b.line([(8, Span(line, Style(.accent)))]) }
      }
      let serves = Set(policy.uptake.filter { $0.policy == kpi.id }.map(\.proposal)).sorted()
      b.text(
        serves.isEmpty ? c.words.servesNoProposal : "\(c.words.serves): " + serves.joined(separator: " "), Style(.dim),
        indent: 8)
    }
  }

  struct Row {
    let date: String
    let id: String
    let text: String
    let note: String?
  }

  /// The documents in date order, the proposals' own panel meetings first.
  static func timeline(_ policy: PolicyContext, _ c: PageContext) -> [Row] {
    var rows = c.dataset.panel.meetings.map { m in
      Row(
        date: m.date, id: m.id, text: "\(c.words.meetings) \(c.words.meetingNumber(m.number))", note: nil)
    }
    for item in policy.items where item.path == "documents" || item.path == "citedDocuments" {
      let cited = item.attribute("inSources") == "false"
      rows.append(
        Row(
          date: item.attribute("date") ?? "", id: item.id, text: PolicyPage.headline(item, c),
          note: cited ? c.words.citedOnly : item.attribute("kind").map { c.words.policyKind($0) }))
    }
    rows.sort { $0.date < $1.date }
    // The proposals themselves print no date: they stand after the panel meetings they came from.
    let document = c.dataset.document
    let afterPanel = (rows.lastIndex { row in c.dataset.panel.meetings.contains { $0.id == row.id } } ?? -1) + 1
    rows.insert(
      Row(date: c.words.undated, id: document.id, text: c.text(document.title), note: c.words.proposalsDocument),
      at: afterPanel)
    return rows
  }

  /// The policy that takes a proposal and its measures up, a KPI with its target and bar.
  static func uptake(_ b: inout BodyBuilder, _ p: Proposal, _ policy: PolicyContext, _ c: PageContext) {
    let links = ([p.id] + p.measures.map(\.id)).flatMap { policy.uptake(of: $0) }
    for link in links {
      let from = [Span(link.proposal, Style(.id)), Span(" \(c.glyphs.arrow) ", Style(.dim))]
      guard let id = link.policy, let item = policy.item(id) else {
        b.paragraph([Span(c.words.notTakenUp, Style(.dim))], prefix: from, indent: 2)
        continue
      }
      let headline = Truncation.truncate(
        PolicyPage.headline(item, c), width: max(8, c.width - 24), ellipsis: c.glyphs.ellipsis)
      b.paragraph(
        [Span(headline)], prefix: from + [Span(id, Style(.id, bold: true)), Span("  ")], indent: 2, target: id)
      if let kpi = KPIFigures(item) {
        for line in kpi.lines(c) { b.line([(8, Span(line, Style(.accent)))]) }
      }
    }
  }
}

/// A KPI's figures as printed, and a bar where there is something to measure from: a printed baseline in the same
/// unit (31 % → 55 %), or a rise relative to a reference year (+5 % on 2021 as 100 → 105).
struct KPIFigures {
  let target: String
  let baseline: String?
  let bar: (from: Double, to: Double, scale: Double)?
  /// The bar measures a rise against a reference year as 100, not from the printed baseline.
  let relative: Bool
  /// The reference year as printed ("2021" of 2021年比), for the bar's label.
  let referenceYear: String?

  init?(_ item: PolicyItem) {
    guard item.id.hasPrefix("KPI"), let target = item.attribute("target.asPrinted") else { return nil }
    self.target = target
    baseline = item.attribute("baseline.asPrinted").map { base in
      item.attribute("baseline.asOfAsPrinted").map { "\(base)（\($0)）" } ?? base
    }
    referenceYear = item.attribute("reference.asPrinted").map { String($0.prefix { $0.isASCII && $0.isNumber }) }
      .flatMap { $0.count == 4 ? $0 : nil }
    let value = item.attribute("target.value").flatMap(Double.init)
    let from = item.attribute("baseline.value").flatMap(Double.init)
    let sameUnit = item.text("target.unit") == item.text("baseline.unit")
    if let value, let from, sameUnit {
      bar = (from, value, max(value, from) > 100 ? max(value, from) * 1.1 : 100)
      relative = false
    } else if let value, item.attribute("target.comparison") == "increaseBy", item.text("target.unit")?.ja == "%" {
      bar = (100, 100 + value, (100 + value) * 1.1)
      relative = true
    } else {
      bar = nil
      relative = false
    }
  }

  /// "目標 55%", then "[██████░░░░░          ]  31%（2021年11月時点） → 55%" on a line of its own, so the figures
  /// beside the bar fit at 80 columns.
  func lines(_ c: PageContext) -> [String] {
    let head = "\(c.words.targetLabel) \(target)"
    if let bar {
      let width = 20
      let filled = Int((bar.from / bar.scale * Double(width)).rounded())
      let reach = max(filled, Int((bar.to / bar.scale * Double(width)).rounded()))
      let (full, gain) = c.glyphs.ascii ? ("#", "+") : ("█", "░")
      let cells =
        String(repeating: full, count: filled) + String(repeating: gain, count: reach - filled)
        + String(repeating: " ", count: max(0, width - reach))
      if relative {
        let reference = c.words.reference100(year: referenceYear)
        var figures = "[\(cells)]  \(reference) \(c.glyphs.arrow) \(Int(bar.to))"
        if let baseline { figures += "  (\(baseline))" }
        return [head, figures]
      }
      return [head, "[\(cells)]  \(baseline ?? "") \(c.glyphs.arrow) \(target)"]
    }
    return [baseline.map { "\(head)  (\($0))" } ?? head]
  }
}
