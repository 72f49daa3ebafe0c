/// Bit-parallel breadth-first search from up to 64 sources at once (multi-source BFS): one 64-bit
/// word per node holds, bit k, whether source k has reached it. Each level costs one pass over the
/// frontier's adjacency for all 64 sources together, so all-pairs hop statistics (efficiency,
/// diameter, average path length, vulnerability) run in about `levels × m` word operations per 64
/// sources instead of `64 × m`.
///
/// References: Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper, Neumann & Vo (2014), "The more the
/// merrier: efficient multi-source graph traversal", PVLDB 8(4):449–460, doi:10.14778/2735496.2735507.
struct MultiSourceHopSearch {
    /// Sums over every (source, reached node ≠ source) pair of one batch.
    struct Totals {
        /// Σ 1/d, accumulated level by level (count at depth d divided by d).
        var inverseDistance = 0.0
        /// Σ d (exact).
        var distance = 0
        /// Largest d reached.
        var eccentricity = 0
        /// Number of reached pairs.
        var pairs = 0
    }

    private let n: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private let frontier: UnsafeMutablePointer<UInt64>
    private let next: UnsafeMutablePointer<UInt64>

    /// Scratch for graphs of `nodeCount` nodes (3 words per node); release with ``deallocate()``.
    init(nodeCount: Int) {
        n = nodeCount
        let c = Swift.max(nodeCount, 1)
        seen = .allocate(capacity: c); frontier = .allocate(capacity: c); next = .allocate(capacity: c)
        next.initialize(repeating: 0, count: c)
    }

    func deallocate() { seen.deallocate(); frontier.deallocate(); next.deallocate() }

    /// Totals over all of `sources` (any number), searched in batches of 64 with this scratch.
    func totals(offsets off: UnsafeBufferPointer<Int32>, targets tgt: UnsafeBufferPointer<Int32>,
                sources: ArraySlice<Int32>, blocked: Int) -> Totals {
        var sum = Totals()
        var start = sources.startIndex
        while start < sources.endIndex {
            let end = Swift.min(start + 64, sources.endIndex)
            let t = run(offsets: off, targets: tgt, sources: sources[start..<end], blocked: blocked)
            sum.inverseDistance += t.inverseDistance
            sum.distance += t.distance
            sum.pairs += t.pairs
            sum.eccentricity = Swift.max(sum.eccentricity, t.eccentricity)
            start = end
        }
        return sum
    }

    /// Totals over all of `sources` for an undirected graph, batches of 64 split into a fixed number
    /// of chunks run on all cores; reduced in chunk order (deterministic).
    static func parallelTotals(_ g: Graph, sources: [Int32], blocked: Int) -> Totals {
        let batches = (sources.count + 63) / 64
        let parts = ParallelChunks.map(count: batches, chunks: 32) { range -> Totals in
            let search = MultiSourceHopSearch(nodeCount: g.nodeCount)
            defer { search.deallocate() }
            let slice = sources[(range.lowerBound * 64)..<Swift.min(range.upperBound * 64, sources.count)]
            return g.offsets.withUnsafeBufferPointer { off in
                g.targets.withUnsafeBufferPointer { tgt in
                    search.totals(offsets: off, targets: tgt, sources: slice, blocked: blocked)
                }
            }
        }
        var sum = Totals()
        for t in parts {
            sum.inverseDistance += t.inverseDistance
            sum.distance += t.distance
            sum.pairs += t.pairs
            sum.eccentricity = Swift.max(sum.eccentricity, t.eccentricity)
        }
        return sum
    }

    /// Searches from `sources` (at most 64, distinct, none equal to `blocked`) over the CSR arrays,
    /// never entering `blocked` (`-1` for none).
    /// - Complexity: O(levels × (n + Σ deg of frontier nodes)).
    func run(offsets off: UnsafeBufferPointer<Int32>, targets tgt: UnsafeBufferPointer<Int32>,
             sources: ArraySlice<Int32>, blocked: Int) -> Totals {
        precondition(sources.count <= 64)
        seen.update(repeating: 0, count: n)
        frontier.update(repeating: 0, count: n)
        var bit: UInt64 = 1
        for s in sources {
            seen[Int(s)] |= bit
            frontier[Int(s)] |= bit
            bit <<= 1
        }
        if blocked >= 0 { seen[blocked] = ~0 }
        var totals = Totals()
        var depth = 0
        var lo = 0, hi = n   // nodes that may be in the frontier
        if let first = sources.min(), let last = sources.max() { lo = Int(first); hi = Int(last) + 1 }
        while lo < hi {
            depth += 1
            for v in lo..<hi {
                let f = frontier[v]
                if f == 0 { continue }
                frontier[v] = 0
                for p in Int(off[v])..<Int(off[v + 1]) { next[Int(tgt[p])] |= f }
            }
            var reached = 0
            var flo = n, fhi = -1
            for w in 0..<n {
                let x = next[w] & ~seen[w]
                next[w] = 0
                if x != 0 {
                    seen[w] |= x
                    frontier[w] = x
                    reached += x.nonzeroBitCount
                    if w < flo { flo = w }
                    fhi = w
                }
            }
            if reached == 0 { break }
            totals.inverseDistance += Double(reached) / Double(depth)
            totals.distance += reached * depth
            totals.pairs += reached
            totals.eccentricity = depth
            lo = flo; hi = fhi + 1
        }
        return totals
    }
}
