import Foundation

/// Writes a ``DOTGraph`` as Graphviz DOT text: deterministic and fully escaped.
///
/// Definition of the output:
/// - every id and every attribute value is a double-quoted string; attribute names are bare when they
///   are plain identifiers (`[A-Za-z_][A-Za-z0-9_]*`, not a DOT keyword) and quoted otherwise;
/// - inside quotes `"` becomes `\"` and `\` becomes `\\`, so Graphviz's label escapes (`\N`, `\G`,
///   `\E`, `\T`, `\H`, `\L`, `\l`, `\r`) can never fire from user text; a line break (LF, CR or
///   CRLF) becomes the centred line break `\n`; other control characters become spaces;
/// - graph, subgraph and node ids are quoted injectively (``quoteID(_:)``): LF → `\n`, CR → `\r`, other
///   control characters → `\xHH`, so two departments never share a Graphviz node, whatever their ids;
/// - in label-like attributes (``labelAttributes``) `&` becomes `&amp;`, because Graphviz decodes
///   HTML entities in plain labels (`R&amp;D` would otherwise print as `R&D`);
/// - values are never written as HTML-like labels (`<...>`): a value starting with `<` stays text;
/// - attributes are sorted by name; nodes, subgraphs and edges keep their order. The same graph
///   therefore always gives the same bytes.
///
/// - Complexity: O(size of the text).
///
/// References: DOT grammar and quoting rules, <https://graphviz.org/doc/info/lang.html>; label escapes,
/// <https://graphviz.org/docs/attr-types/escString/>. pygraphviz (`AGraph.string()`) and NetworkX's
/// `nx.nx_pydot.to_pydot` write the same language; SwiftDocOrg/GraphViz's encoder misses backslashes
/// and digit-leading ids, which this writer handles.
public enum DOTWriter {
    /// Attribute names whose values Graphviz treats as label text (entity decoding applies).
    public static let labelAttributes: [String] = ["headlabel", "label", "taillabel", "xlabel"]

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// The DOT text of a graph, ending with a newline.
    /// - Parameter graph: the graph.
    /// - Returns: DOT text; the same graph always gives the same string.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: DOTGraph) -> String {
        var out = ""
        out += (graph.directed ? "digraph " : "graph ") + quoteID(graph.name) + " {\n"
        let arrow = graph.directed ? " -> " : " -- "
        writeBody(into: &out, indent: "  ", arrow: arrow,
                  graphAttributes: graph.graphAttributes, nodeDefaults: graph.nodeDefaults,
                  edgeDefaults: graph.edgeDefaults, nodes: graph.nodes, edges: graph.edges,
                  subgraphs: graph.subgraphs)
        out += "}\n"
        return out
    }

    private static func writeBody(into out: inout String, indent: String, arrow: String,
                                  graphAttributes: [String: String], nodeDefaults: [String: String],
                                  edgeDefaults: [String: String], nodes: [DOTNode], edges: [DOTEdge],
                                  subgraphs: [DOTSubgraph]) {
        if !graphAttributes.isEmpty { out += indent + "graph" + attributeList(graphAttributes) + ";\n" }
        if !nodeDefaults.isEmpty { out += indent + "node" + attributeList(nodeDefaults) + ";\n" }
        if !edgeDefaults.isEmpty { out += indent + "edge" + attributeList(edgeDefaults) + ";\n" }
        for node in nodes {
            out += indent + quoteID(node.id) + attributeList(node.attributes) + ";\n"
        }
        for sub in subgraphs {
            out += indent + "subgraph " + (sub.name.isEmpty ? "" : quoteID(sub.name) + " ") + "{\n"
            writeBody(into: &out, indent: indent + "  ", arrow: arrow,
                      graphAttributes: sub.graphAttributes, nodeDefaults: sub.nodeDefaults,
                      edgeDefaults: sub.edgeDefaults, nodes: sub.nodes, edges: sub.edges,
                      subgraphs: sub.subgraphs)
            out += indent + "}\n"
        }
        for edge in edges {
            out += indent + quoteID(edge.from) + arrow + quoteID(edge.to) + attributeList(edge.attributes) + ";\n"
        }
    }

    /// ` [a="1", b="2"]` with names sorted, or the empty string for no attributes.
    static func attributeList(_ attributes: [String: String]) -> String {
        if attributes.isEmpty { return "" }
        let parts = attributes.keys.sorted().map { key -> String in
            let value = attributes[key]!
            let label = labelAttributes.contains(key)
            return name(key) + "=" + quote(value, label: label)
        }
        return " [" + parts.joined(separator: ", ") + "]"
    }

    /// An attribute name: bare when it is a plain identifier that is not a keyword, else quoted.
    static func name(_ key: String) -> String {
        let scalars = key.unicodeScalars
        guard let first = scalars.first, isIdentifierStart(first),
              scalars.allSatisfy({ isIdentifierStart($0) || ("0"..."9").contains($0) }),
              !keywords.contains(key.lowercased()) else { return quote(key) }
        return key
    }

    private static func isIdentifierStart(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_"
    }

    /// A DOT double-quoted string for any text.
    ///
    /// `"` → `\"`, `\` → `\\`, CRLF/CR/LF → `\n`, other control characters → space; with `label`,
    /// also `&` → `&amp;`.
    /// - Parameters:
    ///   - text: the text.
    ///   - label: whether the text is a label (entity-escape `&`).
    /// - Returns: the quoted string, quotes included.
    /// - Complexity: O(length of `text`).
    public static func quote(_ text: String, label: Bool = false) -> String {
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
            case "&" where label: out += "&amp;"
            default:
                if s.value < 0x20 || s.value == 0x7F { out += " " } else { out.unicodeScalars.append(s) }
            }
        }
        out += "\""
        return out
    }

    /// A DOT double-quoted id that Graphviz reads back as a different name for every different id.
    ///
    /// Graphviz's lexer turns `\"` into `"` and keeps every other backslash (a `\\` pair stays two
    /// characters), so the name it stores is the text between the quotes with `\"` undone. Here `"` →
    /// `\"`, `\` → `\\`, LF → `\n`, CR → `\r`, other control characters and DEL → `\xHH`: every encoded
    /// character starts either with a character other than a backslash or with a backslash and a
    /// distinct letter, so the stored name decodes uniquely (the mapping is injective). Control
    /// characters in labels are handled by ``quote(_:label:)`` (shown as spaces). A leading `%` becomes
    /// `\%`: cgraph treats names that start with `%` as anonymous, so every mention of such an id would
    /// make a new node (found by the Render fuzz target).
    /// - Parameter id: the id.
    /// - Returns: the quoted string, quotes included.
    /// - Complexity: O(length of `id`).
    public static func quoteID(_ id: String) -> String {
        var out = id.unicodeScalars.first == "%" ? "\"\\" : "\""
        out.unicodeScalars.reserveCapacity(id.unicodeScalars.count + 3)
        for s in id.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if s.value < 0x20 || s.value == 0x7F {
                    out += "\\x" + String(s.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        out += "\""
        return out
    }

    /// A number written with at most four decimals, trailing zeros removed (`1`, `0.5`, `72.25`);
    /// non-finite values and `-0` give `0`. Locale-independent.
    /// - Parameter x: the value.
    /// - Returns: its text.
    /// - Complexity: O(1).
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        var s = String(format: "%.4f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        if s == "-0" { s = "0" }
        return s
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
