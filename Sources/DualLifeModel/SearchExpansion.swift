// How a query reaches what staff mean when its own words are not the source's: the glossary's words for the same
// term (テレワーク finds リモートワーク), the parts of a compound that is not found whole (DX推進 as DX and 推進),
// and, when nothing matches, the nearest words of the dataset and the glossary ("turism" → tourism).
import Synchronization

extension SearchIndex {
  /// The best `limit` hits and how many there are in all: the query's own hits first, then those only a glossary
  /// word for the query finds; when neither finds anything, the hits of the query's parts.
  public func results(
    _ query: SearchQuery, language: Language, limit: Int = .max
  ) -> (hits: [SearchHit], total: Int) {
    guard !query.isEmpty else { return ([], 0) }
    if !hasPostings {
      let glossaryWords = glossary.entries(matching: query).flatMap { $0.words(language) }
      scans.find(query.words + glossaryWords.map { SearchQuery($0).spacedPhrase }, in: self)
    }
    let literal = scored(query, language, limit: limit)
    let widened = glossaryHits(query, besides: literal, language)
    if literal.isEmpty && widened.isEmpty, let parts = query.parts() {
      let found = scored(parts, language, limit: limit)
      let hits = Self.best(found, limit: limit).map { s in
        var hit = hit(s, parts)
        hit.match = .parts
        return hit
      }
      return (hits, found.count)
    }
    var hits = Self.best(literal, limit: limit).map { hit($0, query) }
    var total = literal.count
    for group in widened {
      total += group.scored.count
      guard hits.count < limit else { continue }
      hits += Self.best(group.scored, limit: limit - hits.count).map { s in
        var hit = hit(s, group.query)
        hit.glossaryWord = group.word
        hit.glossaryID = group.id
        return hit
      }
    }
    return (hits, total)
  }

  /// A glossary word for a query and the entries it finds that nothing before it found.
  typealias GlossaryGroup = (query: SearchQuery, word: String, id: String, scored: [Scored])

  /// The entries that the glossary's words for the whole query find and the query itself does not, grouped by
  /// the word that found them first: the source's term, then the words people use, those of the display
  /// language first, so that a hit says the most telling word it was found as.
  func glossaryHits(_ query: SearchQuery, besides literal: [Scored], _ language: Language)
    -> [GlossaryGroup]
  {
    let entries = glossary.entries(matching: query)
    guard !entries.isEmpty else { return [] }
    var seen = [Bool](repeating: false, count: self.entries.count)
    for s in literal { seen[s.entry] = true }
    var searched: [[UInt32]] = []
    var groups: [GlossaryGroup] = []
    for entry in entries {
      for word in entry.words(language) {
        var alternative = SearchQuery(word)
        // A word that holds the query finds nothing the query does not (テレワーク勤務 for テレワーク).
        guard !alternative.isEmpty, !searched.contains(alternative.spacedPhrase),
          !alternative.isNarrower(than: query)
        else { continue }
        // A glossary word is a term: it finds the texts that say it whole ("work from home"), not its words
        // scattered over a paragraph, which a hit "found as work from home" would misreport.
        alternative.words = [alternative.spacedPhrase]
        searched.append(alternative.spacedPhrase)
        var found: [Scored] = []
        // The entries found before are left out before the word's letters are checked in them.
        for s in oneWord(alternative.spacedPhrase, language, skipping: seen) {
          seen[s.entry] = true
          found.append(s)
        }
        if !found.isEmpty { groups.append((alternative, word, entry.id, found)) }
      }
    }
    return groups
  }

  /// Up to `limit` queries close to one that finds nothing: each word that finds nothing replaced by the nearest
  /// word of the dataset or the glossary (edit distance on folded text), nearest first.
  public func suggestions(for query: SearchQuery, limit: Int = 3) -> [String] {
    guard !query.isEmpty else { return [] }
    let words = vocabulary.words(self)
    var replacements: [[String]] = []
    for word in query.words {
      let alone = SearchQuery(String(word))
      if !scored(alone, .ja, limit: 1).isEmpty {
        replacements.append([String(word)])
        continue
      }
      let near = Vocabulary.nearest(word, in: words, limit: limit)
      if near.isEmpty { return [] }
      replacements.append(near.map { String($0) })
    }
    // Vary one word at a time, in the order of its candidates: the nearest whole query first.
    var result: [String] = []
    for k in 0..<limit {
      let words = replacements.map { $0[min(k, $0.count - 1)] }
      let text = words.joined(separator: " ")
      if !result.contains(text) { result.append(text) }
    }
    return result
  }
}

extension String {
  /// Folded scalars back into text, for suggestions.
  init(_ folded: [UInt32]) {
    self = String(String.UnicodeScalarView(folded.compactMap(Unicode.Scalar.init)))
  }
}

