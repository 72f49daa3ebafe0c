import Foundation
import GovNet

/// Writes a ``DOTGraph`` (a diagram) as Graphviz DOT text: deterministic and fully escaped. Network
/// documents in DOT are `GovNet`'s ``GovNet/DiagramDOTWriter``; both quote through ``GovNet/DOTText``.
///
/// Definition of the output:
/// - every id and every attribute value is a double-quoted string; attribute names are bare when they
///   are plain identifiers (``GovNet/DOTText/id(_:)``) and quoted otherwise;
/// - attribute values are label text (``GovNet/DOTText/label(_:entities:)``): inside quotes `"` becomes
///   `\"` and `\` becomes `\\`, so Graphviz's label escapes (`\N`, `\G`, `\E`, `\T`, `\H`, `\L`, `\l`,
///   `\r`) can never fire from user text; a line break (LF, CR or CRLF) becomes the centred line break
///   `\n`; other control characters become spaces;
/// - graph, subgraph and node ids are always quoted, injectively (``GovNet/DOTText/quoted(_:)``): LF →
///   `\n`, CR → `\r`, other control characters → `\xHH`, a leading `%` → `\%`, so two departments never
///   share a Graphviz node, whatever their ids;
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
public enum DiagramDOTWriter {
    /// Attribute names whose values Graphviz treats as label text (entity decoding applies).
    public static let labelAttributes: [String] = ["headlabel", "label", "taillabel", "xlabel"]

    /// The DOT text of a graph, ending with a newline.
    /// - Parameter graph: the graph.
    /// - Returns: DOT text; the same graph always gives the same string.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: DOTGraph) -> String {
        var out = ""
        out += (graph.directed ? "digraph " : "graph ") + DOTText.quoted(graph.name) + " {\n"
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
            out += indent + DOTText.quoted(node.id) + attributeList(node.attributes) + ";\n"
        }
        for sub in subgraphs {
            out += indent + "subgraph " + (sub.name.isEmpty ? "" : DOTText.quoted(sub.name) + " ") + "{\n"
            writeBody(into: &out, indent: indent + "  ", arrow: arrow,
                      graphAttributes: sub.graphAttributes, nodeDefaults: sub.nodeDefaults,
                      edgeDefaults: sub.edgeDefaults, nodes: sub.nodes, edges: sub.edges,
                      subgraphs: sub.subgraphs)
            out += indent + "}\n"
        }
        for edge in edges {
            out += indent + DOTText.quoted(edge.from) + arrow + DOTText.quoted(edge.to) + attributeList(edge.attributes) + ";\n"
        }
    }

    /// ` [a="1", b="2"]` with names sorted, or the empty string for no attributes.
    static func attributeList(_ attributes: [String: String]) -> String {
        if attributes.isEmpty { return "" }
        let parts = attributes.keys.sorted().map { key -> String in
            let value = attributes[key]!
            return DOTText.id(key) + "=" + DOTText.label(value, entities: labelAttributes.contains(key))
        }
        return " [" + parts.joined(separator: ", ") + "]"
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
