/// The buffers of Louvain runs on one graph, allocated once and reused by every level, pass and
/// restart (``Communities/louvain(of:weighted:resolution:using:)``). Internal.
///
/// A run is the method of ``Communities/louvainRun(_:_:_:_:)`` step for step — the same seeded node
/// orders, the same local moves (``CommunityState/moveBest(_:_:resolution:emptyCommunity:)``'s gain
/// and tie rules), the same aggregation (``CommunityGraph/aggregated(by:count:)``) and the same
/// floating-point sums in the same order — so it returns the same labels; only the allocations are
/// gone: level graphs live in two ping-pong buffers (an aggregated graph has no more nodes or arcs
/// than the one it comes from), and the community totals, neighbour weights, node order and
/// aggregation rows in buffers of the input's size.
///
/// Not thread-safe: one workspace per thread (each robustness draw builds its own).
/// - Complexity: O(n + m) space for n nodes and m arcs of the input.
final class LouvainWorkspace {
    /// A community graph in workspace buffers (the fields of ``CommunityGraph``).
    struct Level {
        var nodeCount: Int
        let offsets: UnsafeMutablePointer<Int>
        let targets: UnsafeMutablePointer<Int32>
        let weights: UnsafeMutablePointer<Double>
        let selfWeight: UnsafeMutablePointer<Double>
        let outStrength: UnsafeMutablePointer<Double>
        let inStrength: UnsafeMutablePointer<Double>

        init(nodes: Int, arcs: Int) {
            nodeCount = 0
            offsets = .allocate(capacity: nodes + 1)
            targets = .allocate(capacity: max(1, arcs))
            weights = .allocate(capacity: max(1, arcs))
            selfWeight = .allocate(capacity: max(1, nodes))
            outStrength = .allocate(capacity: max(1, nodes))
            inStrength = .allocate(capacity: max(1, nodes))
        }

        func deallocate() {
            offsets.deallocate(); targets.deallocate(); weights.deallocate()
            selfWeight.deallocate(); outStrength.deallocate(); inStrength.deallocate()
        }
    }

    let nodeCount: Int
    /// Total arc weight `m` (the same at every level).
    let total: Double
    /// Whether every node's out-strength equals its in-strength (an undirected input). Then every
    /// community's in- and out-totals are equal too, bit for bit, at every level (the same values
    /// summed in the same order), so the local moves keep one total per community and a gain's
    /// `k⁺ K⁻ + k⁻ K⁺` is `p + p` with `p = k⁺ K⁺` — the same number.
    let symmetric: Bool
    /// Level 0 (the input) and the two buffers coarser levels alternate between.
    private var levels: [Level]
    // Local moves: community of each node, community strengths, neighbour weights of the node moved.
    private let membership: UnsafeMutablePointer<Int32>
    private let sumOut: UnsafeMutablePointer<Double>
    private let sumIn: UnsafeMutablePointer<Double>
    private let neighborWeight: UnsafeMutablePointer<Double>
    private let neighborSeen: UnsafeMutablePointer<Bool>
    private let neighborCommunities: UnsafeMutablePointer<Int32>
    private var neighborCount = 0
    private var order: [Int]
    private let active: UnsafeMutablePointer<Bool>
    // Relabelling, the labels of the input's nodes, and the aggregation's counting sort and row.
    private let map: UnsafeMutablePointer<Int32>
    private let compacted: UnsafeMutablePointer<Int32>
    private let nodeToCurrent: UnsafeMutablePointer<Int32>
    private let start: UnsafeMutablePointer<Int>
    private let cursor: UnsafeMutablePointer<Int>
    private let members: UnsafeMutablePointer<Int32>
    private let row: UnsafeMutablePointer<Double>
    private let touched: UnsafeMutablePointer<Int32>
    // Modularity sums per community.
    private let inside: UnsafeMutablePointer<Double>
    private let kOut: UnsafeMutablePointer<Double>
    private let kIn: UnsafeMutablePointer<Double>
    /// The modularity of the singletons, computed by the first run.
    private var singletons: (resolution: Double, modularity: Double)?

    init(_ base: CommunityGraph) {
        let n = base.nodeCount, arcs = base.targets.count, size = max(1, n)
        nodeCount = n
        total = base.total
        symmetric = (0..<n).allSatisfy { base.outStrength[$0] == base.inStrength[$0] }
        levels = (0..<3).map { _ in Level(nodes: n, arcs: arcs) }
        let l = levels[0]
        levels[0].nodeCount = n
        for v in 0...n { l.offsets[v] = base.offsets[v] }
        for a in 0..<arcs { l.targets[a] = base.targets[a]; l.weights[a] = base.weights[a] }
        for v in 0..<n { l.selfWeight[v] = base.selfWeight[v]; l.outStrength[v] = base.outStrength[v]; l.inStrength[v] = base.inStrength[v] }
        func doubles() -> UnsafeMutablePointer<Double> { .allocate(capacity: size) }
        func ints() -> UnsafeMutablePointer<Int32> { .allocate(capacity: size) }
        func flags() -> UnsafeMutablePointer<Bool> { .allocate(capacity: size) }
        membership = ints(); sumOut = doubles(); sumIn = doubles()
        neighborWeight = doubles(); neighborWeight.initialize(repeating: 0, count: size)
        neighborSeen = flags(); neighborSeen.initialize(repeating: false, count: size)
        neighborCommunities = ints()
        order = []
        order.reserveCapacity(n)
        active = flags()
        map = ints(); compacted = ints(); nodeToCurrent = ints()
        start = .allocate(capacity: size + 1); cursor = .allocate(capacity: size)
        members = ints(); row = doubles(); row.initialize(repeating: 0, count: size); touched = ints()
        inside = doubles(); kOut = doubles(); kIn = doubles()
    }

