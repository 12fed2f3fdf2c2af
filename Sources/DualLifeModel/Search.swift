import Synchronization

// Keyword search over every text of the dataset, in both languages, whatever the display language.
// Built once, on the first search: every field of every entry is folded (see SearchFolding) with a map back to its characters.
// Ranking: a match in a title counts more than one in a goal, more than a label, more than body text; the whole
// phrase in one field counts more than the same words scattered; ties keep source order.

/// One search result.
public struct SearchHit: Sendable, Hashable {
  public let id: String
  public let kind: EntryKind
  /// The name of the field shown ("title", "goal", "text", …).
  public let field: String
  /// The language of `text`: the display language when the match is there, else the other one.
  public let language: Language
  /// The matched text, whole.
  public let text: String
  /// The matches in `text`, as character (grapheme cluster) offsets, sorted and not overlapping.
  public let ranges: [Range<Int>]
  /// Where the item sits: "P1 › M2".
  public let path: String
  public let score: Int
}

/// A query, folded and split into words.
public struct SearchQuery: Sendable, Hashable {
  public let text: String
  let words: [[UInt32]]
  /// The words joined without spaces, for the whole-phrase bonus ("二地域 居住" is found as 二地域居住 too).
  let phrase: [UInt32]
  let spacedPhrase: [UInt32]

  public init(_ text: String) {
    self.text = text
    let folded = SearchFolding.fold(text).map(\.value)
    var words: [[UInt32]] = []
    var current: [UInt32] = []
    for v in folded {
      if v == 0x20 || v == 0x09 || v == 0x0A {
        if !current.isEmpty { words.append(current) }
        current = []
      } else {
        current.append(v)
      }
    }
    if !current.isEmpty { words.append(current) }
    self.words = words
    self.phrase = words.flatMap { $0 }
    self.spacedPhrase = Array(words.joined(separator: [0x20]))
  }

  public var isEmpty: Bool { words.isEmpty }
}

/// The folded texts of every entry.
public struct SearchIndex: Sendable {
  struct Field: Sendable {
    let entry: Int
    let name: String
    let language: Language
    let rank: FieldRank
    let text: String
    let folded: [UInt32]
    /// For each folded scalar, the Unicode scalar offset in `text` it came from.
    let offsets: [Int32]
  }

  let fields: [Field]
  /// For each entry, the range of its fields in `fields`.
  let fieldRanges: [Range<Int>]
  let entries: [(id: String, kind: EntryKind)]
  let paths: [String]

  init(catalog: Catalog) {
    var fields: [Field] = []
    var ranges: [Range<Int>] = []
    var entries: [(String, EntryKind)] = []
    var paths: [String] = []
    for (k, entry) in catalog.entries.enumerated() {
      let start = fields.count
      for field in entry.fields {
        for language in Language.allCases {
          let text = field.text[language]
          let (folded, offsets) = SearchFolding.foldWithOffsets(text)
          fields.append(
            Field(
              entry: k, name: field.name, language: language, rank: field.rank, text: text, folded: folded,
              offsets: offsets))
        }
      }
      ranges.append(start..<fields.count)
      entries.append((entry.id, entry.kind))
      paths.append(catalog.path(entry.id))
    }
    self.fields = fields
    self.fieldRanges = ranges
    self.entries = entries
    self.paths = paths
  }

  /// All entries that contain every word of the query, best first. `language` picks which text a hit shows.
  public func search(_ query: SearchQuery, language: Language, limit: Int = .max) -> [SearchHit] {
    guard !query.isEmpty else { return [] }
    var hits: [SearchHit] = []
    for (entryIndex, range) in fieldRanges.enumerated() {
      if let hit = match(entryIndex, range, query, language) { hits.append(hit) }
    }
    // Stable: equal scores keep source order.
    let ranked = hits.enumerated().sorted { a, b in
      a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
    }
    return ranked.prefix(limit).map(\.element)
  }

  public func search(_ text: String, language: Language, limit: Int = .max) -> [SearchHit] {
    search(SearchQuery(text), language: language, limit: limit)
  }

