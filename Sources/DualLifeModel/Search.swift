import Synchronization

// Keyword search over every text of the dataset, in both languages, whatever the display language.
// Built once, on the first search: every field of every entry is folded (see SearchFolding); a hit's text is folded
// again with a map back to its characters. The bundled data comes folded already (PreparedSearch).
// Ranking: a match in a title counts more than one in a goal, more than a label, more than body text; the whole
// phrase in one field counts more than the same words scattered; on an equal match, what staff look for (proposals,
// measures, calls, analysis items) comes before figure words and panel biographies; ties keep source order.
// What the query says comes first; then what only a glossary word for it finds; a query that finds nothing as a
// whole is tried as its parts (SearchExpansion.swift).

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
  /// How the hit matched: the whole phrase, the words scattered, or the query's parts.
  public internal(set) var match: SearchMatch = .phrase
  /// The glossary word that found the hit, when the query's own words did not ("リモートワーク" for テレワーク).
  public internal(set) var glossaryWord: String?
  /// The glossary entry of `glossaryWord` (GL15).
  public internal(set) var glossaryID: String?
}

/// Why a hit matched, for ranking and for `search --format json`.
public enum SearchMatch: String, Sendable, Hashable {
  /// The query as typed, in one field (a one-word query always).
  case phrase
  /// Every word of the query, not together.
  case words
  /// The parts of a query that found nothing whole (DX推進 as DX and 推進).
  case parts
}

/// A query, folded and split into words.
public struct SearchQuery: Sendable, Hashable {
  public let text: String
  public internal(set) var words: [[UInt32]]
  /// The words joined without spaces, for the whole-phrase bonus ("二地域 居住" is found as 二地域居住 too).
  let phrase: [UInt32]
  let spacedPhrase: [UInt32]

  public init(_ text: String) {
    self.text = text
    let folded = SearchFolding.foldWithOffsets(text).scalars
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

  /// Character ranges in `text` where a word of the query stands, folded as search folds (for highlighting the
  /// matches on a page that a hit opened, as `less` does).
  public func occurrences(in text: String) -> [Range<Int>] {
    guard !words.isEmpty else { return [] }
    let (folded, offsets) = SearchFolding.foldWithOffsets(text)
    return SearchIndex.ranges(of: words, in: text, folded: folded, offsets: offsets)
  }
}

/// The folded texts of every entry.
public struct SearchIndex: Sendable {
  /// An entry that matched: the field its hit shows and its score.
  typealias Scored = (entry: Int, field: Int, score: Int)

  // Each field's facts, packed tight: a short query touches hundreds of thousands of fields on a big dataset, and
  // reading whole values (with their strings and arrays) costs more than the search itself.
  /// Each field's entry, length, first scalar, rank and language in one word: all that scoring a one-letter query
  /// reads of a field, and what bounds a longer query's score before any text is read.
  let fieldFacts: [FieldFact]
  /// Every field's text and name in one string (field f's text is at UTF-8 offsets textBounds[2f]..<textBounds[2f + 1],
  /// its name at nameBounds[2f]..<nameBounds[2f + 1]): so the prepared bundled table is not copied into thousands of
  /// strings of which a search shows a handful.
  let texts: String
  let textBounds: [Int]
  let nameBounds: [Int]
  /// For each entry, the range of its fields.
  let fieldRanges: [Range<Int>]
  let entries: [(id: String, kind: EntryKind)]
  let paths: [String]
  /// The glossary that widens a query to the source's own terms.
  let glossary: Glossary
  /// Whether `postings` were built: a one-shot search scans every field instead (see `oneShotIndex`).
  let hasPostings: Bool
  /// The words of the dataset, for "did you mean", made on the first search that finds nothing.
  let vocabulary = VocabularyCache()
  /// Without postings: the fields that hold each word a query looks for, found in one pass for all of them.
  let scans = ScanMemo()
  /// With postings: the fields found to hold the last few words that their triples alone could not answer, so
  /// the next keystroke ("remote" → "remote w") does not check the letters of "remote" in every field again.
  let checkedWords = CheckedWords()
  /// For each single folded scalar, pair and triple of adjacent ones, the fields that contain it, in order.
  /// A word of up to three scalars is found by its list alone; a longer word only in the fields under all of its
  /// triples. So a keystroke costs in proportion to the matches, not to the size of the dataset.
  let postings: [UInt64: PostingList]
  /// Each field's first two folded scalars as a key, and its length: enough to tell "starts with" and "is" for a
  /// short word without reading the field's text, which on a big dataset is a cache miss per field.
  let fieldHead: [UInt64]
  /// Every field's folded text, one after another (field f is at fieldStart[f]..<fieldStart[f + 1]): checking
  /// thousands of candidate fields then reads one array in order instead of thousands of separate ones.
  let folded: [UInt32]
  let fieldStart: [Int32]

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

  /// One field of an item in one language, as the index lays it out: what `PreparedSearch` writes and reads.
  struct Row {
    let entry: Int
    /// The field's name: its UTF-8 offsets in the index's `texts`.
    let name: Range<Int>
    let isJapanese: Bool
    let rank: UInt8
  }

  /// The proposals dataset's entries, then what followed them (when the policy context could be read).
  public init(catalog: Catalog, policy: PolicyContext?, glossary: Glossary, postings: Bool = true) {
    self.init(items: Self.items(catalog: catalog, policy: policy), glossary: glossary, postings: postings)
  }

  /// What the index searches of a catalog and a policy context, in order.
  public static func items(catalog: Catalog, policy: PolicyContext?) -> [Item] {
    catalog.entries.map { Item(id: $0.id, kind: $0.kind, path: catalog.path($0.id), fields: $0.fields) }
      + (policy?.searchItems ?? [])
  }

