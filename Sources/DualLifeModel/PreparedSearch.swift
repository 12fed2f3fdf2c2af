// The search texts of the bundled data, laid out and folded when the program is built (Sources/PrepareBundledData),
// so that a one-shot `search` reads them as they are: no JSON to parse, no dataset to decode, nothing to fold.
// A table is text, to live in a Swift string literal: records end with U+001E; a record's values end with U+001F.
//   I␟id␟kind␟path␞                        an item; the rows after it are its fields
//   F␟name␟j|e␟rank␟text␟folded text␞     one field in one language, as the index lays it out
//   G␟id␟n␟word␟folded word␟…␞            a glossary entry: its n Japanese words (the term first), then the English
// The dataset's texts cannot hold either separator: validation refuses control characters in them.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

public enum PreparedSearch {
  static let recordEnd: UInt8 = 0x1E
  static let valueEnd: UInt8 = 0x1F

  /// The table of `items` and the glossary that widens their searches, or nil when a text holds a separator or
  /// folds to something that is not text.
  public static func table(_ items: [SearchIndex.Item], glossary: Glossary) -> String? {
    var out = ""
    func value(_ text: String) -> Bool {
      guard !text.utf8.contains(where: { $0 == recordEnd || $0 == valueEnd }) else { return false }
      out += text
      out.unicodeScalars.append(Unicode.Scalar(valueEnd))
      return true
    }
    func end() { out.unicodeScalars.append(Unicode.Scalar(recordEnd)) }
    for item in items {
      guard value("I"), value(item.id), value(item.kind.rawValue), value(item.path) else { return nil }
      end()
      for field in item.fields {
        for language in Language.allCases {
          let text = field.text[language]
          let folded = SearchFolding.foldWithOffsets(text).scalars
          guard folded.allSatisfy({ Unicode.Scalar($0) != nil }),
            value("F"), value(field.name.rawValue), value(language == .ja ? "j" : "e"),
            value(String(field.rank.rawValue)), value(text), value(String(folded))
          else { return nil }
          end()
        }
      }
    }
    for entry in glossary.entries {
      let ja = [entry.term.ja] + (entry.variants[.ja] ?? [])
      let en = [entry.term.en] + (entry.variants[.en] ?? [])
      guard value("G"), value(entry.id), value(String(ja.count)) else { return nil }
      for word in ja + en {
        guard value(word), value(String(Glossary.fold(word))) else { return nil }
      }
      end()
    }
    return out
  }
}

extension SearchIndex {
  /// The index a prepared table describes, with its glossary, without postings (for one search); nil if the table
  /// is not one.
  public init?(prepared table: String) {
    var table = table
    guard
      let parts = table.withUTF8({ bytes in
        var reader = PreparedSearch.Reader(bytes: bytes)
        return reader.read()
      })
    else { return nil }
    self.init(
      rows: parts.rows, texts: table, textBounds: parts.textBounds, folded: parts.folded,
      fieldStart: parts.fieldStart, fieldRanges: parts.fieldRanges, entries: parts.entries, paths: parts.paths,
      glossary: Glossary(entries: parts.glossary, words: parts.glossaryWords), postings: false)
  }
}

extension PreparedSearch {
  /// Reads a table in one pass over its bytes.
  struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0
    var rows: [SearchIndex.Row] = []
    /// Each field's text as its start and end in the table's UTF-8.
    var textBounds: [Int] = []
    /// The folded texts, written through a pointer into one array made at the end (at most a scalar per byte).
    var folded: UnsafeMutableBufferPointer<UInt32> = .init(start: nil, count: 0)
    var foldedCount = 0
    var fieldStart: [Int32] = [0]
    var fieldRanges: [Range<Int>] = []
    var entries: [(id: String, kind: EntryKind)] = []
    var paths: [String] = []
    var glossary: [GlossaryEntry] = []
    var glossaryWords: [(folded: [UInt32], entry: Int)] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    typealias Parts = (
      rows: [SearchIndex.Row], textBounds: [Int], folded: [UInt32], fieldStart: [Int32], fieldRanges: [Range<Int>],
      entries: [(id: String, kind: EntryKind)], paths: [String], glossary: [GlossaryEntry],
      glossaryWords: [(folded: [UInt32], entry: Int)]
    )

    /// The table's parts, or nil at the first thing that is not as `table` writes it.
    mutating func read() -> Parts? {
      var valid = true
      let all = [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        folded = buffer
        valid = readRecords()
        count = valid ? foldedCount : 0
      }
      folded = .init(start: nil, count: 0)
      guard valid else { return nil }
      return (rows, textBounds, all, fieldStart, fieldRanges, entries, paths, glossary, glossaryWords)
    }

