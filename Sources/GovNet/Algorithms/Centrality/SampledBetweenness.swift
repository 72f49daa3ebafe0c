extension Centrality {
    /// An estimate of normalised betweenness from a uniform sample of source nodes, as NetworkX
    /// `betweenness_centrality(G, k=samples, normalized=True, endpoints=False)`.
    ///
    /// Definition: `samples` distinct sources S are drawn uniformly without replacement; Brandes'
    /// dependencies δ_s(v) are summed over s ∈ S and scaled so that the estimate is unbiased for the
    /// exact normalised value *given whether v itself was drawn*: Σ_{s∈S} δ_s(v) / ((k − 1)(n − 2))
    /// for a sampled v (its own search adds nothing to it) and / (k (n − 2)) otherwise — NetworkX's
    /// `_rescale` with `sampled_nodes`. With k ≥ n the result is exact; k is raised to 2 when smaller
    /// (NetworkX gives NaN to the sampled node when k = 1).
    ///
    /// Guarantee: the exact value of v is the mean, over the n − 1 sources s ≠ v, of
    /// δ_s(v)/(n − 2) ∈ [0, 1], and the estimate is the mean over the k′ drawn sources other than v
    /// (k′ = k or k − 1). By Hoeffding's inequality (which holds for sampling without replacement),
    /// P(|estimate − exact| ≥ ε) ≤ 2·exp(−2 k′ ε²) for each node, and ≤ 2n·exp(−2 k′ ε²) for all
    /// nodes at once: k′ ≥ ln(2n/p) / (2ε²) sources give error ≤ ε everywhere with probability
    /// 1 − p (e.g. ε = 0.01, p = 0.05, n = 10 000: k′ ≈ 64 500).
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - length: edge lengths, as in ``betweenness(of:length:normalized:)``.
    ///   - samples: number of source nodes k (clamped to 2…n).
    ///   - using: the generator drawing the sources (the CLI's `--seed`); the same seed gives the same result.
    /// - Returns: one estimate per node index; zeros when n ≤ 2; empty for the empty graph.
    /// - Complexity: O(k·m) time unweighted, O(k·(m + n log n)) weighted; O(16·n) extra space.
    ///
    /// References: U. Brandes and C. Pich, "Centrality estimation in large networks", International
    /// Journal of Bifurcation and Chaos 17(7):2303–2318, 2007, doi:10.1142/S0218127407018403.
    /// Matches NetworkX `betweenness_centrality(k=…)` in distribution (not sample by sample: the
    /// generators differ).
    public static func sampledBetweenness(of graph: Graph, length: PathLength, samples: Int,
                                          using rng: inout SeededGenerator) -> [Double] {
        let n = graph.nodeCount
        let k = Swift.min(Swift.max(samples, 2), n)
        if k >= n { return betweenness(of: graph, length: length, normalized: true) }
        // Partial Fisher–Yates: the first k entries are a uniform k-subset in random order.
        var pool = (0..<n).map { Int32($0) }
        for i in 0..<k {
            let j = i + rng.nextInt(below: n - i)
            if i != j { pool.swapAt(i, j) }
        }
        var sources = Array(pool[0..<k])
        sources.sort()
        var score = brandesSums(graph, length: length, sources: sources).nodes
        guard n - 1 >= 2 else { return score }
        let pairs = Double(n - 2)
        let sourceScale = 1 / (Double(k - 1) * pairs)
        let otherScale = 1 / (Double(k) * pairs)
        var isSource = [Bool](repeating: false, count: n)
        for s in sources { isSource[Int(s)] = true }
        for v in 0..<n { score[v] *= isSource[v] ? sourceScale : otherScale }
        return score
    }
}
