// Rectangles and the layout that splits the screen into them, computed once from named constraints, so that no
// view works out its own "width − 3".

public struct Rect: Sendable, Hashable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var right: Int { x + width }
  public var bottom: Int { y + height }
  public var rows: Range<Int> { y..<bottom }
  public var columns: Range<Int> { x..<right }

  public func contains(x px: Int, y py: Int) -> Bool { columns.contains(px) && rows.contains(py) }

  /// The rectangle less a margin on each side.
  public func inset(left: Int = 0, right: Int = 0, top: Int = 0, bottom: Int = 0) -> Rect {
    Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
  }
}

/// How much of a split a part takes.
public enum Constraint: Sendable, Hashable {
  /// Exactly this many rows (or columns), as far as there is room.
  case length(Int)
  /// What the fixed parts leave, shared equally among the fill parts.
  case fill
}

public enum Layout {
  /// Splits `area` top to bottom. Fixed lengths are served first, in order; fill parts share the rest.
  public static func vertical(_ area: Rect, _ constraints: [Constraint]) -> [Rect] {
    split(area.height, constraints).map {
      Rect(x: area.x, y: area.y + $0.lowerBound, width: area.width, height: $0.count)
    }
  }

  /// Splits `area` left to right.
  public static func horizontal(_ area: Rect, _ constraints: [Constraint]) -> [Rect] {
    split(area.width, constraints).map {
      Rect(x: area.x + $0.lowerBound, y: area.y, width: $0.count, height: area.height)
    }
  }

  static func split(_ total: Int, _ constraints: [Constraint]) -> [Range<Int>] {
    var left = max(0, total)
    var sizes = constraints.map { constraint -> Int in
      guard case .length(let n) = constraint else { return 0 }
      let size = min(max(0, n), left)
      left -= size
      return size
    }
    let fills = constraints.indices.filter { constraints[$0] == .fill }
    for (k, index) in fills.enumerated() {
      sizes[index] = left / fills.count + (k < left % fills.count ? 1 : 0)
    }
    var start = 0
    return sizes.map { size in
      defer { start += size }
      return start..<(start + size)
    }
  }
}
