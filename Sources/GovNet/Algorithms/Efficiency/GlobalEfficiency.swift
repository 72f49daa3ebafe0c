/// Efficiency: how easily departments reach each other, in the harmonic sense that tolerates
/// disconnection (Latora & Marchiori 2001).
public enum Efficiency {
    /// Global efficiency.
    ///
    /// Definition: `E = Σ_{u≠v} 1/d(u, v) / (n(n − 1))` with hop distances, `1/∞ = 0` for unreachable
    /// pairs; a directed graph is measured on its undirected projection (NetworkX's
    /// `global_efficiency` is undirected-only). Weights are ignored.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: a value in [0, 1]; `0` when n < 2 (as NetworkX).
    /// - Complexity: O(n·(n + m)) time in the worst case, in practice O(n/64 · D · (n + m)) for
    ///   diameter D: bit-parallel breadth-first search from 64 sources at once, batches split into a fixed
    ///   number of chunks across cores and summed in chunk order (deterministic); O(n) words per chunk.
    ///
    /// References: Latora & Marchiori (2001), "Efficient behavior of small-world networks", Phys. Rev.
    /// Lett. 87:198701, doi:10.1103/PhysRevLett.87.198701. Matches NetworkX `global_efficiency`; igraph
    /// `igraph_global_efficiency` (unweighted).
    public static func global(of graph: Graph) -> Double {
        let g = graph.isDirected ? graph.undirectedProjection().graph : graph
        return inverseDistanceSum(g, blocked: -1) / pairs(g.nodeCount)
    }

    /// `n(n − 1)`, or `.infinity` when n < 2 so that dividing by it gives the NetworkX value 0.
    static func pairs(_ n: Int) -> Double { n < 2 ? .infinity : Double(n) * Double(n - 1) }

    /// Σ over ordered pairs of 1/d in an undirected graph, with node `blocked` (or none, `-1`) removed.
    static func inverseDistanceSum(_ g: Graph, blocked: Int) -> Double {
        let n = g.nodeCount
        guard n >= 2 else { return 0 }
        let sources = (0..<Int32(n)).filter { Int($0) != blocked }
        return MultiSourceHopSearch.parallelTotals(g, sources: sources, blocked: blocked).inverseDistance
    }
}
