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
        let projection = Graph(undirectedSortedPairs: pairs, weights: pairWeights, nodeCount: nodeCount,
                               weighted: isWeighted)
        return (projection, edgeOfArc)
    }

    /// An undirected graph from pairs `(u, v)`, `u < v`, already sorted and unique: the same graph
    /// `Graph(nodeCount:edges:weights:directed: false)` builds, without its O(m log m) sort.
    /// - Complexity: O(n + m).
    init(undirectedSortedPairs pairs: [(Int32, Int32)], weights pairWeights: [Double], nodeCount n: Int, weighted: Bool) {
        let m = pairs.count
        var offsets = [Int32](repeating: 0, count: n + 1)
        for (u, v) in pairs { offsets[Int(u) + 1] += 1; offsets[Int(v) + 1] += 1 }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var cursor = Array(offsets[0..<n])
        var targets = [Int32](repeating: 0, count: 2 * m)
        var slotWeights = [Double](repeating: 0, count: 2 * m)
        var slotEdges = [Int32](repeating: 0, count: 2 * m)
        let ws = weighted ? pairWeights : [Double](repeating: 1, count: m)
        // Smaller neighbours first (pairs (u, x) arrive in increasing u), then larger ones: every
        // adjacency comes out sorted, as in `Graph.init`.
        for e in 0..<m {
            let (u, v) = pairs[e]
            let c = Int(cursor[Int(v)]); cursor[Int(v)] += 1
            targets[c] = u; slotWeights[c] = ws[e]; slotEdges[c] = Int32(e)
        }
        for e in 0..<m {
            let (u, v) = pairs[e]
            let c = Int(cursor[Int(u)]); cursor[Int(u)] += 1
            targets[c] = v; slotWeights[c] = ws[e]; slotEdges[c] = Int32(e)
        }
        self.nodeCount = n
        self.isDirected = false
        self.isWeighted = weighted
        self.offsets = offsets; self.targets = targets; self.weights = slotWeights; self.slotEdges = slotEdges
        self.inOffsets = offsets; self.inSources = targets; self.inWeights = slotWeights; self.inSlotEdges = slotEdges
        self.edgeSources = pairs.map { $0.0 }
        self.edgeTargets = pairs.map { $0.1 }
        self.edgeWeights = ws
        self.droppedSelfLoops = 0
        #if GOVNET_INTERNAL_CHECKS
        _checkInvariants()
        #endif
    }
}
