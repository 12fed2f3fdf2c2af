import ArgumentParser
import BundledDataset
import DualLifeModel

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print items by id: a proposal with its measures and links, a strength, a call, an expert…",
    discussion: """
      Examples:
        dualtohoku show P1                 # proposal 1, its measures and the items it links to
        dualtohoku show P1.M1 S1 G4 --lang en
        dualtohoku show E2 --format markdown
        dualtohoku show T1 --format json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

  @Argument(
    help: ArgumentHelp(
      "Ids such as P1, P1.M2, S3, W1, O4, T2, G5, F1, E3, E1.R2 (case does not matter).", valueName: "ID"))
  var ids: [String]

  @Option(help: ArgumentHelp("text (default), json or markdown (e.g. --format json).", valueName: "text|json|markdown"))
  var format: Format = .text

  @OptionGroup var lang: LanguageOption
  @OptionGroup var data: DataOptions

  func validate() throws {
    if ids.isEmpty { throw ValidationError("Name at least one id, e.g. dualtohoku show P1") }
  }

  func run() throws {
    try Self.run(ids: ids, format: format, language: lang.language, data: data.source)
  }

  /// The same from plain values; `dualtohoku show ID…` with plain options comes here directly (QuickLaunch).
  static func run(ids: [String], format: Format, language: Language, data: DataSource) throws {
    let dataset = try data.load()
    // The proposals dataset's ids first; what followed (the policy context) is read only when an id is a proposal
    // or a measure (their uptake) or one the proposals dataset lacks.
    let wantsUptake = ids.contains { id in
      let kind = (dataset.catalog.entry(id) ?? dataset.catalog.entry(id.uppercased()))?.kind
      return kind == .proposal || kind == .measure
    }
    var policy: PolicyContext? = wantsUptake ? try data.policy(for: dataset) : nil
    let formatter = EntryFormatter(dataset: dataset, language: language, policy: policy)
    var texts: [String] = []
    var values: [JSONValue] = []
    for id in ids {
      if let entry = dataset.catalog.entry(id) ?? dataset.catalog.entry(id.uppercased()) {
        texts.append(format == .markdown ? formatter.markdown(entry) : formatter.text(entry))
        values.append(formatter.json(entry))
        continue
      }
      if policy == nil { policy = try data.policy(for: dataset) }
      guard let policy, let item = policy.item(id) ?? policy.item(id.uppercased()) else {
        Output.error(
          "dualtohoku show: no item has the id '\(Sanitize.forMessage(id))' (ids look like P1, P1.M2, S3, W1, O4, T2, "
            + "G5, F1, E3, KPI1, I1.2.3; see dualtohoku export --format markdown)")
        throw Exit.usage
      }
      let policyFormatter = PolicyItemFormatter(policy: policy, language: language)
      texts.append(format == .markdown ? policyFormatter.markdown(item) : policyFormatter.text(item))
      values.append(policyFormatter.json(item))
    }
    switch format {
    case .text: Output.print(texts.joined(separator: "\n\n"))
    case .markdown: Output.print(texts.joined(), terminator: "")
    case .json: Output.printJSON(JSONWriter.write(.object([("items", .array(values))])))
    }
  }
}
