// Turns a parsed JSONValue into a Dataset while collecting every problem with its place.
// Each item is read with the item's id as its place, so a message says "P1.M2: field \"text.en\" is empty".

/// Collects problems while a dataset is read. A class so nested readers share one list.
final class ProblemLog {
  var problems: [DataProblem] = []

  func add(_ place: String, _ message: String) {
    problems.append(DataProblem(place: place, message: message))
  }
}

/// Reads the fields of one JSON object. Missing or mistyped fields are logged and read as empty values,
/// so reading goes on and every problem of the file is reported at once.
struct ObjectReader {
  let fields: [(String, JSONValue)]
  /// The item's id when it has one, else its path from the top ("proposals.items[2]").
  let place: String
  /// The path of this object from the top, for items without an id.
  let path: String
  let log: ProblemLog
  private var read: Set<String> = []

  init(fields: [(String, JSONValue)], place: String, path: String, log: ProblemLog) {
    self.fields = fields
    self.place = place
    self.path = path
    self.log = log
  }

  /// Reads an object value as an item: its place becomes its id.
  static func item(_ value: JSONValue, path: String, log: ProblemLog, parentPlace: String) -> ObjectReader? {
    guard case .object(let fields) = value else {
      log.add(parentPlace, "\(path) must be an object, not \(value.kindDescription)")
      return nil
    }
    var place = path
    if let (_, idValue) = fields.first(where: { $0.0 == "id" }), case .string(let id) = idValue, !id.isEmpty,
      !id.unicodeScalars.contains(where: { Sanitize.isForbiddenControl($0) || $0 == "\n" || $0 == "\t" })
    {
      place = id
    }
    return ObjectReader(fields: fields, place: place, path: path, log: log)
  }

  func value(_ key: String) -> JSONValue? {
    fields.first { $0.0 == key }?.1
  }

  private func fieldName(_ key: String) -> String { "field \"\(key)\"" }

  func string(_ key: String, required: Bool = true) -> String {
    guard let value = value(key) else {
      if required { log.add(place, "\(fieldName(key)) is missing") }
      return ""
    }
    guard case .string(let text) = value else {
      log.add(place, "\(fieldName(key)) must be a string, not \(value.kindDescription)")
      return ""
    }
    if required && text.trimmingSpaces.isEmpty { log.add(place, "\(fieldName(key)) is empty") }
    checkControls(text, field: key)
    return text
  }

  func int(_ key: String) -> Int {
    guard let value = value(key) else {
      log.add(place, "\(fieldName(key)) is missing")
      return 0
    }
    guard case .number(let text) = value, let number = Int(text) else {
      log.add(place, "\(fieldName(key)) must be a whole number")
      return 0
    }
    return number
  }

  func text(_ key: String) -> LocalizedText {
    guard let value = value(key) else {
      log.add(place, "\(fieldName(key)) is missing")
      return LocalizedText(ja: "", en: "")
    }
    return Self.localized(value, field: key, place: place, log: log)
  }

  func optionalText(_ key: String) -> LocalizedText? {
    guard let value = value(key) else { return nil }
    return Self.localized(value, field: key, place: place, log: log)
  }

  static func localized(_ value: JSONValue, field: String, place: String, log: ProblemLog) -> LocalizedText {
    guard case .object(let members) = value else {
      log.add(place, "field \"\(field)\" must be an object {\"ja\": …, \"en\": …}, not \(value.kindDescription)")
      return LocalizedText(ja: "", en: "")
    }
    var texts: [Language: String] = [:]
    for language in Language.allCases {
      let name = "\(field).\(language.rawValue)"
      guard let member = members.first(where: { $0.0 == language.rawValue })?.1 else {
        log.add(place, "field \"\(name)\" is missing")
        continue
      }
      guard case .string(let text) = member else {
        log.add(place, "field \"\(name)\" must be a string, not \(member.kindDescription)")
        continue
      }
      if text.trimmingSpaces.isEmpty { log.add(place, "field \"\(name)\" is empty") }
      checkControls(text, field: name, place: place, log: log)
      texts[language] = text
    }
    for (key, _) in members where key != "ja" && key != "en" {
      log.add(place, "field \"\(field)\" has an unknown language \"\(Sanitize.forMessage(key))\" (only ja and en)")
    }
    return LocalizedText(ja: texts[.ja] ?? "", en: texts[.en] ?? "")
  }

