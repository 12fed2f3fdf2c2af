import BundledDataset
import PropertyBased
import Testing

@testable import DualLifeModel

@Suite struct SearchFoldingTests {
  func folded(_ s: String) -> String {
    String(String.UnicodeScalarView(SearchFolding.fold(s)))
  }

  @Test func widthAndCase() {
    #expect(folded("ＤＸ") == "dx")
    #expect(folded("DX") == "dx")
    #expect(folded("ｉｏｔ　ＡＩ") == "iot ai")
  }

  @Test func halfWidthKatakanaAndSoundMarks() {
    #expect(folded("ｶﾀｶﾅ") == "カタカナ")
    #expect(folded("ﾃﾞｼﾞﾀﾙ") == "デジタル")
    #expect(folded("ﾎﾟｽﾄｺﾛﾅ") == "ポストコロナ")
  }

  @Test func combiningMarksCompose() {
    #expect(folded("か\u{3099}") == folded("が"))
    #expect(folded("ハ\u{309A}") == "パ")
    #expect(folded("ウ\u{3099}") == "ヴ")
  }

  @Test func hiraganaIsKatakana() {
    #expect(folded("さてらいと") == "サテライト")
    #expect(folded("わーけーしょん") == "ワーケーション")
  }

  @Test func foldingIsIdempotent() async {
    // Kana of both widths, sound marks on their own, full-width and plain ASCII letters, kanji.
    let characters = Gen<Character>.oneOf(
      Gen.character(in: "\u{3041}"..."\u{30FF}"), Gen.character(in: "\u{FF01}"..."\u{FF9F}"),
      Gen.character(in: "\u{3099}"..."\u{309A}"), Gen.letterOrNumber, Gen.character(in: "\u{4E00}"..."\u{4E80}"))
    await propertyCheck(input: characters.string(of: 0...30)) { text in
      let once = folded(text)
      #expect(folded(once) == once)
    }
  }
}

@Suite struct SearchTests {
  let dataset: Dataset

  init() throws {
    dataset = try Dataset.bundled()
  }

  func ids(_ query: String, _ language: Language = .ja) -> [String] {
    dataset.search(query, language: language).map(\.id)
  }

  @Test func variantsFindTheSameItems() {
    let dx = ids("DX")
    #expect(!dx.isEmpty)
    #expect(ids("ＤＸ") == dx)
    #expect(ids("dx") == dx)
    #expect(ids("ｄｘ") == dx)
    #expect(ids("さてらいと") == ids("サテライト"))
    #expect(ids("ｻﾃﾗｲﾄ") == ids("サテライト"))
    #expect(ids("サテライト").contains("P1.M1"))
  }

  @Test func severalWordsMustAllMatch() {
    let both = Set(ids("リモート 兼業"))
    #expect(!both.isEmpty)
    #expect(both.isSubset(of: Set(ids("リモート"))))
    #expect(both.isSubset(of: Set(ids("兼業"))))
    #expect(ids("リモート 存在しない語").isEmpty)
  }

  @Test func englishMatchesWhateverTheDisplayLanguage() {
    // The display language is Japanese, but only the English text has the word: the hit shows the English.
    let hits = dataset.search("workation", language: .ja)
    let hit = hits.first { $0.id == "P5.M2" }
    #expect(hit?.language == .en)
    #expect(hit?.text.lowercased().contains("workation") == true)
    // And the Japanese word finds it with the Japanese text while the display language is English.
    #expect(dataset.search("ワーケーション", language: .en).first { $0.id == "P5.M2" }?.language == .ja)
  }

  @Test func hitCarriesIdKindPathAndRanges() throws {
    let hit = try #require(dataset.search("ワーケーション", language: .ja).first { $0.id == "P5.M2" })
    #expect(hit.kind == .measure)
    #expect(hit.path == "P5 › M2")
    #expect(hit.ranges == [10..<17])
    let characters = Array(hit.text)
    #expect(String(characters[hit.ranges[0]]) == "ワーケーション")
  }