    private mutating func readRecords() -> Bool {
      while at < bytes.count {
        guard let kind = value(), kind.count == 1 else { return false }
        let read: Bool
        switch bytes[kind.lowerBound] {
        case UInt8(ascii: "I"): read = item()
        case UInt8(ascii: "F"): read = field()
        case UInt8(ascii: "G"): read = glossaryEntry()
        default: read = false
        }
        guard read, at < bytes.count, bytes[at] == PreparedSearch.recordEnd else { return false }
        at += 1
      }
      closeItem()
      return true
    }

    /// The next value's byte range; `at` moves past its end. (The table is the build's, so a value is taken to
    /// end at the next U+001F; a record's end is checked where it must be.)
    mutating func value() -> Range<Int>? {
      let start = at
      guard start < bytes.count, let base = bytes.baseAddress,
        let end = memchr(base + start, Int32(PreparedSearch.valueEnd), bytes.count - start)
      else { return nil }
      at = base.distance(to: end.assumingMemoryBound(to: UInt8.self)) + 1
      return start..<(at - 1)
    }

    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    mutating func closeItem() {
      guard !entries.isEmpty else { return }
      let start = fieldRanges.last?.upperBound ?? 0
      fieldRanges.append(start..<rows.count)
    }

    mutating func item() -> Bool {
      guard let id = value(), let kind = value(), let path = value(),
        let entryKind = EntryKind(rawValue: string(kind))
      else { return false }
      closeItem()
      entries.append((string(id), entryKind))
      paths.append(string(path))
      return true
    }

    mutating func field() -> Bool {
      guard !entries.isEmpty, let name = value(), let language = value(), let rank = value(), let text = value(),
        let foldedText = value(), language.count == 1, rank.count == 1
      else { return false }
      let digit = bytes[rank.lowerBound]
      guard digit >= UInt8(ascii: "1"), digit <= UInt8(ascii: "4") else { return false }
      rows.append(
        SearchIndex.Row(
          entry: entries.count - 1, name: name, isJapanese: bytes[language.lowerBound] == UInt8(ascii: "j"),
          rank: digit - UInt8(ascii: "0")))
      textBounds.append(text.lowerBound)
      textBounds.append(text.upperBound)
      guard decode(foldedText, into: folded.baseAddress.unsafelyUnwrapped, at: &foldedCount) else { return false }
      fieldStart.append(Int32(foldedCount))
      return true
    }

    mutating func glossaryEntry() -> Bool {
      guard let id = value(), let count = value(), let jaCount = Int(string(count)), jaCount >= 1 else { return false }
      var words: [String] = []
      let k = glossary.count
      while at < bytes.count && bytes[at] != PreparedSearch.recordEnd {
        guard let word = value(), let foldedWord = value() else { return false }
        words.append(string(word))
        var count = 0
        let key = [UInt32](unsafeUninitializedCapacity: foldedWord.count) { buffer, written in
          if !decode(foldedWord, into: buffer.baseAddress.unsafelyUnwrapped, at: &count) { count = -1 }
          written = max(0, count)
        }
        guard count >= 0 else { return false }
        if !key.isEmpty { glossaryWords.append((key, k)) }
      }
      guard words.count > jaCount else { return false }
      // A search needs an entry's words and id; its note stays in glossary.json.
      glossary.append(
        GlossaryEntry(
          id: string(id), term: LocalizedText(ja: words[0], en: words[jaCount]),
          variants: [.ja: Array(words[1..<jaCount]), .en: Array(words[(jaCount + 1)...])], note: nil))
      return true
    }

    /// Writes the scalars of a UTF-8 range at `out + count`, counting them; false if it is not UTF-8 as `table`
    /// writes it. The space is there: never more scalars than bytes.
    func decode(_ range: Range<Int>, into out: UnsafeMutablePointer<UInt32>, at count: inout Int) -> Bool {
      var o = count
      var i = range.lowerBound
      let end = range.upperBound
      while i < end {
        let b = UInt32(bytes[i])
        if b < 0x80 {
          out[o] = b
          i += 1
        } else {
          let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
          guard i + length <= end else { return false }
          var v = length == 2 ? b & 0x1F : length == 3 ? b & 0x0F : b & 0x07
          for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
          out[o] = v
          i += length
        }
        o += 1
      }
      count = o
      return true
    }
  }
}
