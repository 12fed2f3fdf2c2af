// The dataset's types: one Swift type per kind of thing in the source document.
// Every type mirrors one object of Assets/dual-life-tohoku.json (see the schema beside it); field names match.

/// The two languages of every human text.
public enum Language: String, Sendable, CaseIterable, Hashable {
  case ja, en

  /// The other language, for the L key.
  public var toggled: Language { self == .ja ? .en : .ja }
}

/// A human text in Japanese (as the source says it) and English (our translation).
public struct LocalizedText: Sendable, Hashable {
  public let ja: String
  public let en: String

  public init(ja: String, en: String) {
    self.ja = ja
    self.en = en
  }

  public subscript(language: Language) -> String {
    language == .ja ? ja : en
  }
}

/// A section of the source document ("4", 「ポストコロナ・５つの提言」の具体内容と取組例).
public struct Section: Sendable, Hashable {
  public let id: String
  public let number: String
  public let heading: LocalizedText
}

/// An item that is only a text: a paragraph, a bullet, a call, a point.
public struct TextItem: Sendable, Hashable {
  public let id: String
  public let section: String
  public let text: LocalizedText
}

public struct Prefecture: Sendable, Hashable {
  public let id: String
  public let section: String
  public let name: LocalizedText
}

public struct DocumentInfo: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let subtitle: LocalizedText
  public let publisher: LocalizedText
  public let lead: LocalizedText
  public let tohokuNote: LocalizedText
  public let prefectures: [Prefecture]
}

public struct Positioning: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let paragraphs: [TextItem]
}

/// A bullet with its own label ("企業", "価値観").
public struct LabeledItem: Sendable, Hashable {
  public let id: String
  public let section: String
  public let label: LocalizedText
  public let text: LocalizedText
}

public struct Trend: Sendable, Hashable {
  public let id: String
  public let section: String
  public let number: Int
  public let title: LocalizedText
  /// The words of the arrow that names this trend in the source's figure.
  public let figureLabel: LocalizedText
  public let bullets: [LabeledItem]
}

public struct TrendFigure: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  /// Words of the figure whose place in it the extracted text does not show.
  public let labels: [TextItem]
  public let source: LocalizedText
  /// What of this is reconstructed from the extracted text rather than stated by the source (editorial).
  public let reconstruction: LocalizedText?
}

public struct Trends: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let paragraphs: [TextItem]
  public let items: [Trend]
  public let figure: TrendFigure
  /// What of this is reconstructed from the extracted text rather than stated by the source (editorial).
  public let reconstruction: LocalizedText?
}

/// A strength, weakness or opportunity. Strengths and weaknesses carry the source's 【category】.
public struct AnalysisItem: Sendable, Hashable {
  public let id: String
  public let section: String
  public let category: LocalizedText?
  public let text: LocalizedText
}

public struct TimeAxis: Sendable, Hashable {
  public let id: String
  public let section: String
  public let label: LocalizedText
  public let before: LocalizedText
  public let event: LocalizedText
  public let after: LocalizedText
  /// What of this is reconstructed from the extracted text rather than stated by the source (editorial).
  public let reconstruction: LocalizedText?
}

public struct Analysis: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let trendsTitle: LocalizedText
  public let strengthsLabel: LocalizedText
  public let weaknessesLabel: LocalizedText
  public let opportunitiesLabel: LocalizedText
  public let strengths: [AnalysisItem]
  public let weaknesses: [AnalysisItem]
  public let opportunities: [AnalysisItem]
  public let timeAxis: TimeAxis
  public let basicRecognitionTitle: LocalizedText
  public let basicRecognition: [TextItem]
}

/// Cross-links from a proposal or measure. The source draws no such lines: `basis` says whose reading they are.
public struct Links: Sendable, Hashable {
  public let basis: String
  /// Strengths, weaknesses and opportunities the item builds on or answers (S…, W…, O…).
  public let analysis: [String]
  /// Calls to the government (G…) and to firms (F…) that serve the item.
  public let calls: [String]
  /// Expert recommendations (E1.R2…) that speak to the item; on proposals only, may be empty.
  public let recommendations: [String]
}

public struct Measure: Sendable, Hashable {
  public let id: String
  public let section: String
  public let text: LocalizedText
  public let links: Links
}

public struct Proposal: Sendable, Hashable {
  public let id: String
  public let section: String
  public let number: Int
  public let title: LocalizedText
  /// The ◼ statement of what the proposal aims at.
  public let goal: LocalizedText
  public let measures: [Measure]
  /// The source ends each list of measures with など: they are examples.
  public let measuresEtc: LocalizedText
  public let links: Links
}