  @Test func rangesAreInOriginalCharactersAfterFolding() throws {
    let hit = try #require(dataset.search("さてらいと", language: .ja).first)
    let characters = Array(hit.text)
    #expect(String(characters[hit.ranges[0]]) == "サテライト")
  }

  @Test func titleRanksAboveBody() {
    // "DX" is in P2's title and in many bodies; the title wins.
    let hits = dataset.search("DX", language: .ja)
    #expect(hits.first?.id == "P2")
    let en = dataset.search("tourism", language: .en)
    #expect(en.first?.id == "P5")
  }

  @Test func wholePhraseRanksAboveScatteredWords() throws {
    // 二地域居住 stands whole in several texts; typed as two words it still ranks those first.
    let hits = dataset.search("二地域 居住", language: .ja)
    let first = try #require(hits.first)
    #expect(first.text.contains("二地域居住"))
    let scattered = hits.filter { !$0.text.contains("二地域居住") }
    for s in scattered { #expect(s.score < first.score) }
  }

  @Test func emptyQueryFindsNothing() {
    #expect(ids("").isEmpty)
    #expect(ids("   　").isEmpty)
  }
}

/// The rules of issue 11: what staff type leads to the source's items.
@Suite struct SearchWideningTests {
  let dataset: Dataset
  let index: SearchIndex

  init() throws {
    dataset = try Dataset.bundled()
    index = dataset.searchIndex
  }

  func results(_ query: String, _ language: Language = .ja) -> [SearchHit] {
    index.results(SearchQuery(query), language: language).hits
  }

  @Test func everydayWordsLeadToTheSourcesTerms() throws {
    let telework = results("テレワーク")
    let m1 = try #require(telework.first { $0.id == "P1.M1" })
    #expect(m1.glossaryWord == "リモートワーク" && m1.glossaryID == "GL15")
    #expect(results("二拠点").contains { $0.id == "P1.M2" })
    #expect(results("訪日").first?.id == "W5")
    #expect(results("telework", .en).contains { $0.id == "F2" })
  }

  @Test func aCompoundNotFoundWholeIsTriedAsItsParts() throws {
    let hits = results("DX推進")
    let first = try #require(hits.first)
    #expect(first.id == "P2")
    #expect(hits.allSatisfy { $0.match == .parts })
    // Found whole, a query is never split.
    #expect(results("DXの推進").allSatisfy { $0.match != .parts })
  }

  @Test func aTypoGetsTheNearestWordsAndTheSuggestionFinds() throws {
    #expect(results("turism").isEmpty)
    let suggestions = index.suggestions(for: SearchQuery("turism"))
    #expect(suggestions.first == "tourism")
    #expect(results(try #require(suggestions.first), .en).first?.id == "P5")
    // A query that finds something gets no suggestion of itself changed.
    #expect(index.suggestions(for: SearchQuery("tourism")) == ["tourism"])
  }

