import Foundation

/// Limits every interchange reader enforces **before** allocating, so a hostile header
/// (`*Vertices 2000000000`, `dl n=2000000000`) is refused at once instead of exhausting memory.
public enum InterchangeLimits {
    /// Most departments a header may declare (10,000,000).
    public static let maxNodes = 10_000_000
    /// Departments a header may declare without listing them, beyond one per byte of the file:
    /// a file of `s` bytes may declare at most `implicitAllowance + s` nodes it does not name.
    public static let implicitAllowance = 100_000
    /// Deepest element nesting accepted in GraphML/GEXF and subgraph nesting in DOT.
    public static let maxDepth = 256

    /// Most ties a file of `fileSize` bytes may imply (DOT subgraph operands multiply: `{a b} -> {c d}`
    /// is four ties): 1,000,000 plus 16 per byte.
    static func maxImpliedTies(fileSize: Int) -> Int { 1_000_000 + 16 * fileSize }

    /// Checks a declared node count against ``maxNodes`` and the file size.
    /// - Returns: an error message, or nil when `count` is acceptable.
    static func checkDeclaredNodes(_ count: Int, fileSize: Int, what: String) -> String? {
        if count < 0 { return "\(what) declares a negative number of nodes (\(count))" }
        if count > maxNodes { return "\(what) declares \(count) nodes, more than the limit of \(maxNodes)" }
        if count > implicitAllowance + fileSize {
            return "\(what) declares \(count) nodes, more than a \(fileSize)-byte file can describe (limit \(implicitAllowance) + file size)"
        }
        return nil
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

    mutating func error(line: Int?, field: String? = nil, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, line: line, field: field, message: message))
    }

    mutating func warning(line: Int?, field: String? = nil, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, field: field, message: message))
    }

    /// Adds a department; a repeated id is kept so the validator reports it with both lines.
    mutating func add(_ d: Department, line: Int?) {
        if index[d.id] == nil { index[d.id] = network.departments.count }
        network.departments.append(d)
        map.departmentLines.append(line)
    }

    /// Adds a department `id` unless it exists (departments implied by ties).
    mutating func ensure(_ id: String, line: Int?) {
        if index[id] == nil { add(Department(id: id), line: line) }
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
        for i in network.ties.indices {
            let t = network.ties[i]
            if let d = t.directed, let m = network.mechanism(t.mechanism), m.directed == d { network.ties[i].directed = nil }
        }
        return (network, map, diagnostics)
    }
}

/// Reserved attribute names shared by the attribute-carrying formats (GraphML, GEXF, node-link JSON, DOT).
enum InterchangeKeys {
    /// Node keys that map to department fields.
    static let departmentFields: Set<String> = ["name", "kind", "level", "formerly"]
    /// Edge keys that map to tie fields.
    static let tieFields: Set<String> = ["mechanism", "weight", "basis", "directed"]
    /// Prefix of language names (`names.zh`).
    static let namesPrefix = "names."
    /// Prefix that protects an attribute whose name collides with a field (`attributes.name`).
    static let attributesPrefix = "attributes."

    /// The key an attribute is written under: its name, or `attributes.<name>` when it collides.
    static func departmentAttributeKey(_ k: String) -> String {
        departmentFields.contains(k) || k.hasPrefix(namesPrefix) || k.hasPrefix(attributesPrefix) || k == "id" || k == "label" ? attributesPrefix + k : k
    }

    static func tieAttributeKey(_ k: String) -> String {
        tieFields.contains(k) || k.hasPrefix(attributesPrefix) || ["id", "key", "source", "target", "label"].contains(k) ? attributesPrefix + k : k
    }

    /// `formerly` as text: a JSON array of ids.
    static func formerlyText(_ ids: [String]) -> String {
        JSONValue.array(ids.map { .string($0) }).rendered(pretty: false).trimmingCharacters(in: .newlines)
    }

    /// Reads `formerly` text: a JSON array of strings, else one id.
    static func formerly(from text: String) -> [String] {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("["), let node = try? JSONDocumentReader.parse(Array(t.utf8), file: ""), case .array(let items) = node.value {
            return items.compactMap { if case .scalar(let s, _) = $0.value { return s } else { return nil } }
        }
        return t.isEmpty ? [] : [t]
    }

    /// Applies one node key/value to a department. Returns false when `key` is not a field (an attribute).
    static func applyDepartmentField(_ key: String, _ value: AttributeValue, to d: inout Department) {
        switch key {
        case "name": d.name = value.description
        case "kind": d.kind = value.description
        case "level": d.level = value.description
        case "formerly": d.formerly = formerly(from: value.description)
        default:
            if key.hasPrefix(namesPrefix) { d.names[String(key.dropFirst(namesPrefix.count))] = value.description }
            else if key.hasPrefix(attributesPrefix) { d.attributes[String(key.dropFirst(attributesPrefix.count))] = value }
            else { d.attributes[key] = value }
        }
    }

    /// The department's fields and attributes as (key, value) pairs, in a fixed order: name, names.*,
    /// kind, level, formerly, then attributes sorted by key. `name` is left out when equal to the id.
    static func departmentPairs(_ d: Department) -> [(String, AttributeValue)] {
        var out: [(String, AttributeValue)] = []
        if d.name != d.id { out.append(("name", .string(d.name))) }
        for (lang, text) in d.names.sorted(by: { $0.key < $1.key }) { out.append((namesPrefix + lang, .string(text))) }
        if let k = d.kind { out.append(("kind", .string(k))) }
        if let l = d.level { out.append(("level", .string(l))) }
        if !d.formerly.isEmpty { out.append(("formerly", .string(formerlyText(d.formerly)))) }
        for (k, v) in d.attributes.sorted(by: { $0.key < $1.key }) { out.append((departmentAttributeKey(k), v)) }
        return out
    }

