// A small JSON reader and writer of our own, instead of Foundation's JSONDecoder:
// - hostile files must be refused fast, with caps on size, nesting depth and value count that we control;
// - syntax errors must name the line and column;
// - objects keep their key order, so `export` writes fields in the same order as the bundled file;
// - no Foundation keeps the start-up of the dashboard short.

/// A parsed JSON value. Objects keep their keys in file order.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// The number's text as written, so integers and decimals survive a round trip unchanged.
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// Strings, numbers, booleans and null: what a short array keeps on one line.
  var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  /// What the value is, in words, for messages ("a string", "an array").
  var kindDescription: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// Limits that keep a hostile or broken file from costing more than a moment.
public struct JSONLimits: Sendable {
  public var maxBytes: Int
  public var maxDepth: Int
  public var maxValues: Int

  /// The bundled file is about 100 KB, 60 levels shallower than the cap and 100 times under the value cap.
  public static let dataset = JSONLimits(maxBytes: 4 << 20, maxDepth: 64, maxValues: 200_000)

  public init(maxBytes: Int, maxDepth: Int, maxValues: Int) {
    self.maxBytes = maxBytes
    self.maxDepth = maxDepth
    self.maxValues = maxValues
  }
}

/// A JSON syntax error or a broken limit, with the place it was found.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  public let line: Int
  public let column: Int
  public let message: String
}

/// Parses UTF-8 JSON bytes into a `JSONValue`.
public struct JSONParser {
  private let bytes: [UInt8]
  private let limits: JSONLimits
  private var index = 0
  private var depth = 0
  private var values = 0

  public static func parse(_ bytes: [UInt8], limits: JSONLimits = .dataset) throws(JSONSyntaxError)
    -> JSONValue
  {
    var parser = JSONParser(bytes: bytes, limits: limits)
    if bytes.count > limits.maxBytes {
      throw JSONSyntaxError(
        line: 1, column: 1,
        message: "the file is larger than the limit of \(limits.maxBytes) bytes")
    }
    // A UTF-8 byte order mark is harmless; skip it.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
    parser.skipWhitespace()
    if parser.index >= bytes.count {
      throw parser.error("the file is empty; expected a JSON object")
    }
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON value")
    }
    return value
  }

  private init(bytes: [UInt8], limits: JSONLimits) {
    self.bytes = bytes
    self.limits = limits
  }

  private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
    let (line, column) = Self.lineAndColumn(of: offset ?? index, in: bytes)
    return JSONSyntaxError(line: line, column: column, message: message)
  }

  /// Line and column (both from 1) of a byte offset; the column counts characters, not bytes.
  static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    var line = 1
    var column = 1
    var i = 0
    let end = min(offset, bytes.count)
    while i < end {
      let byte = bytes[i]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1  // count lead bytes only, so a Japanese character is one column
      }
      i += 1
    }
    return (line, column)
  }

  private func describeCurrent() -> String {
    guard index < bytes.count else { return "end of file" }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private mutating func countValue() throws(JSONSyntaxError) {
    values += 1
    if values > limits.maxValues {
      throw error("more than \(limits.maxValues) values; the file is too large to be a dataset")
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    try countValue()
    guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected \(describeCurrent()); expected a value")
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > limits.maxDepth {
      throw error("nesting deeper than \(limits.maxDepth) levels")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var members: [(String, JSONValue)] = []
    var seen = Set<String>()
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("unexpected \(describeCurrent()); expected a key in double quotes")
      }
      let keyOffset = index
      let key = try parseString()
      if !seen.insert(key).inserted {
        throw error("the key \"\(Sanitize.forMessage(key))\" appears twice in one object", at: keyOffset)
      }
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("unexpected \(describeCurrent()); expected ':' after a key")
      }
      index += 1
      skipWhitespace()
      members.append((key, try parseValue()))
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of file; expected ',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return .object(members)
      }
      throw error("unexpected \(describeCurrent()); expected ',' or '}'")
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of file; expected ',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return .array(elements)
      }
      throw error("unexpected \(describeCurrent()); expected ',' or ']'")
    }
  }

  private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue) throws(JSONSyntaxError)
    -> JSONValue
  {
    let count = word.utf8CodeUnitCount
    let matches = word.withUTF8Buffer { expected -> Bool in
      guard index + count <= bytes.count else { return false }
      for k in 0..<count where bytes[index + k] != expected[k] { return false }
      return true
    }
    guard matches else { throw error("unexpected \(describeCurrent()); expected a value") }
    index += count
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    func digits() -> Int {
      var n = 0
      while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
        index += 1
        n += 1
      }
      return n
    }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else if digits() == 0 {
      throw error("a number needs digits")
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      if digits() == 0 { throw error("a number needs digits after '.'") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      if digits() == 0 { throw error("a number needs digits in its exponent") }
    }
    return .number(String(decoding: bytes[start..<index], as: UTF8.self))
  }

  /// The bytes as a string, or nil if they are not valid UTF-8. Decoded from a buffer and compared with it, rather
  /// than through the generic `String(validating:as:)`, which looked up type metadata for every string (a sixth
  /// of parsing a file at the size cap); a repaired string differs from its bytes.
  static func validUTF8(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
    bytes.withUnsafeBufferPointer { buffer in
      let slice = UnsafeBufferPointer(rebasing: buffer[range])
      var text = String(decoding: slice, as: UTF8.self)
      let same = text.withUTF8 { decoded in
        decoded.count == slice.count && decoded.elementsEqual(slice)
      }
      return same ? text : nil
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = index
    index += 1  // the opening quote
    // Fast path: most strings have no escapes; take their bytes as they are.
    var end = index
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      end += 1
    }
    if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
      guard let text = Self.validUTF8(bytes, index..<end) else {
        throw error("a string that is not valid UTF-8 (is this a binary file?)", at: start)
      }
      index = end + 1
      return text
    }
    var utf8: [UInt8] = Array(bytes[index..<end])
    index = end
    while true {
      guard index < bytes.count else {
        throw error("a string that starts here is never closed", at: start)
      }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        break
      }
      if byte < 0x20 {
        throw error("a raw control character (0x\(String(byte, radix: 16, uppercase: true))) inside a string")
      }
      if byte == UInt8(ascii: "\\") {
        try parseEscape(into: &utf8)
        continue
      }
      utf8.append(byte)
      index += 1
    }
    guard let text = String(validating: utf8, as: UTF8.self) else {
      throw error("a string that is not valid UTF-8 (is this a binary file?)", at: start)
    }
    return text
  }

  /// One escape after a backslash (at `index`), its UTF-8 appended to `utf8`.
  private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
    index += 1
    guard index < bytes.count else { throw error("unexpected end of file in an escape") }
    let escaped = bytes[index]
    index += 1
    switch escaped {
    case UInt8(ascii: "\""): utf8.append(0x22)
    case UInt8(ascii: "\\"): utf8.append(0x5C)
    case UInt8(ascii: "/"): utf8.append(0x2F)
    case UInt8(ascii: "b"): utf8.append(0x08)
    case UInt8(ascii: "f"): utf8.append(0x0C)
    case UInt8(ascii: "n"): utf8.append(0x0A)
    case UInt8(ascii: "r"): utf8.append(0x0D)
    case UInt8(ascii: "t"): utf8.append(0x09)
    case UInt8(ascii: "u"):
      var scalarValue = try parseHex4()
      if (0xD800..<0xDC00).contains(scalarValue) {
        // A high surrogate must be followed by an escaped low surrogate.
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw error("an unpaired surrogate in a \\u escape") }
        index += 2
        let low = try parseHex4()
        guard (0xDC00..<0xE000).contains(low) else {
          throw error("an unpaired surrogate in a \\u escape")
        }
        scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
      }
      guard let scalar = Unicode.Scalar(scalarValue) else {
        throw error("an unpaired surrogate in a \\u escape")
      }
      utf8.append(contentsOf: String(Character(scalar)).utf8)
    default:
      throw error("unknown escape '\\\(Character(Unicode.Scalar(escaped)))' in a string", at: index - 2)
    }
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw error("a \\u escape needs four hex digits")
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }
}

