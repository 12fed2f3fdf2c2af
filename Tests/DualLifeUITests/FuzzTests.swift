import DualLifeModel
import DualLifeUI
import Foundation
import TestSupport
import Testing

/// Random actions of every mode through the pure reducer and renderer, over fixed seeds: nothing traps, every frame
/// is exactly the terminal's size, and no wide character is split.
@Suite struct FuzzTests {
  typealias Generator = SeededGenerator

  static let keys: [Key] = {
    var keys: [Key] = [
      .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .delete, .tab, .backTab,
    ]
    keys += "0123456789qLp?/nNjkhlgGbtmaxo[] ".map { Key.character($0) }
    keys += "ワーケション二地域ｻﾃﾗｲﾄ😀é\u{301}\t".map { Key.character($0) }
    keys += "acuwez".map { Key.control($0) }
    return keys
  }()

  static func action(_ g: inout Generator) -> Action {
    switch Int.random(in: 0..<100, using: &g) {
    case 0..<70: return .key(keys.randomElement(using: &g) ?? .down)
    case 70..<78:
      let x = Int.random(in: 0..<300, using: &g)
      let y = Int.random(in: 0..<100, using: &g)
      return .mouse(
        [.click(x: x, y: y), .wheelUp(x: x, y: y), .wheelDown(x: x, y: y)][Int.random(in: 0..<3, using: &g)])
    case 78..<86:
      // Mostly usable sizes, sometimes absurd ones.
      let tiny = Bool.random(using: &g)
      return .resize(
        width: tiny ? Int.random(in: 1...45, using: &g) : Int.random(in: 40...300, using: &g),
        height: tiny ? Int.random(in: 1...14, using: &g) : Int.random(in: 12...100, using: &g))
    case 86..<90: return .time(seconds: Int.random(in: 0...2_000_000_000, using: &g), utcOffset: 9 * 3600)
    case 90..<92:
      return .showSlide(
        TalkPosition(
          slide: Int.random(in: -3...30, using: &g), revealed: Int.random(in: -3...30, using: &g),
          page: Int.random(in: -3...5, using: &g), pages: Int.random(in: -3...5, using: &g),
          startedAt: Int.random(in: 0...100, using: &g), duration: Int.random(in: -10...100, using: &g)))
    case 92..<94: return .open(["P1", "S3", "G2", "P5.M2", "E1.R1", "nope"].randomElement(using: &g) ?? "P1")
    case 94..<96: return .search(["DX", "ワーケーション", "", "の", "zzz"].randomElement(using: &g) ?? "")
    case 96..<98:
      return .compare(
        ["P1", "P2", "P3", "P4", "P5"].shuffled(using: &g).prefix(Int.random(in: 2...5, using: &g)).map { $0 })
    default:
      return .present(
        slide: Int.random(in: -1...20, using: &g), notesOnly: Int.random(in: 0..<4, using: &g) == 0,
        leaveQuits: Bool.random(using: &g))
    }
  }

  /// The problem with a frame, if any.
  static func problem(_ grid: CellGrid, _ state: AppState) -> String? {
    guard grid.width == state.width, grid.height == state.height else {
      return "frame \(grid.width)x\(grid.height) for a \(state.width)x\(state.height) terminal"
    }
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[x, y]
        if cell.width == 2 && (x + 1 >= grid.width || !grid[x + 1, y].isContinuation) {
          return "wide character at \(x),\(y) without its second half"
        }
        if cell.isContinuation && (x == 0 || grid[x - 1, y].width != 2) {
          return "a second half at \(x),\(y) without its first"
        }
      }
    }
    return nil
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64]) func randomActionsKeepEveryFrameWhole(_ seed: UInt64) {
    // 100,000 actions in all over the four seeds (DUALTOHOKU_FUZZ_ACTIONS changes it, for longer runs).
    let count = ProcessInfo.processInfo.environment["DUALTOHOKU_FUZZ_ACTIONS"].flatMap { Int($0) } ?? 25_000
    var g = Generator(state: seed)
    var state = UI.state(width: 80, height: 24)
    var problems: [String] = []
    for step in 0..<count where problems.count < 5 {
      let action = Self.action(&g)
      let effects = Dashboard.reduce(&state, action, UI.environment)
      if effects.contains(where: { if case .quit = $0 { true } else { false } }) {
        // The program would end here; go on from a fresh dashboard of the same size.
        state = UI.state(width: state.width, height: state.height)
      }
      if let problem = Self.problem(Dashboard.render(state, UI.environment), state) {
        problems.append("seed \(seed) step \(step) after \(action): \(problem)")
      }
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }
}