  private func checkControls(_ text: String, field: String) {
    Self.checkControls(text, field: field, place: place, log: log)
  }

  static func checkControls(_ text: String, field: String, place: String, log: ProblemLog) {
    if let bad = text.unicodeScalars.first(where: Sanitize.isForbiddenControl) {
      let code = "U+" + String(bad.value, radix: 16, uppercase: true)
      log.add(
        place,
        "field \"\(field)\" contains the control character \(code); text may hold only printable characters, newline and tab"
      )
    }
  }

  func stringArray(_ key: String) -> [String] {
    guard let value = value(key) else {
      log.add(place, "\(fieldName(key)) is missing")
      return []
    }
    guard case .array(let elements) = value else {
      log.add(place, "\(fieldName(key)) must be an array of ids")
      return []
    }
    var result: [String] = []
    for (k, element) in elements.enumerated() {
      if case .string(let s) = element {
        checkControls(s, field: "\(key)[\(k)]")
        result.append(s)
      } else {
        log.add(place, "\(fieldName(key))[\(k)] must be a string id, not \(element.kindDescription)")
      }
    }
    return result
  }

  func object(_ key: String) -> ObjectReader? {
    guard let value = value(key) else {
      log.add(place, "\(fieldName(key)) is missing")
      return nil
    }
    return Self.item(value, path: "\(path).\(key)", log: log, parentPlace: place)
  }

  /// Reads an array of items, each with `make`. An empty array is a problem when `nonEmpty`.
  func items<T>(_ key: String, nonEmpty: Bool = true, _ make: (ObjectReader) -> T) -> [T] {
    guard let value = value(key) else {
      log.add(place, "\(fieldName(key)) is missing")
      return []
    }
    guard case .array(let elements) = value else {
      log.add(place, "\(fieldName(key)) must be an array, not \(value.kindDescription)")
      return []
    }
    if nonEmpty && elements.isEmpty { log.add(place, "\(fieldName(key)) is empty") }
    var result: [T] = []
    for (k, element) in elements.enumerated() {
      if let reader = Self.item(element, path: "\(path).\(key)[\(k)]", log: log, parentPlace: place) {
        result.append(make(reader))
      }
    }
    return result
  }

  func optionalItems<T>(_ key: String, _ make: (ObjectReader) -> T) -> [T] {
    value(key) == nil ? [] : items(key, nonEmpty: false, make)
  }

  /// Logs every field this object has that the schema does not know.
  func allowOnly(_ keys: Set<String>) {
    for (key, _) in fields where !keys.contains(key) {
      log.add(place, "unknown field \"\(Sanitize.forMessage(key))\"")
    }
  }
}

extension String {
  var trimmingSpaces: Substring {
    var s = Substring(self)
    while let first = s.first, first.isWhitespace { s.removeFirst() }
    while let last = s.last, last.isWhitespace { s.removeLast() }
    return s
  }
}

// MARK: - Each type from its reader

extension ObjectReader {
  func textItem() -> TextItem {
    allowOnly(["id", "section", "text"])
    return TextItem(id: string("id"), section: string("section"), text: text("text"))
  }

