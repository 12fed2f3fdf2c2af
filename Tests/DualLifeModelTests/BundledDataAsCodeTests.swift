import BundledDataset
import DualLifeModel
import Testing

/// The bundled data as the build writes it, as code that builds the values (Sources/PrepareBundledData), against the
/// same files decoded from their JSON at run time: any difference in any field of any item fails.
@Suite struct BundledDataAsCodeTests {
  @Test func theDatasetBuiltFromCodeIsTheDatasetDecodedFromItsJSON() throws {
    let built = try Dataset.bundled()
    let decoded = try Dataset.load(bytes: Array(Dataset.bundledJSON.utf8), source: "bundled JSON")
    #expect(built.schemaVersion == decoded.schemaVersion)
    #expect(built.sections == decoded.sections)
    #expect(built.document == decoded.document)
    #expect(built.positioning == decoded.positioning)
    #expect(built.trends == decoded.trends)
    #expect(built.analysis == decoded.analysis)
    #expect(built.proposals == decoded.proposals)
    #expect(built.calls == decoded.calls)
    #expect(built.panel == decoded.panel)
    #expect(built.exportJSON() == decoded.exportJSON())
    #expect(built.catalog.entries.map(\.id) == decoded.catalog.entries.map(\.id))
    #expect(built.catalog.entries.count > 150)
  }

  @Test func theGlossaryBuiltFromCodeIsTheGlossaryDecodedFromItsJSON() throws {
    let built = try Glossary.bundled()
    let decoded = try Glossary.load(bytes: Array(Glossary.bundledJSON.utf8), source: "bundled JSON")
    #expect(built.entries == decoded.entries)
    #expect(built.entries.count > 10)
  }

  /// PolicyItem's == compares ids only, so the items are compared as dumps, which hold every field.
  @Test func thePolicyContextBuiltFromCodeIsThePolicyContextDecodedFromItsJSON() throws {
    let dataset = try Dataset.bundled()
    let built = try PolicyContext.bundled(dataset: dataset)
    let decoded = try PolicyContext.load(
      bytes: Array(PolicyContext.bundledJSON.utf8), source: "bundled JSON", dataset: dataset)
    #expect(built.sections == decoded.sections)
    #expect(built.uptake == decoded.uptake)
    var builtItems = ""
    var decodedItems = ""
    dump(built.items, to: &builtItems)
    dump(decoded.items, to: &decodedItems)
    #expect(builtItems == decodedItems)
    #expect(built.allItems.count > 100)
    #expect(built.allItems.map(\.id).allSatisfy { built.item($0) != nil })
  }

  /// The bundled policy context is read against the dataset in use, which `--data` may replace: links that do not fit
  /// it are refused, as they are when the file is loaded.
  @Test func theBundledPolicyContextIsCheckedAgainstTheDatasetItIsReadWith() throws {
    let context = try PolicyContext.bundled(dataset: try Dataset.bundled())
    #expect(context.problems(linkingFrom: try Dataset.bundled()).isEmpty)
    // The bundled dataset without P3.M3, which the policy context says is taken up.
    let bytes = try Fixture.bytes { value in
      value.update(["proposals", "items", 2, "measures"]) { measures in
        if case .array(let items) = measures { measures = .array(items.dropLast()) }
      }
    }
    let other = try Dataset.load(bytes: bytes, source: "fixture")
    #expect(other.catalog.entry("P3.M3") == nil)
    #expect(
      context.problems(linkingFrom: other).contains { $0.message.contains("\"P3.M3\", not a proposal or measure") })
    #expect(throws: DatasetError.self) { try PolicyContext.bundled(dataset: other) }
  }
}
