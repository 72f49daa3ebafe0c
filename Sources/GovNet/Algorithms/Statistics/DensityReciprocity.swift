/// Whole-network statistics: density, reciprocity, centralization, assortativity, E–I index,
/// embeddedness.
public enum NetworkStatistics {
    /// Density: the share of possible ties that exist.
    ///
    /// Definition: `m / (n(n − 1))` for a directed graph (arcs), `2m / (n(n − 1))` for an undirected one.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: a value in [0, 1]; `0` when n ≤ 1 or there is no tie (as NetworkX).
    /// - Complexity: O(1).
    ///
    /// References: Wasserman & Faust (1994), *Social Network Analysis*, §4.2; NetworkX `density`;
    /// igraph `igraph_density` without loops.
    public static func density(of graph: Graph) -> Double {
        let n = graph.nodeCount, m = graph.edgeCount
        guard n > 1 && m > 0 else { return 0 }
        let possible = Double(n) * Double(n - 1)
        return (graph.isDirected ? Double(m) : 2 * Double(m)) / possible
    }

    /// Reciprocity: the share of arcs whose reverse arc also exists.
    ///
    /// Definition: `#{u→v : v→u exists} / m` (NetworkX's overall reciprocity, igraph's default
    /// `IGRAPH_RECIPROCITY_DEFAULT`).
    ///
    /// - Parameter graph: any graph.
    /// - Returns: a value in [0, 1]; `nil` for an undirected graph (not defined; NetworkX raises
    ///   `NetworkXNotImplemented`) or a directed graph with no arc (NetworkX raises).
    /// - Complexity: O(m log d) (binary search of each reverse arc in the sorted adjacency).
    ///
    /// References: Wasserman & Faust (1994), §13.4; Garlaschelli & Loffredo (2004), "Patterns of link
    /// reciprocity in directed networks", Phys. Rev. Lett. 93:268701, doi:10.1103/PhysRevLett.93.268701.
    /// Matches NetworkX `reciprocity(G)` / `overall_reciprocity` and igraph `igraph_reciprocity`.
    public static func reciprocity(of graph: Graph) -> Double? {
        guard graph.isDirected, graph.edgeCount > 0 else { return nil }
        var reciprocated = 0
        for e in 0..<graph.edgeCount where graph.hasEdge(graph.edgeTargets[e], graph.edgeSources[e]) {
            reciprocated += 1
        }
        return Double(reciprocated) / Double(graph.edgeCount)
    }
}