extension SearchQuery {
  /// Every word of `other` is inside a word of this query, so this finds no entry that `other` does not.
  func isNarrower(than other: SearchQuery) -> Bool {
    other.words.allSatisfy { word in words.contains { SearchIndex.find(word, in: $0, from: 0) != nil } }
  }

  /// The parts of a one-word query to try when it finds nothing whole: its runs of one script (DX推進 → dx, 推進),
  /// or for a single run of three or more kanji or kana, its overlapping pairs (地域居住 → 地域, 域居, 居住).
  func parts() -> SearchQuery? {
    guard words.count == 1 else { return nil }
    let runs = Vocabulary.runs(words[0]).filter { !$0.isEmpty }
    var pieces = runs
    if runs.count == 1, let run = runs.first, run.count >= 3, Vocabulary.script(run[0]) != .latin {
      pieces = (0..<(run.count - 1)).map { Array(run[$0...($0 + 1)]) }
    }
    guard pieces.count > 1 else { return nil }
    var query = self
    query.words = pieces
    return query
  }
}

/// The words of a dataset for "did you mean": runs of one script in its folded texts, and the glossary's words.
enum Vocabulary {
  enum Script { case latin, kana, kanji, other }

  static func script(_ v: UInt32) -> Script {
    switch v {
    case 0x30...0x39, 0x61...0x7A, 0xE0...0x24F: return .latin
    case 0x30A1...0x30FA, 0x30FC: return .kana
    case 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return .kanji
    default: return .other
    }
  }

  /// The runs of one script (latin letters and digits, kana, kanji), in order; other characters split them.
  static func runs(_ folded: some Collection<UInt32>) -> [[UInt32]] {
    var runs: [[UInt32]] = []
    var current: [UInt32] = []
    var kind = Script.other
    for v in folded {
      let s = script(v)
      if s != kind || s == .other {
        if !current.isEmpty { runs.append(current) }
        current = []
        kind = s
      }
      if s != .other { current.append(v) }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// Every distinct word of the index's texts (two characters or more) and of the glossary.
  static func words(of index: SearchIndex) -> [[UInt32]] {
    var set = Set<[UInt32]>()
    for f in 0..<index.fieldFacts.count {
      let text = index.folded[Int(index.fieldStart[f])..<Int(index.fieldStart[f + 1])]
      for run in runs(text) where run.count >= 2 && run.count <= 40 { set.insert(run) }
    }
    for entry in index.glossary.entries {
      for word in entry.words { set.insert(Glossary.fold(word)) }
    }
    return set.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// The words nearest to `word`, at most a third of its length away (and at least one edit), nearest first.
  static func nearest(_ word: [UInt32], in words: [[UInt32]], limit: Int) -> [[UInt32]] {
    let allowed = word.count <= 1 ? 0 : max(1, word.count / 3)
    guard allowed > 0 else { return [] }
    var found: [(distance: Int, word: [UInt32])] = []
    for candidate in words where abs(candidate.count - word.count) <= allowed && candidate != word {
      let d = distance(word, candidate, cap: allowed)
      if d <= allowed { found.append((d, candidate)) }
    }
    found.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.word.lexicographicallyPrecedes($1.word) }
    return found.prefix(limit).map(\.word)
  }

  /// Levenshtein distance, or more than `cap` as soon as every path is past it.
  static func distance(_ a: [UInt32], _ b: [UInt32], cap: Int) -> Int {
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where !a.isEmpty {
      current[0] = i
      var rowBest = i
      for j in 1...max(1, b.count) where !b.isEmpty {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        rowBest = min(rowBest, current[j])
      }
      if rowBest > cap { return cap + 1 }
      swap(&previous, &current)
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}

/// The fields that hold each of a query's words, found by one scan for all of them; safe to share between threads.
final class ScanMemo: Sendable {
  private let found = Mutex<[[UInt32]: [Int32]]>([:])

  /// Scans for the words not found before.
  func find(_ words: [[UInt32]], in index: SearchIndex) {
    var missing: [[UInt32]] = []
    found.withLock { found in
      for word in words where found[word] == nil && !missing.contains(word) { missing.append(word) }
    }
    guard !missing.isEmpty else { return }
    let lists = index.scan(for: missing)
    found.withLock { found in
      for (word, list) in zip(missing, lists) { found[word] = list }
    }
  }

  func fields(_ word: [UInt32]) -> [Int32]? {
    found.withLock { $0[word] }
  }
}

/// Holds an index's vocabulary once it is made; safe to share between threads.
final class VocabularyCache: Sendable {
  private let made = Mutex<[[UInt32]]?>(nil)

  func words(_ index: SearchIndex) -> [[UInt32]] {
    made.withLock { words in
      if let words { return words }
      let built = Vocabulary.words(of: index)
      words = built
      return built
    }
  }
}
