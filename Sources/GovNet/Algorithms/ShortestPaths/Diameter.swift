extension ShortestPaths {
    /// Diameter of the largest connected component, in hops.
    ///
    /// Definition: the largest shortest-path distance between two nodes of the largest weakly connected
    /// component (ties between equally large components go to the one with the smallest node), measured
    /// on the undirected projection when the graph is directed; weights ignored. Restricting to the
    /// largest component keeps the number finite on disconnected networks, as analysts do with
    /// `nx.diameter(G.subgraph(max(nx.connected_components(G), key=len)))`.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: the diameter (`0` when the largest component is one node); `nil` for the empty graph.
    /// - Complexity: O(s·(s + m_s)) time for a component of s nodes and m_s edges, in practice
    ///   O(s/64 · D · (n + m_s)) with bit-parallel BFS from 64 sources at once, batches split across
    ///   cores; O(n) words per chunk.
    ///
    /// References: NetworkX `diameter` (on the largest component); igraph `igraph_diameter` with
    /// `unconn=TRUE` restricted to the giant component.
    public static func diameter(of graph: Graph) -> Int? {
        largestComponentDistances(of: graph)?.diameter
    }

    /// Average shortest-path length of the largest connected component, in hops.
    ///
    /// Definition: `Σ_{u≠v} d(u, v) / (s(s − 1))` over the `s` nodes of the largest weakly connected
    /// component (chosen as in ``diameter(of:)``), on the undirected projection, weights ignored.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: the average (`0` when the component is one node, as NetworkX); `nil` for the empty graph.
    /// - Complexity: as ``diameter(of:)``; the sum is an exact integer, so the value is the same as
    ///   NetworkX's bit for bit.
    ///
    /// References: Watts & Strogatz (1998), doi:10.1038/30918; NetworkX `average_shortest_path_length`
    /// on the largest component; igraph `igraph_average_path_length` on the giant component.
    public static func averagePathLength(of graph: Graph) -> Double? {
        guard let r = largestComponentDistances(of: graph) else { return nil }
        return r.size <= 1 ? 0 : Double(r.total) / Double(r.size * (r.size - 1))
    }

    /// All-pairs hop distances within the largest weak component of the undirected projection.
    static func largestComponentDistances(of graph: Graph) -> (diameter: Int, total: Int, size: Int)? {
        let g = graph.isDirected ? graph.undirectedProjection().graph : graph
        let components = Components.weak(of: g)
        guard let label = components.largestLabel else { return nil }
        let members = components.members(of: label)
        let totals = MultiSourceHopSearch.parallelTotals(g, sources: members, blocked: -1)
        return (totals.eccentricity, totals.distance, members.count)
    }
}