  @Test func theQuerysOwnHitsComeBeforeGlossaryHits() {
    // リモートワーク is the source's term; リモート, telework… widen it (F2, F5 and O4 say only リモート).
    let hits = results("リモートワーク")
    let firstWidened = hits.firstIndex { $0.glossaryWord != nil } ?? hits.count
    #expect(hits[..<firstWidened].allSatisfy { $0.glossaryWord == nil })
    #expect(hits[firstWidened...].allSatisfy { $0.glossaryWord != nil })
    for id in ["F2", "F5", "O4"] { #expect(hits.contains { $0.id == id }) }
  }

  @Test func whatStaffLookForRanksAboveFigureWordsOnAnEqualMatch() throws {
    let ids = results("リモートワーク").map(\.id)
    let measure = try #require(ids.firstIndex(of: "P1.M1"))
    let figureWord = try #require(ids.firstIndex(of: "DLT.PT1.2"))
    #expect(measure < figureWord)
  }

  @Test func everyWordOfTheGlossaryOrdersItsHitsInLayers() {
    // For every glossary word: hits of the query itself, then glossary hits; totals count each entry once.
    for entry in Glossary.bundledOrEmpty.entries {
      for word in entry.words {
        let (hits, total) = index.results(SearchQuery(word), language: .ja)
        #expect(Set(hits.map(\.id)).count == hits.count, "\(word)")
        #expect(total == hits.count, "\(word)")
        let firstWidened = hits.firstIndex { $0.glossaryWord != nil } ?? hits.count
        #expect(hits[firstWidened...].allSatisfy { $0.glossaryWord != nil }, "\(word)")
      }
    }
  }

  /// The dashboard's index (posting lists), a scan of the decoded dataset (`search --data`) and the table the build
  /// prepared (`search` on the bundled data) find the same hits in the same order, glossary and parts included.
  @Test func aScanAndThePreparedTableFindWhatTheIndexFinds() async throws {
    let scan = dataset.oneShotIndex()
    let prepared = try #require(SearchIndex.bundled)
    let words = Vocabulary.words(of: index).map { String($0) }
    let picks = Gen.int(in: 0...(words.count - 1)).array(of: 1...2)
    await propertyCheck(input: picks, Gen.bool) { picks, japanese in
      let query = SearchQuery(picks.map { words[$0] }.joined(separator: " "))
      let language: Language = japanese ? .ja : .en
      let a = index.results(query, language: language)
      let b = scan.results(query, language: language)
      let c = prepared.results(query, language: language)
      #expect(a.hits == b.hits && a.total == b.total, "\(query.text)")
      #expect(a.hits == c.hits && a.total == c.total, "\(query.text)")
      #expect(index.suggestions(for: query) == prepared.suggestions(for: query), "\(query.text)")
    }
  }

  /// The prepared table holds every item and field of the bundled data and of what followed it, with its glossary.
  @Test func thePreparedTableIsTheBundledData() throws {
    let prepared = try #require(SearchIndex.bundled)
    #expect(prepared.entries.map(\.id) == index.entries.map(\.id))
    #expect(prepared.paths == index.paths)
    #expect(prepared.folded == index.folded && prepared.fieldStart == index.fieldStart)
    #expect((0..<index.fieldFacts.count).allSatisfy { prepared.text($0) == index.text($0) })
    #expect((0..<index.fieldFacts.count).allSatisfy { prepared.name($0) == index.name($0) })
    #expect(prepared.glossary.entries.map(\.id) == Glossary.bundledOrEmpty.entries.map(\.id))
    #expect(prepared.glossary.words.elementsEqual(Glossary.bundledOrEmpty.words) { $0 == $1 })
  }

  /// A table that is not one is refused, not half read.
  @Test func aDamagedTableIsRefused() throws {
    let items = [SearchIndex.Item(id: "X1", kind: .proposal, path: "X1", fields: [])]
    let table = try #require(PreparedSearch.table(items, glossary: .empty))
    #expect(SearchIndex(prepared: table) != nil)
    #expect(SearchIndex(prepared: String(table.dropLast())) == nil)
    #expect(SearchIndex(prepared: "Q\u{1F}\u{1E}") == nil)
    let bad = [SearchIndex.Item(id: "X\u{1E}", kind: .proposal, path: "X1", fields: [])]
    #expect(PreparedSearch.table(bad, glossary: .empty) == nil)
  }

  @Test func editDistanceIsAMetricWithinItsCap() async {
    let letters = Gen<Character>.oneOf(Gen.character(in: "a"..."e"), Gen.character(in: "ア"..."ウ"))
    await propertyCheck(input: letters.string(of: 0...8), letters.string(of: 0...8)) { a, b in
      let x = a.unicodeScalars.map(\.value)
      let y = b.unicodeScalars.map(\.value)
      let d = Vocabulary.distance(x, y, cap: 20)
      #expect(d == Vocabulary.distance(y, x, cap: 20))
      #expect((d == 0) == (x == y))
      #expect(d <= max(x.count, y.count) && d >= abs(x.count - y.count))
      #expect(min(d, 2) == min(Vocabulary.distance(x, y, cap: 1), 2))
    }
  }
}

/// The folding skips the case lookup for the caseless blocks: true only if no scalar there changes when lowercased.
@Suite struct CaselessBlocksTests {
  @Test func noScalarOfTheCaselessBlocksChangesWhenLowercased() {
    var changing: [UInt32] = []
    for block in SearchFolding.caselessBlocks {
      for v in block {
        #expect(SearchFolding.hasNoCase(v))
        if let scalar = Unicode.Scalar(v), scalar.properties.changesWhenLowercased { changing.append(v) }
      }
    }
    #expect(changing.isEmpty, "\(changing.prefix(5).map { String($0, radix: 16) })")
    for v: UInt32 in [0x41, 0xC0, 0x391, 0x410, 0x2DFF, 0xA000, 0xFF21] { #expect(!SearchFolding.hasNoCase(v)) }
  }
}

/// A glossary word is a term: found whole, not as its words scattered over a text.
@Suite struct GlossaryPhraseTests {
  @Test func aGlossaryWordFindsTheTextsThatSayItWhole() {
    func item(_ id: String, _ en: String) -> SearchIndex.Item {
      SearchIndex.Item(
        id: id, kind: .measure, path: id,
        fields: [EntryField(name: .text, text: LocalizedText(ja: "（なし）", en: en), rank: .body)])
    }
    let items = [
      item("X1", "Staff who work from home in the regions"),
      item("X2", "They work at home, and come in from time to time"),
    ]
    for index in [
      SearchIndex(items: items, glossary: .bundledOrEmpty),
      SearchIndex(items: items, glossary: .bundledOrEmpty, postings: false),
    ] {
      let hits = index.results(SearchQuery("WFH"), language: .en).hits
      #expect(hits.map(\.id) == ["X1"], "\(hits.map(\.id))")
      #expect(hits.first?.glossaryWord == "work from home")
    }
  }
}

/// The scalars that stand alone as characters, which spare a search's hits the grapheme segmentation.
@Suite struct StandingAloneTests {
  static let ranges: [ClosedRange<UInt32>] = [
    0x0A...0x0A, 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x22FF, 0x2460...0x25FF,
    0x3000...0x3029, 0x3030...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D,
  ]

