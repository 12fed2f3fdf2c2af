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
  /// For each pair of adjacent folded scalars (and each single scalar), the fields that contain it, in order.
  /// A word of one or two scalars is found by its list alone; a longer word is checked only in the fields listed
  /// under its rarest pair. So a keystroke costs in proportion to the matches, not to the dataset.
  let postings: [UInt64: [Int32]]

  /// A searchable item: what the index needs of a catalog entry.
  public struct Item: Sendable {
    public let id: String
    public let kind: EntryKind
    public let path: String
    public let fields: [EntryField]

    public init(id: String, kind: EntryKind, path: String, fields: [EntryField]) {
      self.id = id
      self.kind = kind
      self.path = path
      self.fields = fields
    }
  }

  init(catalog: Catalog) {
    self.init(
      items: catalog.entries.map { Item(id: $0.id, kind: $0.kind, path: catalog.path($0.id), fields: $0.fields) })
  }

  /// An index over any items (the benchmark builds one a thousand times the size of the bundled data).
  public init(items: [Item]) {
    var fields: [Field] = []
    var ranges: [Range<Int>] = []
    var entries: [(String, EntryKind)] = []
    var paths: [String] = []
    var postings: [UInt64: [Int32]] = [:]
    var keys: [UInt64] = []
    for (k, item) in items.enumerated() {
      let start = fields.count
      for field in item.fields {
        for language in Language.allCases {
          let text = field.text[language]
          let (folded, offsets) = SearchFolding.foldWithOffsets(text)
          let f = Int32(fields.count)
          fields.append(
            Field(
              entry: k, name: field.name, language: language, rank: field.rank, text: text, folded: folded,
              offsets: offsets))
          // Each key once per field: sorting a short array is cheaper than hashing into a set.
          keys.removeAll(keepingCapacity: true)
          for (i, scalar) in folded.enumerated() {
            keys.append(Self.key(scalar))
            if i + 1 < folded.count { keys.append(Self.key(scalar, folded[i + 1])) }
          }
          keys.sort()
          var previous: UInt64?
          for key in keys where key != previous {
            postings[key, default: []].append(f)
            previous = key
          }
        }
      }
      ranges.append(start..<fields.count)
      entries.append((item.id, item.kind))
      paths.append(item.path)
    }
    self.fields = fields
    self.fieldRanges = ranges
    self.entries = entries
    self.paths = paths
    self.postings = postings
  }

  static func key(_ a: UInt32) -> UInt64 { UInt64(a) | (1 << 63) }
  static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

  /// The fields that contain a word, in order.
  func fields(containing word: [UInt32]) -> [Int32] {
    if word.count == 1 { return postings[Self.key(word[0])] ?? [] }
    var rarest: [Int32]?
    for i in 0..<(word.count - 1) {
      let list = postings[Self.key(word[i], word[i + 1])] ?? []
      if rarest == nil || list.count < (rarest?.count ?? 0) { rarest = list }
      if list.isEmpty { return [] }
    }
    guard let rarest else { return [] }
    // One or two scalars: the list is exact. Longer: check each listed field.
    if word.count == 2 { return rarest }
    return rarest.filter { Self.find(word, in: fields[Int($0)].folded, from: 0) != nil }
  }

  /// The best `limit` entries that contain every word of the query, and how many match in all.
  /// `language` picks which text a hit shows.
  public func results(_ query: SearchQuery, language: Language, limit: Int = .max) -> (hits: [SearchHit], total: Int) {
    let words = query.words
    guard !words.isEmpty, words.count <= 64 else { return ([], 0) }
    // For each word, the fields that contain it; merged in field order with a bit per word found.
    let lists = words.map { fields(containing: $0) }
    if lists.contains(where: \.isEmpty) { return ([], 0) }
    let all: UInt64 = words.count == 64 ? ~0 : (1 << UInt64(words.count)) - 1
    var heads = [Int](repeating: 0, count: lists.count)
    var scored: [(entry: Int, field: Int, score: Int)] = []
    var entry = -1
    var entryFields: [(field: Int, mask: UInt64)] = []

    func finish() {
      guard entry >= 0, !entryFields.isEmpty else { return }
      if let (field, score) = score(entryFields, all: all, query, language) { scored.append((entry, field, score)) }
      entryFields.removeAll(keepingCapacity: true)
    }

    while true {
      var next = Int32.max
      for (w, list) in lists.enumerated() where heads[w] < list.count { next = min(next, list[heads[w]]) }
      if next == Int32.max { break }
      var mask: UInt64 = 0
      for (w, list) in lists.enumerated() where heads[w] < list.count && list[heads[w]] == next {
        mask |= 1 << UInt64(w)
        heads[w] += 1
      }
      let f = Int(next)
      if fields[f].entry != entry {
        finish()
        entry = fields[f].entry
      }
      entryFields.append((f, mask))
    }
    finish()
    // Best score first; equal scores keep source order. Scores are small whole numbers, so counting them into
    // buckets is cheaper than sorting when a short query matches a hundred thousand entries.
    let top = Self.best(scored, limit: limit)
    let hits = top.map { s in
      let field = fields[s.field]
      return SearchHit(
        id: entries[s.entry].id, kind: entries[s.entry].kind, field: field.name, language: field.language,
        text: field.text, ranges: Self.ranges(of: query, in: field), path: paths[s.entry], score: s.score)
    }
    return (hits, scored.count)
  }

  /// The first `limit` of `scored` by descending score, keeping source order within a score.
  static func best(_ scored: [(entry: Int, field: Int, score: Int)], limit: Int) -> [(
    entry: Int, field: Int, score: Int
  )] {
    guard let highest = scored.map(\.score).max() else { return [] }
    var counts = [Int](repeating: 0, count: highest + 1)
    for s in scored { counts[max(0, s.score)] += 1 }
    // The lowest score that still makes the cut.
    var cut = highest
    var taken = counts[highest]
    while cut > 0 && taken < limit {
      cut -= 1
      taken += counts[cut]
    }
    var buckets = [[(entry: Int, field: Int, score: Int)]](repeating: [], count: highest - cut + 1)
    for s in scored where s.score >= cut { buckets[highest - s.score].append(s) }
    return Array(buckets.joined().prefix(limit))
  }

  /// An entry's score and the field its hit shows, from the fields that hold words of the query (with a bit per
  /// word); nil unless every word is somewhere in the entry.
  private func score(_ found: [(field: Int, mask: UInt64)], all: UInt64, _ query: SearchQuery, _ language: Language)
    -> (field: Int, score: Int)?
  {
    var union: UInt64 = 0
    for f in found { union |= f.mask }
    guard union == all else { return nil }
    var score = 0
    // Each word counts by the best field it is in: title > goal > label > body.
    for w in 0..<query.words.count {
      var best = 0
      for f in found where f.mask & (1 << UInt64(w)) != 0 { best = max(best, fields[f.field].rank.rawValue) }
      score += best * 10
    }
    // The field to show: the whole phrase, then most words, then the display language, then the highest rank.
    var chosen: (field: Int, key: (Int, Int, Int, Int))?
    for f in found {
      let field = fields[f.field]
      let count = f.mask.nonzeroBitCount
      let phrase =
        query.words.count > 1 && count == query.words.count
        && (Self.find(query.spacedPhrase, in: field.folded, from: 0) != nil
          || Self.find(query.phrase, in: field.folded, from: 0) != nil)
      let key = (phrase ? 1 : 0, count, field.language == language ? 1 : 0, field.rank.rawValue)
      if let c = chosen, !(key > c.key) { continue }
      chosen = (f.field, key)
    }
    guard let chosen else { return nil }
    let field = fields[chosen.field]
    if chosen.key.1 == query.words.count { score += 15 }  // all words in one field
    if chosen.key.0 == 1 { score += 50 }  // the whole phrase as typed
    if field.folded == query.phrase || field.folded == query.spacedPhrase { score += 10 }  // the field is the query
    if let first = query.words.first, field.folded.starts(with: first) { score += 3 }
    return (chosen.field, score)
  }

  /// All entries that contain every word of the query, best first.
  public func search(_ query: SearchQuery, language: Language, limit: Int = .max) -> [SearchHit] {
    results(query, language: language, limit: limit).hits
  }

  public func search(_ text: String, language: Language, limit: Int = .max) -> [SearchHit] {
    search(SearchQuery(text), language: language, limit: limit)
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
