import TerminalText
import Testing

@Suite("Kinsoku classes")
struct KinsokuTests {
  @Test func cannotStartLine() {
    let forbidden = "、。，．・：；？！）」』】〕〉》］｝〙〗〟’”ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇿ々〻‐゠–〜～?!)]},.:;ゝゞ％℃｡､･ｯｰﾞ"
    for character in forbidden {
      #expect(Kinsoku.cannotStartLine(character), "\(character)")
      #expect(!Kinsoku.cannotEndLine(character), "\(character)")
    }
    for character in "あア漢「（(aA1 -/東北" {
      #expect(!Kinsoku.cannotStartLine(character), "\(character)")
    }
  }

  @Test func cannotEndLine() {
    for character in "（「『【〔〈《［｛〘〖〝‘“([{" {
      #expect(Kinsoku.cannotEndLine(character), "\(character)")
      #expect(!Kinsoku.cannotStartLine(character), "\(character)")
    }
    for character in "あ漢」）)a1 。" {
      #expect(!Kinsoku.cannotEndLine(character), "\(character)")
    }
  }

  @Test func clustersAreClassifiedByTheirFirstScalar() {
    #expect(Kinsoku.cannotStartLine("っ\u{3099}"))
    #expect(!Kinsoku.cannotStartLine("か\u{3099}"))
  }
}
