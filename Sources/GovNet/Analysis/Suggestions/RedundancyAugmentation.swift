/// What a suggested tie is meant to improve.
public enum SuggestionObjective: String, Sendable, Hashable, CaseIterable {
    /// Fewer articulation points and bridges (lexicographically: cut points first).
    case biconnectivity
    /// Higher global efficiency.
    case efficiency
}

/// Greedy redundancy augmentation of an undirected graph: which new edges, added one at a time, most
/// improve it — first removing articulation points and bridges, then raising global efficiency.
///
/// Phase 1 (biconnectivity), while cut points or bridges remain: every candidate pair is tried and the
/// one whose addition gives the lexicographically smallest (articulation points, bridges) is chosen,
/// provided it is smaller than now; ties go to the larger efficiency gain, then to the smaller ids.
/// Phase 2 (efficiency): the candidate with the largest efficiency gain, found with lazy evaluation
/// (CELF): gains computed in an earlier round are upper bounds when the gain function is submodular, so
/// the best stale candidate is re-evaluated and taken only if it stays on top. Efficiency gains of
/// edge additions are not submodular in general, so this is the usual greedy heuristic, not a
/// guarantee; on ties the smaller ids win. Phase 2 stops at a zero gain. In both phases pairs touching a
/// deferred node (an overloaded hub) are chosen only when no other pair improves the objective.
///
/// Optimal biconnectivity augmentation (Eswaran & Tarjan 1976) adds ⌈leaves/2⌉ edges between the
/// leaf blocks of the block–cut tree; the greedy choice here is simpler, respects a list of allowed
/// pairs, and reports the exact effect of each edge.
///
/// References: Eswaran & Tarjan (1976), "Augmentation problems", SIAM J. Comput. 5(4):653–665,
/// doi:10.1137/0205044; Leskovec et al. (2007), "Cost-effective outbreak detection in networks",
/// KDD, doi:10.1145/1281192.1281239 (CELF); Latora & Marchiori (2001),
/// doi:10.1103/PhysRevLett.87.198701. The effect of each step equals NetworkX
/// `articulation_points`, `bridges` and `global_efficiency` recomputed on `G` plus the edge.
public enum RedundancyAugmentation {
    /// One chosen edge and its verified effect.
    public struct Step: Sendable, Equatable {
        /// Ends of the new edge (node indices; `a`'s id precedes `b`'s).
        public let a: Int32, b: Int32
        public let objective: SuggestionObjective
        /// Biconnectivity: the drop in cut points + bridges; efficiency: the efficiency increase.
        public let gain: Double
        /// Articulation points before the edge that are not after it.
        public let resolvedCutPoints: [Int32]
        /// Bridges before the edge that are not after it, `(smaller, larger)` index pairs.
        public let resolvedBridges: [[Int32]]
        /// State after the edge.
        public let cutPoints: Int, bridges: Int, efficiency: Double
    }

