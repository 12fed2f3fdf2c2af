import DualLifeModel
import PropertyBased
import Testing

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