    /// The tie's basis and attributes as pairs (mechanism, weight, direction are written by each format).
    static func tieExtraPairs(_ t: Tie) -> [(String, AttributeValue)] {
        var out: [(String, AttributeValue)] = []
        if let b = t.basis { out.append(("basis", .string(b.rawValue))) }
        for (k, v) in t.attributes.sorted(by: { $0.key < $1.key }) { out.append((tieAttributeKey(k), v)) }
        return out
    }
}

/// Builds the warnings a writer returns for what its format cannot hold.
struct LossReport {
    let file: String
    let format: String
    var diagnostics: [Diagnostic] = []

    init(file: String, format: String) {
        self.file = file
        self.format = format
    }

    /// Adds one warning when `count > 0`: "FORMAT cannot hold WHAT (COUNT …); not written".
    mutating func lost(_ what: String, count: Int, unit: String) {
        guard count > 0 else { return }
        diagnostics.append(Diagnostic(.warning, file: file, message: "\(format) cannot hold \(what) (\(count) \(unit)\(count == 1 ? "" : "s")); not written"))
    }

    mutating func note(_ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, message: message))
    }

    /// Warnings for the parts of `net` outside nodes and ties: metadata, mechanism names, functions.
    mutating func networkLevel(_ net: Network, keepsMetadata: Bool, keepsMechanisms: Bool, keepsFunctions: Bool) {
        if !keepsMetadata {
            lost("the network's metadata", count: NetworkDocumentWriter.metadataPairs(net.metadata).count, unit: "field")
        }
        if !keepsMechanisms {
            lost("mechanism names", count: net.mechanisms.filter { $0.name != $0.id || $0.nameZh != nil }.count, unit: "mechanism")
        }
        if !keepsFunctions { lost("functions (responsibilities)", count: net.functions.count, unit: "function") }
    }

    /// Warnings for department fields other than the id.
    mutating func departmentFields(_ net: Network, keepsName: Bool) {
        if !keepsName { lost("department names", count: net.departments.filter { $0.name != $0.id }.count, unit: "department") }
        lost("department names by language", count: net.departments.filter { !$0.names.isEmpty }.count, unit: "department")
        lost("department kinds", count: net.departments.filter { $0.kind != nil }.count, unit: "department")
        lost("department levels", count: net.departments.filter { $0.level != nil }.count, unit: "department")
        lost("former ids (formerly)", count: net.departments.filter { !$0.formerly.isEmpty }.count, unit: "department")
        lost("department attributes", count: net.departments.filter { !$0.attributes.isEmpty }.count, unit: "department")
    }

    /// Warnings for tie fields other than ends, mechanism, weight and direction.
    mutating func tieFields(_ net: Network) {
        lost("tie bases (basis)", count: net.ties.filter { $0.basis != nil }.count, unit: "tie")
        lost("tie attributes", count: net.ties.filter { !$0.attributes.isEmpty }.count, unit: "tie")
    }
}

/// The single type of every value of one attribute key across nodes or edges, for typed formats.
enum AttributeType: String {
    case string, double, boolean

    static func common(_ values: [AttributeValue]) -> AttributeType {
        if values.allSatisfy({ if case .number = $0 { return true } else { return false } }) { return .double }
        if values.allSatisfy({ if case .bool = $0 { return true } else { return false } }) { return .boolean }
        return .string
    }

    /// Reads text written under a key of this type.
    func value(_ text: String) -> AttributeValue? {
        switch self {
        case .string: return .string(text)
        case .double:
            let t = text.trimmingCharacters(in: .whitespaces)
            if let x = Double(t), x.isFinite { return .number(x) }
            return t.isEmpty ? nil : .string(text)
        case .boolean:
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "1", "yes": return .bool(true)
            case "false", "0", "no": return .bool(false)
            default: return .string(text)
            }
        }
    }

    /// The text of `value` under this type.
    static func text(_ value: AttributeValue) -> String { value.description }
}

/// Splits UTF-8 text into lines (CR, LF or CRLF) with 1-based line numbers, for the line formats.
enum TextLines {
    /// The lines of `bytes`, BOM skipped.
    /// - Throws: ``FormatError`` when the text is not UTF-8 or contains NUL bytes.
    static func split(_ bytes: [UInt8], file: String) throws -> [(line: Int, text: String)] {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var out: [(Int, String)] = []
        var start = 0, line = 1, i = 0
        func emit(_ end: Int) throws {
            let slice = body[start..<end]
            if slice.contains(0) { throw FormatError(file: file, line: line, "the file contains NUL bytes; it is binary, not text") }
            guard let s = String(validating: slice, as: UTF8.self) else {
                throw FormatError(file: file, line: line, "text is not valid UTF-8 (save the file as UTF-8)")
            }
            out.append((line, s))
        }
        while i < body.count {
            let b = body[i]
            if b == 0x0A || b == 0x0D {
                try emit(i)
                if b == 0x0D, i + 1 < body.count, body[i + 1] == 0x0A { i += 1 }
                line += 1
                start = i + 1
            }
            i += 1
        }
        if start < body.count { try emit(body.count) }
        return out
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
            error(line: line, field: key, "'\(key)' is not valid JSON: \(e.diagnostics.first?.message ?? "")")
        } catch {
            self.error(line: line, field: key, "'\(key)' is not valid JSON")
        }
    }
}

enum NetworkDocumentParts {
    /// The network's metadata, declared mechanisms and functions as (key, JSON value) pairs, in schema order.
    static func networkLevel(_ net: Network) -> [(String, JSONValue)] {
        guard case .object(let members) = NetworkDocumentWriter.documentValue(net) else { return [] }
        return members.filter { $0.0 != "departments" && $0.0 != "ties" }
    }
}
