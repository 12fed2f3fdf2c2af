// A page's content laid out for one width: lines of styled spans, and the rows a person can select (targets).
// Pages build a Body with a BodyBuilder; the screen shows a window of its lines; ListState moves through targets.
import TerminalText

/// A run of text in one style.
public struct Span: Sendable, Hashable {
  public var text: String
  public var style: Style

  public init(_ text: String, _ style: Style = .normal) {
    self.text = text
    self.style = style
  }
}

/// One laid-out line: it fits the body's width.
public struct BodyLine: Sendable, Hashable {
  /// Spans with the column each starts at.
  public var spans: [(x: Int, span: Span)]

  public init(spans: [(x: Int, span: Span)]) {
    self.spans = spans
  }

  public static func == (lhs: BodyLine, rhs: BodyLine) -> Bool {
    lhs.spans.count == rhs.spans.count && zip(lhs.spans, rhs.spans).allSatisfy { $0.x == $1.x && $0.span == $1.span }
  }

  public func hash(into hasher: inout Hasher) {
    for (x, span) in spans {
      hasher.combine(x)
      hasher.combine(span)
    }
  }

  public var plainText: String {
    var out = ""
    var column = 0
    for (x, span) in spans {
      if x > column { out += String(repeating: " ", count: x - column) }
      out += span.text
      column = x + DisplayWidth.of(span.text)
    }
    return out
  }
}

/// A selectable row: an item id, the lines it covers and the columns (for side-by-side layouts).
public struct Target: Sendable, Hashable {
  public var id: String
  public var lines: Range<Int>
  public var columns: Range<Int>

  public init(id: String, lines: Range<Int>, columns: Range<Int>) {
    self.id = id
    self.lines = lines
    self.columns = columns
  }
}

public struct Body: Sendable, Hashable {
  public var width: Int
  public var lines: [BodyLine] = []
  public var targets: [Target] = []
  /// Named lines that are not rows to select (a heading, a lead paragraph): what a search hit on them marks and
  /// scrolls to, without adding a stop for ↑ ↓.
  public var anchors: [Target] = []

  public init(width: Int, lines: [BodyLine] = [], targets: [Target] = []) {
    self.width = width
    self.lines = lines
    self.targets = targets
  }

  public func targetIndex(of id: String) -> Int? {
    targets.firstIndex { $0.id == id }
  }

  /// The target with this id, else the anchor: the place a mark stands.
  public func place(of id: String) -> Target? {
    targets.first { $0.id == id } ?? anchors.first { $0.id == id }
  }
}

/// Builds a Body line by line. Every text goes through the kinsoku line breaker.
public struct BodyBuilder {
  public let width: Int
  /// What marks cut text ("…", or "..." with --ascii).
  public let ellipsis: String
  public private(set) var body: Body

  public init(width: Int, ellipsis: String = "…") {
    self.width = max(1, width)
    self.ellipsis = ellipsis
    body = Body(width: max(1, width))
  }

  public var lineCount: Int { body.lines.count }

  public mutating func blank() {
    body.lines.append(BodyLine(spans: []))
  }

  /// Wraps `spans` to the width; the first line starts at `indent` after `prefix` (an id, a bullet), later lines
  /// hang under the text. Returns the lines it took.
  @discardableResult
  public mutating func paragraph(
    _ spans: [Span], prefix: [Span] = [], indent: Int = 0, target: String? = nil
  ) -> Range<Int> {
    let start = body.lines.count
    let prefixWidth = prefix.reduce(0) { $0 + DisplayWidth.of($1.text) }
    var hang = indent + prefixWidth
    if width - hang < 8 { hang = min(indent, max(0, width - 8)) }  // too narrow to hang: wrap under the indent
    let firstX = indent + prefixWidth
    let wrapped = Self.wrap(spans, width: max(1, width - hang), firstLineWidth: max(1, width - firstX))
    for (k, lineSpans) in wrapped.enumerated() {
      var line = BodyLine(spans: [])
      var x = k == 0 ? indent : hang
      if k == 0 {
        for p in prefix {
          line.spans.append((x, p))
          x += DisplayWidth.of(p.text)
        }
      }
      for s in lineSpans {
        line.spans.append((x, s))
        x += DisplayWidth.of(s.text)
      }
      body.lines.append(line)
    }
    let range = start..<body.lines.count
    if let target { addTarget(target, lines: range) }
    return range
  }

