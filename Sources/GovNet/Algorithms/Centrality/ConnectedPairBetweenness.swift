extension Centrality {
    /// Betweenness as a share of the pairs that can reach each other: for each node v, the number of
    /// shortest paths through v summed over pairs (s, t), s ≠ v ≠ t, each pair's paths counting
    /// σ_st(v)/σ_st (Freeman 1977), divided by the number of such pairs in which t is reachable from s.
    ///
    /// Pairs are ordered on a directed graph and unordered on an undirected one. The usual
    /// normalisation divides by all (n − 1)(n − 2) pairs, so on a network in several pieces it
    /// understates how much of the *possible* traffic a broker carries; this share answers "of the
    /// departments that are connected at all, how many of their shortest paths run through v". A node
    /// with no connected pair around it gets 0.
    ///
    /// Example: on the path a – b – c plus an isolated d, b carries 100% of the one connected pair
    /// (a, c) not involving it, while NetworkX's normalised betweenness gives 1/3.
    ///
    /// - Returns: one share in [0, 1] per node (hops; unweighted).
    /// - Complexity: O(n·m) time (Brandes' sums plus one breadth-first search per node), O(n) extra space.
    public static func connectedPairBetweenness(of graph: Graph) -> [Double] {
        connectedPairParts(of: graph).share
    }

    /// ``connectedPairBetweenness(of:)`` together with NetworkX's normalised betweenness
    /// (``betweenness(of:length:normalized:)``), from one set of Brandes sums: the breadth-first
    /// search of each source also counts the nodes it reaches, so the connected pairs need no second
    /// search. Both arrays are bit for bit those of the two separate functions.
    /// - Complexity: O(n·m) time, one Brandes pass; O(chunks · n) extra space.
    public static func connectedPairParts(of graph: Graph) -> (share: [Double], normalized: [Double]) {
        let n = graph.nodeCount
        guard n > 2 else { return ([Double](repeating: 0, count: n), betweenness(of: graph)) }
        // Per chunk: node sums [0, n), nodes each source reaches [n, 2n), sources reaching each node [2n, 3n).
        let total = graph.withOutAdjacency { adj in
            SourceChunks.sum(count: n, length: 3 * n, chunks: ParallelChunks.standard) { range, buffer in
                let search = ShortestPathSearch(nodeCount: n, slotCount: adj.targets.count)
                let nodeScore = UnsafeMutableBufferPointer(rebasing: buffer[0..<n])
                let noEdges = UnsafeMutableBufferPointer(rebasing: buffer[n..<n])
                for s in range {
                    search.breadthFirstDAG(from: s, adj, recordSlots: false)
                    search.accumulateDAG(adj, score: nodeScore, edgeScore: noEdges)
                    let reached = search.reached
                    buffer[n + s] += Double(reached - 1)
                    for i in 1..<max(1, reached) { buffer[2 * n + Int(search.order[i])] += 1 }
                }
            }
        }
        let sums = Array(total[0..<n])
        let rawScale = nodeBetweennessScale(nodeCount: n, directed: graph.isDirected, normalized: false)
        let normScale = nodeBetweennessScale(nodeCount: n, directed: graph.isDirected, normalized: true)
        let raw = rawScale == 1 ? sums : sums.map { $0 * rawScale }
        let normalized = normScale == 1 ? sums : sums.map { $0 * normScale }
        var pairsTotal = 0
        for s in 0..<n { pairsTotal += Int(total[n + s]) }
        let share = (0..<n).map { v in
            var pairs = pairsTotal - Int(total[n + v]) - Int(total[2 * n + v])
            if !graph.isDirected { pairs /= 2 }  // each unordered pair was counted from both ends
            return pairs > 0 ? raw[v] / Double(pairs) : 0
        }
        return (share, normalized)
    }
}
