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
  public var ja: String
  public var en: String

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
  public var id: String
  public var number: String
  public var heading: LocalizedText
}

/// An item that is only a text: a paragraph, a bullet, a call, a point.
public struct TextItem: Sendable, Hashable {
  public var id: String
  public var section: String
  public var text: LocalizedText
}

public struct Prefecture: Sendable, Hashable {
  public var id: String
  public var section: String
  public var name: LocalizedText
}

public struct DocumentInfo: Sendable, Hashable {
  public var id: String
  public var section: String
  public var title: LocalizedText
  public var subtitle: LocalizedText
  public var publisher: LocalizedText
  public var lead: LocalizedText
  public var tohokuNote: LocalizedText
  public var prefectures: [Prefecture]
}

public struct Positioning: Sendable, Hashable {
  public var id: String
  public var section: String
  public var title: LocalizedText
  public var paragraphs: [TextItem]
}

/// A bullet with its own label ("企業", "価値観").
public struct LabeledItem: Sendable, Hashable {
  public var id: String
  public var section: String
  public var label: LocalizedText
  public var text: LocalizedText
}

public struct Trend: Sendable, Hashable {
  public var id: String
  public var section: String
  public var number: Int
  public var title: LocalizedText
  /// The words of the arrow that names this trend in the source's figure.
  public var figureLabel: LocalizedText
  public var bullets: [LabeledItem]
}

public struct TrendFigure: Sendable, Hashable {
  public var id: String
  public var section: String
  public var title: LocalizedText
  /// Words of the figure whose place in it the extracted text does not show.
  public var labels: [TextItem]
  public var source: LocalizedText
}

public struct Trends: Sendable, Hashable {
  public var id: String
  public var section: String
  public var title: LocalizedText
  public var paragraphs: [TextItem]
  public var items: [Trend]
  public var figure: TrendFigure
}

/// A strength, weakness or opportunity. Strengths and weaknesses carry the source's 【category】.
public struct AnalysisItem: Sendable, Hashable {
  public var id: String
  public var section: String
  public var category: LocalizedText?
  public var text: LocalizedText
}

public struct TimeAxis: Sendable, Hashable {
  public var id: String
  public var section: String
  public var label: LocalizedText
  public var before: LocalizedText
  public var event: LocalizedText
  public var after: LocalizedText
}

public struct Analysis: Sendable, Hashable {
  public var id: String
  public var section: String
  public var title: LocalizedText
  public var trendsTitle: LocalizedText
  public var strengthsLabel: LocalizedText
  public var weaknessesLabel: LocalizedText
  public var opportunitiesLabel: LocalizedText
  public var strengths: [AnalysisItem]
  public var weaknesses: [AnalysisItem]
  public var opportunities: [AnalysisItem]
  public var timeAxis: TimeAxis
  public var basicRecognitionTitle: LocalizedText
  public var basicRecognition: [TextItem]
}

/// Cross-links from a proposal or measure. The source draws no such lines: `basis` says whose reading they are.
public struct Links: Sendable, Hashable {
  public var basis: String
  /// Strengths, weaknesses and opportunities the item builds on or answers (S…, W…, O…).
  public var analysis: [String]
  /// Calls to the government (G…) and to firms (F…) that serve the item.
  public var calls: [String]
  /// Expert recommendations (E1.R2…) that speak to the item; on proposals only, may be empty.
  public var recommendations: [String] = []
}

public struct Measure: Sendable, Hashable {
  public var id: String
  public var section: String
  public var text: LocalizedText
  public var links: Links
}

public struct Proposal: Sendable, Hashable {
  public var id: String
  public var section: String
  public var number: Int
  public var title: LocalizedText
  /// The ◼ statement of what the proposal aims at.
  public var goal: LocalizedText
  public var measures: [Measure]
  /// The source ends each list of measures with など: they are examples.
  public var measuresEtc: LocalizedText
  public var links: Links
}

/// Proposals 1 and 2 are the foundation on which DX drives proposals 3–5.
public struct ProposalStructure: Sendable, Hashable {
  public var id: String
  public var section: String
  public var text: LocalizedText
  public var foundation: [String]
  public var driven: [String]
}

/// One life-and-work pattern of the Dual Life Tohoku figure.
public struct LifePattern: Sendable, Hashable {
  public var id: String
  public var section: String
  public var name: LocalizedText
  public var work: LocalizedText
  public var living: LocalizedText
  public var elements: [TextItem]
}

public struct DualLife: Sendable, Hashable {
  public var id: String
  public var section: String
  public var title: LocalizedText
  public var paragraphs: [TextItem]
  public var figureCaption: LocalizedText
  public var patterns: [LifePattern]
  public var figureNote: LocalizedText
  public var figureSource: LocalizedText
}

public struct Proposals: Sendable, Hashable {
  public var id: String
  public var section: String
  public var title: LocalizedText
  public var measuresHeading: LocalizedText
  public var items: [Proposal]
  public var structure: ProposalStructure
  public var dualLife: DualLife
}

public struct CallGroup: Sendable, Hashable {
  public var label: LocalizedText
  public var items: [TextItem]
  public var itemsEtc: LocalizedText
}

public struct Calls: Sendable, Hashable {
  public var id: String
  public var section: String
  public var title: LocalizedText
  public var lead: LocalizedText
  /// ＜国＞: calls to the national government, G1…
  public var government: CallGroup
  /// ＜中央企業・経済界＞: calls to Tokyo-based major firms and business circles, F1…
  public var firms: CallGroup
}

public struct Meeting: Sendable, Hashable {
  public var id: String
  public var section: String
  public var number: Int
  /// ISO 8601 date, e.g. 2020-09-23.
  public var date: String
}

public struct Recommendation: Sendable, Hashable {
  public var id: String
  public var section: String
  public var text: LocalizedText
  public var points: [TextItem]
}

public struct PanelMember: Sendable, Hashable {
  public var id: String
  public var section: String
  public var name: LocalizedText
  public var role: LocalizedText?
  public var field: LocalizedText
  public var affiliation: LocalizedText
  public var background: [TextItem]
  public var perspective: LocalizedText
  public var recommendations: [Recommendation]
}

public struct Panel: Sendable, Hashable {
  public var id: String
  public var section: String
  public var title: LocalizedText
  public var recommendationsTitle: LocalizedText
  public var meetings: [Meeting]
  public var members: [PanelMember]
}

/// The whole dataset: everything the dashboard, the command line and the deck show.
public struct Dataset: Sendable {
  public var schemaVersion: Int
  public var sections: [Section]
  public var document: DocumentInfo
  public var positioning: Positioning
  public var trends: Trends
  public var analysis: Analysis
  public var proposals: Proposals
  public var calls: Calls
  public var panel: Panel
  /// Every addressable item by id, in source order, built once at load.
  public let catalog: Catalog
  /// The search index: built once, on the first search, and shared by every copy of the dataset. Building it takes
  /// about half a millisecond, which the dashboard's first frame does not need to wait for.
  public var searchIndex: SearchIndex { searchIndexCache.index(for: catalog) }
  private let searchIndexCache = SearchIndexCache()

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
    let catalog = Catalog(
      sections: sections, document: document, positioning: positioning, trends: trends,
      analysis: analysis, proposals: proposals, calls: calls, panel: panel)
    self.catalog = catalog
  }

  public func proposal(_ id: String) -> Proposal? {
    proposals.items.first { $0.id == id }
  }

  public func section(_ id: String) -> Section? {
    sections.first { $0.id == id }
  }
}