/// Writes a `JSONValue` as pretty-printed JSON: two-space indent, keys in their order, non-ASCII text kept as UTF-8,
/// control characters escaped. Arrays of strings and numbers stay on one line, as in the bundled file.
public enum JSONWriter {
  public static func write(_ value: JSONValue) -> String {
    var out = ""
    out.reserveCapacity(1 << 17)
    write(value, indent: 0, into: &out)
    out.append("\n")
    return out
  }

  private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
    switch value {
    case .null: out.append("null")
    case .bool(let b): out.append(b ? "true" : "false")
    case .number(let text): out.append(text)
    case .string(let s): writeString(s, into: &out)
    case .array(let elements):
      if elements.isEmpty {
        out.append("[]")
      } else if elements.allSatisfy(\.isScalar) {
        out.append("[")
        for (k, element) in elements.enumerated() {
          if k > 0 { out.append(", ") }
          write(element, indent: indent, into: &out)
        }
        out.append("]")
      } else {
        out.append("[\n")
        for (k, element) in elements.enumerated() {
          out.append(String(repeating: " ", count: indent + 2))
          write(element, indent: indent + 2, into: &out)
          out.append(k == elements.count - 1 ? "\n" : ",\n")
        }
        out.append(String(repeating: " ", count: indent) + "]")
      }
    case .object(let members):
      if members.isEmpty {
        out.append("{}")
        return
      }
      out.append("{\n")
      for (k, (key, member)) in members.enumerated() {
        out.append(String(repeating: " ", count: indent + 2))
        writeString(key, into: &out)
        out.append(": ")
        write(member, indent: indent + 2, into: &out)
        out.append(k == members.count - 1 ? "\n" : ",\n")
      }
      out.append(String(repeating: " ", count: indent) + "}")
    }
  }

  static func writeString(_ s: String, into out: inout String) {
    out.append("\"")
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out.append("\\\"")
      case "\\": out.append("\\\\")
      case "\n": out.append("\\n")
      case "\t": out.append("\\t")
      case "\r": out.append("\\r")
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out.append("\"")
  }
}