    deinit {
        for l in levels { l.deallocate() }
        for p in [membership, neighborCommunities, map, compacted, nodeToCurrent, members, touched] { p.deallocate() }
        for p in [sumOut, sumIn, neighborWeight, row, inside, kOut, kIn] { p.deallocate() }
        neighborSeen.deallocate(); active.deallocate(); start.deallocate(); cursor.deallocate()
    }

    /// One Louvain run from singletons (``Communities/louvainRun(_:_:_:_:)``): labels of the input's
    /// nodes, numbered in order of first appearance.
    func run(resolution: Double, rng: inout SeededGenerator) -> [Int32] {
        let n = nodeCount
        var labels = (0..<n).map { Int32($0) }
        guard total > 0 else { return labels }
        // The singletons' modularity is the same in every run.
        if singletons?.resolution != resolution {
            singletons = (resolution, labels.withUnsafeBufferPointer { modularity(levels[0], $0.baseAddress!, count: n, resolution: resolution) })
        }
        var quality = singletons!.modularity
        for _ in 0..<32 {
            pass(initial: labels, resolution: resolution, rng: &rng)
            // compact(pass) into `compacted`, then its modularity on the input.
            let count = compact(nodeToCurrent, n, into: compacted)
            let q = modularity(levels[0], compacted, count: count, resolution: resolution)
            if q <= quality + 1e-7 { break }  // NetworkX louvain threshold
            quality = q
            for v in 0..<n { labels[v] = compacted[v] }
        }
        return labels
    }

    /// One multilevel pass (``Communities/louvainPass(_:initial:resolution:rng:)``): leaves the
    /// labels of the input's nodes in `nodeToCurrent`.
    private func pass(initial: [Int32], resolution: Double, rng: inout SeededGenerator) {
        for v in 0..<nodeCount { nodeToCurrent[v] = Int32(v); membership[v] = initial[v] }
        var current = 0
        while true {
            let g = levels[current]
            let n = g.nodeCount
            // CommunityState(graph:membership:) — `membership` holds the level's start.
            for c in 0..<n { sumOut[c] = 0; sumIn[c] = 0 }
            for v in 0..<n {
                let c = Int(membership[v])
                sumOut[c] += g.outStrength[v]
                if !symmetric { sumIn[c] += g.inStrength[v] }
            }
            clearNeighbors()
            order.removeAll(keepingCapacity: true)
            order.append(contentsOf: 0..<n)
            order.seededShuffle(using: &rng)
            for v in 0..<n { active[v] = true }
            var sweeping = true
            while sweeping {
                sweeping = false
                for i in 0..<n {
                    let v = order[i]
                    guard active[v] else { continue }
                    active[v] = false
                    let before = membership[v]
                    if moveBest(v, g, resolution: resolution) != before {
                        sweeping = true
                        for a in g.offsets[v]..<g.offsets[v + 1] { active[Int(g.targets[a])] = true }
                    }
                }
            }
            let count = compact(membership, n, into: compacted)
            for v in 0..<nodeCount { nodeToCurrent[v] = compacted[Int(nodeToCurrent[v])] }
            if count == n { break }
            let next = current == 1 ? 2 : 1
            aggregate(g, by: compacted, count: count, into: &levels[next])
            current = next
            for c in 0..<count { membership[c] = Int32(c) }
        }
    }

    private func clearNeighbors() {
        for i in 0..<neighborCount { let c = Int(neighborCommunities[i]); neighborWeight[c] = 0; neighborSeen[c] = false }
        neighborCount = 0
    }

