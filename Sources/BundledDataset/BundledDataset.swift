// The data compiled into the program: Assets/ as the build validated and prepared it, and the accessors that read
// it. Sources/PrepareBundledData writes into this module, for each file, a function that builds its decoded value
// (bundledDatasetValue(), bundledGlossaryValue(), bundledPolicyContextValue()) and its JSON text byte for byte
// (bundledDatasetJSON, …), and the search texts as a table (bundledSearchTable). The build refuses invalid files, so
// nothing here checks them again, and start-up parses no JSON.
import DualLifeModel

extension Dataset {
  /// The dataset compiled into the program from Assets/dual-life-tohoku.json.
  /// (It cannot fail now that the build writes it as code; it stays `throws` for the callers that load either it or
  /// a file.)
  public static func bundled() throws(DatasetError) -> Dataset {
    bundledDatasetValue()
  }

  /// The bundled dataset's JSON text, byte for byte.
  public static var bundledJSON: String { bundledDatasetJSON }

  /// The search index a dashboard keeps, with the bundled glossary and, when it reads against this dataset, the
  /// bundled policy context: built on the first search and shared by every copy of the dataset.
  public var searchIndex: SearchIndex {
    searchIndex(policy: { try? PolicyContext.bundled(dataset: self) }, glossary: .bundledOrEmpty)
  }

  /// Searches every text of the dataset and of what followed it; see `SearchIndex`.
  public func search(_ query: String, language: Language, limit: Int = .max) -> [SearchHit] {
    searchIndex.search(query, language: language, limit: limit)
  }

  /// An index for a program that searches once data that is not the bundled one (`search --data`, `--policy`):
  /// the folded texts without the posting lists, which cost more to build than a scan costs to run a query or two.
  /// Without `policy`, the bundled policy context when it fits the dataset.
  public func oneShotIndex() -> SearchIndex {
    oneShotIndex(policy: try? PolicyContext.bundled(dataset: self))
  }

  public func oneShotIndex(policy: PolicyContext?) -> SearchIndex {
    SearchIndex(catalog: catalog, policy: policy, glossary: .bundledOrEmpty, postings: false)
  }
}

extension SearchIndex {
  /// The bundled data's search texts and glossary, folded at build time: one search of the bundled data decodes no
  /// dataset and no glossary.
  public static var bundled: SearchIndex? { SearchIndex(prepared: bundledSearchTable) }
}

extension Glossary {
  /// The glossary compiled into the program. Loaded once.
  public static func bundled() throws(DatasetError) -> Glossary {
    bundledGlossaryValue()
  }

  /// The bundled glossary's JSON text, byte for byte.
  public static var bundledJSON: String { bundledGlossaryJSON }

  /// The bundled glossary, or an empty one if it could not be read (search must work).
  public static let bundledOrEmpty: Glossary = (try? bundled()) ?? .empty
}

extension PolicyContext {
  /// The policy context compiled into the program from Assets/policy-context.json, linked to `dataset`'s proposals.
  /// Read when first needed (a view or a page that shows it), not at start-up.
  /// The links from `dataset` are checked as `load` checks them, because `dataset` may be another file (`--data`).
  public static func bundled(dataset: Dataset) throws(DatasetError) -> PolicyContext {
    let context = bundledPolicyContextValue()
    let problems = context.problems(linkingFrom: dataset)
    guard problems.isEmpty else { throw .invalid(source: "bundled policy context", problems: problems) }
    return context
  }

  /// The bundled policy context's JSON text, byte for byte.
  public static var bundledJSON: String { bundledPolicyContextJSON }
}
