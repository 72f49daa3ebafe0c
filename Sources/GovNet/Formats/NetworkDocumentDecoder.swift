/// Turns a YAML/JSON ``DocNode`` tree into a ``Network``, collecting every problem with its line.
///
/// The schema (same for YAML and JSON): `title`, `jurisdiction`, `period`, `date`, `source`, `notes`,
/// `status`, `provenance`, `license`, their translations `titles`/`jurisdictions`/`sources`/`provenances`
/// (`{zh: …}`), `mechanisms: [{id, name, directed, names}]`,
/// `departments: [{id, name, names, kind, level, formerly, led_by, management, coordinator, attributes}]`,
/// `ties: [{from, to, mechanism, weight, directed, basis, relation, phase, source, citation, confidence,
/// role, attributes}]`, `functions: [{id, name, names, assignments: [{department, role, source,
/// citation}]}]`. Unknown keys are warnings. On a tie, `source`/`target` name the ends when `from`/`to`
/// are absent (edge-list style); with `from` present, `source` is the tie's evidence source.
struct NetworkDocumentDecoder {
    let file: String
    var diagnostics: [Diagnostic] = []
    var map: SourceMap

    init(file: String) {
        self.file = file
        self.map = SourceMap(file: file)
    }

    static let metadataKeys = ["title", "jurisdiction", "period", "date", "source", "notes", "status", "provenance", "license", "derived_from"]

