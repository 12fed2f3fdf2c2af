// The dataset back to JSON, in the field order of the bundled file, so `export --format json` loads back
// through `--data` and `validate` and reads like the file in Assets/.

extension LocalizedText {
  var json: JSONValue { .object([("ja", .string(ja)), ("en", .string(en))]) }
}

private func str(_ s: String) -> JSONValue { .string(s) }
private func int(_ n: Int) -> JSONValue { .number(String(n)) }
private func ids(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }

extension TextItem {
  var json: JSONValue { .object([("id", str(id)), ("section", str(section)), ("text", text.json)]) }
}

extension Links {
  var json: JSONValue {
    var members: [(String, JSONValue)] = [("basis", str(basis)), ("analysis", ids(analysis)), ("calls", ids(calls))]
    if !recommendations.isEmpty { members.append(("recommendations", ids(recommendations))) }
    return .object(members)
  }
}

extension Dataset {
  /// The dataset as a JSON value; `JSONWriter.write` turns it into text.
  public var json: JSONValue {
    .object([
      ("$schema", str("./dual-life-tohoku.schema.json")),
      ("schemaVersion", int(schemaVersion)),
      (
        "sections",
        .array(
          sections.map { .object([("id", str($0.id)), ("number", str($0.number)), ("heading", $0.heading.json)]) })
      ),
      ("document", documentJSON),
      (
        "positioning",
        .object([
          ("id", str(positioning.id)), ("section", str(positioning.section)), ("title", positioning.title.json),
          ("paragraphs", .array(positioning.paragraphs.map(\.json))),
        ])
      ),
      ("trends", trendsJSON),
      ("analysis", analysisJSON),
      ("proposals", proposalsJSON),
      ("calls", callsJSON),
      ("panel", panelJSON),
    ])
  }

  /// The dataset as pretty-printed JSON text.
  public func exportJSON() -> String { JSONWriter.write(json) }

  private var documentJSON: JSONValue {
    .object([
      ("id", str(document.id)), ("section", str(document.section)), ("title", document.title.json),
      ("subtitle", document.subtitle.json), ("publisher", document.publisher.json), ("lead", document.lead.json),
      ("tohokuNote", document.tohokuNote.json),
      (
        "prefectures",
        .array(
          document.prefectures.map {
            .object([("id", str($0.id)), ("section", str($0.section)), ("name", $0.name.json)])
          })
      ),
    ])
  }

  private var trendsJSON: JSONValue {
    let items: [JSONValue] = trends.items.map { t in
      .object([
        ("id", str(t.id)), ("section", str(t.section)), ("number", int(t.number)), ("title", t.title.json),
        ("figureLabel", t.figureLabel.json),
        (
          "bullets",
          .array(
            t.bullets.map {
              .object([
                ("id", str($0.id)), ("section", str($0.section)), ("label", $0.label.json), ("text", $0.text.json),
              ])
            })
        ),
      ])
    }
    let figure = trends.figure
    return .object(
      [
        ("id", str(trends.id)), ("section", str(trends.section)), ("title", trends.title.json),
        ("paragraphs", .array(trends.paragraphs.map(\.json))), ("items", .array(items)),
        (
          "figure",
          .object(
            [
              ("id", str(figure.id)), ("section", str(figure.section)), ("title", figure.title.json),
              ("labels", .array(figure.labels.map(\.json))), ("source", figure.source.json),
            ] + reconstruction(figure.reconstruction))
        ),
      ] + reconstruction(trends.reconstruction))
  }

  /// The optional note on what is reconstructed, written last when there is one.
  private func reconstruction(_ note: LocalizedText?) -> [(String, JSONValue)] {
    note.map { [("reconstruction", $0.json)] } ?? []
  }

  private func analysisItems(_ items: [AnalysisItem]) -> JSONValue {
    .array(
      items.map { a in
        var members: [(String, JSONValue)] = [("id", str(a.id)), ("section", str(a.section))]
        if let category = a.category { members.append(("category", category.json)) }
        members.append(("text", a.text.json))
        return .object(members)
      })
  }

