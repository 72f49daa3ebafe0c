/// Quoting for every piece of Graphviz DOT that GovNet writes: the network documents of
/// ``DOTWriter`` (read back by ``DOTReader``) and the diagrams of `GovNetGraphviz`.
///
/// Two kinds of text:
/// - **ids and values that must survive** (node, graph and subgraph ids; attribute names; the values of
///   an interchange document) are quoted injectively by ``quoted(_:)``: two different strings never
///   give the same DOT text, for Graphviz (which stores a quoted name as written, with only `\"`
///   undone) and for ``DOTReader`` (which decodes every escape written here). ``id(_:)`` writes plain
///   identifiers bare.
/// - **label text** (what a diagram shows) is quoted by ``label(_:entities:)``: line breaks become
///   Graphviz's centred line break, other control characters spaces, and Graphviz's label escapes
///   (`\N`, `\G`, `\l`, …) can never fire from user text.
///
/// References: DOT grammar and quoting rules, <https://graphviz.org/doc/info/lang.html>; label escapes,
/// <https://graphviz.org/docs/attr-types/escString/>; cgraph's anonymous `%`-names (found by the
/// Render fuzz target, docs/fuzzing.md).
public enum DOTText {
    /// DOT's keywords (compared without case): a bare id may not be one.
    public static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// Whether `s` may be written as a bare DOT id: `[A-Za-z_\u{80}-…][A-Za-z0-9_\u{80}-…]*` (no
    /// byte-order mark), not a keyword. Digit-leading ids (`001`) are not, so they stay text.
    /// - Complexity: O(length of `s`).
    public static func isPlainIdentifier(_ s: String) -> Bool {
        guard !s.isEmpty, !keywords.contains(s.lowercased()) else { return false }
        for (i, c) in s.unicodeScalars.enumerated() {
            let letter = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || (c.value >= 0x80 && c.value != 0xFEFF)
            if !(letter || (i > 0 && c >= "0" && c <= "9")) { return false }
        }
        return true
    }

    /// `s` as a DOT id: bare when ``isPlainIdentifier(_:)``, else ``quoted(_:)``.
    /// - Complexity: O(length of `s`).
    public static func id(_ s: String) -> String {
        isPlainIdentifier(s) ? s : quoted(s)
    }

    /// `s` as a double-quoted DOT string that decodes to `s` alone.
    ///
    /// `"` → `\"`, `\` → `\\`, LF → `\n`, CR → `\r`, other control characters and DEL → `\xHH`
    /// (two upper-case hex digits), and a leading `%` → `\%` (cgraph treats names that start with `%`
    /// as anonymous, so every mention of such an id would make a new node). Every encoded character
    /// starts either with a character other than a backslash or with a backslash and a distinct
    /// character, so the text decodes uniquely (the mapping is injective); ``DOTReader`` decodes it.
    /// - Parameter s: any text.
    /// - Returns: the quoted string, quotes included.
    /// - Complexity: O(length of `s`).
    public static func quoted(_ s: String) -> String {
        var out = s.unicodeScalars.first == "%" ? "\"\\" : "\""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count + 3)
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out += "\\x"
                    if c.value < 0x10 { out += "0" }
                    out += String(c.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
        return out
    }

    /// `text` as a double-quoted DOT label.
    ///
    /// `"` → `\"`, `\` → `\\`, CRLF/CR/LF → `\n` (a centred line break), other control characters and
    /// DEL → space; with `entities`, also `&` → `&amp;` (Graphviz decodes HTML entities in plain labels:
    /// `R&amp;D` would otherwise print as `R&D`). Never an HTML-like label: a text starting with `<`
    /// stays text.
    /// - Parameters:
    ///   - text: the text shown.
    ///   - entities: whether the value is one Graphviz entity-decodes (`label`, `xlabel`, …).
    /// - Returns: the quoted string, quotes included.
    /// - Complexity: O(length of `text`).
    public static func label(_ text: String, entities: Bool = false) -> String {
        var out = "\""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 2)
        var previousWasCR = false
        for s in text.unicodeScalars {
            defer { previousWasCR = (s == "\r") }
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\r": out += "\\n"
            case "&" where entities: out += "&amp;"
            default:
                if s.value < 0x20 || s.value == 0x7F { out += " " } else { out.unicodeScalars.append(s) }
            }
        }
        out += "\""
        return out
    }
}
