import BundledDataset
import DualLifeModel

/// Builds broken variants of the bundled dataset for validation tests.
enum Fixture {
  static func bundledValue() throws -> JSONValue {
    try JSONParser.parse(Array(Dataset.bundledJSON.utf8))
  }

  /// The bundled dataset with one change, as bytes.
  static func bytes(_ change: (inout JSONValue) -> Void) throws -> [UInt8] {
    var value = try bundledValue()
    change(&value)
    return Array(JSONWriter.write(value).utf8)
  }

  /// Loads bytes and returns the problems (empty when valid).
  static func problems(_ bytes: [UInt8]) -> [DataProblem] {
    do {
      _ = try Dataset.load(bytes: bytes, source: "test.json")
      return []
    } catch {
      if case .invalid(_, let problems) = error { return problems }
      return [DataProblem(place: "?", message: error.description)]
    }
  }
}

extension JSONValue {
  /// Changes the value at a path of object keys and array indexes, e.g. ["proposals", "items", 0, "title"].
  mutating func update(_ path: [any PathComponent], _ change: (inout JSONValue) -> Void) {
    guard let head = path.first else {
      change(&self)
      return
    }
    let rest = Array(path.dropFirst())
    switch self {
    case .object(var members):
      guard let key = head as? String, let k = members.firstIndex(where: { $0.0 == key }) else { return }
      members[k].1.update(rest, change)
      self = .object(members)
    case .array(var elements):
      guard let k = head as? Int, elements.indices.contains(k) else { return }
      elements[k].update(rest, change)
      self = .array(elements)
    default:
      return
    }
  }

  mutating func set(_ path: [any PathComponent], _ value: JSONValue) {
    update(path) { $0 = value }
  }

  /// Removes the key that ends the path from its object.
  mutating func remove(_ path: [any PathComponent]) {
    guard let key = path.last as? String else { return }
    update(Array(path.dropLast())) { parent in
      if case .object(let members) = parent { parent = .object(members.filter { $0.0 != key }) }
    }
  }
}

protocol PathComponent {}
extension String: PathComponent {}
extension Int: PathComponent {}
