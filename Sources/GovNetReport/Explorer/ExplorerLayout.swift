import GovNetGraphviz

/// Where the report's diagrams put every department, for the interactive explorer: the positions of
/// the Graphviz layout the static diagrams already use (one layout for the overall diagram and every
/// mechanism panel; in a comparison, the overlay's layout for before, after and the overlay).
///
/// Definition: for each node of a pinned graph (``NetworkDiagram/graph(network:options:)``,
/// ``NetworkDiagram/graphWithPanels(network:options:panelOptions:)``, the comparison overlay) whose
/// `pos` attribute reads `x,y` or `x,y!`, the point (x, y) in Graphviz points, y upwards. Nodes
/// without a position (legend entries have ids of their own and are simply not departments) are kept
/// too; the explorer looks departments up by id.
/// - Complexity: O(nodes).
public struct ExplorerLayout: Sendable, Equatable {
    /// A position in points, y upwards (Graphviz's convention).
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
    }

    /// Positions by department id.
    public var positions: [String: Point]

    /// No positions (no diagram was drawn).
    public init() { positions = [:] }

    /// The positions of a pinned graph's nodes.
    public init(_ graph: DOTGraph) {
        var positions: [String: Point] = [:]
        for node in graph.nodes {
            guard let pos = node.attributes["pos"] else { continue }
            let parts = pos.replacingOccurrences(of: "!", with: "").split(separator: ",").compactMap { Double($0) }
            if parts.count == 2 { positions[node.id] = Point(x: parts[0], y: parts[1]) }
        }
        self.positions = positions
    }
}
