/// The weighted graph Louvain and Leiden work on: the input graph at the first level, then graphs of
/// communities. Internal.
///
/// Both directions are folded into one symmetric adjacency: `c_uv = w(u→v) + w(v→u)` for `u ≠ v`,
/// with out- and in-strengths kept apart so the directed null model `k⁺_u k⁻_v / m` stays exact; an
/// undirected edge is two opposite arcs (`c_uv = 2w`, `m` = twice the edge weight). Modularity is
/// then one formula for both cases: `Q = Σ_c [L_c/m − γ K⁺_c K⁻_c / m²]`, where `L_c` is the arc
/// weight inside `c` (self-loops of aggregated nodes included).
struct CommunityGraph: Sendable {
    var nodeCount: Int
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    /// Arc weight `u → u` (the weight inside an aggregated community).
    var selfWeight: [Double]
    var outStrength: [Double]
    var inStrength: [Double]
    /// Total arc weight `m`.
    var total: Double

    /// The first level: the graph itself (undirected edges as two arcs).
    init(_ g: Graph, weighted: Bool) {
        let nb = MutualNeighborhood(g, weighted: weighted)
        nodeCount = g.nodeCount
        offsets = nb.offsets.map { Int($0) }
        targets = nb.targets
        weights = nb.weights
        selfWeight = [Double](repeating: 0, count: g.nodeCount)
        var out = [Double](repeating: 0, count: g.nodeCount), inn = out
        for e in 0..<g.edgeCount {
            let w = weighted ? g.edgeWeights[e] : 1
            let u = Int(g.edgeSources[e]), v = Int(g.edgeTargets[e])
            out[u] += w; inn[v] += w
            if !g.isDirected { out[v] += w; inn[u] += w }
        }
        outStrength = out; inStrength = inn
        total = out.reduce(0, +)
    }

    private init(nodeCount: Int, offsets: [Int], targets: [Int32], weights: [Double], selfWeight: [Double],
                 outStrength: [Double], inStrength: [Double], total: Double) {
        self.nodeCount = nodeCount; self.offsets = offsets; self.targets = targets; self.weights = weights
        self.selfWeight = selfWeight; self.outStrength = outStrength; self.inStrength = inStrength; self.total = total
    }

