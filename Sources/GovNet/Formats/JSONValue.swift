/// An ordered JSON value with a deterministic writer: keys keep insertion order (callers insert in a
/// fixed or sorted order), numbers use the shortest round-trip form, NaN and infinities become `null`.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A number, or `null` when not finite.
    public static func finite(_ x: Double?) -> JSONValue {
        guard let x, x.isFinite else { return .null }
        return .number(x)
    }

    /// The text, ending with a newline. `pretty` indents nested containers by two spaces, except
    /// containers of scalars only short enough for one line (`compactWidth`), which stay on one line.
    public func rendered(pretty: Bool = true, compactWidth: Int = 100) -> String {
        var out = ""
        write(into: &out, indent: 0, pretty: pretty, compactWidth: compactWidth)
        out += "\n"
        return out
    }

    private var isScalar: Bool {
        switch self { case .array, .object: return false; default: return true }
    }

    private func write(into out: inout String, indent: Int, pretty: Bool, compactWidth: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let x): out += x.isFinite ? NumberFormat.canonical(x) : "null"
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if !pretty || (items.allSatisfy(\.isScalar) && oneLineLength(limit: compactWidth) != nil) {
                out += "["
                for (i, v) in items.enumerated() { if i > 0 { out += pretty ? ", " : "," }; v.write(into: &out, indent: indent, pretty: false, compactWidth: compactWidth) }
                out += "]"
                return
            }
            out += "[\n"
            for (i, v) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                v.write(into: &out, indent: indent + 2, pretty: pretty, compactWidth: compactWidth)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            if !pretty || (isObjectOfScalars && oneLineLength(limit: compactWidth) != nil) {
                out += "{"
                for (i, (k, v)) in members.enumerated() {
                    if i > 0 { out += pretty ? ", " : "," }
                    JSONValue.quote(k, into: &out); out += pretty ? ": " : ":"
                    v.write(into: &out, indent: indent, pretty: false, compactWidth: compactWidth)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (i, (k, v)) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONValue.quote(k, into: &out); out += ": "
                v.write(into: &out, indent: indent + 2, pretty: pretty, compactWidth: compactWidth)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    private var isObjectOfScalars: Bool {
        if case .object(let m) = self { return m.allSatisfy { $0.1.isScalar || $0.1.isSmallContainer } }
        return false
    }

    private var isSmallContainer: Bool {
        switch self {
        case .array(let a): return a.allSatisfy(\.isScalar)
        case .object(let m): return m.allSatisfy { $0.1.isScalar }
        default: return false
        }
    }

    private func oneLineLength(limit: Int) -> Int? {
        var s = ""
        write(into: &s, indent: 0, pretty: false, compactWidth: limit)
        return s.count <= limit ? s.count : nil
    }

    /// Appends `s` as a JSON string literal (control characters, quotes, backslashes, U+2028/9 escaped).
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