  func links(_ key: String) -> Links {
    guard let reader = object(key) else { return Links(basis: "", analysis: [], calls: [], recommendations: []) }
    reader.allowOnly(["basis", "analysis", "calls", "recommendations"])
    // The links object has no id of its own; name it after its owner.
    let named = ObjectReader(fields: reader.fields, place: place, path: reader.path, log: log)
    let basis = named.string("basis")
    if !basis.isEmpty && basis != "editorial" && basis != "source" {
      log.add(place, "field \"\(key).basis\" must be \"editorial\" or \"source\"")
    }
    return Links(
      basis: basis, analysis: named.stringArray("analysis"), calls: named.stringArray("calls"),
      recommendations: named.value("recommendations") == nil ? [] : named.stringArray("recommendations"))
  }
}

enum DatasetDecoder {
  static let topLevelKeys: Set<String> = [
    "$schema", "schemaVersion", "sections", "document", "positioning", "trends", "analysis", "proposals",
    "calls", "panel",
  ]

  /// Reads the whole dataset; problems go to `log`.
  static func decode(_ root: JSONValue, log: ProblemLog) -> Dataset? {
    guard case .object(let fields) = root else {
      log.add("line 1, column 1", "the top level must be a JSON object, not \(root.kindDescription)")
      return nil
    }
    let top = ObjectReader(fields: fields, place: "top level", path: "top level", log: log)
    top.allowOnly(topLevelKeys)
    let version = top.int("schemaVersion")
    if version != 0 && version != 1 {
      log.add("top level", "schemaVersion \(version) is not supported; this program reads version 1")
    }
    let sections = top.items("sections") { r in
      r.allowOnly(["id", "number", "heading"])
      return Section(id: r.string("id"), number: r.string("number", required: false), heading: r.text("heading"))
    }
    guard let document = top.object("document").map(documentInfo),
      let positioning = top.object("positioning").map(positioningPart),
      let trends = top.object("trends").map(trendsPart),
      let analysis = top.object("analysis").map(analysisPart),
      let proposals = top.object("proposals").map(proposalsPart),
      let calls = top.object("calls").map(callsPart),
      let panel = top.object("panel").map(panelPart)
    else { return nil }
    return Dataset(
      schemaVersion: version, sections: sections, document: document, positioning: positioning,
      trends: trends, analysis: analysis, proposals: proposals, calls: calls, panel: panel)
  }

  static func documentInfo(_ r: ObjectReader) -> DocumentInfo {
    r.allowOnly(["id", "section", "title", "subtitle", "publisher", "lead", "tohokuNote", "prefectures"])
    return DocumentInfo(
      id: r.string("id"), section: r.string("section"), title: r.text("title"), subtitle: r.text("subtitle"),
      publisher: r.text("publisher"), lead: r.text("lead"), tohokuNote: r.text("tohokuNote"),
      prefectures: r.items("prefectures") { p in
        p.allowOnly(["id", "section", "name"])
        return Prefecture(id: p.string("id"), section: p.string("section"), name: p.text("name"))
      })
  }

  static func positioningPart(_ r: ObjectReader) -> Positioning {
    r.allowOnly(["id", "section", "title", "paragraphs"])
    return Positioning(
      id: r.string("id"), section: r.string("section"), title: r.text("title"),
      paragraphs: r.items("paragraphs") { $0.textItem() })
  }

  static func trendsPart(_ r: ObjectReader) -> Trends {
    r.allowOnly(["id", "section", "title", "paragraphs", "items", "figure", "reconstruction"])
    let items = r.items("items") { t in
      t.allowOnly(["id", "section", "number", "title", "figureLabel", "bullets"])
      return Trend(
        id: t.string("id"), section: t.string("section"), number: t.int("number"), title: t.text("title"),
        figureLabel: t.text("figureLabel"),
        bullets: t.items("bullets") { b in
          b.allowOnly(["id", "section", "label", "text"])
          return LabeledItem(
            id: b.string("id"), section: b.string("section"), label: b.text("label"), text: b.text("text"))
        })
    }
    let figure =
      r.object("figure").map { f in
        f.allowOnly(["id", "section", "title", "labels", "source", "reconstruction"])
        return TrendFigure(
          id: f.string("id"), section: f.string("section"), title: f.text("title"),
          labels: f.items("labels", nonEmpty: false) { $0.textItem() }, source: f.text("source"),
          reconstruction: f.optionalText("reconstruction"))
      } ?? TrendFigure(id: "", section: "", title: .empty, labels: [], source: .empty, reconstruction: nil)
    return Trends(
      id: r.string("id"), section: r.string("section"), title: r.text("title"),
      paragraphs: r.items("paragraphs") { $0.textItem() }, items: items, figure: figure,
      reconstruction: r.optionalText("reconstruction"))
  }

