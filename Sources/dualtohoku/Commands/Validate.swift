import ArgumentParser
import DualLifeModel

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a dataset file against the schema and the dataset's rules; list every problem with its place.",
    discussion: """
      Checks JSON syntax (with line and column), missing or empty fields (with the item's id and the field's name),
      duplicate ids, ids out of source order, links to ids that do not exist, and control characters in text; and
      the bundled glossary against it (ids, a word in one entry only, every term.ja said by some text).
      Exit 0 when valid, 65 when not, 66 when the file cannot be opened.

      Examples:
        dualtohoku validate                      # the bundled dataset
        dualtohoku validate Assets/dual-life-tohoku.json
        dualtohoku export --format json > copy.json && dualtohoku validate copy.json
      """)

  @Argument(help: ArgumentHelp("The dataset file to check. Without it, the bundled dataset.", valueName: "FILE"))
  var file: String?

  func run() throws {
    let dataset = try DataOptions(path: file).load()
    try checkGlossary(dataset)
    let catalog = dataset.catalog
    let count = { (kind: EntryKind) in catalog.entries.filter { $0.kind == kind }.count }
    Output.print(
      "\(file.map { Sanitize.forMessage($0) } ?? "bundled dataset"): valid — "
        + "\(count(.proposal)) proposals, \(count(.measure)) measures, \(count(.strength)) strengths, "
        + "\(count(.weakness)) weaknesses, \(count(.opportunity)) opportunities, \(count(.trend)) trends, "
        + "\(count(.governmentCall)) calls to the government, \(count(.firmCall)) calls to firms, "
        + "\(count(.expert)) experts; \(catalog.entries.count) items in all")
  }
}

/// The glossary is checked with the dataset it widens searches of: a term no text says widens to nothing.
func checkGlossary(_ dataset: Dataset) throws {
  var failure: DatasetError?
  do {
    let problems = try Glossary.bundled().problems(with: dataset)
    if !problems.isEmpty { failure = .invalid(source: "glossary", problems: problems) }
  } catch {
    failure = error
  }
  if let failure {
    Output.error(failure.description)
    throw Exit.invalidData
  }
}

extension DataOptions {
  init(path: String?) {
    self.init()
    self.path = path
  }
}
