/// All-pairs hop distances of an undirected graph, kept up to date as edges are added, with the exact
/// efficiency gain of a candidate edge: the evaluation engine of the efficiency-maximising suggestions.
///
/// Adding the edge `(a, b)` can only shorten a path by routing it through the new edge, so
/// `d'(s, t) = min(d(s, t), d(s, a) + 1 + d(b, t), d(s, b) + 1 + d(a, t))` — an O(n²) evaluation (and
/// update) instead of an O(n·(n + m)) recomputation. The gain is accumulated as integer counts of
/// pairs per old and new distance, so equal improvements compare equal bit for bit and ties can be
/// broken by id.
///
/// References: Latora & Marchiori (2001), doi:10.1103/PhysRevLett.87.198701 (global efficiency);
/// NetworkX `global_efficiency(G)` before and after `G.add_edge(a, b)`.
struct DistanceMatrix: Sendable {
    /// Number of nodes.
    let n: Int
    /// Row-major distances, `-1` for unreachable pairs (and never for the diagonal, which is 0).
    private(set) var d: [Int32]

    /// Distances of `g` by one breadth-first search per node.
    /// - Complexity: O(n·(n + m)) time, O(n²) space.
    init(_ g: Graph) {
        precondition(!g.isDirected)
        let n = g.nodeCount
        self.n = n
        var d = [Int32](repeating: -1, count: n * n)
        let rows = ParallelChunks.map(count: n, chunks: 32) { range -> [Int32] in
            let scratch = HopSearch.Scratch(count: n)
            var block = [Int32](repeating: -1, count: range.count * n)
            g.offsets.withUnsafeBufferPointer { off in
            g.targets.withUnsafeBufferPointer { tgt in
                for s in range {
                    let reached = HopSearch.run(offsets: off, targets: tgt, source: s, blocked: -1,
                                                distance: scratch.distance, queue: scratch.queue)
                    for i in 0..<reached {
                        let t = Int(scratch.queue[i])
                        block[(s - range.lowerBound) * n + t] = scratch.distance[t]
                    }
                    HopSearch.reset(scratch.distance, scratch.queue, reached)
                }
            }}
            return block
        }
        var offset = 0
        for block in rows { for x in block { d[offset] = x; offset += 1 } }
        self.d = d
    }

    /// Global efficiency `Σ_{s≠t} 1/d(s, t) / (n(n − 1))`; 0 when n < 2.
    /// - Complexity: O(n²).
    var efficiency: Double {
        guard n >= 2 else { return 0 }
        var counts = [Int](repeating: 0, count: n)
        for x in d where x > 0 { counts[Int(x)] += 1 }
        var sum = 0.0
        for k in 1..<n where counts[k] > 0 { sum += Double(counts[k]) / Double(k) }
        return sum / (Double(n) * Double(n - 1))
    }

    /// The increase in global efficiency from adding the edge `(a, b)`.
    /// - Parameter counts: scratch of `n + 1` zeros, returned zeroed.
    /// - Complexity: O(n²).
    func gain(_ a: Int, _ b: Int, counts: inout [Int]) -> Double {
        guard n >= 2 else { return 0 }
        d.withUnsafeBufferPointer { d in
        counts.withUnsafeMutableBufferPointer { counts in
            for s in 0..<n {
                let sa = d[s * n + a], sb = d[s * n + b]
                if sa < 0 && sb < 0 { continue }
                let row = s * n
                for t in 0..<n where t != s {
                    let old = d[row + t]
                    var best = old
                    if sa >= 0 { let bt = d[b * n + t]; if bt >= 0 && (best < 0 || sa + 1 + bt < best) { best = sa + 1 + bt } }
                    if sb >= 0 { let at = d[a * n + t]; if at >= 0 && (best < 0 || sb + 1 + at < best) { best = sb + 1 + at } }
                    if best != old {
                        counts[Int(best)] += 1
                        if old > 0 { counts[Int(old)] -= 1 }
                    }
                }
            }
        }}
        var sum = 0.0
        for k in 1...n where counts[k] != 0 { sum += Double(counts[k]) / Double(k); counts[k] = 0 }
        return sum / (Double(n) * Double(n - 1))
    }

    /// Updates the distances after adding the edge `(a, b)`.
    /// - Complexity: O(n²).
    mutating func add(_ a: Int, _ b: Int) {
        let old = d
        old.withUnsafeBufferPointer { o in
        d.withUnsafeMutableBufferPointer { d in
            for s in 0..<n {
                let sa = o[s * n + a], sb = o[s * n + b]
                for t in 0..<n where t != s {
                    var best = o[s * n + t]
                    let bt = o[b * n + t], at = o[a * n + t]
                    if sa >= 0 && bt >= 0 && (best < 0 || sa + 1 + bt < best) { best = sa + 1 + bt }
                    if sb >= 0 && at >= 0 && (best < 0 || sb + 1 + at < best) { best = sb + 1 + at }
                    d[s * n + t] = best
                }
            }
        }}
    }
}
