// Each kind of item of the dataset described once: its texts (each with its name and its rank in search) and its
// children (each with its kind), in source order. The catalog walks these descriptions; `show`, search, the item
// pages and the Markdown form read the catalog, so a new kind of item is described here and nowhere else.

/// The name of one text of an item. The raw values appear in `show --format json` and `search --format json`.
public enum FieldName: String, Sendable, CaseIterable, Hashable {
  case title, subtitle, publisher, lead, tohokuNote, name, text, label, category, figureLabel, source, trendsTitle
  case before, event, after, measuresHeading, goal, figureCaption, figureNote, figureSource, work, living
  case government, firms, recommendationsTitle, date, role, field, affiliation, perspective, reconstruction
}

/// An item as the catalog sees it.
protocol CatalogDescribed {
  var id: String { get }
  var section: String { get }
  /// The texts in display order; the first is the item's headline.
  var catalogFields: [EntryField] { get }
  /// The items inside this one, in source order, each with its kind.
  var catalogChildren: [CatalogChild] { get }
  /// Ids this item links to, and whose reading the links are.
  var catalogLinks: (ids: [String], basis: String?) { get }
}

extension CatalogDescribed {
  var catalogChildren: [CatalogChild] { [] }
  var catalogLinks: (ids: [String], basis: String?) { ([], nil) }
}

/// A child item and what kind of item it is (the same Swift type serves several kinds: a TextItem is a paragraph, a
/// call or a point, depending on where it stands).
struct CatalogChild {
  let kind: EntryKind
  let item: any CatalogDescribed

  init(_ kind: EntryKind, _ item: any CatalogDescribed) {
    self.kind = kind
    self.item = item
  }

}

/// Items of one kind, in order.
private func children(_ kind: EntryKind, _ items: [any CatalogDescribed]) -> [CatalogChild] {
  items.map { CatalogChild(kind, $0) }
}

/// A text of an item, with how much a match in it counts.
private func f(_ name: FieldName, _ text: LocalizedText, _ rank: FieldRank = .body) -> EntryField {
  EntryField(name: name, text: text, rank: rank)
}

extension TextItem: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.text, text)] }
}

extension Prefecture: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.name, name, .label)] }
}

extension DocumentInfo: CatalogDescribed {
  var catalogFields: [EntryField] {
    [
      f(.title, title, .title), f(.subtitle, subtitle, .goal), f(.publisher, publisher, .label), f(.lead, lead),
      f(.tohokuNote, tohokuNote),
    ]
  }
  var catalogChildren: [CatalogChild] { children(.prefecture, prefectures) }
}

extension Positioning: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.title, title, .title)] }
  var catalogChildren: [CatalogChild] { children(.paragraph, paragraphs) }
}

/// The note on what is reconstructed, when there is one.
private func reconstructed(_ note: LocalizedText?) -> [EntryField] { note.map { [f(.reconstruction, $0)] } ?? [] }

extension Trends: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.title, title, .title)] + reconstructed(reconstruction) }
  var catalogChildren: [CatalogChild] {
    children(.paragraph, paragraphs) + children(.trend, items) + [CatalogChild(.figure, figure)]
  }
}

extension Trend: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.title, title, .title), f(.figureLabel, figureLabel, .label)] }
  var catalogChildren: [CatalogChild] { children(.trendBullet, bullets) }
}

extension LabeledItem: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.label, label, .label), f(.text, text)] }
}

extension TrendFigure: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.title, title, .title), f(.source, source)] + reconstructed(reconstruction) }
  var catalogChildren: [CatalogChild] { children(.figureLabel, labels) }
}

extension Analysis: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.title, title, .title), f(.trendsTitle, trendsTitle, .label)] }
  var catalogChildren: [CatalogChild] {
    children(.strength, strengths) + children(.weakness, weaknesses) + children(.opportunity, opportunities)
      + [CatalogChild(.timeAxis, timeAxis)] + children(.recognition, basicRecognition)
  }
}

extension AnalysisItem: CatalogDescribed {
  var catalogFields: [EntryField] { (category.map { [f(.category, $0, .label)] } ?? []) + [f(.text, text)] }
}

extension TimeAxis: CatalogDescribed {
  var catalogFields: [EntryField] {
    [f(.label, label, .label), f(.before, before), f(.event, event), f(.after, after)] + reconstructed(reconstruction)
  }
}

extension Proposals: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.title, title, .title), f(.measuresHeading, measuresHeading, .label)] }
  var catalogChildren: [CatalogChild] {
    children(.proposal, items) + [CatalogChild(.structure, structure), CatalogChild(.dualLife, dualLife)]
  }
}

extension Proposal: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.title, title, .title), f(.goal, goal, .goal)] }
  var catalogChildren: [CatalogChild] { children(.measure, measures) }
  var catalogLinks: (ids: [String], basis: String?) {
    (links.analysis + links.calls + links.recommendations, links.basis)
  }
}

extension Measure: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.text, text)] }
  var catalogLinks: (ids: [String], basis: String?) { (links.analysis + links.calls, links.basis) }
}

extension ProposalStructure: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.text, text, .label)] + reconstructed(reconstruction) }
  /// The structure is the source's own figure: its lines are not our reading.
  var catalogLinks: (ids: [String], basis: String?) { (foundation + driven, "source") }
}

extension DualLife: CatalogDescribed {
  var catalogFields: [EntryField] {
    [
      f(.title, title, .title), f(.figureCaption, figureCaption), f(.figureNote, figureNote),
      f(.figureSource, figureSource),
    ]
  }
  var catalogChildren: [CatalogChild] { children(.paragraph, paragraphs) + children(.pattern, patterns) }
}

extension LifePattern: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.name, name, .title), f(.work, work, .label), f(.living, living, .label)] }
  var catalogChildren: [CatalogChild] { children(.patternElement, elements) }
}

extension Calls: CatalogDescribed {
  var catalogFields: [EntryField] {
    [
      f(.title, title, .title), f(.lead, lead), f(.government, government.label, .label),
      f(.firms, firms.label, .label),
    ]
  }
  var catalogChildren: [CatalogChild] {
    children(.governmentCall, government.items) + children(.firmCall, firms.items)
  }
}

extension Panel: CatalogDescribed {
  var catalogFields: [EntryField] {
    [f(.title, title, .title), f(.recommendationsTitle, recommendationsTitle, .label)]
  }
  var catalogChildren: [CatalogChild] { children(.meeting, meetings) + children(.expert, members) }
}

extension Meeting: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.date, LocalizedText(ja: date, en: date), .label)] }
}

extension PanelMember: CatalogDescribed {
  var catalogFields: [EntryField] {
    [f(.name, name, .title)] + (role.map { [f(.role, $0, .label)] } ?? [])
      + [f(.field, field, .label), f(.affiliation, affiliation), f(.perspective, perspective, .label)]
  }
  var catalogChildren: [CatalogChild] { children(.background, background) + children(.recommendation, recommendations) }
}

extension Recommendation: CatalogDescribed {
  var catalogFields: [EntryField] { [f(.text, text)] }
  var catalogChildren: [CatalogChild] { children(.point, points) }
}