  /// An index over any items (the benchmark builds one a thousand times the size of the bundled data).
  /// Without `postings` only the folded texts are kept, and each word is found by scanning them: cheaper than
  /// building the lists for a program that searches once.
  public init(items: [Item], glossary: Glossary = .empty, postings withPostings: Bool = true) {
    var rows: [Row] = []
    var texts = ""
    var textBounds: [Int] = []
    var folded: [UInt32] = []
    var fieldStart: [Int32] = [0]
    var ranges: [Range<Int>] = []
    // Room for all of it at once: grown by doubling, the two largest arrays held the old and the new copy at the
    // peak (a search of a file at the size cap used an eighth more memory). Folding never adds scalars.
    var bytes = 0
    var scalars = 0
    for item in items {
      for field in item.fields {
        bytes += 2 * field.name.rawValue.utf8.count + field.text.ja.utf8.count + field.text.en.utf8.count
        scalars += field.text.ja.unicodeScalars.count + field.text.en.unicodeScalars.count
      }
    }
    texts.reserveCapacity(bytes)
    folded.reserveCapacity(scalars)
    for (k, item) in items.enumerated() {
      let start = rows.count
      for field in item.fields {
        for language in Language.allCases {
          let text = field.text[language]
          let nameStart = texts.utf8.count
          texts += field.name.rawValue
          rows.append(
            Row(
              entry: k, name: nameStart..<texts.utf8.count, isJapanese: language == .ja,
              rank: UInt8(field.rank.rawValue)))
          textBounds.append(texts.utf8.count)
          texts += text
          textBounds.append(texts.utf8.count)
          folded += SearchFolding.foldWithOffsets(text).scalars
          fieldStart.append(Int32(folded.count))
        }
      }
      ranges.append(start..<rows.count)
    }
    self.init(
      rows: rows, texts: texts, textBounds: textBounds, folded: folded, fieldStart: fieldStart, fieldRanges: ranges,
      entries: items.map { ($0.id, $0.kind) }, paths: items.map(\.path), glossary: glossary, postings: withPostings)
  }

  /// An index from its parts, laid out: by `init(items:)`, or read from a prepared table (`PreparedSearch`).
  init(
    rows: [Row], texts: String, textBounds: [Int], folded: [UInt32], fieldStart: [Int32], fieldRanges: [Range<Int>],
    entries: [(id: String, kind: EntryKind)], paths: [String], glossary: Glossary, postings withPostings: Bool
  ) {
    var nameBounds: [Int] = []
    nameBounds.reserveCapacity(2 * rows.count)
    for row in rows {
      nameBounds.append(row.name.lowerBound)
      nameBounds.append(row.name.upperBound)
    }
    self.nameBounds = nameBounds
    let bonus = entries.map { Self.kindBonus($0.kind) }
    self.fieldFacts = rows.indices.map { f in
      let row = rows[f]
      let start = Int(fieldStart[f])
      let length = Int(fieldStart[f + 1]) - start
      return FieldFact(
        entry: row.entry, rank: row.rank, isJapanese: row.isJapanese, bonus: bonus[row.entry],
        first: length > 0 ? folded[start] : 0, length: length)
    }
    self.texts = texts
    self.textBounds = textBounds
    self.folded = folded
    self.fieldStart = fieldStart
    self.fieldHead = (0..<rows.count).map { f in
      Self.head(folded[Int(fieldStart[f])..<Int(fieldStart[f + 1])])
    }
    self.fieldRanges = fieldRanges
    self.entries = entries
    self.paths = paths
    self.glossary = glossary
    self.hasPostings = withPostings
    self.postings = withPostings ? Self.postings(folded, fieldStart) : [:]
  }

  /// The fields that hold a key, in order; for a triple, also where it first stands in each.
  struct PostingList: Sendable {
    var fields: [Int32] = []
    /// For a triple: its first offset in each field of `fields` (at most 65,535: a later one is read from there).
    /// A longer word is looked for from there, not from the field's start: on a big dataset, reading whole
    /// paragraphs for the words their triples may hold was most of a keystroke's time.
    var firsts: [UInt16] = []

    /// A triple's field and first offset, in one look-up of its list.
    mutating func append(_ field: Int32, at offset: UInt16) {
      fields.append(field)
      firsts.append(offset)
    }
  }

  /// The posting lists: each key once per field, in field order.
  static func postings(_ folded: [UInt32], _ fieldStart: [Int32]) -> [UInt64: PostingList] {
    var postings: [UInt64: PostingList] = [:]
    postings.reserveCapacity(1 << 14)
    var keys: [UInt64] = []
    var triples: [(key: UInt64, at: UInt16)] = []
    for f in 0..<(fieldStart.count - 1) {
      let start = Int(fieldStart[f])
      let end = Int(fieldStart[f + 1])
      // Each key once per field: sorting a short array is cheaper than hashing into a set.
      keys.removeAll(keepingCapacity: true)
      triples.removeAll(keepingCapacity: true)
      for i in start..<end {
        let scalar = folded[i]
        keys.append(Self.key(scalar))
        if i + 1 < end { keys.append(Self.key(scalar, folded[i + 1])) }
        if i + 2 < end {
          triples.append((Self.key(scalar, folded[i + 1], folded[i + 2]), UInt16(min(i - start, 0xFFFF))))
        }
      }
      keys.sort()
      var previous: UInt64?
      for key in keys where key != previous {
        postings[key, default: PostingList()].fields.append(Int32(f))
        previous = key
      }
      // A triple's first place comes first among its places.
      triples.sort { $0.key != $1.key ? $0.key < $1.key : $0.at < $1.at }
      previous = nil
      for triple in triples where triple.key != previous {
        postings[triple.key, default: PostingList()].append(Int32(f), at: triple.at)
        previous = triple.key
      }
    }
    return postings
  }