  private func match(_ entryIndex: Int, _ range: Range<Int>, _ query: SearchQuery, _ language: Language)
    -> SearchHit?
  {
    var score = 0
    // Best rank found for each word; a word found nowhere rules the entry out.
    for word in query.words {
      var best: FieldRank?
      for f in range where Self.find(word, in: fields[f].folded, from: 0) != nil {
        best = max(best ?? fields[f].rank, fields[f].rank)
      }
      guard let best else { return nil }
      score += best.rawValue * 10
    }
    // Pick the field to show: most words, then the display language, then the highest rank.
    var chosen: (field: Int, words: Int, phrase: Bool)?
    for f in range {
      let field = fields[f]
      let count = query.words.reduce(0) { $0 + (Self.find($1, in: field.folded, from: 0) != nil ? 1 : 0) }
      guard count > 0 else { continue }
      let phrase =
        query.words.count > 1
        && (Self.find(query.spacedPhrase, in: field.folded, from: 0) != nil
          || Self.find(query.phrase, in: field.folded, from: 0) != nil)
      if let c = chosen {
        let current = fields[c.field]
        let better =
          (phrase ? 1 : 0, count, field.language == language ? 1 : 0, field.rank.rawValue)
          > (c.phrase ? 1 : 0, c.words, current.language == language ? 1 : 0, current.rank.rawValue)
        if !better { continue }
      }
      chosen = (f, count, phrase)
    }
    guard let chosen else { return nil }
    let field = fields[chosen.field]
    if chosen.words == query.words.count { score += 15 }  // all words in one field
    if chosen.phrase { score += 50 }  // the whole phrase as typed
    if field.folded == query.phrase || field.folded == query.spacedPhrase { score += 10 }  // the field is the query
    if let first = query.words.first, Self.find(first, in: field.folded, from: 0) == 0 { score += 3 }
    return SearchHit(
      id: entries[entryIndex].id, kind: entries[entryIndex].kind, field: field.name, language: field.language,
      text: field.text, ranges: Self.ranges(of: query, in: field), path: paths[entryIndex], score: score)
  }

  /// Character ranges of every occurrence of every word, merged.
  static func ranges(of query: SearchQuery, in field: Field) -> [Range<Int>] {
    let characterOf = SearchFolding.characterOffsets(field.text)
    var found: [Range<Int>] = []
    for word in query.words {
      var from = 0
      while let at = find(word, in: field.folded, from: from) {
        let lower = characterOf[Int(field.offsets[at])]
        let upper = characterOf[Int(field.offsets[at + word.count - 1])] + 1
        found.append(lower..<upper)
        from = at + 1
      }
    }
    found.sort { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for r in found {
      if let last = merged.last, r.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
      } else {
        merged.append(r)
      }
    }
    return merged
  }

  /// The first index at or after `from` where `needle` occurs in `haystack`.
  static func find(_ needle: [UInt32], in haystack: [UInt32], from: Int) -> Int? {
    let n = needle.count
    guard n > 0, haystack.count - from >= n else { return nil }
    let first = needle[0]
    var i = from
    let last = haystack.count - n
    while i <= last {
      if haystack[i] == first {
        var k = 1
        while k < n && haystack[i + k] == needle[k] { k += 1 }
        if k == n { return i }
      }
      i += 1
    }
    return nil
  }
}

/// Holds a dataset's search index once it is built; safe to share between threads.
final class SearchIndexCache: Sendable {
  private let built = Mutex<SearchIndex?>(nil)

  func index(for catalog: Catalog) -> SearchIndex {
    built.withLock { index in
      if let index { return index }
      let made = SearchIndex(catalog: catalog)
      index = made
      return made
    }
  }
}

extension Dataset {
  /// Searches every text of the dataset; see `SearchIndex`.
  public func search(_ query: String, language: Language, limit: Int = .max) -> [SearchHit] {
    searchIndex.search(query, language: language, limit: limit)
  }
}

extension SearchIndex {
  /// For the benchmark: builds the index again from a dataset's catalog.
  public static func benchmarkBuild(_ dataset: Dataset) -> SearchIndex {
    SearchIndex(catalog: dataset.catalog)
  }
}