  /// Any two such scalars side by side are two characters, whichever comes first.
  @Test func twoScalarsThatStandAloneAreTwoCharacters() {
    let partners: [UInt32] = [0x0A, 0x20, 0x61, 0xE9, 0x2026, 0x3000, 0x3042, 0x30AB, 0x30FC, 0x4E00, 0xFF76, 0xFF9D]
    var joined: [UInt32] = []
    for range in Self.ranges {
      for v in range {
        #expect(SearchFolding.standsAlone(v))
        for w in partners {
          for pair in [[v, w], [w, v]] {
            let text = String(String.UnicodeScalarView(pair.compactMap(Unicode.Scalar.init)))
            if text.count != 2 { joined.append(v) }
          }
        }
      }
    }
    #expect(joined.isEmpty, "\(joined.prefix(5).map { String($0, radix: 16) })")
    for v: UInt32 in [0x0D, 0x300, 0x3099, 0x309A, 0x200D, 0xFE0F, 0xFF9E, 0xFF9F, 0x1F1EF, 0xAC00] {
      #expect(!SearchFolding.standsAlone(v))
    }
  }

  /// With combining marks, joiners and CR LF about, the quick map and grapheme segmentation agree.
  @Test func theQuickMapIsTheSegmentedOne() async {
    let alphabet: [Character] = [
      "a", "e", "\u{301}", "か", "\u{3099}", "ｶ", "\u{FF9E}", "\r", "\n", "👍", "\u{1F3FD}",
      "\u{200D}", "🇯", "🇵", "漢", "ー", " ",
    ]
    await propertyCheck(input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...12)) { picks in
      let text = String(picks.map { alphabet[$0] })
      #expect(SearchFolding.characterOffsets(text) == SearchFolding.segmentedOffsets(text), "\(text.debugDescription)")
    }
  }
}

/// The shortcuts of a keystroke on a big dataset: the words checked last are kept, a long word is read from where
/// its first triple first stands, eight positions are compared at a time. None of them may change what is found.
@Suite struct SearchShortcutTests {
  /// Random texts of a few letters, so that words recur, their triples stand apart from them, and a field is long
  /// enough for the eight-at-a-time comparison and its tail.
  static let letters = Gen<Character>.oneOf(Gen.character(in: "a"..."d"), Gen.character(in: "あ"..."う"))