  /// Tells, field by field in order, whether a word of four or more scalars is in fields that hold all its
  /// triples: where the i-th triple first stands i places after the first one's, the word stands there; otherwise
  /// the field is read from where the first triple first stands. (Reading thousands of paragraphs, a cache miss
  /// each, was most of a keystroke's time on a big dataset; the offsets are read in order.)
  struct WordReader {
    let word: [UInt32]
    let triples: [PostingList]
    var cursors: [Int]

    init(_ word: [UInt32], _ index: SearchIndex) {
      self.word = word
      triples =
        word.count < 3
        ? []
        : (0..<(word.count - 2)).map { i in
          index.postings[SearchIndex.key(word[i], word[i + 1], word[i + 2])] ?? .init()
        }
      cursors = [Int](repeating: 0, count: triples.count)
    }

    /// Back to the first field, to be asked again from there.
    mutating func rewind() { cursors = [Int](repeating: 0, count: triples.count) }

    /// Whether field `f` holds the word; `f` must not be below the last field asked about. (The lists are read
    /// in place, not taken out of `triples`: a copy retains and releases them at every field.)
    mutating func holds(_ f: Int, in index: SearchIndex) -> Bool {
      guard !triples.isEmpty else { return index.field(f, contains: word) }
      cursors[0] = SearchIndex.lowerBound(triples[0].fields, Int32(f), from: cursors[0])
      guard cursors[0] < triples[0].fields.count && triples[0].fields[cursors[0]] == Int32(f) else { return false }
      let first = Int(triples[0].firsts[cursors[0]])
      // Offsets near the cap of 65,535 may be cut, so not trusted.
      var inRow = first + word.count < 0xFFFF
      var i = 1
      while inRow && i < triples.count {
        cursors[i] = SearchIndex.lowerBound(triples[i].fields, Int32(f), from: cursors[i])
        inRow =
          cursors[i] < triples[i].fields.count && triples[i].fields[cursors[i]] == Int32(f)
          && Int(triples[i].firsts[cursors[i]]) == first + i
        i += 1
      }
      if inRow { return true }
      let from = Int(index.fieldStart[f]) + first
      return index.folded.withUnsafeBufferPointer { text in
        word.withUnsafeBufferPointer { word in
          SearchIndex.occurs(word, in: text, from: from, to: Int(index.fieldStart[f + 1]))
        }
      }
    }
  }

  /// Which fields of `list` (in order, each with all the word's triples) hold the word.
  func holding(_ word: [UInt32], _ list: [Int32]) -> [Int32] {
    var reader = WordReader(word, self)
    return list.filter { reader.holds(Int($0), in: self) }
  }

  /// Field f's text.
  func text(_ f: Int) -> String { slice(textBounds[2 * f], textBounds[2 * f + 1]) }

  /// Field f's name ("title", "text", …).
  func name(_ f: Int) -> String { slice(nameBounds[2 * f], nameBounds[2 * f + 1]) }

  private func slice(_ lower: Int, _ upper: Int) -> String {
    let utf8 = texts.utf8
    return String(texts[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)])
  }

  /// On an equal match, what staff look for first: the proposals, measures, calls and analysis items (20), then
  /// the source's other passages (10), then figure words, panel biographies and the like (0). Larger than the
  /// "the field is the word" bonus, so a figure's loose word no longer outranks the measure that says it.
  static func kindBonus(_ kind: EntryKind) -> Int {
    switch kind {
    case .proposal, .measure, .governmentCall, .firmCall, .strength, .weakness, .opportunity, .trend, .trendBullet,
      .recognition, .dualLife, .pattern:
      return 20
    // What followed comes after the proposals' own texts: the tool is about the proposals, policy is their context.
    case .figure, .figureLabel, .patternElement, .background, .expert, .meeting, .prefecture, .timeAxis, .policyItem:
      return 0
    default:
      return 10
    }
  }

  // Keys for one, two and three scalars (21 bits each) that cannot collide: a triple never sets bit 63; a pair
  // sets bit 63 only; a single scalar sets bits 63 and 62.
  static func key(_ a: UInt32) -> UInt64 { 3 << 62 | UInt64(a) }
  static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { 1 << 63 | UInt64(a) << 21 | UInt64(b) }
  static func key(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 { UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c) }

  /// The key a field's start is compared with: its first one or two scalars.
  static func head(_ folded: some RandomAccessCollection<UInt32>) -> UInt64 {
    var scalars = folded.makeIterator()
    guard let first = scalars.next() else { return 0 }
    guard let second = scalars.next() else { return key(first) }
    return key(first, second)
  }

  /// The fields that contain a word, in order; with `skipping`, only those of the entries it does not mark, left
  /// out before their letters are checked (a glossary word then costs in proportion to what it adds).
  func fields(containing word: [UInt32], skipping: [Bool]? = nil) -> [Int32] {
    let (list, exact) = candidates(for: word)
    guard let skipping else {
      if exact { return list }
      let checked = holding(word, list)
      checkedWords.keep(word, checked)
      return checked
    }
    let left = list.filter { !skipping[fieldFacts[Int($0)].entry] }
    return exact ? left : holding(word, left)
  }

  /// The fields that may contain a word, in order, and whether they all do: a word of up to three scalars is
  /// answered by its posting list; a longer one by the fields under all of its triples, which a few may hold
  /// apart (telling those apart can wait until other words have narrowed them down).
  func candidates(for word: [UInt32]) -> (fields: [Int32], exact: Bool) {
    guard hasPostings else { return (scans.fields(word) ?? scan(for: [word])[0], true) }
    if word.count > 3, let checked = checkedWords.fields(word) { return (checked, true) }
    if word.count == 1 { return (postings[Self.key(word[0])]?.fields ?? [], true) }
    if word.count == 2 { return (postings[Self.key(word[0], word[1])]?.fields ?? [], true) }
    var lists: [[Int32]] = []
    for i in 0..<(word.count - 2) {
      let list = postings[Self.key(word[i], word[i + 1], word[i + 2])]?.fields ?? []
      if list.isEmpty { return ([], true) }
      lists.append(list)
    }
    // Three scalars: the list is exact. Longer: only fields with every triple of the word can hold it;
    // intersecting the lists (rarest first) is cheap.
    if word.count == 3 { return (lists[0], true) }
    lists.sort { $0.count < $1.count }
    var candidates = lists[0]
    for list in lists.dropFirst() {
      candidates = Self.intersect(candidates, list)
      if candidates.isEmpty { return ([], true) }
    }
    return (candidates, false)
  }

