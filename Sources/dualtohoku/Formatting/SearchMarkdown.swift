// `search --format markdown`: each hit ready to paste into a memo, with the proposal it belongs to and the
// source's section, so a reader can find it in the document.
import DualLifeModel
import DualLifeUI

enum SearchMarkdown {
  static func document(_ query: String, _ hits: [SearchHit], _ dataset: Dataset, _ words: Words) -> String {
    var lines = ["## \(words.tab(.search)): \(query)", ""]
    for hit in hits {
      var head = "- **\(hit.id)** (\(words.kind(hit.kind)))"
      if let reason = words.reason(hit) { head += " — \(reason)" }
      lines.append(head)
      lines.append("  > " + hit.text.split(separator: "\n").joined(separator: " "))
      if let proposal = proposal(of: hit.id, dataset) {
        lines.append("  - \(words.kind(.proposal)): \(proposal.id) \(proposal.title[words.language])")
      }
      if let section = dataset.catalog.entry(hit.id).flatMap({ dataset.section($0.section) }) {
        lines.append("  - \(words.source(section))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The proposal an item belongs to (a measure's proposal), if any.
  static func proposal(of id: String, _ dataset: Dataset) -> Proposal? {
    var current = dataset.catalog.entry(id)
    while let entry = current {
      if entry.kind == .proposal { return dataset.proposal(entry.id) }
      current = entry.parent.flatMap { dataset.catalog.entry($0) }
    }
    return nil
  }
}
