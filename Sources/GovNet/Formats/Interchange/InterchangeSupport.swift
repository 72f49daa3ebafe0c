import Foundation

/// Limits every interchange reader enforces **before** allocating, so a hostile header
/// (`*Vertices 2000000000`, `dl n=2000000000`) is refused at once instead of exhausting memory.
public enum InterchangeLimits {
    /// Most departments a header may declare (10,000,000).
    public static let maxNodes = 10_000_000
    /// Departments a header may declare without listing them, beyond one per byte of the file:
    /// a file of `s` bytes may declare at most `implicitAllowance + s` nodes it does not name.
    public static let implicitAllowance = 10_000
    /// Deepest element nesting accepted in GraphML/GEXF and subgraph nesting in DOT.
    public static let maxDepth = 256
    /// Most attributes one XML element may carry (GraphML and GEXF elements need a handful). libxml2
    /// 2.9 checks each attribute against all earlier ones, so 400,000 attributes on one element took 44 s.
    public static let maxAttributesPerElement = 10_000

    /// Most ties a file of `fileSize` bytes may imply (DOT subgraph operands multiply: `{a b} -> {c d}`
    /// is four ties): 10,000 plus one per byte. A chain `a--b--c` spends at least 3 bytes per tie, so every
    /// file that spells its ties out stays well inside; only subgraph products can reach the limit, which
    /// keeps a 64 KB file to at most 75,536 ties (a fuzzed 64 KB product of ~360,000 ties took > 1 s).
    static func maxImpliedTies(fileSize: Int) -> Int { 10_000 + fileSize }

    /// Checks a declared node count against ``maxNodes`` and the file size.
    /// - Returns: an error message, or nil when `count` is acceptable.
    static func checkDeclaredNodes(_ count: Int, fileSize: Int, what: String) -> Message? {
        let known: [(String, MessageArgument)] = [("what", .text(what)), ("n", .count(count))]
        if count < 0 { return Message("reader.interchange.negative-nodes", known) }
        if count > maxNodes { return Message("reader.interchange.too-many-nodes", known + [("limit", .count(maxNodes))]) }
        if count > implicitAllowance + fileSize {
            return Message("reader.interchange.nodes-past-file", known + [("size", .count(fileSize)), ("allowance", .count(implicitAllowance))])
        }
        return nil
    }
}

/// A running count of what a file implies beyond what it spells out — attributes applied from defaults
/// (GraphML `<key>`, GEXF `<attribute>`, DOT `node [...]`) — refused past
/// ``InterchangeLimits/maxImpliedTies(fileSize:)``, so a few bytes cannot demand billions of them.
struct ImpliedBudget {
    let limit: Int
    private var used = 0

    init(fileSize: Int) { limit = InterchangeLimits.maxImpliedTies(fileSize: fileSize) }

    /// Spends `count`; throws `what would exceed LIMIT …` naming `file` and `line` past the limit.
    mutating func spend(_ count: Int, file: String, line: Int?, _ what: Message) throws {
        used += count
        if used > limit { throw FormatError(file: file, line: line, Message("reader.interchange.implied-limit", [("what", .message(what)), ("limit", .count(limit))])) }
    }
}

/// Collects departments, ties and mechanisms while an interchange file is read, with their lines, and
/// normalises directions at the end (a tie whose direction equals its mechanism's default gets `nil`).
struct InterchangeBuilder {
    let file: String
    var network = Network()
    var map: SourceMap
    var diagnostics: [Diagnostic] = []
    private(set) var index: [String: Int] = [:]
    private var spellings = CanonicalSpellings()
    /// Mechanisms declared by the file itself (name, direction), by id.
    var declared: [String: Mechanism] = [:]
    private var declaredOrder: [String] = []
    /// Direction for mechanisms the file does not declare (the graph's direction).
    var defaultDirected: Bool

    init(file: String, defaultDirected: Bool) {
        self.file = file
        self.map = SourceMap(file: file)
        self.defaultDirected = defaultDirected
    }

    /// An error whose message comes from the catalogue (keys `reader.*`, `diagnostic.*`).
    mutating func error(line: Int?, field: String? = nil, _ message: Message) {
        diagnostics.append(Diagnostic(.error, file: file, line: line, field: field, message))
    }