  /// For each word, the fields that contain it: one pass over all the folded texts for all the words (an index
  /// without postings). A position is compared only with the words whose first scalar may be there (a 64-bit
  /// filter on it), so a query and its glossary's words cost about one pass.
  func scan(for words: [[UInt32]]) -> [[Int32]] {
    var found = [[Int32]](repeating: [], count: words.count)
    let searched = words.indices.filter { !words[$0].isEmpty }
    guard !searched.isEmpty else { return found }
    var filter: UInt64 = 0
    for w in searched { filter |= 1 << UInt64(words[w][0] & 63) }
    var last = [Int](repeating: -1, count: words.count)
    folded.withUnsafeBufferPointer { text in
      fieldStart.withUnsafeBufferPointer { starts in
        var f = 0
        for i in 0..<text.count where filter & (1 << UInt64(text[i] & 63)) != 0 {
          while Int(starts[f + 1]) <= i { f += 1 }
          let fieldEnd = Int(starts[f + 1])
          for w in searched where last[w] != f {
            let word = words[w]
            // A match that runs into the next field is not one.
            guard word[0] == text[i], i + word.count <= fieldEnd else { continue }
            var k = 1
            while k < word.count && text[i + k] == word[k] { k += 1 }
            if k == word.count {
              found[w].append(Int32(f))
              last[w] = f
            }
          }
        }
      }
    }
    return found
  }

