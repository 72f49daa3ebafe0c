extension Connectivity {
    /// Redundancy of every tie: the number of edge-disjoint paths still joining its two ends once the
    /// tie itself is removed — how many independent back-up routes the relationship has.
    ///
    /// Computed on the undirected projection (an arc `u → v` and `v → u` are one pair, each keeps the
    /// value of its pair). Removing edge `e = {u, v}` lowers every `u`–`v` cut by exactly one, so the
    /// value is `λ(u, v) − 1` in the projection; each flow starts from the tie itself and the two-step
    /// paths through common neighbours, and stops at `min(deg u, deg v)`, the largest possible value.
    ///
    /// - Parameter graph: any graph (direction and weights are ignored).
    /// - Returns: one count per edge id (0 for a bridge).
    /// - Complexity: one bounded unit-capacity flow per pair, each O(min(deg) · m) in the worst case but
    ///   usually a few partial breadth-first searches; pairs are split across two cores.
    ///
    /// References: Even & Tarjan (1975), doi:10.1137/0204043. Equals NetworkX
    /// `edge_connectivity(H, u, v)` on `H = G.to_undirected()` with the edge `(u, v)` removed.
    public static func tieRedundancy(of graph: Graph) -> [Int] {
        let n = graph.nodeCount
        // Unique unordered pairs of the projection.
        var keys: [UInt64] = []
        keys.reserveCapacity(graph.edgeCount)
        for e in 0..<graph.edgeCount {
            let a = graph.edgeSources[e], b = graph.edgeTargets[e]
            let (u, v) = a < b ? (a, b) : (b, a)
            keys.append(UInt64(UInt32(u)) << 32 | UInt64(UInt32(v)))
        }
        let pairs = Array(Set(keys)).sorted()
        var degree = [Int](repeating: 0, count: n)
        var arcs: [ResidualNetwork.Arc] = []
        arcs.reserveCapacity(pairs.count)
        for (i, key) in pairs.enumerated() {
            let u = Int32(truncatingIfNeeded: key >> 32), v = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            degree[Int(u)] += 1; degree[Int(v)] += 1
            arcs.append(.init(from: u, to: v, capacity: 1, reverseCapacity: 1, tag: Int32(i)))
        }
        let base = ResidualNetwork(nodeCount: n, arcs: arcs)
        let degreeOf = degree
        let slots = DisjointSlots<Int>(count: pairs.count, repeating: 0)
        defer { slots.release() }
        ParallelChunks.forEach(count: pairs.count, chunks: ParallelChunks.chunks(for: pairs.count, minimumPerChunk: 64)) { _, range in
            var net = base
            for i in range {
                let key = pairs[i]
                let u = Int(key >> 32), v = Int(key & 0xFFFF_FFFF)
                let bound = Swift.min(degreeOf[u], degreeOf[v])
                // Start from the obvious disjoint paths — the tie itself and u–w–v through every
                // common neighbour w (merge of the two sorted arc lists) — then augment the rest.
                var flow = 0
                var a = Int(net.head[u]), b = Int(net.head[v])
                let aEnd = Int(net.head[u + 1]), bEnd = Int(net.head[v + 1])
                while a < aEnd && b < bEnd {
                    let x = net.to[a], y = net.to[b]
                    if x < y { a += 1; continue }
                    if y < x { b += 1; continue }
                    // Common neighbour w = x: arcs u → w (a) and w → v (the reverse of v → w, b).
                    net.push(a, 1); net.push(Int(net.reverse[b]), 1)
                    flow += 1; a += 1; b += 1
                }
                if let direct = net.sortedArc(from: u, to: v) { net.push(direct, 1); flow += 1 }
                if flow < bound { flow += net.augmentingPathFlow(from: u, to: v, cutoff: bound - flow) }
                slots[i] = flow - 1
                net.reset()
            }
        }
        let perPair = slots.array
        return keys.map { key in
            var lo = 0, hi = pairs.count
            while lo < hi { let mid = (lo + hi) / 2; if pairs[mid] < key { lo = mid + 1 } else { hi = mid } }
            return perPair[lo]
        }
    }
}