    /// A warning whose message comes from the catalogue.
    mutating func warning(line: Int?, field: String? = nil, _ message: Message) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, field: field, message))
    }

    /// Adds a department; a repeated id is kept so the validator reports it with both lines.
    mutating func add(_ d: Department, line: Int?) {
        if index[d.id] == nil { index[d.id] = network.departments.count }
        network.departments.append(d)
        map.departmentLines.append(line)
    }

    /// Adds a department `id` unless it exists (departments implied by ties).
    /// A spelling of a known id that differs only by Unicode normalisation (Swift strings compare by
    /// canonical equivalence) is added as another department so the validator reports the collision.
    mutating func ensure(_ id: String, line: Int?) {
        if let i = index[id] {
            if spellings.isNewSpelling(id, of: network.departments[i].id) {
                add(Department(id: id), line: line)
            }
        } else {
            add(Department(id: id), line: line)
        }
    }

    /// Declares a mechanism found in the file (first declaration wins).
    mutating func declare(_ m: Mechanism) {
        if declared[m.id] == nil { declaredOrder.append(m.id) }
        declared[m.id] = declared[m.id] ?? m
    }

    mutating func add(_ t: Tie, line: Int?) {
        network.ties.append(t)
        map.tieLines.append(line)
    }

    /// The network: non-standard mechanisms declared (direction from the file's declaration, else the
    /// direction most of their ties have, else the graph's), tie directions equal to the default cleared.
    mutating func finish() -> (Network, SourceMap, [Diagnostic]) {
        var votes: [String: (directed: Int, undirected: Int)] = [:]
        for t in network.ties {
            var v = votes[t.mechanism] ?? (0, 0)
            if let d = t.directed { if d { v.directed += 1 } else { v.undirected += 1 } }
            votes[t.mechanism] = v
        }
        var mechanisms: [Mechanism] = []
        for id in declaredOrder { if let m = declared[id] { mechanisms.append(m) } }
        let standard = Set(Mechanism.standard.map(\.id))
        var known = Set(mechanisms.map(\.id))
        for id in network.usedMechanismIDs where !standard.contains(id) && !known.contains(id) {
            let v = votes[id] ?? (0, 0)
            let directed = v.directed == v.undirected ? defaultDirected : v.directed > v.undirected
            mechanisms.append(Mechanism(id: id, directed: directed))
            known.insert(id)
        }
        network.mechanisms = mechanisms
        var directedByID: [String: Bool] = [:]
        for m in network.allMechanisms where directedByID[m.id] == nil { directedByID[m.id] = m.directed }
        for i in network.ties.indices {
            let t = network.ties[i]
            if let d = t.directed, directedByID[t.mechanism] == d { network.ties[i].directed = nil }
        }
        return (network, map, diagnostics)
    }
}

extension InterchangeBuilder {
    /// Network-level keys an interchange file may carry as graph attributes.
    static let networkKeys = Set(NetworkDocumentDecoder.metadataKeys + ["mechanisms", "functions"])

    /// Decodes network-level members (metadata, `mechanisms`, `functions`, as in the YAML/JSON schema)
    /// into the network. Diagnostics get `line` when given (the members came from embedded JSON text).
    mutating func applyNetworkDocument(_ members: [(key: String, line: Int, value: DocNode)], line: Int? = nil) {
        let known = members.filter { Self.networkKeys.contains($0.key) }
        guard !known.isEmpty else { return }
        var decoder = NetworkDocumentDecoder(file: file)
        let net = decoder.decode(DocNode(.object(known), line: known[0].line, column: 1))
        for var d in decoder.diagnostics {
            if let line { d.line = line; d.column = nil }
            diagnostics.append(d)
        }
        var md = network.metadata
        let m = net.metadata
        md.title = m.title ?? md.title; md.jurisdiction = m.jurisdiction ?? md.jurisdiction; md.period = m.period ?? md.period
        md.date = m.date ?? md.date; md.source = m.source ?? md.source; md.notes = m.notes ?? md.notes
        md.status = m.status ?? md.status; md.provenance = m.provenance ?? md.provenance; md.license = m.license ?? md.license
        md.derivedFrom = m.derivedFrom ?? md.derivedFrom
        network.metadata = md
        for mech in net.mechanisms { declare(mech) }
        for (i, f) in net.functions.enumerated() {
            network.functions.append(f)
            map.functionLines.append(line ?? decoder.map.functionLines[i])
            map.assignmentLines.append(line.map { l in f.assignments.map { _ in l } } ?? decoder.map.assignmentLines[i])
        }
    }

    /// Decodes network-level keys stored as JSON text (`mechanisms`, `functions` in GraphML graph data).
    mutating func applyNetworkJSON(key: String, text: String, line: Int) {
        do {
            let node = try JSONDocumentReader.parse(Array(text.utf8), file: file)
            applyNetworkDocument([(key, line, node)], line: line)
        } catch let e as FormatError {
            error(line: line, field: key, Message("reader.interchange.json-invalid-because",
                                                  [("key", .text(key)), ("reason", e.diagnostics.first?.text.map { .message($0) } ?? .text(e.diagnostics.first?.message ?? ""))]))
        } catch {
            self.error(line: line, field: key, Message("reader.interchange.json-invalid", [("key", .text(key))]))
        }
    }
}

enum NetworkDocumentParts {
    /// The network's metadata, declared mechanisms and functions as (key, JSON value) pairs, in schema
    /// order. A lone trivial `link` declaration (what readers infer anyway) is left out, so a graph that
    /// came from another tool goes back without GovNet keys.
    static func networkLevel(_ net: Network) -> [(String, JSONValue)] {
        guard case .object(let members) = NetworkDocumentWriter.documentValue(net) else { return [] }
        let trivial = onlyDefaultMechanism(net) && net.mechanisms.count == 1
        return members.filter { $0.0 != "departments" && $0.0 != "ties" && !(trivial && $0.0 == "mechanisms") }
    }

    /// Whether every tie is of the default mechanism `link`, declared (if at all) without a name of its
    /// own and with the direction all its ties have: then `mechanism` need not be written per edge.
    static func onlyDefaultMechanism(_ net: Network) -> Bool {
        let link = EdgeListCSV.defaultMechanism
        guard net.ties.allSatisfy({ $0.mechanism == link }) else { return false }
        for m in net.mechanisms {
            guard m.id == link, m.name == m.id, m.nameZh == nil else { return false }
            if net.ties.contains(where: { net.isDirected($0) != m.directed }) { return false }
            if net.ties.isEmpty { return false }
        }
        return true
    }

    /// Whether every tie has weight 1 (then `weight` need not be written: it is the default).
    static func unitWeights(_ net: Network) -> Bool { net.ties.allSatisfy { $0.weight == 1 } }
}