  /// The values in both sorted lists. `small` is walked; `large` is searched from the last match on.
  static func intersect(_ small: [Int32], _ large: [Int32]) -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(small.count)
    var cursor = 0
    for value in small {
      cursor = lowerBound(large, value, from: cursor)
      if cursor < large.count && large[cursor] == value { result.append(value) }
    }
    return result
  }

  /// Every entry that holds every word of the query, with the field its hit shows and its score, in source order.
  /// Only the entries that can be among the best `limit` are scored exactly; the others carry a lower bound of
  /// their score, which ranks them below all of those (`best(_:limit:)` then gives the same hits as exact scores).
  func scored(_ query: SearchQuery, _ language: Language, limit: Int = .max) -> [Scored] {
    let words = query.words
    guard !words.isEmpty, words.count <= 64 else { return [] }
    if words.count == 1 { return oneWord(words[0], language) }
    // For each word, the fields that contain it; merged in field order with a bit per word found.
    // Narrow by entries first, check long words letter by letter only in what is left, then narrow again.
    let found = words.map { candidates(for: $0) }
    var lists = restrictToCommonEntries(found.map(\.fields))
    var read = false
    for (w, candidate) in found.enumerated() where !candidate.exact {
      lists[w] = holding(words[w], lists[w])
      read = true
    }
    if read { lists = restrictToCommonEntries(lists) }
    if lists.contains(where: \.isEmpty) { return [] }
    let all: UInt64 = words.count == 64 ? ~0 : (1 << UInt64(words.count)) - 1

    // The lists merged in field order, each field with a bit per word it holds. (The lists one after another in
    // one buffer, merged through indices into it: the merge then reads no array headers and retains nothing per
    // step; it takes hundreds of thousands of steps for "remote w" on a big dataset. Nothing in the closure is a
    // captured variable, which would be checked for exclusive access at every step.)
    var flat: [Int32] = []
    var ends: [Int] = []
    for list in lists {
      flat += list
      ends.append(flat.count)
    }
    let mergedFields: [(field: Int32, mask: UInt64)] = flat.withUnsafeBufferPointer { flat in
      var heads = [0] + ends.dropLast()
      var out: [(field: Int32, mask: UInt64)] = []
      out.reserveCapacity(lists.map(\.count).max() ?? 0)
      while true {
        var next = Int32.max
        for w in 0..<ends.count where heads[w] < ends[w] { next = min(next, flat[heads[w]]) }
        if next == Int32.max { break }
        var mask: UInt64 = 0
        for w in 0..<ends.count where heads[w] < ends[w] && flat[heads[w]] == next {
          mask |= 1 << UInt64(w)
          heads[w] += 1
        }
        out.append((next, mask))
      }
      return out
    }

    // First pass, reading no text: each entry that holds every word, its fields (with what the postings tell of
    // the phrase in them) and bounds of its score. Of a score, only the phrase (+50), "the field is the query"
    // (+10) and "starts with the first word" (+3) need a field's text, a cache miss per field on a big dataset
    // (most of a two-word keystroke's time when done for all).
    var phrases = PhraseFinder(query, self)
    let firstScalar = words[0][0]
    var merged: [(field: Int32, mask: UInt64, phrase: PhraseFinder.Answer)] = []
    merged.reserveCapacity(mergedFields.count)
    var bounded: [(entry: Int, fields: Range<Int>, low: Int, high: Int)] = []
    var next = 0
    while next < mergedFields.count {
      let entry = fieldFacts[Int(mergedFields[next].field)].entry
      let entryStart = merged.count
      var union: UInt64 = 0
      var anyAll = false
      var maybePhrase = false
      var surePhrase = false
      var mayBeQuery = false
      var mayStart = false
      while next < mergedFields.count, case let (field, mask) = mergedFields[next],
        case let fact = fieldFacts[Int(field)], fact.entry == entry
      {
        let phrase = mask == all ? phrases.mayHold(Int(field)) : .no
        merged.append((field, mask, phrase))
        next += 1
        union |= mask
        anyAll = anyAll || mask == all
        maybePhrase = maybePhrase || phrase != .no
        surePhrase = surePhrase || phrase == .yes
        // The field is the query only if it holds the phrase and is as long (or both are past the length kept).
        mayBeQuery =
          mayBeQuery
          || (phrase != .no && (fact.mayBeLength(query.phrase.count) || fact.mayBeLength(query.spacedPhrase.count)))
        mayStart = mayStart || fact.first == firstScalar
      }
      guard union == all else {
        merged.removeSubrange(entryStart...)
        continue
      }
      var ranks = 0
      for w in 0..<words.count {
        var best = 0
        for f in merged[entryStart...] where f.mask & (1 << UInt64(w)) != 0 {
          best = max(best, fieldFacts[Int(f.field)].rank)
        }
        ranks += best * 10
      }
      // The field shown holds every word if any field does, and the phrase if any field does.
      let low = ranks + (anyAll ? 15 : 0) + (surePhrase ? 50 : 0) + fieldFacts[Int(merged[entryStart].field)].bonus
      let high = low + (mayBeQuery ? 10 : 0) + (mayStart ? 3 : 0) + (maybePhrase && !surePhrase ? 50 : 0)
      bounded.append((entry, entryStart..<merged.count, low, high))
    }

    // Second pass: the exact score of the entries that can be shown, those of the highest upper bound first, until
    // the best `limit` exact scores so far are above every upper bound left. The others keep their lower bound,
    // below all of those. (With nothing to leave out, every entry is scored.)
    var scores = bounded.map { $0.low }
    var shown = [Int](repeating: -1, count: bounded.count)
    if let highest = bounded.map(\.high).max(), let lowest = bounded.map(\.low).min() {
      var byHigh = [[Int]](repeating: [], count: highest - lowest + 1)
      for (k, b) in bounded.enumerated() { byHigh[highest - b.high].append(k) }
      var exact = [Int](repeating: 0, count: highest - lowest + 1)
      var exactCount = 0
      var entryFields: [(field: Int, mask: UInt64, phrase: Bool)] = []
      for group in byHigh where !group.isEmpty {
        let high = bounded[group[0]].high
        if exactCount >= limit && high < Self.lowest(of: exact, limit: limit, offset: lowest) { break }
        // In field order within the group, so the phrase's readers walk forward.
        phrases.rewind()
        for k in group {
          let b = bounded[k]
          entryFields.removeAll(keepingCapacity: true)
          for f in merged[b.fields] {
            let field = Int(f.field)
            entryFields.append(
              (field, f.mask, f.phrase == .yes || (f.phrase == .maybe && phrases.holds(field, in: self))))
          }
          guard let (field, score) = score(entryFields, all: all, query, language) else { continue }
          scores[k] = score + fieldFacts[field].bonus
          shown[k] = field
          // Within the bounds, which the property tests hold it to; clamped so that a miss cannot trap.
          exact[min(max(scores[k], lowest), highest) - lowest] += 1
          exactCount += 1
        }
      }
    }
    return bounded.indices.map { k in
      (bounded[k].entry, shown[k] >= 0 ? shown[k] : Int(merged[bounded[k].fields.lowerBound].field), scores[k])
    }
  }

  /// The `limit`-th highest of the scores counted in `counts` (counts[s - offset] scores of s; at least `limit`).
  static func lowest(of counts: [Int], limit: Int, offset: Int) -> Int {
    var taken = 0
    for i in counts.indices.reversed() {
      taken += counts[i]
      if taken >= limit { return i + offset }
    }
    return offset
  }

  /// Whether fields hold a query's whole phrase, spaced as typed or not, asked in field order: from the postings
  /// first (a field outside both phrases' lists does not hold it), then by reading the field where they cannot tell.
  struct PhraseFinder {
    enum Answer { case no, maybe, yes }
    let lists: [(fields: [Int32], exact: Bool)]
    var cursors = [0, 0]
    var readers: [WordReader]

    init(_ query: SearchQuery, _ index: SearchIndex) {
      let phrases = [query.spacedPhrase, query.phrase]
      lists = phrases.map { index.candidates(for: $0) }
      readers = phrases.map { WordReader($0, index) }
    }

    /// Back to the first field, to be asked again from there.
    mutating func rewind() {
      cursors = [0, 0]
      for k in readers.indices { readers[k].rewind() }
    }

    /// What the postings tell of field `f`.
    mutating func mayHold(_ f: Int) -> Answer {
      var answer = Answer.no
      for k in 0..<2 where inList(k, f) {
        if lists[k].exact { return .yes }
        answer = .maybe
      }
      return answer
    }

    /// Whether field `f` is in phrase k's list, its cursor moved on to it.
    private mutating func inList(_ k: Int, _ f: Int) -> Bool {
      cursors[k] = SearchIndex.lowerBound(lists[k].fields, Int32(f), from: cursors[k])
      return cursors[k] < lists[k].fields.count && lists[k].fields[cursors[k]] == Int32(f)
    }

    /// Whether field `f` holds the phrase, reading it where the postings cannot tell.
    mutating func holds(_ f: Int, in index: SearchIndex) -> Bool {
      for k in 0..<2 where inList(k, f) && (lists[k].exact || readers[k].holds(f, in: index)) { return true }
      return false
    }
  }

  /// The lists cut down to the fields of entries that are in every list: a common first letter ("remote w")
  /// would otherwise bring a hundred thousand fields to score. Entries only grow along a list, so one galloping
  /// cursor per list finds each entry's fields in it, once: where they are is kept for the result (finding them
  /// again in a list of a common letter's hundreds of thousands of fields was a tenth of such a keystroke).
  private func restrictToCommonEntries(_ lists: [[Int32]]) -> [[Int32]] {
    guard lists.count > 1, !lists.contains(where: \.isEmpty) else { return lists }
    // Lists of like sizes cost less to merge whole than to cut down (the merge leaves out the entries without
    // every word); a common letter's list is what needs cutting.
    let sizes = lists.map(\.count)
    if let smallest = sizes.min(), let largest = sizes.max(), largest <= 4 * smallest { return lists }
    let n = lists.count
    let order = lists.indices.sorted { lists[$0].count < lists[$1].count }
    // The entries left, and for each, where its fields are in each list: spans[2(kn + i)] ..< spans[2(kn + i) + 1].
    var entriesLeft: [Int] = []
    var spans: [Int] = []
    let smallest = lists[order[0]]
    var at = 0
    while at < smallest.count {
      let entry = fieldFacts[Int(smallest[at])].entry
      let start = at
      while at < smallest.count && fieldFacts[Int(smallest[at])].entry == entry { at += 1 }
      entriesLeft.append(entry)
      spans += repeatElement(0, count: 2 * n)
      spans[2 * ((entriesLeft.count - 1) * n + order[0])] = start
      spans[2 * ((entriesLeft.count - 1) * n + order[0]) + 1] = at
    }
    for i in order.dropFirst() {
      let list = lists[i]
      var cursor = 0
      var kept = 0
      for k in entriesLeft.indices {
        let range = fieldRanges[entriesLeft[k]]
        cursor = Self.lowerBound(list, Int32(range.lowerBound), from: cursor)
        var end = cursor
        while end < list.count && Int(list[end]) < range.upperBound { end += 1 }
        guard end > cursor else { continue }
        if kept != k {
          entriesLeft[kept] = entriesLeft[k]
          for j in 0..<(2 * n) { spans[2 * kept * n + j] = spans[2 * k * n + j] }
        }
        spans[2 * (kept * n + i)] = cursor
        spans[2 * (kept * n + i) + 1] = end
        kept += 1
        cursor = end
      }
      if kept == 0 { return lists.map { _ in [] } }
      entriesLeft.removeSubrange(kept...)
      spans.removeSubrange((2 * kept * n)...)
    }
    // Copied from the lists' buffers: a slice of an array per entry retains and releases it each time.
    return lists.indices.map { i in
      lists[i].withUnsafeBufferPointer { list in
        var kept: [Int32] = []
        for k in entriesLeft.indices {
          kept.append(
            contentsOf: UnsafeBufferPointer(rebasing: list[spans[2 * (k * n + i)]..<spans[2 * (k * n + i) + 1]]))
        }
        return kept
      }
    }
  }

  /// The first index at or after `from` whose value is at least `value` (galloping, then binary search).
  static func lowerBound(_ list: [Int32], _ value: Int32, from: Int) -> Int {
    var low = from
    var high = from
    var step = 1
    while high < list.count && list[high] < value {
      low = high + 1
      high += step
      step *= 2
    }
    high = min(high, list.count)
    while low < high {
      let mid = (low + high) / 2
      if list[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// A scored entry as a hit, its matches found with the query that found it.
  func hit(_ s: Scored, _ query: SearchQuery) -> SearchHit {
    let text = text(s.field)
    // The offsets back to the text, made again for the few fields that a search shows rather than kept for all.
    let (folded, offsets) = SearchFolding.foldWithOffsets(text)
    var hit = SearchHit(
      id: entries[s.entry].id, kind: entries[s.entry].kind, field: name(s.field),
      language: fieldFacts[s.field].isJapanese ? .ja : .en, text: text,
      ranges: Self.ranges(of: query.words, in: text, folded: folded, offsets: offsets), path: paths[s.entry],
      score: s.score)
    let whole =
      query.words.count == 1 || self.field(s.field, contains: query.spacedPhrase)
      || self.field(s.field, contains: query.phrase)
    hit.match = whole ? .phrase : .words
    return hit
  }

  /// The common case, one word, scored in one pass over its fields with the packed facts only: the same scores
  /// as `score(_:all:_:_:)` gives (best rank, all words in one field, the field is the word, starts with it).
  func oneWord(_ word: [UInt32], _ language: Language, skipping: [Bool]? = nil) -> [Scored] {
    let list = fields(containing: word, skipping: skipping)
    let wordHead = Self.head(word)
    // One packed read per field (a common letter's list holds hundreds of thousands of them); the field shown is
    // the one in the display language first, then of the highest rank, then the first. Nothing in the closures
    // is a captured variable, which would be checked for exclusive access at every step.
    let wantJapanese = language == .ja
    return list.withUnsafeBufferPointer { list in
      fieldFacts.withUnsafeBufferPointer { facts in
        var scored: [Scored] = []
        // Grown by doubling, the copies were a seventh of a first keystroke's time on a big dataset.
        scored.reserveCapacity(min(list.count, entries.count))
        var entry = -1
        var best = 0
        var chosen = -1
        var chosenFact = FieldFact(raw: 0)
        var chosenKey = -1
        for value in list {
          let f = Int(value)
          let fact = facts[f]
          let e = fact.entry
          if e != entry {
            if chosen >= 0 { scored.append((entry, chosen, oneWordScore(word, wordHead, best, chosen, chosenFact))) }
            entry = e
            best = 0
            chosen = -1
            chosenKey = -1
          }
          let rank = fact.rank
          best = max(best, rank)
          let key = (fact.isJapanese == wantJapanese ? 256 : 0) | rank
          if key > chosenKey {
            chosen = f
            chosenFact = fact
            chosenKey = key
          }
        }
        if chosen >= 0 { scored.append((entry, chosen, oneWordScore(word, wordHead, best, chosen, chosenFact))) }
        return scored
      }
    }
  }

  /// A one-word query's score of an entry, from its best rank and the field shown: the bonus of its kind, the field
  /// is the word, it starts with it. A one-letter word (a first keystroke, whose list holds most fields) is told
  /// from the facts alone; a longer one's first scalar from the facts first, as a field's text is a cache miss.
  private func oneWordScore(_ word: [UInt32], _ wordHead: UInt64, _ best: Int, _ f: Int, _ fact: FieldFact) -> Int {
    let startsWith: Bool
    let isWord: Bool
    switch word.count {
    case 1:
      startsWith = fact.first == word[0]
      isWord = startsWith && fact.length == 1
    case 2:
      startsWith = fieldHead[f] == wordHead
      isWord = startsWith && fact.length == 2
    default:
      startsWith = fact.first == word[0] && field(f, startsWith: word)
      isWord = startsWith && Int(fieldStart[f + 1] - fieldStart[f]) == word.count
    }
    return best * 10 + 15 + fact.bonus + (isWord ? 10 : 0) + (startsWith ? 3 : 0)
  }

  /// The first `limit` of `scored` by descending score, keeping source order within a score: counted by score,
  /// then one pass takes those above the cut and the first of those at it (a first keystroke scores a hundred
  /// thousand entries on a big dataset, of which a screen shows a hundred).
  static func best(_ scored: [Scored], limit: Int) -> [Scored] {
    guard limit > 0, var highest = scored.first?.score else { return [] }
    var lowest = highest
    for s in scored {
      highest = max(highest, s.score)
      lowest = min(lowest, s.score)
    }
    var counts = [Int](repeating: 0, count: highest - lowest + 1)
    for s in scored { counts[s.score - lowest] += 1 }
    // The lowest score that still makes the cut, and how many of those at it are taken.
    let cut = Self.lowest(of: counts, limit: limit, offset: lowest)
    let above = counts[(cut - lowest + 1)...].reduce(0, +)
    var atCut = min(counts[cut - lowest], limit - above)
    var taken: [Scored] = []
    taken.reserveCapacity(min(limit, scored.count))
    for s in scored where s.score > cut || (s.score == cut && atCut > 0) {
      if s.score == cut { atCut -= 1 }
      taken.append(s)
    }
    // Few enough to sort; stable, so source order stays within a score.
    return taken.enumerated().sorted { a, b in
      a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
    }.map(\.element)
  }

  /// An entry's score and the field its hit shows, from the fields that hold words of the query (with a bit per
  /// word, and whether the field holds the whole phrase); nil unless every word is somewhere in the entry.
  private func score(
    _ found: [(field: Int, mask: UInt64, phrase: Bool)], all: UInt64, _ query: SearchQuery, _ language: Language
  )
    -> (field: Int, score: Int)?
  {
    var union: UInt64 = 0
    for f in found { union |= f.mask }
    guard union == all else { return nil }
    var score = 0
    // Each word counts by the best field it is in: title > goal > label > body.
    for w in 0..<query.words.count {
      var best = 0
      for f in found where f.mask & (1 << UInt64(w)) != 0 { best = max(best, fieldFacts[f.field].rank) }
      score += best * 10
    }
    // The field to show: the whole phrase, then most words, then the display language, then the highest rank.
    var chosen: (field: Int, key: (Int, Int, Int, Int))?
    let wantJapanese = language == .ja
    for f in found {
      let count = f.mask.nonzeroBitCount
      let fact = fieldFacts[f.field]
      let key = (f.phrase ? 1 : 0, count, fact.isJapanese == wantJapanese ? 1 : 0, fact.rank)
      if let c = chosen, !(key > c.key) { continue }
      chosen = (f.field, key)
    }
    guard let chosen else { return nil }
    if chosen.key.1 == query.words.count { score += 15 }  // all words in one field
    if chosen.key.0 == 1 { score += 50 }  // the whole phrase as typed
    // The field is the query.
    let length = Int(fieldStart[chosen.field + 1] - fieldStart[chosen.field])
    if (length == query.phrase.count && field(chosen.field, startsWith: query.phrase))
      || (length == query.spacedPhrase.count && field(chosen.field, startsWith: query.spacedPhrase))
    {
      score += 10
    }
    if let first = query.words.first, fieldFacts[chosen.field].first == first.first,
      field(chosen.field, startsWith: first)
    {
      score += 3
    }
    return (chosen.field, score)
  }

  /// All entries that contain every word of the query, best first (widened through the glossary).
  public func search(_ query: SearchQuery, language: Language, limit: Int = .max) -> [SearchHit] {
    results(query, language: language, limit: limit).hits
  }

  public func search(_ text: String, language: Language, limit: Int = .max) -> [SearchHit] {
    search(SearchQuery(text), language: language, limit: limit)
  }

  /// Character ranges of every occurrence of every word, merged.
  static func ranges(of words: [[UInt32]], in text: String, folded: [UInt32], offsets: [Int32]) -> [Range<Int>] {
    let characterOf = SearchFolding.characterOffsets(text)
    var found: [Range<Int>] = []
    for word in words {
      var from = 0
      while let at = find(word, in: folded, from: from) {
        let lower = characterOf[Int(offsets[at])]
        let upper = characterOf[Int(offsets[at + word.count - 1])] + 1
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

  /// Whether field `f`'s folded text contains `needle`.
  func field(_ f: Int, contains needle: [UInt32]) -> Bool {
    let start = Int(fieldStart[f])
    let end = Int(fieldStart[f + 1])
    let n = needle.count
    guard n > 0, end - start >= n else { return n == 0 }
    return folded.withUnsafeBufferPointer { text in
      needle.withUnsafeBufferPointer { word in Self.occurs(word, in: text, from: start, to: end) }
    }
  }

  /// Whether `word` occurs in `text[start..<end]`. Eight positions at a time are compared with the word's first
  /// two scalars, and only where both are there with the rest: checking the fields a long word's triples leave
  /// (thousands of paragraphs on a big dataset) was most of a keystroke's time, one scalar at a time.
  static func occurs(
    _ word: UnsafeBufferPointer<UInt32>, in text: UnsafeBufferPointer<UInt32>, from start: Int, to end: Int
  )
    -> Bool
  {
    let n = word.count
    guard n > 0 else { return true }
    guard let base = text.baseAddress, end - start >= n else { return false }
    let last = end - n
    var i = start
    if n >= 2 {
      let first = SIMD8<UInt32>(repeating: word[0])
      let second = SIMD8<UInt32>(repeating: word[1])
      let raw = UnsafeRawPointer(base)
      // Positions i…i+7 as starts: their second scalars run to i+8, inside the text while i + 8 <= last + 1.
      while i + 8 <= last + 1 {
        let here = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
        let next = raw.loadUnaligned(fromByteOffset: (i + 1) * 4, as: SIMD8<UInt32>.self)
        if any((here .== first) .& (next .== second)) {
          for j in i..<(i + 8) where text[j] == word[0] && text[j + 1] == word[1] {
            var k = 2
            while k < n && text[j + k] == word[k] { k += 1 }
            if k == n { return true }
          }
        }
        i += 8
      }
    }
    while i <= last {
      if text[i] == word[0] {
        var k = 1
        while k < n && text[i + k] == word[k] { k += 1 }
        if k == n { return true }
      }
      i += 1
    }
    return false
  }

  /// Whether field `f`'s folded text begins with `prefix`.
  func field(_ f: Int, startsWith prefix: [UInt32]) -> Bool {
    let start = Int(fieldStart[f])
    guard prefix.count <= Int(fieldStart[f + 1]) - start else { return false }
    // The first two scalars first, from the packed heads: reading a field's text is a cache miss on a big dataset.
    if prefix.count >= 2 && fieldHead[f] != Self.key(prefix[0], prefix[1]) { return false }
    for k in 0..<prefix.count where folded[start + k] != prefix[k] { return false }
    return true
  }

  /// Whether `text` begins with `prefix` (Sequence.starts(with:) was a fifth of a short query's time).
  static func hasPrefix(_ text: [UInt32], _ prefix: [UInt32]) -> Bool {
    guard prefix.count <= text.count else { return false }
    for i in 0..<prefix.count where text[i] != prefix[i] { return false }
    return true
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

/// A field's facts in one word, so that scoring a long list reads one array: its entry (bits 40–63), its length
/// (27–39, at most 8,191), its first folded scalar (6–26), its rank (3–5), its entry's kind bonus in tens (1–2) and
/// whether it is Japanese (0).
struct FieldFact: Sendable {
  let raw: UInt64
  /// The length kept: a longer field's is kept as this.
  static let longest = 0x1FFF
  /// More entries than a dataset at the size cap can have (it has at most 200,000 JSON values); an index of more
  /// would mistake entries for one another.
  static let entries = 1 << 24

  init(raw: UInt64) { self.raw = raw }

  init(entry: Int, rank: UInt8, isJapanese: Bool, bonus: Int, first: UInt32, length: Int) {
    raw =
      UInt64(entry) << 40 | UInt64(min(length, Self.longest)) << 27 | UInt64(first & 0x1F_FFFF) << 6
      | UInt64(rank & 7) << 3 | UInt64(bonus / 10 & 3) << 1 | (isJapanese ? 1 : 0)
  }

  var entry: Int { Int(raw >> 40) }
  /// The field's length in folded scalars, or `longest` for that many or more.
  var length: Int { Int(raw >> 27 & 0x1FFF) }
  var first: UInt32 { UInt32(raw >> 6 & 0x1F_FFFF) }
  var rank: Int { Int(raw >> 3 & 7) }
  var bonus: Int { Int(raw >> 1 & 3) * 10 }
  var isJapanese: Bool { raw & 1 != 0 }

  /// Whether the field may be `n` scalars long: it is, or both are at least the length kept.
  func mayBeLength(_ n: Int) -> Bool { length == min(n, Self.longest) }
}

/// The fields that hold the words checked last, a few of them; safe to share between threads.
final class CheckedWords: Sendable {
  static let kept = 8
  private let words = Mutex<[(word: [UInt32], fields: [Int32])]>([])

  func keep(_ word: [UInt32], _ fields: [Int32]) {
    words.withLock { words in
      words.removeAll { $0.word == word }
      if words.count == Self.kept { words.removeFirst() }
      words.append((word, fields))
    }
  }

  func fields(_ word: [UInt32]) -> [Int32]? {
    words.withLock { words in words.last { $0.word == word }?.fields }
  }
}

/// Holds a dataset's search index once it is built; safe to share between threads.
final class SearchIndexCache: Sendable {
  private let built = Mutex<SearchIndex?>(nil)

  func index(_ make: () -> SearchIndex) -> SearchIndex {
    built.withLock { index in
      if let index { return index }
      let made = make()
      index = made
      return made
    }
  }
}

extension Dataset {
  /// The dataset's search index with postings, as a dashboard keeps it: built on the first call (from the policy
  /// context and glossary that call gives) and shared by every copy of the dataset.
  public func searchIndex(policy: () -> PolicyContext?, glossary: Glossary) -> SearchIndex {
    searchIndexCache.index { SearchIndex(catalog: catalog, policy: policy(), glossary: glossary) }
  }
}

extension SearchIndex {
  /// For the benchmark: builds the index again from a dataset's catalog.
  public static func benchmarkBuild(_ dataset: Dataset) -> SearchIndex {
    SearchIndex(catalog: dataset.catalog, policy: nil, glossary: .empty)
  }
}
