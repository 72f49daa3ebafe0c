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
        let n = graph.nodeCount
        guard n > 2 else { return [Double](repeating: 0, count: n) }
        let raw = betweenness(of: graph, length: .hops, normalized: false)
        // out[v]: nodes v reaches; into[v]: nodes that reach v (both excluding v); total: ordered pairs.
        var out = [Int](repeating: 0, count: n), into = [Int](repeating: 0, count: n)
        var total = 0
        for s in 0..<n {
            let seen = graph.reachable(from: s)
            for t in 0..<n where t != s && seen[t] { out[s] += 1; into[t] += 1; total += 1 }
        }
        return (0..<n).map { v in
            var pairs = total - out[v] - into[v]
            if !graph.isDirected { pairs /= 2 }  // each unordered pair was counted from both ends
            return pairs > 0 ? raw[v] / Double(pairs) : 0
        }
    }
}
