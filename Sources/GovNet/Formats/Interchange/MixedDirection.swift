/// How a network that mixes directed and undirected ties (command one way, joint operation both ways)
/// is written to GraphML, GEXF and node-link JSON, whose usual readers — python-igraph and NetworkX —
/// hold one direction per graph.
///
/// Such a network is written as a directed graph in which every edge carries `directed` (true or
/// false) and each undirected tie between two departments is **two opposite edges**, the second marked
/// `mirror` = true. A tool that ignores the marks therefore sees each undirected tie as a tie in both
/// directions — the directed view GovNet itself analyses (docs/metrics.md, "linked pairs") — and
/// GovNet's readers skip the mirror edges, so the round trip gives back the same ties. The file says so
/// (an XML comment, a graph property in node-link JSON) and the writer returns a warning. A network
/// whose ties all have one direction is written as it is, one edge per tie, without marks.
///
/// igraph fills a boolean edge attribute that an edge lacks with false, so `directed` is written on
/// every edge of a mixed network, not only on the undirected ones.
///
/// - Complexity: O(m).
struct MixedDirection {
    /// One edge to write: the tie it comes from, its ends, and whether it is the reversed copy.
    struct Edge {
        var tie: Int
        var from: String
        var to: String
        var mirror: Bool
    }

    /// Whether the network has directed and undirected ties.
    let mixed: Bool
    /// Whether any tie is directed (the graph is written as directed).
    let anyDirected: Bool
    /// The edges to write, in tie order, each mirror right after its tie.
    let edges: [Edge]
    private let directedCount: Int
    private let undirectedCount: Int

    init(_ net: Network) {
        let directed = net.ties.filter { net.isDirected($0) }.count
        directedCount = directed
        undirectedCount = net.ties.count - directed
        anyDirected = directed > 0
        mixed = directed > 0 && directed < net.ties.count
        var edges: [Edge] = []
        edges.reserveCapacity(net.ties.count)
        for (i, t) in net.ties.enumerated() {
            edges.append(Edge(tie: i, from: t.from, to: t.to, mirror: false))
            if mixed && !net.isDirected(t) && t.from != t.to { edges.append(Edge(tie: i, from: t.to, to: t.from, mirror: true)) }
        }
        self.edges = edges
    }

    /// The sentence of the warning (`writer.mixed.graph`), nil unless the network is mixed.
    var noteMessage: Message? {
        guard mixed else { return nil }
        return Message("writer.mixed.graph", [("undirected", .count(undirectedCount)), ("directed", .count(directedCount)), ("edges", .count(edges.count))])
    }

    /// The sentence written into the file (English, as every file GovNet writes), nil unless mixed.
    var note: String? { noteMessage.map(ReportLanguage.en.render) }

    /// The warning a writer returns for a mixed network (`FORMAT: note`), or none.
    func warnings(file: String, format: String) -> [Diagnostic] {
        noteMessage.map { [Diagnostic(.warning, file: file, Message("writer.format-note", [("format", .text(format)), ("note", .message($0))]))] } ?? []
    }

    /// The edge key that marks the reversed copy of an undirected tie.
    static let mirrorKey = "mirror"

    /// Whether an edge value read under ``mirrorKey`` marks a mirror edge (true, `true`, `1`).
    static func isMirror(_ value: AttributeValue) -> Bool {
        switch value {
        case .bool(let b): return b
        case .number(let x): return x == 1
        case .string(let s): return s.lowercased() == "true" || s == "1"
        }
    }
}