    mutating func error(_ node: DocNode?, line: Int? = nil, field: String? = nil, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, line: line ?? node?.line, column: line == nil ? node?.column : nil, field: field, message: message))
    }

    /// An error whose message comes from the catalogue.
    mutating func error(_ node: DocNode?, line: Int? = nil, field: String? = nil, _ text: Message) {
        diagnostics.append(Diagnostic(.error, file: file, line: line ?? node?.line, column: line == nil ? node?.column : nil, field: field, text))
    }

    /// What a document node is, as a message parameter ("a list" / "列表").
    static func kind(_ node: DocNode) -> MessageArgument {
        let key = switch node.value {
        case .null: "null"
        case .scalar: "scalar"
        case .array: "list"
        case .object: "mapping"
        }
        return .message(Message("diagnostic.node.\(key)"))
    }

    /// A warning whose message comes from the catalogue.
    mutating func warning(line: Int?, field: String? = nil, _ text: Message) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, field: field, text))
    }

    mutating func warning(line: Int?, field: String? = nil, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, field: field, message: message))
    }

    mutating func decode(_ root: DocNode?) -> Network {
        var net = Network()
        guard let root else {
            error(nil, line: 1, Message("diagnostic.empty-document"))
            return net
        }
        guard case .object(let members) = root.value else {
            error(root, Message("diagnostic.top-not-mapping", [("found", Self.kind(root))]))
            return net
        }
        // The document's own synonyms apply to every value, wherever the section stands.
        if let section = members.first(where: { $0.key == "vocabulary" }) { vocabulary(section.value, members: members) }
        var seen: [String: Int] = [:]
        for (key, line, value) in members {
            if let first = seen[key] { error(nil, line: line, field: key, Message("diagnostic.duplicate-key-at", [("key", .text(key)), ("line", .count(first))])); continue }
            seen[key] = line
            switch key {
            case "title": net.metadata.title = text(value, field: key)
            case "jurisdiction": net.metadata.jurisdiction = text(value, field: key)
            case "period": net.metadata.period = text(value, field: key)
            case "date": net.metadata.date = text(value, field: key)
            case "source": net.metadata.source = text(value, field: key)
            case "notes": net.metadata.notes = text(value, field: key)
            case "status": net.metadata.status = text(value, field: key)
            case "provenance": net.metadata.provenance = text(value, field: key)
            case "license": net.metadata.license = text(value, field: key)
            case "derived_from": net.metadata.derivedFrom = text(value, field: key)
            case "titles", "jurisdictions", "sources", "provenances":
                net.metadata.translations[String(key.dropLast())] = stringMap(value, field: key)
            case "mechanisms": for item in list(value, field: key) { if let m = mechanism(item) { net.mechanisms.append(m); map.mechanismLines.append(item.line) } }
            case "departments": for item in list(value, field: key) { if let d = department(item) { net.departments.append(d); map.departmentLines.append(item.line) } }
            case "ties": for item in list(value, field: key) { if let t = tie(item) { net.ties.append(t); map.tieLines.append(item.line) } }
            case "functions":
                for item in list(value, field: key) {
                    if let (f, lines) = function(item) { net.functions.append(f); map.functionLines.append(item.line); map.assignmentLines.append(lines) }
                }
            case "vocabulary": break
            default: warning(line: line, field: key, Message("diagnostic.unknown-top-key", [("key", .text(key))]))
            }
        }
        return net
    }

    // MARK: Elements

    mutating func mechanism(_ node: DocNode) -> Mechanism? {
        guard let fields = object(node, what: Message("diagnostic.what.mechanism")) else { return nil }
        var m = Mechanism(id: "")
        var hasID = false
        for (key, line, value) in fields {
            switch key {
            case "id": if let s = id(value, field: key) { m.id = s; hasID = true }
            case "name": m.name = text(value, field: key) ?? m.name
            case "directed": m.directed = bool(value, field: key) ?? true
            case "names": m.nameZh = stringMap(value, field: key)["zh"]
            default: warning(line: line, field: key, Message("diagnostic.unknown-key.mechanism", [("key", .text(key))]))
            }
        }
        guard hasID else { error(node, field: "id", Message("diagnostic.needs-id.mechanism")); return nil }
        if m.name.isEmpty { m.name = m.id }
        return m
    }

    mutating func department(_ node: DocNode) -> Department? {
        if case .scalar(let s, _) = node.value, !s.isEmpty { return Department(id: s) }  // bare id shorthand
        guard let fields = object(node, what: Message("diagnostic.what.department"), aliases: true) else { return nil }
        var d = Department(id: "")
        var hasID = false, hasName = false
        for (key, line, value) in fields {
            switch key {
            case "id": if let s = id(value, field: key) { d.id = s; hasID = true }
            case "name": if let s = text(value, field: key) { d.name = s; hasName = true }
            case "names": d.names.merge(stringMap(value, field: key)) { _, new in new }
            case "names.zh", "names.en": if let s = text(value, field: key) { d.names[String(key.dropFirst("names.".count))] = s }
            case "kind": d.kind = text(value, field: key)
            case "level": d.level = text(value, field: key)
            case "formerly": d.formerly = stringList(value, field: key)
            case "led_by": d.ledBy = stringList(value, field: key)
            case "management": d.management = choice(value, field: key)
            case "coordinator": d.coordinator = bool(value, field: key) ?? false
            case "attributes": d.attributes = attributes(value)
            default: warning(line: line, field: key, Message("diagnostic.unknown-key.department", [("key", .text(key))]))
            }
        }
        guard hasID else { error(node, field: "id", Message("diagnostic.needs-id.department")); return nil }
        if !hasName { d.name = d.id }
        return d
    }

    mutating func tie(_ node: DocNode) -> Tie? {
        guard let fields = object(node, what: Message("diagnostic.what.tie"), aliases: true) else { return nil }
        var t = Tie(from: "", to: "", mechanism: "")
        var ok = true
        var present = Set<String>()
        let endsByFrom = fields.contains { $0.key == "from" }
        for (key, line, value) in fields {
            present.insert(key)
            switch key {
            case "source" where endsByFrom:
                if let v = text(value, field: key) {
                    if let s = EvidenceSource(rawValue: v) { t.source = s } else { badChoice(value, field: key, v, EvidenceSource.self); ok = false }
                }
            case "from", "source": if let s = id(value, field: key) { t.from = s } else { ok = false }
            case "to", "target": if let s = id(value, field: key) { t.to = s } else { ok = false }
            case "relation": if let r: CommandRelation = choice(value, field: key) { t.relation = r } else { ok = false }
            case "role":
                if let s = text(value, field: key) {
                    if let r: AffiliationRole = Vocabulary.parse(s, .tieRole) { t.role = r } else { error(value, field: key, Vocabulary.unknown(s, .tieRole)); ok = false }
                }
            case "phase", "phases":
                for v in stringList(value, field: key) {
                    if let p = Phase(rawValue: v) { if !t.phases.contains(p) { t.phases.append(p) } } else { badChoice(value, field: key, v, Phase.self); ok = false }
                }
            case "citation": t.citation = text(value, field: key)
            case "confidence": if let c = confidence(value) { t.confidence = c } else { ok = false }
            case "functions": t.functions = stringList(value, field: key)
            case "mechanism": if let s = id(value, field: key) { t.mechanism = s } else { ok = false }
            case "weight": if let w = weight(value) { t.weight = w } else { ok = false }
            case "directed": t.directed = bool(value, field: key)
            case "basis":
                if let s = text(value, field: key) {
                    if let b: Basis = Vocabulary.parse(s, .basis, added: map.vocabulary) { t.basis = b } else {
                        error(value, field: key, Vocabulary.unknownMessage(s, .basis, added: map.vocabulary)); ok = false
                    }
                }
            case "attributes": t.attributes = attributes(value)
            default: warning(line: line, field: key, Message("diagnostic.unknown-key.tie", [("key", .text(key))]))
            }
        }
        for required in ["from", "to", "mechanism"] where !present.contains(required) && !(required == "from" && present.contains("source") && !endsByFrom) && !(required == "to" && present.contains("target")) {
            error(node, field: required, Message("diagnostic.tie-needs", [("field", .text(required))])); ok = false
        }
        // A tie with a bad value is kept (its file fails anyway) so its references are validated too.
        let complete = present.contains("mechanism") && (present.contains("from") || present.contains("source")) && (present.contains("to") || present.contains("target"))
        return ok || complete ? t : nil
    }

    mutating func function(_ node: DocNode) -> (Function, [Int?])? {
        guard let fields = object(node, what: Message("diagnostic.what.function")) else { return nil }
        var f = Function(id: "")
        var lines: [Int?] = []
        var hasID = false, hasName = false
        for (key, line, value) in fields {
            switch key {
            case "id": if let s = id(value, field: key) { f.id = s; hasID = true }
            case "name": if let s = text(value, field: key) { f.name = s; hasName = true }
            case "names": f.names = stringMap(value, field: key)
            case "assignments":
                for item in list(value, field: key) {
                    guard let a = object(item, what: Message("diagnostic.what.assignment")) else { continue }
                    var dep: String?, role: Role?
                    var source: EvidenceSource?, citation: String?
                    var bad = false
                    for (k, l, v) in a {
                        switch k {
                        case "department": dep = id(v, field: k)
                        case "source": if let s: EvidenceSource = choice(v, field: k) { source = s } else { bad = true }
                        case "citation": citation = text(v, field: k)
                        case "role":
                            if let s = text(v, field: k) {
                                role = Vocabulary.parse(s, .role, added: map.vocabulary)
                                if role == nil { error(v, field: k, Vocabulary.unknownMessage(s, .role, added: map.vocabulary)); bad = true }
                            }
                        default: warning(line: l, field: k, Message("diagnostic.unknown-key.assignment", [("key", .text(k))]))
                        }
                    }
                    if dep == nil { error(item, field: "department", Message("diagnostic.assignment-needs-department")); bad = true }
                    if role == nil && !bad { error(item, field: "role", Message("diagnostic.assignment-needs-role")); bad = true }
                    // Keep an assignment with a bad role (the file fails anyway) so its department is checked too.
                    if let dep, role != nil || bad { f.assignments.append(Assignment(department: dep, role: role ?? .support, source: source, citation: citation)); lines.append(item.line) }
                }
            default: warning(line: line, field: key, Message("diagnostic.unknown-key.function", [("key", .text(key))]))
            }
        }
        guard hasID else { error(node, field: "id", Message("diagnostic.needs-id.function")); return nil }
        if !hasName { f.name = f.id }
        return (f, lines)
    }

    // MARK: Values

    /// ``object(_:what:)`` with what was expected as written (English in every language).
    mutating func object(_ node: DocNode, what: String) -> [(key: String, line: Int, value: DocNode)]? {
        object(node, what: Message("diagnostic.what.text", [("text", .text(what))]))
    }

    /// The members of a mapping, each key once. With `aliases`, a key written as a column header alias
    /// (`名称` → `name`, `起点` → `from`; ``Vocabulary/columnAliases``) is read as the key it names, as
    /// the table readers read it, and the same field given twice under two spellings is a duplicate.
    mutating func object(_ node: DocNode, what: Message, aliases: Bool = false) -> [(key: String, line: Int, value: DocNode)]? {
        guard case .object(let members) = node.value else {
            error(node, Message("diagnostic.expected-found", [("what", .message(what)), ("found", Self.kind(node))]))
            return nil
        }
        var seen = Set<String>()
        var result: [(key: String, line: Int, value: DocNode)] = []
        for var m in members {
            if aliases, let canonical = Vocabulary.columnAliases[m.key] { m.key = canonical }
            if !seen.insert(m.key).inserted { error(nil, line: m.line, field: m.key, Message("diagnostic.duplicate-key", [("key", .text(m.key))])); continue }
            result.append(m)
        }
        return result
    }

    mutating func list(_ node: DocNode, field: String) -> [DocNode] {
        switch node.value {
        case .array(let items): return items
        case .null: return []
        default:
            error(node, field: field, Message("diagnostic.expected-list", [("found", Self.kind(node))]))
            return []
        }
    }

    mutating func text(_ node: DocNode, field: String) -> String? {
        switch node.value {
        case .scalar(let s, _): return s
        case .null: return nil
        default:
            error(node, field: field, Message("diagnostic.expected-text", [("found", Self.kind(node))]))
            return nil
        }
    }

    mutating func id(_ node: DocNode, field: String) -> String? {
        guard let s = text(node, field: field) else {
            if case .null = node.value { error(node, field: field, Message("diagnostic.id-empty", [("field", .text(field))])) }
            return nil
        }
        // Stops at the first visible character (Foundation's trimming copied the whole id each time).
        if s.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { error(node, field: field, Message("diagnostic.id-blank", [("field", .text(field))])); return nil }
        return s
    }

    mutating func bool(_ node: DocNode, field: String) -> Bool? {
        guard let s = text(node, field: field) else { return nil }
        if let b = Vocabulary.bool(s) { return b }
        error(node, field: field, Message("diagnostic.expected-bool", [("value", .text(s))]))
        return nil
    }

    /// One of an enumeration's spellings; an error listing them otherwise.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: DocNode, field: String) -> T? where T.RawValue == String {
        guard let s = text(node, field: field) else { return nil }
        if let v = T(rawValue: s) { return v }
        badChoice(node, field: field, s, T.self)
        return nil
    }

    mutating func badChoice<T: RawRepresentable & CaseIterable>(_ node: DocNode, field: String, _ s: String, _ type: T.Type) where T.RawValue == String {
        let shown = s.count > 40 ? String(s.prefix(40)) + "…" : s
        let near = Vocabulary.suggestion(for: s, among: T.allCases.map(\.rawValue)).map(Vocabulary.didYouMean) ?? .empty
        error(node, field: field, Message("diagnostic.unknown-value", [("term", .text(field)), ("value", .text(shown)), ("hint", near),
                                                                        ("expected", .text(T.allCases.map(\.rawValue).joined(separator: ", ")))]))
    }

    mutating func confidence(_ node: DocNode) -> Double? {
        guard case .scalar(let s, _) = node.value else {
            error(node, field: "confidence", Message("diagnostic.expected-confidence", [("found", Self.kind(node))]))
            return nil
        }
        return Self.checkConfidence(s, reportMessage: { error(node, field: "confidence", $0) })
    }

    /// Parses a confidence: a number in (0, 1]. Calls `report` with the reason otherwise.
    static func checkConfidence(_ full: String, report: (String) -> Void) -> Double? {
        checkConfidence(full, reportMessage: { report(ReportLanguage.en.render($0)) })
    }

    /// ``checkConfidence(_:report:)`` with the reason as a catalogue message.
    static func checkConfidence(_ full: String, reportMessage report: (Message) -> Void) -> Double? {
        let s = full.count > 40 ? String(full.prefix(40)) + "…" : full
        guard let c = NumberFormat.parseStrictNumber(full), c > 0, c <= 1 else {
            report(Message("diagnostic.bad-confidence", [("value", .text(s))]))
            return nil
        }
        return c
    }

    mutating func weight(_ node: DocNode) -> Double? {
        guard case .scalar(let s, _) = node.value else {
            error(node, field: "weight", Message("diagnostic.expected-weight", [("found", Self.kind(node))]))
            return nil
        }
        return Self.checkWeight(s, reportMessage: { error(node, field: "weight", $0) })
    }

    /// Parses a weight: a finite number > 0. Calls `report` with the reason otherwise.
    static func checkWeight(_ full: String, report: (String) -> Void) -> Double? {
        checkWeight(full, reportMessage: { report(ReportLanguage.en.render($0)) })
    }

    /// ``checkWeight(_:report:)`` with the reason as a catalogue message.
    static func checkWeight(_ full: String, reportMessage report: (Message) -> Void) -> Double? {
        // Messages quote at most 40 characters of the value (a hostile 100,000-digit number).
        let s = full.count > 40 ? String(full.prefix(40)) + "…" : full
        guard let w = NumberFormat.parseStrictNumber(full) else {
            let t = full.trimmingCharacters(in: .whitespaces).lowercased()
            if ["nan", "inf", "-inf", "+inf", "infinity", ".nan", ".inf", "-.inf"].contains(t) || Double(t).map({ !$0.isFinite }) ?? false
                || (Double(t) == nil && t.range(of: #"^[-+]?[0-9.]+e[-+]?[0-9]+$"#, options: .regularExpression) != nil) {
                report(Message("diagnostic.weight-not-finite", [("value", .text(s))]))
            } else {
                report(Message("diagnostic.weight-not-number", [("value", .text(s))]))
            }
            return nil
        }
        guard w > 0 else { report(Message("diagnostic.weight-not-positive", [("value", .text(s))])); return nil }
        return w
    }

    mutating func stringMap(_ node: DocNode, field: String) -> [String: String] {
        guard let fields = object(node, what: Message("diagnostic.what.translations")) else { return [:] }
        var result: [String: String] = [:]
        for (k, _, v) in fields { if let s = text(v, field: "\(field).\(k)") { result[k] = s } }
        return result
    }

    mutating func stringList(_ node: DocNode, field: String) -> [String] {
        if case .scalar(let s, _) = node.value { return [s] }
        return list(node, field: field).compactMap { text($0, field: field) }
    }

    mutating func attributes(_ node: DocNode) -> [String: AttributeValue] {
        guard let fields = object(node, what: Message("diagnostic.what.attributes")) else { return [:] }
        var result: [String: AttributeValue] = [:]
        for (k, _, v) in fields {
            switch v.value {
            case .scalar(let s, let quoted): result[k] = quoted ? .string(s) : AttributeValue.inferred(from: s)
            case .null: continue
            default: error(v, field: "attributes.\(k)", Message("diagnostic.attribute-value", [("found", Self.kind(v))]))
            }
        }
        return result
    }
}

import Foundation
