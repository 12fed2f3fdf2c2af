// Reads Assets/glossary.json into a Glossary, collecting every problem with its place ("GL15: field \"term.en\" is
// empty"), as the dataset's decoder does.

enum GlossaryDecoder {
  static func decode(_ root: JSONValue, log: ProblemLog) -> Glossary? {
    guard case .object(let fields) = root else {
      log.add("line 1, column 1", "the top level must be a JSON object, not \(root.kindDescription)")
      return nil
    }
    let top = ObjectReader(fields: fields, place: "top level", path: "top level", log: log)
    top.allowOnly(["$schema", "schemaVersion", "note", "entries"])
    let version = top.int("schemaVersion")
    if version != 0 && version != 1 {
      log.add("top level", "schemaVersion \(version) is not supported; this program reads version 1")
    }
    _ = top.text("note")
    let entries = top.items("entries", entry)
    var seen = Set<String>()
    for (k, entry) in entries.enumerated() where !entry.id.isEmpty {
      if !seen.insert(entry.id).inserted {
        log.add(Sanitize.forMessage(entry.id), "the id is used by more than one entry; ids must be unique")
      } else if entry.id != "GL\(k + 1)" {
        log.add(
          Sanitize.forMessage(entry.id),
          "the \(k + 1). entry must have the id GL\(k + 1) (ids are never renumbered; a new entry goes at the end)")
      }
    }
    return Glossary(entries: entries)
  }

  static func entry(_ r: ObjectReader) -> GlossaryEntry {
    r.allowOnly(["id", "term", "variants", "basis", "note"])
    let basis = r.string("basis")
    if !basis.isEmpty && basis != "editorial" {
      log(r, "field \"basis\" must be \"editorial\" (the glossary is not part of the source)")
    }
    var variants: [Language: [String]] = [:]
    if let v = r.object("variants") {
      v.allowOnly(["ja", "en"])
      for language in Language.allCases {
        let words = v.stringArray(language.rawValue)
        for (k, word) in words.enumerated() where word.trimmingSpaces.isEmpty {
          log(r, "field \"variants.\(language.rawValue)[\(k)]\" is empty")
        }
        variants[language] = words
      }
    }
    return GlossaryEntry(
      id: r.string("id"), term: r.text("term"), variants: variants, note: r.optionalText("note"))
  }

  private static func log(_ r: ObjectReader, _ message: String) {
    r.log.add(r.place, message)
  }

  /// A word (folded) may belong to one entry only: otherwise a query would widen to two unrelated terms.
  static func checkWords(_ glossary: Glossary, log: ProblemLog) {
    let shared = glossary.entriesByWord.filter { $0.value.count > 1 }
    for (word, owners) in shared.sorted(by: { ($0.value[0], $0.value[1]) < ($1.value[0], $1.value[1]) }) {
      let ids = owners.map { glossary.entries[$0].id }
      let shown = String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init)))
      log.add(
        ids[1], "the word \"\(Sanitize.forMessage(shown))\" is also in \(ids[0]); a word belongs to one entry only")
    }
  }
}