  static func analysisItems(_ r: ObjectReader, _ key: String, categorized: Bool) -> [AnalysisItem] {
    r.items(key) { a in
      a.allowOnly(categorized ? ["id", "section", "category", "text"] : ["id", "section", "category", "text"])
      return AnalysisItem(
        id: a.string("id"), section: a.string("section"),
        category: categorized ? a.text("category") : a.optionalText("category"), text: a.text("text"))
    }
  }

  static func analysisPart(_ r: ObjectReader) -> Analysis {
    r.allowOnly([
      "id", "section", "title", "trendsTitle", "strengthsLabel", "weaknessesLabel", "opportunitiesLabel",
      "strengths", "weaknesses", "opportunities", "timeAxis", "basicRecognitionTitle", "basicRecognition",
    ])
    let timeAxis =
      r.object("timeAxis").map { t in
        t.allowOnly(["id", "section", "label", "before", "event", "after", "reconstruction"])
        return TimeAxis(
          id: t.string("id"), section: t.string("section"), label: t.text("label"), before: t.text("before"),
          event: t.text("event"), after: t.text("after"), reconstruction: t.optionalText("reconstruction"))
      }
      ?? TimeAxis(
        id: "", section: "", label: .empty, before: .empty, event: .empty, after: .empty, reconstruction: nil)
    return Analysis(
      id: r.string("id"), section: r.string("section"), title: r.text("title"),
      trendsTitle: r.text("trendsTitle"), strengthsLabel: r.text("strengthsLabel"),
      weaknessesLabel: r.text("weaknessesLabel"), opportunitiesLabel: r.text("opportunitiesLabel"),
      strengths: analysisItems(r, "strengths", categorized: true),
      weaknesses: analysisItems(r, "weaknesses", categorized: true),
      opportunities: analysisItems(r, "opportunities", categorized: false),
      timeAxis: timeAxis, basicRecognitionTitle: r.text("basicRecognitionTitle"),
      basicRecognition: r.items("basicRecognition") { $0.textItem() })
  }

  static func proposalsPart(_ r: ObjectReader) -> Proposals {
    r.allowOnly(["id", "section", "title", "measuresHeading", "items", "structure", "dualLife"])
    let items = r.items("items") { p in
      p.allowOnly(["id", "section", "number", "title", "goal", "measures", "measuresEtc", "links"])
      return Proposal(
        id: p.string("id"), section: p.string("section"), number: p.int("number"), title: p.text("title"),
        goal: p.text("goal"),
        measures: p.items("measures") { m in
          m.allowOnly(["id", "section", "text", "links"])
          return Measure(
            id: m.string("id"), section: m.string("section"), text: m.text("text"), links: m.links("links"))
        },
        measuresEtc: p.text("measuresEtc"), links: p.links("links"))
    }
    let structure =
      r.object("structure").map { s in
        s.allowOnly(["id", "section", "text", "foundation", "driven", "reconstruction"])
        return ProposalStructure(
          id: s.string("id"), section: s.string("section"), text: s.text("text"),
          foundation: s.stringArray("foundation"), driven: s.stringArray("driven"),
          reconstruction: s.optionalText("reconstruction"))
      } ?? ProposalStructure(id: "", section: "", text: .empty, foundation: [], driven: [], reconstruction: nil)
    let dualLife =
      r.object("dualLife").map { d in
        d.allowOnly([
          "id", "section", "title", "paragraphs", "figureCaption", "patterns", "figureNote", "figureSource",
        ])
        return DualLife(
          id: d.string("id"), section: d.string("section"), title: d.text("title"),
          paragraphs: d.items("paragraphs") { $0.textItem() }, figureCaption: d.text("figureCaption"),
          patterns: d.items("patterns") { p in
            p.allowOnly(["id", "section", "name", "work", "living", "elements"])
            return LifePattern(
              id: p.string("id"), section: p.string("section"), name: p.text("name"), work: p.text("work"),
              living: p.text("living"), elements: p.items("elements") { $0.textItem() })
          },
          figureNote: d.text("figureNote"), figureSource: d.text("figureSource"))
      }
      ?? DualLife(
        id: "", section: "", title: .empty, paragraphs: [], figureCaption: .empty, patterns: [], figureNote: .empty,
        figureSource: .empty)
    return Proposals(
      id: r.string("id"), section: r.string("section"), title: r.text("title"),
      measuresHeading: r.text("measuresHeading"), items: items, structure: structure, dualLife: dualLife)
  }

