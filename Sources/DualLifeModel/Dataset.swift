// The dataset's types: one Swift type per kind of thing in the source document.
// Every type mirrors one object of Assets/dual-life-tohoku.json (see the schema beside it); field names match.
// The memberwise inits are package-wide so that the source the build writes from Assets/ (BundledDataset) can build
// the bundled data directly, without parsing JSON at start-up.

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

  package init(id: String, number: String, heading: LocalizedText) {
    self.id = id
    self.number = number
    self.heading = heading
  }
}

/// An item that is only a text: a paragraph, a bullet, a call, a point.
public struct TextItem: Sendable, Hashable {
  public let id: String
  public let section: String
  public let text: LocalizedText

  package init(id: String, section: String, text: LocalizedText) {
    self.id = id
    self.section = section
    self.text = text
  }
}

public struct Prefecture: Sendable, Hashable {
  public let id: String
  public let section: String
  public let name: LocalizedText

  package init(id: String, section: String, name: LocalizedText) {
    self.id = id
    self.section = section
    self.name = name
  }
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

  package init(
    id: String, section: String, title: LocalizedText, subtitle: LocalizedText, publisher: LocalizedText,
    lead: LocalizedText, tohokuNote: LocalizedText, prefectures: [Prefecture]
  ) {
    self.id = id
    self.section = section
    self.title = title
    self.subtitle = subtitle
    self.publisher = publisher
    self.lead = lead
    self.tohokuNote = tohokuNote
    self.prefectures = prefectures
  }
}

public struct Positioning: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let paragraphs: [TextItem]

  package init(id: String, section: String, title: LocalizedText, paragraphs: [TextItem]) {
    self.id = id
    self.section = section
    self.title = title
    self.paragraphs = paragraphs
  }
}

/// A bullet with its own label ("企業", "価値観").
public struct LabeledItem: Sendable, Hashable {
  public let id: String
  public let section: String
  public let label: LocalizedText
  public let text: LocalizedText

  package init(id: String, section: String, label: LocalizedText, text: LocalizedText) {
    self.id = id
    self.section = section
    self.label = label
    self.text = text
  }
}

public struct Trend: Sendable, Hashable {
  public let id: String
  public let section: String
  public let number: Int
  public let title: LocalizedText
  /// The words of the arrow that names this trend in the source's figure.
  public let figureLabel: LocalizedText
  public let bullets: [LabeledItem]

  package init(
    id: String, section: String, number: Int, title: LocalizedText, figureLabel: LocalizedText, bullets: [LabeledItem]
  ) {
    self.id = id
    self.section = section
    self.number = number
    self.title = title
    self.figureLabel = figureLabel
    self.bullets = bullets
  }
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

  package init(
    id: String, section: String, title: LocalizedText, labels: [TextItem], source: LocalizedText,
    reconstruction: LocalizedText?
  ) {
    self.id = id
    self.section = section
    self.title = title
    self.labels = labels
    self.source = source
    self.reconstruction = reconstruction
  }
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

  package init(
    id: String, section: String, title: LocalizedText, paragraphs: [TextItem], items: [Trend], figure: TrendFigure,
    reconstruction: LocalizedText?
  ) {
    self.id = id
    self.section = section
    self.title = title
    self.paragraphs = paragraphs
    self.items = items
    self.figure = figure
    self.reconstruction = reconstruction
  }
}

/// A strength, weakness or opportunity. Strengths and weaknesses carry the source's 【category】.
public struct AnalysisItem: Sendable, Hashable {
  public let id: String
  public let section: String
  public let category: LocalizedText?
  public let text: LocalizedText

  package init(id: String, section: String, category: LocalizedText?, text: LocalizedText) {
    self.id = id
    self.section = section
    self.category = category
    self.text = text
  }
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

  package init(
    id: String, section: String, label: LocalizedText, before: LocalizedText, event: LocalizedText,
    after: LocalizedText, reconstruction: LocalizedText?
  ) {
    self.id = id
    self.section = section
    self.label = label
    self.before = before
    self.event = event
    self.after = after
    self.reconstruction = reconstruction
  }
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

  package init(
    id: String, section: String, title: LocalizedText, trendsTitle: LocalizedText, strengthsLabel: LocalizedText,
    weaknessesLabel: LocalizedText, opportunitiesLabel: LocalizedText, strengths: [AnalysisItem],
    weaknesses: [AnalysisItem], opportunities: [AnalysisItem], timeAxis: TimeAxis, basicRecognitionTitle: LocalizedText,
    basicRecognition: [TextItem]
  ) {
    self.id = id
    self.section = section
    self.title = title
    self.trendsTitle = trendsTitle
    self.strengthsLabel = strengthsLabel
    self.weaknessesLabel = weaknessesLabel
    self.opportunitiesLabel = opportunitiesLabel
    self.strengths = strengths
    self.weaknesses = weaknesses
    self.opportunities = opportunities
    self.timeAxis = timeAxis
    self.basicRecognitionTitle = basicRecognitionTitle
    self.basicRecognition = basicRecognition
  }
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

  package init(basis: String, analysis: [String], calls: [String], recommendations: [String]) {
    self.basis = basis
    self.analysis = analysis
    self.calls = calls
    self.recommendations = recommendations
  }
}