/// Proposals 1 and 2 are the foundation on which DX drives proposals 3–5.
public struct ProposalStructure: Sendable, Hashable {
  public let id: String
  public let section: String
  public let text: LocalizedText
  public let foundation: [String]
  public let driven: [String]
  /// What of this is reconstructed from the extracted text rather than stated by the source (editorial).
  public let reconstruction: LocalizedText?
}

/// One life-and-work pattern of the Dual Life Tohoku figure.
public struct LifePattern: Sendable, Hashable {
  public let id: String
  public let section: String
  public let name: LocalizedText
  public let work: LocalizedText
  public let living: LocalizedText
  public let elements: [TextItem]
}

public struct DualLife: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let paragraphs: [TextItem]
  public let figureCaption: LocalizedText
  public let patterns: [LifePattern]
  public let figureNote: LocalizedText
  public let figureSource: LocalizedText
}

public struct Proposals: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let measuresHeading: LocalizedText
  public let items: [Proposal]
  public let structure: ProposalStructure
  public let dualLife: DualLife
}

public struct CallGroup: Sendable, Hashable {
  public let label: LocalizedText
  public let items: [TextItem]
  public let itemsEtc: LocalizedText
}

public struct Calls: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let lead: LocalizedText
  /// ＜国＞: calls to the national government, G1…
  public let government: CallGroup
  /// ＜中央企業・経済界＞: calls to Tokyo-based major firms and business circles, F1…
  public let firms: CallGroup
}

public struct Meeting: Sendable, Hashable {
  public let id: String
  public let section: String
  public let number: Int
  /// ISO 8601 date, e.g. 2020-09-23.
  public let date: String
}

public struct Recommendation: Sendable, Hashable {
  public let id: String
  public let section: String
  public let text: LocalizedText
  public let points: [TextItem]
}

public struct PanelMember: Sendable, Hashable {
  public let id: String
  public let section: String
  public let name: LocalizedText
  public let role: LocalizedText?
  public let field: LocalizedText
  public let affiliation: LocalizedText
  public let background: [TextItem]
  public let perspective: LocalizedText
  public let recommendations: [Recommendation]
}

public struct Panel: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let recommendationsTitle: LocalizedText
  /// The members table's column headings as printed, when the file has them.
  public let tableHeadings: PanelTableHeadings?
  public let meetings: [Meeting]
  public let members: [PanelMember]
}

/// The panel members table's column headings: 分野, 氏名 （敬称略）, 所属・肩書, 備考.
public struct PanelTableHeadings: Sendable, Hashable {
  public let field: LocalizedText
  public let name: LocalizedText
  /// （敬称略）, printed under 氏名.
  public let honorifics: LocalizedText
  public let affiliation: LocalizedText
  public let remarks: LocalizedText
}

/// The whole dataset: everything the dashboard, the command line and the deck show.
public struct Dataset: Sendable {
  public let schemaVersion: Int
  public let sections: [Section]
  public let document: DocumentInfo
  public let positioning: Positioning
  public let trends: Trends
  public let analysis: Analysis
  public let proposals: Proposals
  public let calls: Calls
  public let panel: Panel
  /// Every addressable item by id, in source order, built once at load.
  public let catalog: Catalog
  /// The search index, built on the first search (see `searchIndex(policy:glossary:)`), which the dashboard's
  /// first frame does not wait for.
  let searchIndexCache = SearchIndexCache()

  init(
    schemaVersion: Int, sections: [Section], document: DocumentInfo, positioning: Positioning,
    trends: Trends, analysis: Analysis, proposals: Proposals, calls: Calls, panel: Panel
  ) {
    self.schemaVersion = schemaVersion
    self.sections = sections
    self.document = document
    self.positioning = positioning
    self.trends = trends
    self.analysis = analysis
    self.proposals = proposals
    self.calls = calls
    self.panel = panel
    catalog = Catalog([
      CatalogChild(.document, document), CatalogChild(.positioning, positioning), CatalogChild(.trends, trends),
      CatalogChild(.analysis, analysis), CatalogChild(.proposals, proposals), CatalogChild(.calls, calls),
      CatalogChild(.panel, panel),
    ])
  }

  public func proposal(_ id: String) -> Proposal? {
    proposals.items.first { $0.id == id }
  }

  public func section(_ id: String) -> Section? {
    sections.first { $0.id == id }
  }
}