  static func callGroup(_ r: ObjectReader, _ key: String) -> CallGroup {
    guard let g = r.object(key) else { return CallGroup(label: .empty, items: [], itemsEtc: .empty) }
    g.allowOnly(["label", "items", "itemsEtc"])
    return CallGroup(label: g.text("label"), items: g.items("items") { $0.textItem() }, itemsEtc: g.text("itemsEtc"))
  }

  static func callsPart(_ r: ObjectReader) -> Calls {
    r.allowOnly(["id", "section", "title", "lead", "government", "firms"])
    return Calls(
      id: r.string("id"), section: r.string("section"), title: r.text("title"), lead: r.text("lead"),
      government: callGroup(r, "government"), firms: callGroup(r, "firms"))
  }

  static func panelPart(_ r: ObjectReader) -> Panel {
    r.allowOnly(["id", "section", "title", "recommendationsTitle", "tableHeadings", "meetings", "members"])
    // Optional: a dataset written before the headings were taken in is still valid.
    let headings = (r.value("tableHeadings") == nil ? nil : r.object("tableHeadings")).map { h in
      h.allowOnly(["field", "name", "honorifics", "affiliation", "remarks"])
      return PanelTableHeadings(
        field: h.text("field"), name: h.text("name"), honorifics: h.text("honorifics"),
        affiliation: h.text("affiliation"), remarks: h.text("remarks"))
    }
    let meetings = r.items("meetings") { m in
      m.allowOnly(["id", "section", "number", "date"])
      let date = m.string("date")
      if !date.isEmpty && !isISODate(date) { m.log.add(m.place, "field \"date\" must be a date like 2020-09-23") }
      return Meeting(id: m.string("id"), section: m.string("section"), number: m.int("number"), date: date)
    }
    let members = r.items("members") { e in
      e.allowOnly([
        "id", "section", "name", "role", "field", "affiliation", "background", "perspective", "recommendations",
      ])
      return PanelMember(
        id: e.string("id"), section: e.string("section"), name: e.text("name"), role: e.optionalText("role"),
        field: e.text("field"), affiliation: e.text("affiliation"),
        background: e.items("background", nonEmpty: false) { $0.textItem() }, perspective: e.text("perspective"),
        recommendations: e.items("recommendations") { rec in
          rec.allowOnly(["id", "section", "text", "points"])
          return Recommendation(
            id: rec.string("id"), section: rec.string("section"), text: rec.text("text"),
            points: rec.optionalItems("points") { $0.textItem() })
        })
    }
    return Panel(
      id: r.string("id"), section: r.string("section"), title: r.text("title"),
      recommendationsTitle: r.text("recommendationsTitle"), tableHeadings: headings, meetings: meetings,
      members: members)
  }

  static func isISODate(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }
}

extension LocalizedText {
  static let empty = LocalizedText(ja: "", en: "")
}
