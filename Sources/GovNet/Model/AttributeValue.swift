/// A free-form attribute value on a department or a tie: text, a number or a flag.
///
/// Attribute maps keep the value's type so that formats that can carry types (YAML, JSON,
/// GraphML, GEXF) round-trip them, and formats that cannot (CSV, Pajek) write their text form.
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case number(Double)
    case bool(Bool)

    /// The value as text, numbers in the canonical form of ``NumberFormat/canonical(_:)``.
    public var description: String {
        switch self {
        case .string(let s): return s
        case .number(let x): return NumberFormat.canonical(x)
        case .bool(let b): return b ? "true" : "false"
        }
    }

    /// The value as a number when it is one, or text that reads as a finite number.
    public var numberValue: Double? {
        switch self {
        case .number(let x): return x
        case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
        case .bool: return nil
        }
    }

    /// Infers a typed value from a table cell: `true`/`false`, a finite number written canonically, else text.
    public static func inferred(from text: String) -> AttributeValue {
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        // A number only when it reads back identically ("007" and "1.50" stay text: ids, codes).
        if let x = NumberFormat.parseStrictNumber(text), NumberFormat.canonical(x) == text { return .number(x) }
        return .string(text)
    }
}

import Foundation