public struct Measure: Sendable, Hashable {
  public let id: String
  public let section: String
  public let text: LocalizedText
  public let links: Links

  package init(id: String, section: String, text: LocalizedText, links: Links) {
    self.id = id
    self.section = section
    self.text = text
    self.links = links
  }
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

  package init(
    id: String, section: String, number: Int, title: LocalizedText, goal: LocalizedText, measures: [Measure],
    measuresEtc: LocalizedText, links: Links
  ) {
    self.id = id
    self.section = section
    self.number = number
    self.title = title
    self.goal = goal
    self.measures = measures
    self.measuresEtc = measuresEtc
    self.links = links
  }
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

  package init(
    id: String, section: String, text: LocalizedText, foundation: [String], driven: [String],
    reconstruction: LocalizedText?
  ) {
    self.id = id
    self.section = section
    self.text = text
    self.foundation = foundation
    self.driven = driven
    self.reconstruction = reconstruction
  }
}

/// One life-and-work pattern of the Dual Life Tohoku figure.
public struct LifePattern: Sendable, Hashable {
  public let id: String
  public let section: String
  public let name: LocalizedText
  public let work: LocalizedText
  public let living: LocalizedText
  public let elements: [TextItem]

  package init(
    id: String, section: String, name: LocalizedText, work: LocalizedText, living: LocalizedText, elements: [TextItem]
  ) {
    self.id = id
    self.section = section
    self.name = name
    self.work = work
    self.living = living
    self.elements = elements
  }
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

  package init(
    id: String, section: String, title: LocalizedText, paragraphs: [TextItem], figureCaption: LocalizedText,
    patterns: [LifePattern], figureNote: LocalizedText, figureSource: LocalizedText
  ) {
    self.id = id
    self.section = section
    self.title = title
    self.paragraphs = paragraphs
    self.figureCaption = figureCaption
    self.patterns = patterns
    self.figureNote = figureNote
    self.figureSource = figureSource
  }
}

public struct Proposals: Sendable, Hashable {
  public let id: String
  public let section: String
  public let title: LocalizedText
  public let measuresHeading: LocalizedText
  public let items: [Proposal]
  public let structure: ProposalStructure
  public let dualLife: DualLife

  package init(
    id: String, section: String, title: LocalizedText, measuresHeading: LocalizedText, items: [Proposal],
    structure: ProposalStructure, dualLife: DualLife
  ) {
    self.id = id
    self.section = section
    self.title = title
    self.measuresHeading = measuresHeading
    self.items = items
    self.structure = structure
    self.dualLife = dualLife
  }
}

public struct CallGroup: Sendable, Hashable {
  public let label: LocalizedText
  public let items: [TextItem]
  public let itemsEtc: LocalizedText

  package init(label: LocalizedText, items: [TextItem], itemsEtc: LocalizedText) {
    self.label = label
    self.items = items
    self.itemsEtc = itemsEtc
  }
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

  package init(
    id: String, section: String, title: LocalizedText, lead: LocalizedText, government: CallGroup, firms: CallGroup
  ) {
    self.id = id
    self.section = section
    self.title = title
    self.lead = lead
    self.government = government
    self.firms = firms
  }
}

public struct Meeting: Sendable, Hashable {
  public let id: String
  public let section: String
  public let number: Int
  /// ISO 8601 date, e.g. 2020-09-23.
  public let date: String

  package init(id: String, section: String, number: Int, date: String) {
    self.id = id
    self.section = section
    self.number = number
    self.date = date
  }
}

public struct Recommendation: Sendable, Hashable {
  public let id: String
  public let section: String
  public let text: LocalizedText
  public let points: [TextItem]

  package init(id: String, section: String, text: LocalizedText, points: [TextItem]) {
    self.id = id
    self.section = section
    self.text = text
    self.points = points
  }
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

  package init(
    id: String, section: String, name: LocalizedText, role: LocalizedText?, field: LocalizedText,
    affiliation: LocalizedText, background: [TextItem], perspective: LocalizedText, recommendations: [Recommendation]
  ) {
    self.id = id
    self.section = section
    self.name = name
    self.role = role
    self.field = field
    self.affiliation = affiliation
    self.background = background
    self.perspective = perspective
    self.recommendations = recommendations
  }
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

  package init(
    id: String, section: String, title: LocalizedText, recommendationsTitle: LocalizedText,
    tableHeadings: PanelTableHeadings?, meetings: [Meeting], members: [PanelMember]
  ) {
    self.id = id
    self.section = section
    self.title = title
    self.recommendationsTitle = recommendationsTitle
    self.tableHeadings = tableHeadings
    self.meetings = meetings
    self.members = members
  }
}

/// The panel members table's column headings: 分野, 氏名 （敬称略）, 所属・肩書, 備考.
public struct PanelTableHeadings: Sendable, Hashable {
  public let field: LocalizedText
  public let name: LocalizedText
  /// （敬称略）, printed under 氏名.
  public let honorifics: LocalizedText
  public let affiliation: LocalizedText
  public let remarks: LocalizedText

  package init(
    field: LocalizedText, name: LocalizedText, honorifics: LocalizedText, affiliation: LocalizedText,
    remarks: LocalizedText
  ) {
    self.field = field
    self.name = name
    self.honorifics = honorifics
    self.affiliation = affiliation
    self.remarks = remarks
  }
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

  package init(
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
