/// A Graphviz layout engine: the algorithm that places nodes and routes edges.
///
/// References: <https://graphviz.org/docs/layouts/>. `dot` is hierarchical (Gansner et al. 1993,
/// doi:10.1109/32.221135); `neato` is stress majorization (Gansner, Koren & North 2004,
/// doi:10.1007/978-3-540-31843-9_25); `fdp` and `sfdp` are force-directed (Fruchterman & Reingold 1991,
/// doi:10.1002/spe.4380211102; Hu 2005 for sfdp's multilevel version); `circo` is circular, `twopi`
/// radial. NetworkX calls the same engines through `nx.nx_agraph.graphviz_layout(G, prog=...)`.
public enum LayoutEngine: String, CaseIterable, Hashable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// A sensible engine for a graph of this size and shape.
    ///
    /// Rule (checked by eye on generated and real networks of 5–200 departments): up to 2 nodes or a
    /// sparse directed graph of at most 60 nodes (at most 1.5 edges per node: a command hierarchy) →
    /// `dot`; up to 120 nodes → `neato`; larger → `sfdp`.
    /// - Parameters:
    ///   - nodes: number of nodes.
    ///   - edges: number of edges (parallel ties counted once or not — the rule is coarse).
    ///   - directed: whether the ties are directed.
    /// - Returns: the engine.
    /// - Complexity: O(1).
    public static func recommended(nodes: Int, edges: Int, directed: Bool) -> LayoutEngine {
        if nodes <= 2 { return .dot }
        if directed && nodes <= 60 && Double(edges) <= 1.5 * Double(nodes) { return .dot }
        if nodes <= 120 { return .neato }
        return .sfdp
    }
}

/// An output format of ``GraphvizRenderer``.
///
/// `svg` keeps text as text; `png` and `pdf` go through cairo and need the fonts installed; `dot` is
/// the laid-out DOT text, with `pos`, `bb` and spline coordinates (Graphviz's `dot` renderer, as
/// `dot -Tdot`).
public enum ImageFormat: String, CaseIterable, Hashable, Sendable {
    case svg, png, pdf, dot

    /// The format for a file name's extension (`svg`, `png`, `pdf`, `dot`/`gv`), case-insensitive.
    /// - Parameter pathExtension: the extension without the dot.
    /// - Returns: the format, or `nil` for any other extension.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }
}

/// A failure to lay out or render a graph.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Graphviz reported errors (syntax errors, bad attribute values, a layout failure): its messages,
    /// one per line, as it printed them (e.g. `Error: syntax error in line 1 near ';'`).
    case graphviz(messages: [String])
    /// A layout engine or output format is not installed (missing plugin or plugin configuration).
    case unavailable(String)

    /// Graphviz's messages one per line, or the unavailable plugin's explanation.
    public var description: String {
        switch self {
        case .graphviz(let messages):
            return messages.isEmpty ? "Graphviz failed without a message" : messages.joined(separator: "\n")
        case .unavailable(let what):
            return what
        }
    }
}
