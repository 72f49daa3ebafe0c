/// Writes a network as a YAML or JSON document of the schema ``NetworkDocumentDecoder`` reads.
/// Deterministic: keys in schema order, attributes sorted by key, one department/tie per line.
public enum NetworkDocumentWriter {
    /// The network as JSON (the same structure as the YAML document).
    public static func json(_ net: Network) -> String {
        documentValue(net).rendered(pretty: true, compactWidth: 400)
    }

    /// The network as a JSON value.
    public static func documentValue(_ net: Network) -> JSONValue {
        var top: [(String, JSONValue)] = []
        for (k, v) in metadataPairs(net.metadata) { top.append((k, .string(v))) }
        for (k, byLanguage) in translationPairs(net.metadata) {
            top.append((k, .object(byLanguage.map { ($0.0, .string($0.1)) })))
        }
        if !net.mechanisms.isEmpty {
            top.append(("mechanisms", .array(net.mechanisms.map { m in
                var o: [(String, JSONValue)] = [("id", .string(m.id)), ("name", .string(m.name)), ("directed", .bool(m.directed))]
                if let zh = m.nameZh { o.append(("names", .object([("zh", .string(zh))]))) }
                return .object(o)
            })))
        }
        top.append(("departments", .array(net.departments.map { d in
            var o: [(String, JSONValue)] = [("id", .string(d.id)), ("name", .string(d.name))]
            if !d.names.isEmpty { o.append(("names", .object(d.names.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))) }
            if let k = d.kind { o.append(("kind", .string(k))) }
            if let l = d.level { o.append(("level", .string(l))) }
            if !d.formerly.isEmpty { o.append(("formerly", .array(d.formerly.map { .string($0) }))) }
            if d.ledBy.count == 1 { o.append(("led_by", .string(d.ledBy[0]))) } else if !d.ledBy.isEmpty { o.append(("led_by", .array(d.ledBy.map { .string($0) }))) }
            if let m = d.management { o.append(("management", .string(m.rawValue))) }
            if d.coordinator { o.append(("coordinator", .bool(true))) }
            if !d.attributes.isEmpty { o.append(("attributes", attributesValue(d.attributes))) }
            return .object(o)
        })))
        top.append(("ties", .array(net.ties.map { t in
            var o: [(String, JSONValue)] = [("from", .string(t.from)), ("to", .string(t.to)), ("mechanism", .string(t.mechanism))]
            if t.weight != 1 { o.append(("weight", .number(t.weight))) }
            if let d = t.directed { o.append(("directed", .bool(d))) }
            if let b = t.basis { o.append(("basis", .string(b.rawValue))) }
            if let r = t.relation { o.append(("relation", .string(r.rawValue))) }
            if let r = t.role { o.append(("role", .string(r.rawValue))) }
            if !t.phases.isEmpty { o.append(("phase", .array(t.phases.map { .string($0.rawValue) }))) }
            if let s = t.source { o.append(("source", .string(s.rawValue))) }
            if let c = t.citation { o.append(("citation", .string(c))) }
            if let c = t.confidence { o.append(("confidence", .number(c))) }
            if !t.functions.isEmpty { o.append(("functions", .array(t.functions.map { .string($0) }))) }
            if !t.attributes.isEmpty { o.append(("attributes", attributesValue(t.attributes))) }
            return .object(o)
        })))
        if !net.functions.isEmpty {
            top.append(("functions", .array(net.functions.map { f in
                var o: [(String, JSONValue)] = [("id", .string(f.id)), ("name", .string(f.name))]
                if !f.names.isEmpty { o.append(("names", .object(f.names.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))) }
                o.append(("assignments", .array(f.assignments.map { a in
                    var fields: [(String, JSONValue)] = [("department", .string(a.department)), ("role", .string(a.role.rawValue))]
                    if let s = a.source { fields.append(("source", .string(s.rawValue))) }
                    if let c = a.citation { fields.append(("citation", .string(c))) }
                    return .object(fields)
                })))
                return .object(o)
            })))
        }
        return .object(top)
    }

    static func attributesValue(_ a: [String: AttributeValue]) -> JSONValue {
        .object(a.sorted { $0.key < $1.key }.map { k, v in
            switch v {
            case .string(let s): return (k, .string(s))
            case .number(let x): return (k, .number(x))
            case .bool(let b): return (k, .bool(b))
            }
        })
    }

