/// Reserved attribute names shared by the attribute-carrying formats (GraphML, GEXF, node-link JSON, DOT).
enum InterchangeKeys {
    /// Node keys that map to department fields.
    static let departmentFields: Set<String> = ["name", "kind", "level", "formerly"]
    /// Edge keys that map to tie fields, and `mirror` (``MixedDirection``).
    static let tieFields: Set<String> = ["mechanism", "weight", "basis", "directed", MixedDirection.mirrorKey]
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
