extension Graph {
    /// The undirected projection: every arc `u→v` and `v→u` becomes one edge `{u, v}`.
    ///
    /// Definition: the projection has the same nodes and one undirected edge for each unordered pair
    /// joined by at least one arc; its weight is the sum of the weights of those arcs (so a reciprocated
    /// pair of weight-1 arcs has weight 2 on a weighted graph; an unweighted graph stays unweighted).
    /// Algorithms defined only on undirected graphs (articulation points, bridges, efficiency, diameter)
    /// run on it, as NetworkX runs them on `G.to_undirected()` (which keeps one arc's data instead of
    /// summing — the difference shows only in weighted metrics, and none of ours uses projected weights
    /// except where stated).
    ///
    /// - Returns: `graph`, the projection (`self` when already undirected), and `edgeOfArc`, for each
    ///   edge id of `self` the id of the projection edge it became (the identity when undirected).
    /// - Complexity: O(n + m) to merge the out- and in-adjacency of each node, plus the O(m log m)
    ///   construction of the result; the identity costs O(m) for `edgeOfArc` only.
    ///
    /// References: NetworkX `DiGraph.to_undirected(reciprocal=False)`; igraph `igraph_to_undirected`
    /// with `IGRAPH_TO_UNDIRECTED_COLLAPSE` and the `"sum"` attribute combination.
    public func undirectedProjection() -> (graph: Graph, edgeOfArc: [Int32]) {
        guard isDirected else {
            return (self, (0..<Int32(edgeCount)).map { $0 })
        }
        var pairs: [(Int32, Int32)] = []
        var pairWeights: [Double] = []
        pairs.reserveCapacity(edgeCount)
        pairWeights.reserveCapacity(edgeCount)
        var edgeOfArc = [Int32](repeating: -1, count: edgeCount)
        // Merge the sorted out- and in-adjacency of u, keeping neighbours v > u; pairs come out sorted
        // by (u, v), the order in which `Graph.init` numbers undirected edges, so pair k is edge k.
        for u in 0..<nodeCount {
            var a = Int(offsets[u]), b = Int(inOffsets[u])
            let aEnd = Int(offsets[u + 1]), bEnd = Int(inOffsets[u + 1])
            let u32 = Int32(u)
            while a < aEnd || b < bEnd {
                let va = a < aEnd ? targets[a] : Int32.max
                let vb = b < bEnd ? inSources[b] : Int32.max
                let v = Swift.min(va, vb)
                if v < u32 {
                    if va == v { a += 1 }
                    if vb == v { b += 1 }
                    continue
                }
                let id = Int32(pairs.count)
                var w = 0.0
                if va == v { w += weights[a]; edgeOfArc[Int(slotEdges[a])] = id; a += 1 }
                if vb == v { w += inWeights[b]; edgeOfArc[Int(inSlotEdges[b])] = id; b += 1 }
                pairs.append((u32, v))
                pairWeights.append(w)
            }
        }
        let projection = Graph(nodeCount: nodeCount, edges: pairs, weights: isWeighted ? pairWeights : nil,
                               directed: false)
        return (projection, edgeOfArc)
    }
}
