import ArgumentParser
import BundledDataset
import DualLifeModel

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the whole dataset as JSON (loads back with --data) or as a Markdown document.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown }
  enum ExportLanguage: String, ExpressibleByArgument, CaseIterable { case ja, en, both }

  @Option(
    help: ArgumentHelp(
      "json: the dataset itself, both languages (e.g. dualtohoku export > copy.json). markdown: a readable document.",
      valueName: "json|markdown"))
  var format: Format = .json

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Language of the Markdown: ja, en or both (e.g. --format markdown --lang both). JSON always holds both.",
      valueName: "ja|en|both"))
  var language: ExportLanguage?

  @OptionGroup var data: DataOptions

  func run() throws {
    let dataset = try data.load()
    switch format {
    case .json:
      Output.printJSON(dataset.exportJSON())
    case .markdown:
      let languages: [Language]
      switch language {
      case .ja: languages = [.ja]
      case .en: languages = [.en]
      case .both: languages = [.ja, .en]
      case nil: languages = [Language.fromEnvironment()]
      }
      var document = MarkdownDocument(
        dataset: dataset, languages: languages, policy: try data.policy(for: dataset))
      Output.print(document.render(), terminator: "")
    }
  }
}