    /// `titles`, `jurisdictions`, `sources`, `provenances`: language → text, sorted by language.
    static func translationPairs(_ m: NetworkMetadata) -> [(String, [(String, String)])] {
        NetworkMetadata.translatableFields.compactMap { field in
            guard let t = m.translations[field], !t.isEmpty else { return nil }
            return (field + "s", t.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
    }

    static func metadataPairs(_ m: NetworkMetadata) -> [(String, String)] {
        [("title", m.title), ("jurisdiction", m.jurisdiction), ("period", m.period), ("date", m.date), ("source", m.source),
         ("status", m.status), ("license", m.license), ("notes", m.notes), ("provenance", m.provenance),
         ("derived_from", m.derivedFrom)]
            .compactMap { k, v in v.map { (k, $0) } }
    }

    /// The network as YAML.
    public static func yaml(_ net: Network) -> String {
        var out = ""
        for (k, v) in metadataPairs(net.metadata) { out += "\(k): \(YAMLText.blockOrScalar(v, indent: "  "))\n" }
        for (k, byLanguage) in translationPairs(net.metadata) {
            out += "\(k):\n" + byLanguage.map { "  \(YAMLText.scalar($0.0)): \(YAMLText.blockOrScalar($0.1, indent: "    "))\n" }.joined()
        }
        if !net.mechanisms.isEmpty {
            out += "mechanisms:\n"
            for m in net.mechanisms {
                var fields = [("id", YAMLText.scalar(m.id)), ("name", YAMLText.scalar(m.name)), ("directed", m.directed ? "true" : "false")]
                if let zh = m.nameZh { fields.append(("names", "{zh: \(YAMLText.scalar(zh))}")) }
                out += "  - " + flow(fields) + "\n"
            }
        }
        out += net.departments.isEmpty ? "departments: []\n" : "departments:\n"
        for d in net.departments {
            var fields = [("id", YAMLText.scalar(d.id)), ("name", YAMLText.scalar(d.name))]
            if !d.names.isEmpty { fields.append(("names", flow(d.names.sorted { $0.key < $1.key }.map { (YAMLText.scalar($0.key), YAMLText.scalar($0.value)) }))) }
            if let k = d.kind { fields.append(("kind", YAMLText.scalar(k))) }
            if let l = d.level { fields.append(("level", YAMLText.scalar(l))) }
            if !d.formerly.isEmpty { fields.append(("formerly", "[" + d.formerly.map(YAMLText.scalar).joined(separator: ", ") + "]")) }
            if d.ledBy.count == 1 { fields.append(("led_by", YAMLText.scalar(d.ledBy[0]))) } else if !d.ledBy.isEmpty { fields.append(("led_by", "[" + d.ledBy.map(YAMLText.scalar).joined(separator: ", ") + "]")) }
            if let m = d.management { fields.append(("management", m.rawValue)) }
            if d.coordinator { fields.append(("coordinator", "true")) }
            if !d.attributes.isEmpty { fields.append(("attributes", attributes(d.attributes))) }
            out += "  - " + flow(fields) + "\n"
        }
        out += net.ties.isEmpty ? "ties: []\n" : "ties:\n"
        for t in net.ties {
            var fields = [("from", YAMLText.scalar(t.from)), ("to", YAMLText.scalar(t.to)), ("mechanism", YAMLText.scalar(t.mechanism))]
            if t.weight != 1 { fields.append(("weight", NumberFormat.canonical(t.weight))) }
            if let d = t.directed { fields.append(("directed", d ? "true" : "false")) }
            if let b = t.basis { fields.append(("basis", b.rawValue)) }
            if let r = t.relation { fields.append(("relation", r.rawValue)) }
            if let r = t.role { fields.append(("role", r.rawValue)) }
            if !t.phases.isEmpty { fields.append(("phase", "[" + t.phases.map(\.rawValue).joined(separator: ", ") + "]")) }
            if let s = t.source { fields.append(("source", s.rawValue)) }
            if let c = t.citation { fields.append(("citation", YAMLText.scalar(c))) }
            if let c = t.confidence { fields.append(("confidence", NumberFormat.canonical(c))) }
            if !t.functions.isEmpty { fields.append(("functions", "[" + t.functions.map { YAMLText.scalar($0) }.joined(separator: ", ") + "]")) }
            if !t.attributes.isEmpty { fields.append(("attributes", attributes(t.attributes))) }
            out += "  - " + flow(fields) + "\n"
        }
        if !net.functions.isEmpty {
            out += "functions:\n"
            for f in net.functions {
                out += "  - id: \(YAMLText.scalar(f.id))\n    name: \(YAMLText.scalar(f.name))\n"
                if !f.names.isEmpty { out += "    names: " + flow(f.names.sorted { $0.key < $1.key }.map { (YAMLText.scalar($0.key), YAMLText.scalar($0.value)) }) + "\n" }
                out += f.assignments.isEmpty ? "    assignments: []\n" : "    assignments:\n"
                for a in f.assignments {
                    var fields = [("department", YAMLText.scalar(a.department)), ("role", a.role.rawValue)]
                    if let s = a.source { fields.append(("source", s.rawValue)) }
                    if let c = a.citation { fields.append(("citation", YAMLText.scalar(c))) }
                    out += "      - " + flow(fields) + "\n"
                }
            }
        }
        return out
    }

    private static func flow(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    private static func attributes(_ a: [String: AttributeValue]) -> String {
        flow(a.sorted { $0.key < $1.key }.map { k, v in
            let value: String
            switch v {
            case .string(let s): value = YAMLText.scalar(s)
            case .number(let x): value = NumberFormat.canonical(x)
            case .bool(let b): value = b ? "true" : "false"
            }
            return (YAMLText.scalar(k), value)
        })
    }
}