  private var analysisJSON: JSONValue {
    let axis = analysis.timeAxis
    return .object([
      ("id", str(analysis.id)), ("section", str(analysis.section)), ("title", analysis.title.json),
      ("trendsTitle", analysis.trendsTitle.json), ("strengthsLabel", analysis.strengthsLabel.json),
      ("weaknessesLabel", analysis.weaknessesLabel.json), ("opportunitiesLabel", analysis.opportunitiesLabel.json),
      ("strengths", analysisItems(analysis.strengths)), ("weaknesses", analysisItems(analysis.weaknesses)),
      ("opportunities", analysisItems(analysis.opportunities)),
      (
        "timeAxis",
        .object(
          [
            ("id", str(axis.id)), ("section", str(axis.section)), ("label", axis.label.json),
            ("before", axis.before.json), ("event", axis.event.json), ("after", axis.after.json),
          ] + reconstruction(axis.reconstruction))
      ),
      ("basicRecognitionTitle", analysis.basicRecognitionTitle.json),
      ("basicRecognition", .array(analysis.basicRecognition.map(\.json))),
    ])
  }

  private var proposalsJSON: JSONValue {
    let items: [JSONValue] = proposals.items.map { p in
      .object([
        ("id", str(p.id)), ("section", str(p.section)), ("number", int(p.number)), ("title", p.title.json),
        ("goal", p.goal.json),
        (
          "measures",
          .array(
            p.measures.map {
              .object([
                ("id", str($0.id)), ("section", str($0.section)), ("text", $0.text.json), ("links", $0.links.json),
              ])
            })
        ),
        ("measuresEtc", p.measuresEtc.json), ("links", p.links.json),
      ])
    }
    let s = proposals.structure
    let d = proposals.dualLife
    let patterns: [JSONValue] = d.patterns.map { p in
      .object([
        ("id", str(p.id)), ("section", str(p.section)), ("name", p.name.json), ("work", p.work.json),
        ("living", p.living.json), ("elements", .array(p.elements.map(\.json))),
      ])
    }
    return .object([
      ("id", str(proposals.id)), ("section", str(proposals.section)), ("title", proposals.title.json),
      ("measuresHeading", proposals.measuresHeading.json), ("items", .array(items)),
      (
        "structure",
        .object(
          [
            ("id", str(s.id)), ("section", str(s.section)), ("text", s.text.json), ("foundation", ids(s.foundation)),
            ("driven", ids(s.driven)),
          ] + reconstruction(s.reconstruction))
      ),
      (
        "dualLife",
        .object([
          ("id", str(d.id)), ("section", str(d.section)), ("title", d.title.json),
          ("paragraphs", .array(d.paragraphs.map(\.json))), ("figureCaption", d.figureCaption.json),
          ("patterns", .array(patterns)), ("figureNote", d.figureNote.json), ("figureSource", d.figureSource.json),
        ])
      ),
    ])
  }

  private func callGroup(_ g: CallGroup) -> JSONValue {
    .object([("label", g.label.json), ("items", .array(g.items.map(\.json))), ("itemsEtc", g.itemsEtc.json)])
  }

  private var callsJSON: JSONValue {
    .object([
      ("id", str(calls.id)), ("section", str(calls.section)), ("title", calls.title.json), ("lead", calls.lead.json),
      ("government", callGroup(calls.government)), ("firms", callGroup(calls.firms)),
    ])
  }

  private var panelJSON: JSONValue {
    let members: [JSONValue] = panel.members.map { e in
      var m: [(String, JSONValue)] = [("id", str(e.id)), ("section", str(e.section)), ("name", e.name.json)]
      if let role = e.role { m.append(("role", role.json)) }
      m += [
        ("field", e.field.json), ("affiliation", e.affiliation.json),
        ("background", .array(e.background.map(\.json))), ("perspective", e.perspective.json),
        (
          "recommendations",
          .array(
            e.recommendations.map { r in
              var rec: [(String, JSONValue)] = [("id", str(r.id)), ("section", str(r.section)), ("text", r.text.json)]
              if !r.points.isEmpty { rec.append(("points", .array(r.points.map(\.json)))) }
              return .object(rec)
            })
        ),
      ]
      return .object(m)
    }
    let headings: [(String, JSONValue)] =
      panel.tableHeadings.map { h in
        [
          (
            "tableHeadings",
            .object([
              ("field", h.field.json), ("name", h.name.json), ("honorifics", h.honorifics.json),
              ("affiliation", h.affiliation.json), ("remarks", h.remarks.json),
            ])
          )
        ]
      } ?? []
    return .object(
      [
        ("id", str(panel.id)), ("section", str(panel.section)), ("title", panel.title.json),
        ("recommendationsTitle", panel.recommendationsTitle.json),
      ] + headings + [
        (
          "meetings",
          .array(
            panel.meetings.map {
              .object([
                ("id", str($0.id)), ("section", str($0.section)), ("number", int($0.number)), ("date", str($0.date)),
              ])
            })
        ),
        ("members", .array(members)),
      ])
  }
}