  static func items(_ texts: [String]) -> [SearchIndex.Item] {
    texts.enumerated().map { k, text in
      SearchIndex.Item(
        id: "X\(k)", kind: .measure, path: "X\(k)",
        fields: [
          EntryField(name: .title, text: LocalizedText(ja: String(text.prefix(5)), en: "x"), rank: .title),
          EntryField(name: .text, text: LocalizedText(ja: text, en: String(text.reversed())), rank: .body),
        ])
    }
  }

  @Test func everyFieldFoundHoldsTheWordAndEveryFieldThatHoldsItIsFound() async {
    let texts = Self.letters.string(of: 0...60).array(of: 1...12)
    await propertyCheck(input: texts, Self.letters.string(of: 1...7)) { texts, word in
      let index = SearchIndex(items: Self.items(texts))
      let folded = SearchQuery(word).phrase
      let expected = (0..<index.fieldFacts.count).filter { f in
        SearchIndex.find(
          folded, in: Array(index.folded[Int(index.fieldStart[f])..<Int(index.fieldStart[f + 1])]), from: 0)
          != nil
      }
      #expect(index.fields(containing: folded).map(Int.init) == expected, "\(word)")
      // Asked again, the kept answer.
      #expect(index.fields(containing: folded).map(Int.init) == expected, "\(word)")
    }
  }

  @Test func aQueryTypedOneKeyAtATimeFindsWhatItFindsAtOnce() async {
    let texts = Self.letters.string(of: 0...60).array(of: 1...12)
    let query = Gen<Character>.oneOf(Self.letters, Gen.always(" ")).string(of: 1...10)
    await propertyCheck(input: texts, query) { texts, query in
      let typing = SearchIndex(items: Self.items(texts))
      var typed = ""
      for character in query {
        typed.append(character)
        let once = SearchIndex(items: Self.items(texts)).results(SearchQuery(typed), language: .ja)
        let keyed = typing.results(SearchQuery(typed), language: .ja)
        #expect(keyed.hits == once.hits && keyed.total == once.total, "\(typed)")
        // And what a scan of every text finds.
        let scan = SearchIndex(items: Self.items(texts), postings: false).results(SearchQuery(typed), language: .ja)
        #expect(scan.hits == once.hits && scan.total == once.total, "\(typed)")
      }
    }
  }
}

@Suite struct SearchTopHitsTests {
  /// Items of two kinds, each text twice or more, so that scores tie and the kinds' bonuses differ.
  static func items(_ texts: [String], copies: Int) -> [SearchIndex.Item] {
    (0..<copies).flatMap { copy in
      texts.enumerated().map { k, text in
        SearchIndex.Item(
          id: "X\(k)#\(copy)", kind: k % 3 == 0 ? .figure : .measure, path: "X\(k)",
          fields: [
            EntryField(name: .title, text: LocalizedText(ja: String(text.prefix(4)), en: text), rank: .title),
            EntryField(name: .text, text: LocalizedText(ja: text, en: String(text.reversed())), rank: .body),
          ])
      }
    }
  }

  @Test func theBestHitsAreTheFirstOfAllHitsScoredExactly() async {
    let texts = SearchShortcutTests.letters.string(of: 0...40).array(of: 1...8)
    let query = Gen<Character>.oneOf(SearchShortcutTests.letters, Gen.always(" ")).string(of: 1...8)
    await propertyCheck(input: texts, query, Gen.int(in: 1...6), Gen.int(in: 1...3)) { texts, query, limit, copies in
      let index = SearchIndex(items: Self.items(texts, copies: copies))
      let all = index.results(SearchQuery(query), language: .ja)
      let best = index.results(SearchQuery(query), language: .ja, limit: limit)
      #expect(best.total == all.total, "\(query)")
      #expect(best.hits == Array(all.hits.prefix(limit)), "\(query) \(limit)")
    }
  }

