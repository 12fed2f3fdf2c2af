// What the reducer and the views need besides the state: the data, how the terminal draws, and two memos (the
// deck, the last screen layouts) that make repeated work free without making the pure functions impure.
import BundledDataset
import DualLifeModel
import Synchronization

public struct UIEnvironment: Sendable {
  public let dataset: Dataset
  /// Draw borders and marks in ASCII, for terminals that draw ambiguous-width characters wide.
  public var ascii: Bool

  /// Where what followed the proposals comes from.
  public enum PolicySource: Sendable {
    /// The bundled policy context, read on first use.
    case bundled
    /// One read already (`--policy FILE`), or none.
    case given(PolicyContext?)
  }

  public init(dataset: Dataset, ascii: Bool = false, policy: PolicySource = .bundled) {
    self.dataset = dataset
    self.ascii = ascii
    self.policyCache = PolicyCache(policy)
  }

  /// The presenter's deck: built once, when first needed (not at start-up, and not again on every key or frame).
  public var slides: [Slide] { deckCache.slides(for: dataset, policy: policy) }
  private let deckCache = DeckCache()

  /// What followed the proposals (the second dataset): read on first use, never at start-up.
  public var policy: PolicyContext? { policyCache.context(for: dataset) }
  private let policyCache: PolicyCache

  /// The dashboard's search index, over the dataset and what followed it, with the bundled glossary: built on the
  /// first search.
  public var searchIndex: SearchIndex {
    dataset.searchIndex(policy: { policy }, glossary: .bundledOrEmpty)
  }

  /// The screen layout for a state: computed once per change of what the page shows, shared by the reducer and
  /// the renderer (a key that only moves the selection reuses the layout the last frame was drawn from, and a view
  /// shown again reuses the one it was shown with, while it is among the last few).
  public func layout(_ state: AppState) -> ScreenLayout {
    layoutMemo.layout(for: state, self)
  }

  /// How many times a page was laid out, for the test that a key press lays out at most once.
  public var layoutsMade: Int { layoutMemo.made }
  private let layoutMemo = LayoutMemo()
}

/// Holds the deck once it is built; safe to share between threads.
final class DeckCache: Sendable {
  private let built = Mutex<[Slide]?>(nil)

  func slides(for dataset: Dataset, policy: @autoclosure () -> PolicyContext?) -> [Slide] {
    built.withLock { slides in
      if let slides { return slides }
      let made = Deck.slides(dataset, policy: policy())
      slides = made
      return made
    }
  }
}

/// Holds the policy context once it is read; nil if the bundled file could not be read (a test guards it).
final class PolicyCache: Sendable {
  private let source: UIEnvironment.PolicySource
  private let read = Mutex<PolicyContext??>(nil)

  init(_ source: UIEnvironment.PolicySource) {
    self.source = source
  }

  func context(for dataset: Dataset) -> PolicyContext? {
    if case .given(let context) = source { return context }
    return read.withLock { cached in
      if let cached { return cached }
      let context = try? PolicyContext.bundled(dataset: dataset)
      cached = .some(context)
      return context
    }
  }
}

/// The last layouts and what each was made from, the most recent last: going back to a view (2, 3, 2, or Esc back
/// from an item) shows the layout it had, instead of wrapping its whole page again (1–2 ms at 200×60 for the
/// compare and followed pages, most of their key-to-frame time).
final class LayoutMemo: Sendable {
  /// Enough for every view, a help page and a few opened items; a search's queries push each other out.
  static let capacity = 12

  private struct Memo {
    var recent: [(key: ScreenLayout.Key, layout: ScreenLayout)] = []
    var made = 0
  }
  private let memo = Mutex(Memo())

  var made: Int { memo.withLock { $0.made } }

  func layout(for state: AppState, _ environment: UIEnvironment) -> ScreenLayout {
    let key = ScreenLayout.Key(state, environment)
    let hit = memo.withLock { memo -> ScreenLayout? in
      guard let k = memo.recent.lastIndex(where: { $0.key == key }) else { return nil }
      let found = memo.recent.remove(at: k)
      memo.recent.append(found)
      return found.layout
    }
    if let hit { return hit }
    let layout = ScreenLayout(state, environment)
    memo.withLock { memo in
      memo.recent.removeAll { $0.key == key }
      memo.recent.append((key, layout))
      if memo.recent.count > Self.capacity { memo.recent.removeFirst(memo.recent.count - Self.capacity) }
      memo.made += 1
    }
    return layout
  }
}
