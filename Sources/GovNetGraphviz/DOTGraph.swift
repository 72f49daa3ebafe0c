/// A graph to be written as Graphviz DOT text: a small value with no behaviour of its own.
///
/// Build it by hand or with ``NetworkDiagram``, turn it into text with ``DiagramDOTWriter/write(_:)`` and
/// into an image with ``GraphvizRenderer/render(dot:layout:format:)``. Attribute names and values are
/// Graphviz's (`shape`, `color`, `penwidth`, …); values are plain strings and every one is written
/// quoted and escaped, so no value can become an HTML-like label or a Graphviz escape such as `\N`.
/// Use ``DiagramDOTWriter/number(_:)`` to format numeric values reproducibly.
///
/// Nodes, edges and subgraphs are written in the order given (Graphviz layouts depend on it);
/// attributes are written sorted by name.
///
/// References: the DOT language, <https://graphviz.org/doc/info/lang.html>; attributes,
/// <https://graphviz.org/doc/info/attrs.html>. NetworkX's `nx.nx_agraph.to_agraph` builds the same
/// kind of value before writing.
public struct DOTGraph: Hashable, Sendable {
    /// Graph name (written quoted; may be empty).
    public var name: String
    /// `digraph` when `true` (edges `->`), `graph` otherwise (edges `--`).
    public var directed: Bool
    /// Graph attributes (`rankdir`, `overlap`, `label`, …).
    public var graphAttributes: [String: String]
    /// Default attributes of every node (`node [...]`).
    public var nodeDefaults: [String: String]
    /// Default attributes of every edge (`edge [...]`).
    public var edgeDefaults: [String: String]
    /// Nodes, in order.
    public var nodes: [DOTNode]
    /// Edges, in order. An edge may name nodes that are not listed: Graphviz creates them.
    public var edges: [DOTEdge]
    /// Subgraphs, written after the nodes and before the edges. A name starting with `cluster` makes a
    /// cluster (a box around its nodes in `dot` and `fdp`).
    public var subgraphs: [DOTSubgraph]

    /// Creates a graph.
    /// - Parameters:
    ///   - name: graph name.
    ///   - directed: `digraph` (true) or `graph` (false).
    ///   - graphAttributes, nodeDefaults, edgeDefaults: attribute maps.
    ///   - nodes, edges, subgraphs: contents, in writing order.
    public init(name: String = "G", directed: Bool = true, graphAttributes: [String: String] = [:],
                nodeDefaults: [String: String] = [:], edgeDefaults: [String: String] = [:],
                nodes: [DOTNode] = [], edges: [DOTEdge] = [], subgraphs: [DOTSubgraph] = []) {
        self.name = name
        self.directed = directed
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// Whether any label-like attribute (`label`, `xlabel`, …) of the graph, its nodes, edges or
    /// subgraphs contains CJK text — the case where PNG and PDF output need a CJK font.
    /// - Complexity: O(total attribute text length).
    public var containsCJKText: Bool {
        func cjk(_ attributes: [String: String]) -> Bool {
            DiagramDOTWriter.labelAttributes.contains { key in attributes[key].map(DOTGraph.isCJK) ?? false }
        }
        func sub(_ s: DOTSubgraph) -> Bool {
            cjk(s.graphAttributes) || s.nodes.contains { cjk($0.attributes) }
                || s.edges.contains { cjk($0.attributes) } || s.subgraphs.contains(where: sub)
        }
        return cjk(graphAttributes) || nodes.contains { cjk($0.attributes) }
            || edges.contains { cjk($0.attributes) } || subgraphs.contains(where: sub)
    }

    /// Whether a text contains a CJK ideograph, kana or hangul syllable.
    /// - Complexity: O(length).
    public static func isCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            switch s.value {
            case 0x2E80...0x2FDF, 0x3040...0x30FF, 0x3100...0x312F, 0x3190...0x31FF,
                 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
                 0xFF00...0xFFEF, 0x20000...0x2FA1F:
                return true
            default:
                return false
            }
        }
    }
}

/// A node of a ``DOTGraph``: an id (any text; written quoted) and its attributes.
public struct DOTNode: Hashable, Sendable {
    /// Node id, unique in the graph.
    public var id: String
    /// Attributes (`label`, `shape`, `fillcolor`, …).
    public var attributes: [String: String]

    /// Creates a node.
    public init(_ id: String, _ attributes: [String: String] = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge of a ``DOTGraph`` between two node ids.
public struct DOTEdge: Hashable, Sendable {
    /// Tail node id.
    public var from: String
    /// Head node id.
    public var to: String
    /// Attributes (`color`, `style`, `penwidth`, `dir`, …).
    public var attributes: [String: String]

    /// Creates an edge.
    public init(_ from: String, _ to: String, _ attributes: [String: String] = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A subgraph or cluster of a ``DOTGraph`` (a name starting with `cluster` makes a cluster).
public struct DOTSubgraph: Hashable, Sendable {
    /// Subgraph name; empty writes an anonymous subgraph.
    public var name: String
    /// Graph attributes of the subgraph (`label`, `rank`, `style`, …).
    public var graphAttributes: [String: String]
    /// Node defaults inside the subgraph.
    public var nodeDefaults: [String: String]
    /// Edge defaults inside the subgraph.
    public var edgeDefaults: [String: String]
    /// Nodes declared in the subgraph (a node id already declared elsewhere just joins it).
    public var nodes: [DOTNode]
    /// Edges declared in the subgraph.
    public var edges: [DOTEdge]
    /// Nested subgraphs.
    public var subgraphs: [DOTSubgraph]

    /// Creates a subgraph.
    public init(name: String = "", graphAttributes: [String: String] = [:], nodeDefaults: [String: String] = [:],
                edgeDefaults: [String: String] = [:], nodes: [DOTNode] = [], edges: [DOTEdge] = [],
                subgraphs: [DOTSubgraph] = []) {
        self.name = name
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }
}