    /// The graph of communities: node `c` for each label `0..<count` of `membership`.
    /// - Complexity: O(n + m).
    func aggregated(by membership: [Int32], count: Int) -> CommunityGraph {
        // Group nodes by community (counting sort), then sum each community's arcs in a dense scratch row.
        var start = [Int](repeating: 0, count: count + 1)
        for c in membership { start[Int(c) + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var members = [Int32](repeating: 0, count: nodeCount)
        var cursor = Array(start[0..<count])
        for v in 0..<nodeCount { let c = Int(membership[v]); members[cursor[c]] = Int32(v); cursor[c] += 1 }

        var offs = [Int](repeating: 0, count: count + 1)
        var tg: [Int32] = [], wt: [Double] = []
        var selfW = [Double](repeating: 0, count: count)
        var out = [Double](repeating: 0, count: count), inn = out
        var row = [Double](repeating: 0, count: count)
        var touched: [Int32] = []
        for c in 0..<count {
            for k in start[c]..<start[c + 1] {
                let u = Int(members[k])
                selfW[c] += selfWeight[u]
                out[c] += outStrength[u]; inn[c] += inStrength[u]
                for a in offsets[u]..<offsets[u + 1] {
                    let d = Int(membership[Int(targets[a])])
                    if d == c {
                        selfW[c] += weights[a] / 2  // each internal pair is seen from both ends
                    } else {
                        if row[d] == 0 { touched.append(Int32(d)) }
                        row[d] += weights[a]
                    }
                }
            }
            touched.sort()
            for d in touched { tg.append(d); wt.append(row[Int(d)]); row[Int(d)] = 0 }
            touched.removeAll(keepingCapacity: true)
            offs[c + 1] = tg.count
        }
        return CommunityGraph(nodeCount: count, offsets: offs, targets: tg, weights: wt, selfWeight: selfW,
                              outStrength: out, inStrength: inn, total: total)
    }

    /// Modularity of a partition of this graph.
    func modularity(_ membership: [Int32], count: Int, resolution: Double) -> Double {
        guard total > 0 else { return .nan }
        var inside = [Double](repeating: 0, count: count)
        var kOut = inside, kIn = inside
        for u in 0..<nodeCount {
            let c = Int(membership[u])
            inside[c] += selfWeight[u]
            kOut[c] += outStrength[u]; kIn[c] += inStrength[u]
            for a in offsets[u]..<offsets[u + 1] where membership[Int(targets[a])] == Int32(c) { inside[c] += weights[a] / 2 }
        }
        var q = 0.0
        for c in 0..<count { q += inside[c] / total - resolution * kOut[c] * kIn[c] / (total * total) }
        return q
    }
}

/// Community bookkeeping for local moves: labels, per-community strength totals, and a scratch row of
/// the weights from the node being moved to each neighbouring community. Internal.
struct CommunityState {
    var membership: [Int32]
    var sumOut: [Double]
    var sumIn: [Double]
    var size: [Int32]
    private var neighborWeight: [Double]
    private var neighborSeen: [Bool]
    private(set) var neighborCommunities: [Int32] = []

    init(graph: CommunityGraph, membership: [Int32]) {
        let n = graph.nodeCount
        self.membership = membership
        sumOut = [Double](repeating: 0, count: n)
        sumIn = sumOut
        size = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            let c = Int(membership[v])
            sumOut[c] += graph.outStrength[v]; sumIn[c] += graph.inStrength[v]; size[c] += 1
        }
        neighborWeight = [Double](repeating: 0, count: n)
        neighborSeen = [Bool](repeating: false, count: n)
    }

    /// Collects the weight from `v` to each community among its neighbours (own community included).
    mutating func gatherNeighbors(of v: Int, in g: CommunityGraph) {
        for c in neighborCommunities { neighborWeight[Int(c)] = 0; neighborSeen[Int(c)] = false }
        neighborCommunities.removeAll(keepingCapacity: true)
        for a in g.offsets[v]..<g.offsets[v + 1] {
            let c = Int(membership[Int(g.targets[a])])
            if !neighborSeen[c] { neighborSeen[c] = true; neighborCommunities.append(Int32(c)) }
            neighborWeight[c] += g.weights[a]
        }
    }

    /// Weight from the last gathered node to community `c`.
    func weight(to c: Int) -> Double { neighborSeen[c] ? neighborWeight[c] : 0 }

    mutating func remove(_ v: Int, _ g: CommunityGraph) {
        let c = Int(membership[v])
        sumOut[c] -= g.outStrength[v]; sumIn[c] -= g.inStrength[v]; size[c] -= 1
    }

    mutating func insert(_ v: Int, into c: Int, _ g: CommunityGraph) {
        membership[v] = Int32(c)
        sumOut[c] += g.outStrength[v]; sumIn[c] += g.inStrength[v]; size[c] += 1
    }

    /// Gain (times m) of putting the removed node `v` into community `c`:
    /// `c_{v,c} − γ (k⁺_v Σ⁻_c + k⁻_v Σ⁺_c) / m`.
    func gain(_ v: Int, into c: Int, _ g: CommunityGraph, resolution: Double) -> Double {
        weight(to: c) - resolution * (g.outStrength[v] * sumIn[c] + g.inStrength[v] * sumOut[c]) / g.total
    }

    /// Moves `v` to its best neighbouring community (own community if nothing is strictly better, ties
    /// by lowest community index); `allowEmpty` also offers `emptyCommunity` (gain 0). Returns the
    /// community it ends in.
    mutating func moveBest(_ v: Int, _ g: CommunityGraph, resolution: Double, emptyCommunity: Int? = nil) -> Int {
        gatherNeighbors(of: v, in: g)
        let own = Int(membership[v])
        remove(v, g)
        let ownGain = gain(v, into: own, g, resolution: resolution)
        var best = own, bestGain = ownGain
        let eps = 1e-13 * Swift.max(1, abs(ownGain))
        for c32 in neighborCommunities {
            let c = Int(c32)
            if c == own { continue }
            let x = gain(v, into: c, g, resolution: resolution)
            if best == own {
                if x > ownGain + eps { best = c; bestGain = x }
            } else if x > bestGain + eps || (abs(x - bestGain) <= eps && c < best) {
                best = c; bestGain = x
            }
        }
        if let e = emptyCommunity, best == own ? 0 > ownGain + eps : 0 > bestGain + eps {
            best = e
        }
        insert(v, into: best, g)
        return best
    }
}
