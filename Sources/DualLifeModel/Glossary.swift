// The bilingual glossary (Assets/glossary.json): the source's terms and the words people type for them. Search
// reads it to widen a query ("テレワーク" finds what the source calls リモートワーク); `validate` checks it with the
// dataset, because a term the dataset no longer says would widen queries to nothing.

/// One glossary entry: the source's term and the everyday words for it.
public struct GlossaryEntry: Sendable, Hashable {
  public let id: String
  /// `ja`: the source's own term; `en`: the one English term the dataset uses for it.
  public let term: LocalizedText
  public let variants: [Language: [String]]
  public let note: LocalizedText?

  package init(id: String, term: LocalizedText, variants: [Language: [String]], note: LocalizedText?) {
    self.id = id
    self.term = term
    self.variants = variants
    self.note = note
  }

  /// Every word of the entry: the term in both languages, then the variants.
  public var words: [String] { words(.ja) }

  /// Every word, those of `language` first (the term, then its variants): a hit found through the first shows
  /// the text in that language.
  public func words(_ language: Language) -> [String] {
    [term[language]] + (variants[language] ?? []) + [term[language.toggled]] + (variants[language.toggled] ?? [])
  }
}

public struct Glossary: Sendable {
  public let entries: [GlossaryEntry]
  /// Each folded word of every entry, with the entry's index, in entry order. A list, not a dictionary: a lookup
  /// compares a few hundred short arrays (microseconds), and a list costs nothing to make from the prepared table.
  let words: [(folded: [UInt32], entry: Int)]

  init(entries: [GlossaryEntry], words: [(folded: [UInt32], entry: Int)]) {
    self.entries = entries
    self.words = words
  }

  package init(entries: [GlossaryEntry]) {
    self.entries = entries
    var words: [(folded: [UInt32], entry: Int)] = []
    for (k, entry) in entries.enumerated() {
      for word in entry.words {
        let folded = Self.fold(word)
        if !folded.isEmpty { words.append((folded, k)) }
      }
    }
    self.words = words
  }

  /// Each folded word and the entries that have it (for the check that a word belongs to one entry only).
  var entriesByWord: [[UInt32]: [Int]] {
    var byWord: [[UInt32]: [Int]] = [:]
    for (folded, k) in words where byWord[folded]?.last != k { byWord[folded, default: []].append(k) }
    return byWord
  }

  /// A glossary with no entries: search without widening.
  public static let empty = Glossary(entries: [])

  /// Folded like a query, spaces kept as one space: "Remote  Work" and "remote work" are the same word.
  static func fold(_ text: String) -> [UInt32] {
    SearchQuery(text).spacedPhrase
  }

  /// The entries one of whose words is the whole query, folded.
  func entries(matching query: SearchQuery) -> [GlossaryEntry] {
    var found: [Int] = []
    for (folded, k) in words where folded == query.spacedPhrase && found.last != k { found.append(k) }
    return found.map { entries[$0] }
  }

  /// Parses and checks glossary bytes: shape, ids GL1… in order and unique, a word in one entry only.
  public static func load(bytes: [UInt8], source: String) throws(DatasetError) -> Glossary {
    let root: JSONValue
    do {
      root = try JSONParser.parse(bytes, limits: .dataset)
    } catch {
      throw .invalid(
        source: source,
        problems: [DataProblem(place: "line \(error.line), column \(error.column)", message: error.message)])
    }
    let log = ProblemLog()
    let glossary = GlossaryDecoder.decode(root, log: log)
    if let glossary { GlossaryDecoder.checkWords(glossary, log: log) }
    guard let glossary, log.problems.isEmpty else { throw .invalid(source: source, problems: log.problems) }
    return glossary
  }

  /// What is wrong with the glossary for this dataset: every `term.ja` must be in one of the dataset's Japanese
  /// texts, as written.
  public func problems(with dataset: Dataset) -> [DataProblem] {
    let texts = dataset.catalog.entries.flatMap { $0.fields.map(\.text.ja) }
    return entries.compactMap { entry in
      let term = entry.term.ja
      // Its bytes first, which is quick, confirmed as characters; then, only if that finds none, as characters
      // alone (a term written in another normalization form): the same answer as the second scan on its own,
      // which on a file at the size cap took half a second.
      let bytes = Array(term.utf8)
      let found =
        texts.contains { Self.utf8($0, contains: bytes) && $0.contains(term) } || texts.contains { $0.contains(term) }
      return found
        ? nil
        : DataProblem(
          place: "glossary \(entry.id)",
          message: "field \"term.ja\" is \"\(Sanitize.forMessage(entry.term.ja))\", which no text of the dataset says")
    }
  }

  /// Whether `pattern` occurs in the text's UTF-8 bytes.
  static func utf8(_ text: String, contains pattern: [UInt8]) -> Bool {
    guard let first = pattern.first else { return true }
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= pattern.count else { return false }
      for i in 0...(bytes.count - pattern.count) where bytes[i] == first {
        var k = 1
        while k < pattern.count && bytes[i + k] == pattern[k] { k += 1 }
        if k == pattern.count { return true }
      }
      return false
    }
  }
}