    /// Greedily chooses up to `budget` new edges.
    ///
    /// - Parameters:
    ///   - graph: the graph to augment; a directed graph is replaced by its undirected projection.
    ///   - ids: department id of each node (for tie-breaking).
    ///   - budget: at most this many edges.
    ///   - candidates: allowed pairs (either orientation); `nil` allows every non-adjacent pair.
    ///     Pairs already adjacent, loops and duplicates are ignored.
    ///   - deferred: nodes to spare (an overloaded hub): a pair touching one is chosen only when no
    ///     other pair improves the current objective.
    /// - Returns: the steps, in the order chosen (fewer than `budget` when nothing improves).
    /// - Complexity: phase 1, O(C·(n + m)) per step for C candidates, plus O(n²) per tied candidate;
    ///   phase 2, O(C·n²) for the first evaluation and O(n²) per re-evaluation; O(n²) memory for the
    ///   distance matrix. Candidate evaluations are spread across cores.
    public static func greedy(graph: Graph, ids: [String], budget: Int, candidates: [(Int32, Int32)]? = nil,
                              deferred: Set<Int32> = []) -> [Step] {
        var g = graph.isDirected ? graph.undirectedProjection().graph : graph
        let n = g.nodeCount
        precondition(ids.count == n)
        var pool = candidatePairs(g, ids: ids, candidates: candidates)
        // Tier 0: pairs sparing the deferred nodes; tier 1: the rest, tried when tier 0 cannot improve.
        var tier = pool.map { deferred.contains($0.0) || deferred.contains($0.1) ? 1 : 0 }
        var distances = DistanceMatrix(g)
        let counter = BlockCutCounter(nodeCount: n)
        var steps: [Step] = []
        var current = counter.count(g, extra: nil)
        var cutList: [Int32] = [], bridgeList: [(Int32, Int32)] = []
        _ = counter.count(g, extra: nil, cutPoints: &cutList, bridges: &bridgeList)

        // Phase 1: biconnectivity.
        while steps.count < budget && current.cutPoints + current.bridges > 0 && !pool.isEmpty {
            let frozen = g
            let scores = evaluate(pool, nodeCount: n) { counter, _, pair in counter.count(frozen, extra: pair) }
            var best: (Int, Int)? = nil, bestTier = 0
            for t in 0...1 where best == nil {
                for (i, s) in scores.enumerated() where tier[i] == t && (s.cutPoints, s.bridges) < (current.cutPoints, current.bridges) {
                    if best == nil || (s.cutPoints, s.bridges) < best! { best = (s.cutPoints, s.bridges); bestTier = t }
                }
            }
            guard let target = best else { break }
            let tied = pool.indices.filter { tier[$0] == bestTier && scores[$0].cutPoints == target.0 && scores[$0].bridges == target.1 }
            let dm = distances
            let gains = evaluate(tied.map { pool[$0] }, nodeCount: n) { _, counts, pair in dm.gain(Int(pair.0), Int(pair.1), counts: &counts) }
            var choice = 0
            for i in 1..<tied.count where gains[i] > gains[choice] { choice = i }  // pool order breaks ties by id
            let pair = pool[tied[choice]]
            let before = (cutList, bridgeList)
            g = adding(pair, to: g)
            distances.add(Int(pair.0), Int(pair.1))
            cutList = []; bridgeList = []
            let after = counter.count(g, extra: nil, cutPoints: &cutList, bridges: &bridgeList)
            steps.append(step(pair, .biconnectivity, gain: Double(current.cutPoints + current.bridges - after.cutPoints - after.bridges),
                              before: before, after: (cutList, bridgeList), state: after, efficiency: distances.efficiency))
            current = after
            pool.remove(at: tied[choice]); tier.remove(at: tied[choice])
        }

        // Phase 2: efficiency, lazy greedy.
        guard steps.count < budget && !pool.isEmpty else { return steps }
        let dm0 = distances
        var bound = evaluate(pool, nodeCount: n) { _, counts, pair in dm0.gain(Int(pair.0), Int(pair.1), counts: &counts) }
        var fresh = [Int](repeating: steps.count, count: pool.count)  // the round each bound was computed in
        var counts = [Int](repeating: 0, count: n + 1)
        while steps.count < budget && !pool.isEmpty {
            var top = -1
            for t in 0...1 where top < 0 {
                for i in pool.indices where tier[i] == t && bound[i] > 0 && (top < 0 || bound[i] > bound[top]) { top = i }
            }
            guard top >= 0 else { break }
            if fresh[top] != steps.count {
                bound[top] = distances.gain(Int(pool[top].0), Int(pool[top].1), counts: &counts)
                fresh[top] = steps.count
                continue
            }
            let pair = pool[top]
            let before = (cutList, bridgeList)
            g = adding(pair, to: g)
            distances.add(Int(pair.0), Int(pair.1))
            cutList = []; bridgeList = []
            let after = counter.count(g, extra: nil, cutPoints: &cutList, bridges: &bridgeList)
            steps.append(step(pair, .efficiency, gain: bound[top], before: before, after: (cutList, bridgeList),
                              state: after, efficiency: distances.efficiency))
            pool.remove(at: top); bound.remove(at: top); fresh.remove(at: top); tier.remove(at: top)
        }
        return steps
    }