  @Test func bestIsAStableSortByScoreCutToTheLimit() async {
    let scores = Gen.int(in: 0...6).array(of: 0...40)
    await propertyCheck(input: scores, Gen.int(in: 0...45)) { scores, limit in
      let scored = scores.enumerated().map { k, score in (entry: k, field: k, score: score) }
      let expected = scored.enumerated().sorted { a, b in
        a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
      }.prefix(limit).map(\.element.entry)
      #expect(SearchIndex.best(scored, limit: limit).map(\.entry) == expected)
    }
  }

  @Test func aFieldsFactsAreWhatWasPacked() async {
    let kinds: [EntryKind] = [.proposal, .measure, .figure, .expert, .policyItem, .background]
    // Every kind's bonus fits the two bits it has, in tens.
    #expect(EntryKind.allCases.allSatisfy { SearchIndex.kindBonus($0) % 10 == 0 && SearchIndex.kindBonus($0) < 40 })
    await propertyCheck(
      input: Gen.int(in: 0...(FieldFact.entries - 1)), Gen.int(in: 1...4), Gen.bool, Gen.int(in: 0...0x10FFFF),
      Gen.int(in: 0...20_000)
    ) { entry, rank, japanese, first, length in
      let bonus = SearchIndex.kindBonus(kinds[entry % kinds.count])
      let fact = FieldFact(
        entry: entry, rank: UInt8(rank), isJapanese: japanese, bonus: bonus, first: UInt32(first), length: length)
      #expect(fact.entry == entry && fact.rank == rank && fact.isJapanese == japanese && fact.bonus == bonus)
      #expect(fact.first == UInt32(first) && fact.length == min(length, FieldFact.longest) && fact.mayBeLength(length))
    }
  }
}

@Suite struct SearchPastTheLengthKeptTests {
  static func item(_ id: String, _ text: String) -> SearchIndex.Item {
    SearchIndex.Item(
      id: id, kind: .measure, path: id,
      fields: [EntryField(name: .text, text: LocalizedText(ja: text, en: "x"), rank: .body)])
  }

  /// A field's length is packed up to FieldFact.longest; a query that long which is the whole field still gets
  /// "the field is the query", as a short one does (a two-word one trapped: its score was above its bound).
  @Test func aQueryThatIsTheWholeOfALongFieldRanksAsAShortOneDoes() {
    let twoWords = String(repeating: "a", count: FieldFact.longest - 1) + " b"
    let oneWord = String(repeating: "a", count: FieldFact.longest + 5)
    let index = SearchIndex(items: [Self.item("L", twoWords), Self.item("W", oneWord)])
    let short = SearchIndex(items: [Self.item("S", "aa b"), Self.item("T", "aaaa")])
    let two = index.results(SearchQuery(twoWords), language: .ja).hits
    let shortTwo = short.results(SearchQuery("aa b"), language: .ja).hits
    #expect(two.map(\.id) == ["L"] && two.first?.score == shortTwo.first?.score)
    let one = index.results(SearchQuery(oneWord), language: .ja).hits
    let shortOne = short.results(SearchQuery("aaaa"), language: .ja).hits
    #expect(one.map(\.id) == ["W"] && one.first?.score == shortOne.first?.score)
  }
}

@Suite struct JSONStringTests {
  /// Bytes of every kind: ASCII, lead and continuation bytes, and those never valid in UTF-8 (0xC0, 0xC1, 0xF5…).
  @Test func aStringIsTakenExactlyWhenItsBytesAreValidUTF8() async {
    let bytes = Gen.oneOf(Gen.int(in: 0x20...0x7F), Gen.int(in: 0x80...0xFF), Gen.int(in: 0xE3...0xE3))
      .array(of: 0...12)
    await propertyCheck(input: bytes) { values in
      let raw = values.map { UInt8($0) }
      let expected = String(validating: raw, as: UTF8.self)
      #expect(JSONParser.validUTF8(raw, 0..<raw.count) == expected, "\(raw)")
    }
  }
}
