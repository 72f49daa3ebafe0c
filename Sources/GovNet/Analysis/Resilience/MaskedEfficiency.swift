/// Global efficiency of a graph with some nodes removed, by bit-parallel breadth-first search: the
/// per-step recomputation behind the efficiency column of a failure curve when the one-pass
/// ``ReverseEfficiency`` does not apply (above 5,000 nodes) or costs more (a short list on a large graph).
///
/// Sixty-four sources are searched at once, one bit each (a multi-source BFS): at each level every
/// frontier node ORs its source bits into its neighbours, and the bits a node sees for the first time
/// are the sources at exactly that distance. Counting them per level gives the number of ordered pairs
/// at each hop distance as exact integers, so `Σ_d count_d / d` is independent of scheduling and of
/// how sources are batched.
///
/// References: Then et al. (2014), "The more the merrier: efficient multi-source graph traversal",
/// Proc. VLDB Endowment 8(4):449–460, doi:10.14778/2735496.2735507; Latora & Marchiori (2001),
/// doi:10.1103/PhysRevLett.87.198701. Equals NetworkX `global_efficiency` of the remaining graph.
final class MaskedEfficiency {
    private let n: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private let frontier: UnsafeMutablePointer<UInt64>
    private let next: UnsafeMutablePointer<UInt64>
    private let current: UnsafeMutablePointer<Int32>
    private let upcoming: UnsafeMutablePointer<Int32>
    private var levelCounts: [Int] = []

    /// Scratch for graphs of `nodeCount` nodes (one instance per task; not thread-safe).
    init(nodeCount: Int) {
        n = nodeCount
        let c = Swift.max(nodeCount, 1)
        seen = .allocate(capacity: c); seen.initialize(repeating: 0, count: c)
        frontier = .allocate(capacity: c); frontier.initialize(repeating: 0, count: c)
        next = .allocate(capacity: c); next.initialize(repeating: 0, count: c)
        current = .allocate(capacity: c); current.initialize(repeating: 0, count: c)
        upcoming = .allocate(capacity: c); upcoming.initialize(repeating: 0, count: c)
    }

    deinit {
        seen.deallocate(); frontier.deallocate(); next.deallocate(); current.deallocate(); upcoming.deallocate()
    }

    /// Global efficiency of the undirected graph `g` without the nodes flagged in `removed`, averaged
    /// over the remaining `r` nodes: `Σ_{u≠v} 1/d(u, v) / (r(r − 1))`, `0` when `r < 2`.
    ///
    /// - Parameters:
    ///   - g: an undirected graph (pass the undirected projection of a directed one).
    ///   - removed: one flag per node.
    /// - Complexity: O(⌈r/64⌉·(n + Σ_levels frontier degrees)) word operations, O(n) scratch.
    func efficiency(of g: Graph, removed: UnsafeBufferPointer<Bool>) -> Double {
        precondition(g.nodeCount == n && removed.count == n && !g.isDirected)
        var sources: [Int32] = []
        sources.reserveCapacity(n)
        for v in 0..<n where !removed[v] { sources.append(Int32(v)) }
        let r = sources.count
        guard r >= 2 else { return 0 }
        if levelCounts.count < n + 1 { levelCounts = [Int](repeating: 0, count: n + 1) }
        for d in 0..<levelCounts.count { levelCounts[d] = 0 }
        g.offsets.withUnsafeBufferPointer { off in
        g.targets.withUnsafeBufferPointer { tgt in
        levelCounts.withUnsafeMutableBufferPointer { counts in
            var start = 0
            while start < r {
                let batch = Swift.min(64, r - start)
                // Bits of absent sources (a partial last batch) count as seen, so a node reached by every
                // source of the batch reads ~0 and is skipped at once.
                let absent: UInt64 = batch == 64 ? 0 : ~((1 << UInt64(batch)) - 1)
                for v in 0..<n { seen[v] = removed[v] ? ~0 : absent }
                var size = 0
                for i in 0..<batch {
                    let s = Int(sources[start + i])
                    let bit: UInt64 = 1 << UInt64(i)
                    seen[s] |= bit
                    frontier[s] = bit
                    current[size] = Int32(s); size += 1
                }
                var depth = 0
                while size > 0 {
                    depth += 1
                    var touched = 0
                    for i in 0..<size {
                        let v = Int(current[i])
                        let bits = frontier[v]
                        for p in Int(off[v])..<Int(off[v + 1]) {
                            let w = Int(tgt[p])
                            if next[w] == 0 {
                                if seen[w] == ~0 { continue }  // removed, or already seen by every source
                                upcoming[touched] = Int32(w); touched += 1
                            }
                            next[w] |= bits
                        }
                    }
                    size = 0
                    var found = 0
                    for i in 0..<touched {
                        let w = Int(upcoming[i])
                        let fresh = next[w] & ~seen[w]
                        next[w] = 0
                        if fresh != 0 {
                            seen[w] |= fresh
                            frontier[w] = fresh
                            found += fresh.nonzeroBitCount
                            current[size] = Int32(w); size += 1
                        }
                    }
                    counts[depth] += found
                }
                start += batch
            }
        }}}
        return levelCounts.withUnsafeBufferPointer { MaskedEfficiency.efficiency(levelCounts: $0, remaining: r) }
    }

    /// Global efficiency from the number of ordered pairs at each hop distance:
    /// `Σ_{d ≥ 1} count_d / d / (r(r − 1))`, summed in increasing `d` (zero counts skipped), so equal
    /// counts give bit-identical results whichever engine produced them.
    ///
    /// - Parameters:
    ///   - levelCounts: entry `d` is the number of ordered pairs at distance `d`; entries `0` and `≥ r`
    ///     are ignored (no distance among `r` nodes exceeds `r − 1`).
    ///   - remaining: the number `r` of nodes the pairs are taken from.
    /// - Returns: the efficiency; `0` when `r < 2`.
    /// - Complexity: O(r).
    static func efficiency(levelCounts: UnsafeBufferPointer<Int>, remaining r: Int) -> Double {
        guard r >= 2 else { return 0 }
        var sum = 0.0
        for d in 1..<Swift.min(r, levelCounts.count) where levelCounts[d] > 0 {
            sum += Double(levelCounts[d]) / Double(d)
        }
        return sum / (Double(r) * Double(r - 1))
    }
}