    /// Candidate pairs, each `(a, b)` with `ids[a]` before `ids[b]`, deduplicated, non-adjacent, sorted by ids.
    static func candidatePairs(_ g: Graph, ids: [String], candidates: [(Int32, Int32)]?) -> [(Int32, Int32)] {
        let n = g.nodeCount
        var pairs: [(Int32, Int32)] = []
        func oriented(_ u: Int32, _ v: Int32) -> (Int32, Int32) {
            RemovalOrder.idPrecedes(ids[Int(u)], ids[Int(v)]) ? (u, v) : (v, u)
        }
        if let candidates {
            var seen = Set<UInt64>()
            for (u, v) in candidates where u != v && !g.hasEdge(u, v) {
                let key = UInt64(UInt32(Swift.min(u, v))) << 32 | UInt64(UInt32(Swift.max(u, v)))
                if seen.insert(key).inserted { pairs.append(oriented(u, v)) }
            }
        } else {
            for u in 0..<n {
                for v in (u + 1)..<Swift.max(u + 1, n) where !g.hasEdge(Int32(u), Int32(v)) {
                    pairs.append(oriented(Int32(u), Int32(v)))
                }
            }
        }
        pairs.sort { x, y in
            let (a, b) = (ids[Int(x.0)], ids[Int(y.0)])
            if a != b { return RemovalOrder.idPrecedes(a, b) }
            return RemovalOrder.idPrecedes(ids[Int(x.1)], ids[Int(y.1)])
        }
        return pairs
    }

    /// Evaluates `score` on every pair in parallel chunks, each chunk with its own cut counter and
    /// distance-count scratch; results in pair order.
    private static func evaluate<T: Sendable>(_ pairs: [(Int32, Int32)], nodeCount n: Int,
                                              _ score: @Sendable (BlockCutCounter, inout [Int], (Int32, Int32)) -> T) -> [T] {
        guard !pairs.isEmpty else { return [] }
        let all = pairs
        return ParallelChunks.map(count: all.count, chunks: Swift.min(all.count, 32)) { range -> [T] in
            let counter = BlockCutCounter(nodeCount: n)
            var counts = [Int](repeating: 0, count: n + 1)
            return range.map { score(counter, &counts, all[$0]) }
        }.flatMap { $0 }
    }

    /// `g` plus the undirected edge `pair`.
    static func adding(_ pair: (Int32, Int32), to g: Graph) -> Graph {
        var edges = (0..<g.edgeCount).map { (g.edgeSources[$0], g.edgeTargets[$0]) }
        edges.append(pair)
        return Graph(nodeCount: g.nodeCount, edges: edges, directed: false)
    }

    private static func step(_ pair: (Int32, Int32), _ objective: SuggestionObjective, gain: Double,
                             before: ([Int32], [(Int32, Int32)]), after: ([Int32], [(Int32, Int32)]),
                             state: (cutPoints: Int, bridges: Int), efficiency: Double) -> Step {
        let stillCut = Set(after.0)
        let stillBridge = Set(after.1.map { UInt64(UInt32($0.0)) << 32 | UInt64(UInt32($0.1)) })
        let cuts = before.0.filter { !stillCut.contains($0) }
        let bridges = before.1.filter { !stillBridge.contains(UInt64(UInt32($0.0)) << 32 | UInt64(UInt32($0.1))) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { [$0.0, $0.1] }
        return Step(a: pair.0, b: pair.1, objective: objective, gain: gain, resolvedCutPoints: cuts,
                    resolvedBridges: bridges, cutPoints: state.cutPoints, bridges: state.bridges, efficiency: efficiency)
    }
}
