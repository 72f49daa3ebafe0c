extension Clustering {
    /// Transitivity (global clustering coefficient).
    ///
    /// Definition: `3 × triangles / connected triples` = `Σ_v 2T_v / Σ_v d_v(d_v − 1)`, weights ignored.
    /// On a directed graph this is NetworkX's `transitivity(G)` as is: for every node `v`, the ordered
    /// pairs `(w, u)` of out-neighbours of `v` with an arc `w→u`, over `Σ_v d⁺_v(d⁺_v − 1)`. For the
    /// direction-blind value (igraph's `transitivity_undirected`) pass
    /// `graph.undirectedProjection().graph`.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: a value in [0, 1]; `0` when there is no triangle (including the empty graph), as
    ///   NetworkX.
    /// - Complexity: undirected O(n + m^{3/2}) (forward triangle enumeration); directed O(Σ_v deg⁺(v)²);
    ///   O(n) extra space per parallel chunk.
    ///
    /// References: Newman, Strogatz & Watts (2001), "Random graphs with arbitrary degree distributions
    /// and their applications", Phys. Rev. E 64:026118, doi:10.1103/PhysRevE.64.026118. Matches
    /// NetworkX `transitivity` (Graph and DiGraph) and, on undirected graphs, igraph
    /// `igraph_transitivity_undirected`.
    public static func transitivity(of graph: Graph) -> Double {
        let n = graph.nodeCount
        guard n > 0 else { return 0 }
        if !graph.isDirected {
            var triples = 0
            for v in 0..<n { let d = graph.outDegree(v); triples += d * (d - 1) }
            let triangles = TriangleCounts.perNode(graph, weighted: false, maxWeight: 1).reduce(0, +)  // 3 per triangle
            return triangles == 0 ? 0 : 2 * triangles / Double(triples)
        }
        // Directed, as NetworkX: ordered pairs (w, u) of out-neighbours of v with an arc w → u.
        let g = graph
        let parts = ParallelChunks.map(count: n, chunks: 8) { range -> (Int, Int) in
            var stamp = [Int32](repeating: -1, count: n)
            var closed = 0, triples = 0
            for v in range {
                let lo = Int(g.offsets[v]), hi = Int(g.offsets[v + 1])
                let d = hi - lo
                if d < 2 { continue }
                triples += d * (d - 1)
                for p in lo..<hi { stamp[Int(g.targets[p])] = Int32(v) }
                for p in lo..<hi {
                    let j = Int(g.targets[p])
                    for q in Int(g.offsets[j])..<Int(g.offsets[j + 1]) where stamp[Int(g.targets[q])] == Int32(v) {
                        closed += 1
                    }
                }
            }
            return (closed, triples)
        }
        let closed = parts.reduce(0) { $0 + $1.0 }, triples = parts.reduce(0) { $0 + $1.1 }
        return closed == 0 ? 0 : Double(closed) / Double(triples)
    }
}
