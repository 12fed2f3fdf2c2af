// A dataset at the size cap, for timing one search of a large file: the bundled one with its proposals copied
// (P6, P7, … with their measures), as large as the 4 MiB limit and the value limit allow, and still valid.
import DualLifeModel

enum BigDataset {
  /// The JSON text, and the catalog's texts one per line (for fzf); nil if no size validates.
  static func make(from json: String) -> (json: String, lines: String, copies: Int)? {
    guard case .object(let top)? = try? JSONParser.parse(Array(json.utf8)) else { return nil }
    var copies = (JSONLimits.dataset.maxBytes / max(1, json.utf8.count)) * 8
    while copies > 1 {
      let text = JSONWriter.write(
        .object(top.map { key, value in (key, key == "proposals" ? grow(value, copies) : value) }))
      if text.utf8.count <= JSONLimits.dataset.maxBytes,
        let dataset = try? Dataset.load(bytes: Array(text.utf8), source: "big")
      {
        let lines = dataset.catalog.entries.flatMap { entry in
          entry.fields.flatMap { [$0.text.ja, $0.text.en] }
        }
        return (text, lines.map { $0.replacing("\n", with: " ") }.joined(separator: "\n") + "\n", copies)
      }
      copies = copies * 19 / 20
    }
    return nil
  }

  /// The proposals object with `copies` copies of its items, renumbered.
  static func grow(_ proposals: JSONValue, _ copies: Int) -> JSONValue {
    guard case .object(let members) = proposals else { return proposals }
    return .object(
      members.map { key, value in
        guard key == "items", case .array(let items) = value else { return (key, value) }
        var grown: [JSONValue] = []
        for copy in 0..<copies {
          for (k, item) in items.enumerated() {
            grown.append(renumber(item, to: copy * items.count + k + 1))
          }
        }
        return (key, .array(grown))
      })
  }

  /// A proposal as proposal `number`: its id, number and its measures' ids.
  static func renumber(_ proposal: JSONValue, to number: Int) -> JSONValue {
    guard case .object(let members) = proposal else { return proposal }
    return .object(
      members.map { key, value in
        switch key {
        case "id": return (key, .string("P\(number)"))
        case "number": return (key, .number(String(number)))
        case "measures":
          guard case .array(let measures) = value else { return (key, value) }
          return (
            key,
            .array(
              measures.enumerated().map { j, measure in
                guard case .object(let fields) = measure else { return measure }
                return .object(fields.map { $0.0 == "id" ? ($0.0, .string("P\(number).M\(j + 1)")) : $0 })
              })
          )
        default: return (key, value)
        }
      })
  }
}
