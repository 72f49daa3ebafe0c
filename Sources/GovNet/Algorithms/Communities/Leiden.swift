extension Communities {
    /// Communities by the Leiden algorithm: fast local moves, a refinement that splits every community
    /// into well-connected sub-communities, and aggregation of the refined partition — so every
    /// community returned is connected (unlike Louvain's, which can be internally disconnected).
    ///
    /// Each pass: (1) *move nodes fast* — a queue of nodes in seeded shuffled order; each node goes to
    /// the community (or an empty one) with the largest modularity gain, and its neighbours outside
    /// that community are queued again; (2) *refine* — within each community, starting from singletons
    /// and visiting nodes in seeded shuffled order, a still-singleton, well-connected node joins the
    /// well-connected sub-community with the largest positive gain (the deterministic θ → 0 limit of
    /// the paper's randomised choice; ties to the lowest index); (3) *aggregate* the refined partition,
    /// the unrefined one giving the initial communities of the next level. Passes repeat from the
    /// partition found while modularity improves by more than 10⁻⁷ (at most 10 passes), and the best of several seeded runs is kept
    /// (as for ``louvain(of:weighted:resolution:using:)``). Directed graphs are projected onto undirected
    /// ones first and scored there (see ``louvain(of:weighted:resolution:using:)``).
    ///
    /// - Parameters:
    ///   - graph: any graph (directed graphs: their undirected projection).
    ///   - weighted: use edge weights.
    ///   - resolution: γ of the modularity.
    ///   - rng: seeded generator; the same seed gives the same partition on every machine.
    /// - Returns: the partition, labels in order of lowest node index; singletons with modularity
    ///   `nan` on a graph without edges.
    /// - Complexity: O(m) per local-move sweep and per refinement; a few passes of O(log n) levels in
    ///   practice. O(n + m) space.
    ///
    /// References: Traag, V. A., Waltman, L. & van Eck, N. J. (2019). From Louvain to Leiden:
    /// guaranteeing well-connected communities. *Scientific Reports* 9, 5233,
    /// doi:10.1038/s41598-019-41695-z. Compare igraph `community_leiden(objective_function="modularity")`
    /// and leidenalg `ModularityVertexPartition`.
    public static func leiden(of graph: Graph, weighted: Bool, resolution: Double = 1,
                              using rng: inout SeededGenerator) -> Partition {
        bestOfRestarts(graph.isDirected ? graph.undirectedProjection().graph : graph,
                       weighted: weighted, resolution: resolution, using: &rng, leidenRun)
    }

    /// One Leiden run (see ``leiden(of:weighted:resolution:using:)``).
    static func leidenRun(_ graph: Graph, _ weighted: Bool, _ resolution: Double, _ rng: inout SeededGenerator) -> Partition {
        let n = graph.nodeCount
        let base = CommunityGraph(graph, weighted: weighted)
        var labels = (0..<n).map { Int32($0) }
        guard base.total > 0 else { return partition(graph, labels: labels, weighted: weighted, resolution: resolution) }
        var quality = base.modularity(labels, count: n, resolution: resolution)
        for _ in 0..<10 {
            let next = compact(leidenPass(base, initial: labels, resolution: resolution, rng: &rng))
            let q = base.modularity(next.labels, count: next.count, resolution: resolution)
            if q <= quality + 1e-7 { break }  // NetworkX louvain threshold
            quality = q
            labels = next.labels
        }
        return partition(graph, labels: labels, weighted: weighted, resolution: resolution)
    }

    /// One Leiden pass from `initial` (labels in `0..<n`); returns labels of the original nodes.
    static func leidenPass(_ base: CommunityGraph, initial: [Int32], resolution: Double,
                           rng: inout SeededGenerator) -> [Int32] {
        var g = base
        var communities = initial
        var nodeToCurrent = (0..<base.nodeCount).map { Int32($0) }
        while true {
            communities = moveNodesFast(g, initial: communities, resolution: resolution, rng: &rng)
            let (labels, count) = compact(communities)
            if count == g.nodeCount { communities = labels; break }
            var (refined, refinedCount) = compact(refine(g, communities: labels, resolution: resolution, rng: &rng))
            if refinedCount == g.nodeCount { (refined, refinedCount) = (labels, count) }  // nothing to merge: plain aggregation
            var nextCommunities = [Int32](repeating: 0, count: refinedCount)
            for v in 0..<g.nodeCount { nextCommunities[Int(refined[v])] = labels[v] }
            for v in 0..<nodeToCurrent.count { nodeToCurrent[v] = refined[Int(nodeToCurrent[v])] }
            g = g.aggregated(by: refined, count: refinedCount)
            communities = nextCommunities
        }
        return nodeToCurrent.map { communities[Int($0)] }
    }

    /// Leiden's queue-based local moving; a node may also move to an empty community.
    static func moveNodesFast(_ g: CommunityGraph, initial: [Int32], resolution: Double,
                              rng: inout SeededGenerator) -> [Int32] {
        let n = g.nodeCount
        var state = CommunityState(graph: g, membership: initial)
        var empty: [Int32] = []
        for c in stride(from: n - 1, through: 0, by: -1) where state.size[c] == 0 { empty.append(Int32(c)) }
        var order = Array(0..<n)
        order.seededShuffle(using: &rng)
        var queue = order.map { Int32($0) }
        var head = 0, length = n
        var queued = [Bool](repeating: true, count: n)
        while length > 0 {
            let v = Int(queue[head]); head = (head + 1) % n; length -= 1
            queued[v] = false
            let own = Int(state.membership[v])
            let spare = empty.last.map { Int($0) }
            let best = state.moveBest(v, g, resolution: resolution, emptyCommunity: spare)
            if best == own { continue }
            if let spare, best == spare { empty.removeLast() }
            if state.size[own] == 0 { empty.append(Int32(own)) }
            for a in g.offsets[v]..<g.offsets[v + 1] {
                let w = Int(g.targets[a])
                if !queued[w] && Int(state.membership[w]) != best {
                    queued[w] = true
                    queue[(head + length) % n] = Int32(w); length += 1
                }
            }
        }
        return state.membership
    }

    /// Leiden's refinement (MergeNodesSubset for every community), greedy: returns refined labels
    /// (each a node index of the sub-community's first member).
    static func refine(_ g: CommunityGraph, communities: [Int32], resolution: Double,
                       rng: inout SeededGenerator) -> [Int32] {
        let n = g.nodeCount
        let m = g.total
        var refined = (0..<n).map { Int32($0) }
        var rOut = g.outStrength, rIn = g.inStrength
        var size = [Int32](repeating: 1, count: n)
        var cOut = [Double](repeating: 0, count: n), cIn = cOut
        var external = [Double](repeating: 0, count: n)  // weight from a sub-community to the rest of its community
        for v in 0..<n {
            let c = Int(communities[v])
            cOut[c] += g.outStrength[v]; cIn[c] += g.inStrength[v]
            for a in g.offsets[v]..<g.offsets[v + 1] where communities[Int(g.targets[a])] == communities[v] {
                external[v] += g.weights[a]
            }
        }
        func wellConnected(_ r: Int, _ c: Int) -> Bool {
            external[r] >= resolution * (rOut[r] * (cIn[c] - rIn[r]) + rIn[r] * (cOut[c] - rOut[r])) / m - 1e-12 * m
        }
        var order = Array(0..<n)
        order.seededShuffle(using: &rng)
        var row = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        for v in order {
            guard refined[v] == Int32(v) && size[v] == 1 else { continue }
            let c = Int(communities[v])
            guard wellConnected(v, c) else { continue }
            for a in g.offsets[v]..<g.offsets[v + 1] {
                let u = Int(g.targets[a])
                guard communities[u] == communities[v] else { continue }
                let r = Int(refined[u])
                if !seen[r] { seen[r] = true; touched.append(Int32(r)) }
                row[r] += g.weights[a]
            }
            var best = -1, bestGain = 0.0
            let eps = 1e-13 * m
            for r32 in touched {
                let r = Int(r32)
                guard r != v, wellConnected(r, c) else { continue }
                let x = row[r] - resolution * (g.outStrength[v] * rIn[r] + g.inStrength[v] * rOut[r]) / m
                if x > bestGain + eps || (best >= 0 && abs(x - bestGain) <= eps && r < best) { best = r; bestGain = x }
            }
            if best >= 0 {
                refined[v] = Int32(best)
                rOut[best] += g.outStrength[v]; rIn[best] += g.inStrength[v]; size[best] += 1; size[v] = 0
                external[best] += external[v] - 2 * row[best]
            }
            for r in touched { row[Int(r)] = 0; seen[Int(r)] = false }
            touched.removeAll(keepingCapacity: true)
        }
        return refined
    }
}
