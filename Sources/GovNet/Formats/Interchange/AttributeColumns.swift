/// The typed attribute columns of the typed formats (GraphML keys, GEXF attributes): every key used
/// by some node (or edge), in a fixed order, with one type each.
struct AttributeColumns {
    struct Column {
        var name: String
        var type: AttributeType
        /// Values of more than one type (written as text).
        var mixed: Bool
    }
    var columns: [Column]

    /// Columns of `rows` (each row's key/value pairs). Keys in `leading` come first in that order,
    /// then `names.*` keys, then the rest sorted.
    init(_ rows: [[(String, AttributeValue)]], leading: [String]) {
        var values: [String: [AttributeValue]] = [:]
        for row in rows { for (k, v) in row { values[k, default: []].append(v) } }
        func rank(_ k: String) -> (Int, String) {
            if let i = leading.firstIndex(of: k) { return (i, "") }
            if k.hasPrefix(InterchangeKeys.namesPrefix) { return (leading.count, k) }
            return (leading.count + 1, k)
        }
        columns = values.keys.sorted { rank($0) < rank($1) }.map { k in
            let type = AttributeType.common(values[k]!)
            let mixed = type == .string && values[k]!.contains { if case .string = $0 { return false } else { return true } }
            return Column(name: k, type: type, mixed: mixed)
        }
    }

    /// A warning for each column whose values mix types (they are written as text and read back as text).
    func mixedWarnings(file: String, format: String, what: String) -> [Diagnostic] {
        columns.filter(\.mixed).map {
            Diagnostic(.warning, file: file, Message("writer.format-note", [("format", .text(format)), ("note", .message(Message("writer.mixed-attribute", [
                ("what", .message(Message("writer.attribute.\(what)"))), ("name", .text($0.name))])))]))
        }
    }
}

/// Applies typed node/edge values read from a typed format to departments and ties.
enum InterchangeApply {
    /// Applies edge key `key` to `tie`. Returns an error message for a bad weight or basis.
    static func tieField(_ key: String, _ value: AttributeValue, to tie: inout Tie) -> Message? {
        switch key {
        case "mechanism": tie.mechanism = value.description
        case "weight":
            var message: Message?
            if let w = NetworkDocumentDecoder.checkWeight(value.description, reportMessage: { message = $0 }) { tie.weight = w }
            return message
        case "basis":
            guard let b = Basis(rawValue: value.description) else {
                return Message("diagnostic.unknown-value", [("term", .text("basis")), ("value", .text(value.description)), ("hint", .empty),
                                                            ("expected", Vocabulary.spellings(Basis.allCases.map(\.rawValue)))])
            }
            tie.basis = b
        case "directed":
            switch value {
            case .bool(let b): tie.directed = b
            default:
                switch value.description.lowercased() {
                case "true", "1": tie.directed = true
                case "false", "0": tie.directed = false
                default: return Message("reader.interchange.directed", [("value", .text(value.description))])
                }
            }
        default:
            if key.hasPrefix(InterchangeKeys.attributesPrefix) { tie.attributes[String(key.dropFirst(InterchangeKeys.attributesPrefix.count))] = value }
            else { tie.attributes[key] = value }
        }
        return nil
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
            if let x = NumberFormat.parseStrictNumber(t) { return .number(x) }  // not hex, inf or nan
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