    /// ``CommunityState/moveBest(_:_:resolution:emptyCommunity:)`` without an empty community.
    ///
    /// The same gains bit for bit, computed with less work: a community with no arc from `v` has
    /// neighbour weight 0 (the weights of the previous node's communities are cleared), and on a
    /// ``symmetric`` graph one community total serves both directions.
    @inline(__always)
    private func moveBest(_ v: Int, _ g: Level, resolution: Double) -> Int32 {
        let membership = self.membership, neighborWeight = self.neighborWeight, neighborSeen = self.neighborSeen
        let neighborCommunities = self.neighborCommunities, sumOut = self.sumOut, sumIn = self.sumIn
        let total = self.total, symmetric = self.symmetric
        var count = neighborCount
        for i in 0..<count { let c = Int(neighborCommunities[i]); neighborWeight[c] = 0; neighborSeen[c] = false }
        count = 0
        for a in g.offsets[v]..<g.offsets[v + 1] {
            let c = Int(membership[Int(g.targets[a])])
            if !neighborSeen[c] { neighborSeen[c] = true; neighborCommunities[count] = Int32(c); count += 1 }
            neighborWeight[c] += g.weights[a]
        }
        neighborCount = count
        let own = Int(membership[v])
        let kOutV = g.outStrength[v], kInV = g.inStrength[v]
        sumOut[own] -= kOutV
        if !symmetric { sumIn[own] -= kInV }
        @inline(__always) func gain(_ c: Int) -> Double {
            if symmetric {
                let p = kOutV * sumOut[c]
                return neighborWeight[c] - resolution * (p + p) / total
            }
            return neighborWeight[c] - resolution * (kOutV * sumIn[c] + kInV * sumOut[c]) / total
        }
        let ownGain = gain(own)
        var best = own, bestGain = ownGain
        let eps = 1e-13 * Swift.max(1, abs(ownGain))
        for i in 0..<count {
            let c = Int(neighborCommunities[i])
            if c == own { continue }
            let x = gain(c)
            if best == own {
                if x > ownGain + eps { best = c; bestGain = x }
            } else if x > bestGain + eps || (abs(x - bestGain) <= eps && c < best) {
                best = c; bestGain = x
            }
        }
        membership[v] = Int32(best)
        sumOut[best] += kOutV
        if !symmetric { sumIn[best] += kInV }
        return Int32(best)
    }

    /// ``Communities/compact(_:)``: `labels` relabelled `0..<count` in order of first appearance.
    private func compact(_ labels: UnsafeMutablePointer<Int32>, _ n: Int, into out: UnsafeMutablePointer<Int32>) -> Int {
        for i in 0..<n { map[i] = -1 }
        var next: Int32 = 0
        for v in 0..<n {
            let c = Int(labels[v])
            if map[c] < 0 { map[c] = next; next += 1 }
            out[v] = map[c]
        }
        return Int(next)
    }

    /// ``CommunityGraph/aggregated(by:count:)`` of `g` into `out`.
    private func aggregate(_ g: Level, by label: UnsafeMutablePointer<Int32>, count: Int, into out: inout Level) {
        for c in 0...count { start[c] = 0 }
        for v in 0..<g.nodeCount { start[Int(label[v]) + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        for c in 0..<count { cursor[c] = start[c] }
        for v in 0..<g.nodeCount { let c = Int(label[v]); members[cursor[c]] = Int32(v); cursor[c] += 1 }
        out.nodeCount = count
        out.offsets[0] = 0
        var arcs = 0
        for c in 0..<count {
            var selfW = 0.0, kOutC = 0.0, kInC = 0.0
            var touchedCount = 0
            for k in start[c]..<start[c + 1] {
                let u = Int(members[k])
                selfW += g.selfWeight[u]
                kOutC += g.outStrength[u]; kInC += g.inStrength[u]
                for a in g.offsets[u]..<g.offsets[u + 1] {
                    let d = Int(label[Int(g.targets[a])])
                    if d == c {
                        selfW += g.weights[a] / 2  // each internal pair is seen from both ends
                    } else {
                        if row[d] == 0 { touched[touchedCount] = Int32(d); touchedCount += 1 }
                        row[d] += g.weights[a]
                    }
                }
            }
            var sorted = UnsafeMutableBufferPointer(start: touched, count: touchedCount)
            sorted.sort()
            for i in 0..<touchedCount {
                let d = Int(touched[i])
                out.targets[arcs] = Int32(d); out.weights[arcs] = row[d]; arcs += 1
                row[d] = 0
            }
            out.selfWeight[c] = selfW; out.outStrength[c] = kOutC; out.inStrength[c] = kInC
            out.offsets[c + 1] = arcs
        }
    }

    /// ``CommunityGraph/modularity(_:count:resolution:)`` of `labels` on `g`.
    private func modularity(_ g: Level, _ labels: UnsafePointer<Int32>, count: Int, resolution: Double) -> Double {
        guard total > 0 else { return .nan }
        for c in 0..<count { inside[c] = 0; kOut[c] = 0; kIn[c] = 0 }
        for u in 0..<g.nodeCount {
            let c = Int(labels[u])
            inside[c] += g.selfWeight[u]
            kOut[c] += g.outStrength[u]; kIn[c] += g.inStrength[u]
            for a in g.offsets[u]..<g.offsets[u + 1] where labels[Int(g.targets[a])] == Int32(c) { inside[c] += g.weights[a] / 2 }
        }
        var q = 0.0
        for c in 0..<count { q += inside[c] / total - resolution * kOut[c] * kIn[c] / (total * total) }
        return q
    }

    private func modularity(_ g: Level, _ labels: UnsafeMutablePointer<Int32>, count: Int, resolution: Double) -> Double {
        modularity(g, UnsafePointer(labels), count: count, resolution: resolution)
    }
}