  public mutating func text(
    _ text: String, _ style: Style = .normal, prefix: [Span] = [], indent: Int = 0, target: String? = nil
  ) {
    paragraph([Span(text, style)], prefix: prefix, indent: indent, target: target)
  }

  public mutating func addTarget(_ id: String, lines: Range<Int>, columns: Range<Int>? = nil) {
    body.targets.append(Target(id: id, lines: lines, columns: columns ?? 0..<width))
  }

  /// Names the lines that `draw` adds, as an anchor (see `Body.anchors`).
  public mutating func anchor(_ id: String, _ draw: (inout BodyBuilder) -> Void) {
    let start = body.lines.count
    draw(&self)
    body.anchors.append(Target(id: id, lines: start..<body.lines.count, columns: 0..<width))
  }

  /// A line cut to the width with an ellipsis, never wrapped (tab bars, diagrams).
  public mutating func line(_ spans: [(x: Int, span: Span)]) {
    var line = BodyLine(spans: [])
    for (x, span) in spans where x < width {
      let room = width - x
      line.spans.append((x, Span(Truncation.truncate(span.text, width: room, ellipsis: ellipsis), span.style)))
    }
    body.lines.append(line)
  }

  /// Puts several bodies side by side, each in its own column; targets keep their columns.
  public mutating func columns(_ columns: [Body], gap: Int) {
    let start = body.lines.count
    let height = columns.map(\.lines.count).max() ?? 0
    var x = 0
    var offsets: [Int] = []
    for column in columns {
      offsets.append(x)
      x += column.width + gap
    }
    for row in 0..<height {
      var line = BodyLine(spans: [])
      for (k, column) in columns.enumerated() where row < column.lines.count {
        for (sx, span) in column.lines[row].spans { line.spans.append((sx + offsets[k], span)) }
      }
      body.lines.append(line)
    }
    for (k, column) in columns.enumerated() {
      for t in column.targets {
        body.targets.append(
          Target(
            id: t.id, lines: (t.lines.lowerBound + start)..<(t.lines.upperBound + start),
            columns: (t.columns.lowerBound + offsets[k])..<(t.columns.upperBound + offsets[k])))
      }
    }
  }

  /// Wraps styled spans: the text is wrapped as a whole, then cut back into spans.
  public static func wrap(_ spans: [Span], width: Int, firstLineWidth: Int? = nil) -> [[Span]] {
    // The common case, one span: each line is its own text in that span's style (the line breaker's lines and
    // separators put together are its input), which saves cutting the text into characters and back, most of a
    // page's layout time. A test checks it against the cutting below.
    if spans.count == 1, !spans[0].text.isEmpty {
      let style = spans[0].style
      return LineBreaker.wrap(spans[0].text, width: width, firstLineWidth: firstLineWidth ?? width).map { line in
        line.text.isEmpty ? [] : [Span(line.text, style)]
      }
    }
    return cutIntoSpans(spans, width: width, firstLineWidth: firstLineWidth)
  }

  /// `wrap` for any spans: the text wrapped as a whole, then cut back into spans character by character.
  static func cutIntoSpans(_ spans: [Span], width: Int, firstLineWidth: Int? = nil) -> [[Span]] {
    var characters: [(Character, Int)] = []  // character, index of its span
    var whole = ""
    for (k, span) in spans.enumerated() {
      for c in span.text {
        characters.append((c, k))
      }
      whole += span.text
    }
    if characters.isEmpty { return [[]] }
    let lines = LineBreaker.wrap(whole, width: width, firstLineWidth: firstLineWidth ?? width)
    var result: [[Span]] = []
    var i = 0
    for line in lines {
      var lineSpans: [Span] = []
      let count = line.text.count
      var current = ""
      var currentSpan = -1
      for _ in 0..<count where i < characters.count {
        let (c, k) = characters[i]
        if k != currentSpan {
          if !current.isEmpty { lineSpans.append(Span(current, spans[currentSpan].style)) }
          current = ""
          currentSpan = k
        }
        current.append(c)
        i += 1
      }
      if !current.isEmpty, currentSpan >= 0 { lineSpans.append(Span(current, spans[currentSpan].style)) }
      result.append(lineSpans)
      i += line.separator.count
    }
    return result
  }
}
