extension Centrality {
    /// Harmonic centrality of every node, exactly NetworkX `harmonic_centrality(G, distance=…)`.
    ///
    /// Definition: H(u) = Σ_{v ≠ u} 1 / d(v, u), where unreachable pairs add 0 (1/∞). Distances are
    /// *inward* on a directed graph (NetworkX adds 1/d(v, u) to u for every source v); the value is
    /// not normalised (divide by n − 1 for a value in [0, 1]).
    ///
    /// Example: on the path a – b – c, harmonic centrality is `[1.5, 2, 1.5]`.
    ///
    /// - Parameters:
    ///   - graph: any graph; isolated nodes get 0.
    ///   - length: edge lengths, as in ``betweenness(of:length:normalized:)``.
    /// - Returns: one value per node index; 0 for a node nothing reaches; empty for the empty graph.
    /// - Complexity: unweighted, O(⌈n/64⌉·L·(n + m)) for eccentricity L by 64-source bit-parallel
    ///   breadth-first search; weighted, O(n·(m + n log n)) by Dijkstra; O(16·n) extra space.
    ///
    /// References: M. Marchiori and V. Latora, "Harmony in the small-world", Physica A
    /// 285(3–4):539–546, 2000, doi:10.1016/S0378-4371(00)00311-3; P. Boldi and S. Vigna, "Axioms for
    /// centrality", Internet Mathematics 10(3–4):222–262, 2014, doi:10.1080/15427951.2013.865686.
    /// Matches NetworkX `harmonic_centrality` (igraph `igraph_harmonic_centrality` with
    /// `normalized = false` and mode IN).
    public static func harmonic(of graph: Graph, length: PathLength = .hops) -> [Double] {
        harmonic(of: graph, length: length, chunks: ParallelChunks.standard)
    }

    /// ``harmonic(of:length:)`` with an explicit number of chunks (1 = sequential).
    static func harmonic(of graph: Graph, length: PathLength, chunks: Int) -> [Double] {
        if length == .hops { return inwardHopTotals(graph, chunks: chunks).harmonic }
        return perNodeInwardSearch(graph, length: length, chunks: chunks) { search, weighted in
            var total = 0.0
            if weighted {
                for i in 1..<Swift.max(search.reached, 1) { total += 1 / search.distance[Int(search.order[i])] }
            } else {
                for i in 1..<Swift.max(search.reached, 1) { total += 1 / Double(search.hops[Int(search.order[i])]) }
            }
            return total
        }
    }
}
