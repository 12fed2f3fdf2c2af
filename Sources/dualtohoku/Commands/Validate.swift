import ArgumentParser
import BundledDataset
import DualLifeModel

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a dataset file against the schema and the dataset's rules; list every problem with its place.",
    discussion: """
      Checks JSON syntax (with line and column), missing or empty fields (with the item's id and the field's name),
      duplicate ids, ids out of source order, links to ids that do not exist, and control characters in text; and
      the bundled glossary against it (ids, a word in one entry only, every term.ja said by some text).
      A policy-context file (Assets/policy-context.json: what followed the proposals) is recognised by its
      "$schema" and checked with its own rules, its uptake links against the bundled proposals.
      Exit 0 when valid, 65 when not, 66 when the file cannot be opened.

      Examples:
        dualtohoku validate                      # the bundled dataset
        dualtohoku validate Assets/dual-life-tohoku.json
        dualtohoku validate Assets/policy-context.json
        dualtohoku export --format json > copy.json && dualtohoku validate copy.json
      """)

  @Argument(help: ArgumentHelp("The dataset file to check. Without it, the bundled dataset.", valueName: "FILE"))
  var file: String?

  func run() throws {
    if let file, Self.isPolicyContext(file) {
      try validatePolicyContext(file)
      return
    }
    let dataset = try DataSource(path: file).load(checkingBundled: true)
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

extension Validate {
  /// A policy-context file names its schema at the top: `"$schema": "./policy-context.schema.json"`.
  static func isPolicyContext(_ path: String) -> Bool {
    // Only a regular file is read (a FIFO would block); anything else goes on to the usual refusal.
    guard (try? DataSource.checkRegularFile(path)) != nil, let head = try? PolicyContext.head(of: path) else {
      return false
    }
    return head.contains("policy-context.schema.json")
  }

  func validatePolicyContext(_ path: String) throws {
    let context: PolicyContext
    do {
      try DataSource.checkRegularFile(path)
      context = try PolicyContext.load(path: path, dataset: try Dataset.bundled())
    } catch {
      throw DataSource.refuse(error)
    }
    Output.print(
      "\(Sanitize.forMessage(path)): valid policy context — \(context.items.filter { $0.path == "documents" }.count) documents, "
        + "\(context.kpis.count) KPIs, \(context.uptake.count) uptake links; \(context.allItems.count) items in all")
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
