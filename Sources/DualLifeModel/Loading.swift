// Reading a dataset: a file or bytes, validated fully; or bytes that the build validated already (the bundled
// data, see Sources/PrepareBundledData), decoded without the checks again.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Dataset {
  /// Reads and validates a dataset file. Throws `.cannotOpen` (exit 66) or `.invalid` (exit 65).
  public static func load(path: String, limits: JSONLimits = .dataset) throws(DatasetError) -> Dataset {
    let bytes = try readFile(path, limit: limits.maxBytes)
    return try load(bytes: bytes, source: path, limits: limits)
  }

  /// Parses and validates dataset bytes. `source` names them in messages.
  public static func load(bytes: [UInt8], source: String, limits: JSONLimits = .dataset) throws(DatasetError)
    -> Dataset
  {
    let root = try parse(bytes, source: source, limits: limits)
    let log = ProblemLog()
    guard let dataset = DatasetDecoder.decode(root, log: log) else {
      throw .invalid(source: source, problems: log.problems)
    }
    Validation.check(dataset, log: log)
    if !log.problems.isEmpty { throw .invalid(source: source, problems: log.problems) }
    return dataset
  }

  /// Parses a data file's bytes; a syntax error is an invalid file with the error's line and column as its place.
  static func parse(_ bytes: [UInt8], source: String, limits: JSONLimits) throws(DatasetError) -> JSONValue {
    do {
      return try JSONParser.parse(bytes, limits: limits)
    } catch {
      throw .invalid(
        source: source,
        problems: [DataProblem(place: "line \(error.line), column \(error.column)", message: error.message)])
    }
  }

  /// Reads at most `limit` bytes and one more, so an oversized file is refused without reading it all.
  static func readFile(_ path: String, limit: Int) throws(DatasetError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    if fd < 0 { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw .cannotOpen(path: path, reason: "it is a directory")
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }
}

/// Checks that go across items: unique ids, id formats and order, links that point somewhere, known sections.
enum Validation {
  static func check(_ dataset: Dataset, log: ProblemLog) {
    let catalog = dataset.catalog
    for (id, count) in catalog.duplicateIDs.sorted(by: { $0.key < $1.key }) {
      log.add(Sanitize.forMessage(id), "the id is used by \(count) items; ids must be unique")
    }
    var sectionIDs = Set<String>()
    for section in dataset.sections where !sectionIDs.insert(section.id).inserted {
      log.add("section \(Sanitize.forMessage(section.id))", "the section id is used twice")
    }
    for entry in catalog.entries where !sectionIDs.contains(entry.section) && !entry.section.isEmpty {
      log.add(
        Sanitize.forMessage(entry.id),
        "field \"section\" names \"\(Sanitize.forMessage(entry.section))\", which is not in \"sections\"")
    }

    checkSequence(dataset.analysis.strengths.map(\.id), prefix: "S", what: "strengths", log: log)
    checkSequence(dataset.analysis.weaknesses.map(\.id), prefix: "W", what: "weaknesses", log: log)
    checkSequence(dataset.analysis.opportunities.map(\.id), prefix: "O", what: "opportunities", log: log)
    checkSequence(dataset.trends.items.map(\.id), prefix: "T", what: "trends", log: log)
    checkSequence(dataset.proposals.items.map(\.id), prefix: "P", what: "proposals", log: log)
    checkSequence(dataset.calls.government.items.map(\.id), prefix: "G", what: "calls to the government", log: log)
    checkSequence(dataset.calls.firms.items.map(\.id), prefix: "F", what: "calls to firms", log: log)
    checkSequence(dataset.panel.members.map(\.id), prefix: "E", what: "panel members", log: log)
    for proposal in dataset.proposals.items {
      checkSequence(
        proposal.measures.map(\.id), prefix: "\(proposal.id).M", what: "measures of \(proposal.id)", log: log)
      if proposal.number != 0, "P\(proposal.number)" != proposal.id {
        log.add(proposal.id, "field \"number\" is \(proposal.number) but the id says \(proposal.id)")
      }
    }

    let analysisKinds: Set<EntryKind> = [.strength, .weakness, .opportunity]
    let callKinds: Set<EntryKind> = [.governmentCall, .firmCall]
    let (proposalLinks, measureLinks) = linksByID(dataset)
    for entry in catalog.entries where entry.kind == .proposal || entry.kind == .measure {
      guard let links = (entry.kind == .proposal ? proposalLinks : measureLinks)[entry.id] else { continue }
      checkLinks(links.analysis, of: entry.id, field: "links.analysis", kinds: analysisKinds, catalog, log)
      checkLinks(links.calls, of: entry.id, field: "links.calls", kinds: callKinds, catalog, log)
      checkLinks(
        links.recommendations, of: entry.id, field: "links.recommendations", kinds: [.recommendation], catalog, log)
    }
    let structure = dataset.proposals.structure
    checkLinks(structure.foundation, of: structure.id, field: "foundation", kinds: [.proposal], catalog, log)
    checkLinks(structure.driven, of: structure.id, field: "driven", kinds: [.proposal], catalog, log)
  }

  /// The links of each proposal and of each measure by id (of the first with an id used twice, which is reported
  /// apart): looking each one up in the lists instead took time in the square of their number, a fifth of the
  /// loading of a file at the size cap.
  static func linksByID(_ dataset: Dataset) -> (proposals: [String: Links], measures: [String: Links]) {
    var proposals: [String: Links] = [:]
    var measures: [String: Links] = [:]
    for proposal in dataset.proposals.items {
      if proposals[proposal.id] == nil { proposals[proposal.id] = proposal.links }
      for measure in proposal.measures where measures[measure.id] == nil { measures[measure.id] = measure.links }
    }
    return (proposals, measures)
  }

  static func checkLinks(
    _ ids: [String], of owner: String, field: String, kinds: Set<EntryKind>, _ catalog: Catalog, _ log: ProblemLog
  ) {
    var seen = Set<String>()
    for id in ids {
      let shown = Sanitize.forMessage(id)
      guard let target = catalog.entry(id) else {
        log.add(owner, "field \"\(field)\" links to \"\(shown)\", which does not exist")
        continue
      }
      if !kinds.contains(target.kind) {
        log.add(
          owner, "field \"\(field)\" links to \"\(shown)\", a \(target.kind.messageName), which does not belong there")
      }
      if !seen.insert(id).inserted {
        log.add(owner, "field \"\(field)\" lists \"\(shown)\" twice")
      }
    }
  }

  /// Ids of one kind must read PREFIX1, PREFIX2, … in source order.
  static func checkSequence(_ ids: [String], prefix: String, what: String, log: ProblemLog) {
    for (k, id) in ids.enumerated() where !id.isEmpty && id != "\(prefix)\(k + 1)" {
      log.add(
        Sanitize.forMessage(id),
        "the \(k + 1). of the \(what) must have the id \(prefix)\(k + 1) (ids follow source order)")
    }
  }
}
