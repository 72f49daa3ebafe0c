extension Communities {
    /// Communities by the Louvain method: greedy local moves of single nodes, then aggregation of
    /// communities into nodes, repeated until modularity stops improving.
    ///
    /// Each level visits the nodes in a seeded shuffled order and moves each to the neighbouring
    /// community with the largest modularity gain (ties to the lowest community index; a node stays
    /// unless the gain is strictly positive), sweeping until a sweep moves nothing; then every
    /// community becomes one node of the next level's graph. Directed graphs are optimised for the
    /// directed modularity (Leicht–Newman null model `k⁺_u k⁻_v / m`, as NetworkX's
    /// `louvain_communities` does for a `DiGraph`), so ``Partition/modularity`` is the same number
    /// ``modularity(of:membership:weighted:resolution:)`` gives.
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - weighted: use edge weights.
    ///   - resolution: γ of the modularity.
    ///   - rng: seeded generator; the same seed gives the same partition on every machine.
    /// - Returns: the partition of the last level, labels in order of lowest node index. A graph with
    ///   no edges gives singletons with modularity `nan`.
    /// - Complexity: O(m) per sweep; in practice a few sweeps per level and O(log n) levels. O(n + m)
    ///   space.
    ///
    /// References: Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast
    /// unfolding of communities in large networks. *J. Stat. Mech.* P10008,
    /// doi:10.1088/1742-5468/2008/10/P10008; Dugué, N. & Perez, A. (2015), directed Louvain,
    /// hal-01231784. Matches the method of NetworkX `community.louvain_communities` (reaching at least
    /// its modularity on the oracle graphs; the partitions differ with the random order).
    public static func louvain(of graph: Graph, weighted: Bool, resolution: Double = 1,
                               using rng: inout SeededGenerator) -> Partition {
        let n = graph.nodeCount
        var g = CommunityGraph(graph, weighted: weighted)
        var nodeToCurrent = (0..<n).map { Int32($0) }  // original node → node of the current level
        guard g.total > 0 else { return partition(graph, labels: nodeToCurrent, weighted: weighted, resolution: resolution) }
        var quality = g.modularity(nodeToCurrent, count: n, resolution: resolution)
        while true {
            var state = CommunityState(graph: g, membership: (0..<g.nodeCount).map { Int32($0) })
            var order = Array(0..<g.nodeCount)
            order.seededShuffle(using: &rng)
            var moved = false
            var sweeping = true
            while sweeping {
                sweeping = false
                for v in order {
                    let before = state.membership[v]
                    if state.moveBest(v, g, resolution: resolution) != Int(before) { sweeping = true; moved = true }
                }
            }
            if !moved { break }
            let (labels, count) = compact(state.membership)
            let q = g.modularity(labels, count: count, resolution: resolution)
            if q <= quality + 1e-12 { break }
            quality = q
            for v in 0..<n { nodeToCurrent[v] = labels[Int(nodeToCurrent[v])] }
            g = g.aggregated(by: labels, count: count)
        }
        return partition(graph, labels: nodeToCurrent, weighted: weighted, resolution: resolution)
    }

    /// Relabels communities `0..<count` in order of first appearance.
    static func compact(_ membership: [Int32]) -> (labels: [Int32], count: Int) {
        var map = [Int32](repeating: -1, count: membership.count)
        var next: Int32 = 0
        var labels = membership
        for (v, c) in membership.enumerated() {
            if map[Int(c)] < 0 { map[Int(c)] = next; next += 1 }
            labels[v] = map[Int(c)]
        }
        return (labels, Int(next))
    }
}
