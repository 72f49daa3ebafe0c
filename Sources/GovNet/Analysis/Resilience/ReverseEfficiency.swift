/// The whole efficiency column of a failure curve in one pass: all-pairs hop distances maintained
/// while the departments are inserted back in the reverse removal order.
///
/// Removing a node can lengthen any distance, but inserting a node `v` into a graph whose all-pairs
/// distances are known only needs `v`'s present neighbours `N(v)`:
/// `d(v, t) = 1 + min_{u ∈ N(v)} d(u, t)` (a shortest path from `v` leaves through a neighbour and
/// never returns to `v`), then `d(s, t) ← min(d(s, t), d(s, v) + d(v, t))` for every present pair.
/// So, with the whole order known in advance, the curve is computed backwards — start from the nodes
/// never removed, insert the last-removed node, then the one before, … — reading the efficiency after
/// each insertion. This is the reversal that union–find does for components (``ReversePercolation``),
/// carried over to distances.
///
/// Layout: the nodes get positions in insertion order, so the present nodes are always the positions
/// `0..<r` and row `s` of the dense `Int16` matrix holds `d(s, ·)` contiguously; unreachable and absent
/// entries hold the sentinel `2^14 − 1`, which stays unreachable under `min(old, a + row)` with no
/// branch (`a + sentinel` exceeds the sentinel and cannot overflow for `n ≤` ``maximumNodeCount``). The
/// row update runs on 16-lane vectors; only chunks where some distance shrinks are revisited to move
/// their pairs between the per-distance counts. The counts are exact integers (ordered pairs per hop
/// distance), so `Σ_d count_d / d`, summed by ``MaskedEfficiency/efficiency(levelCounts:remaining:)``,
/// is bit-identical to the per-step recomputation of ``MaskedEfficiency``.
///
/// References: Ausiello, Italiano, Marchetti-Spaccamela & Nanni (1991), "Incremental algorithms for
/// minimal length paths", J. Algorithms 12(4):615–638, doi:10.1016/0196-6774(91)90036-X (incremental
/// all-pairs distances under vertex insertion); Latora & Marchiori (2001),
/// doi:10.1103/PhysRevLett.87.198701. Equals NetworkX `global_efficiency` of each remaining graph.
enum ReverseEfficiency {
    /// Largest graph handled: the matrix takes `2n²` bytes (50 MB at 5,000 nodes, per concurrent curve).
    static let maximumNodeCount = 5_000

    /// Distance sentinel for "no path" (and for absent nodes).
    private static let unreachable: Int16 = 0x3FFF

    private typealias Lanes = SIMD16<Int16>

    /// Per step `k = 0…L` (the first `k` nodes of `order` removed): the global efficiency of the
    /// remaining undirected graph, `Σ_{s≠t} 1/d(s, t) / (r(r − 1))` over its `r` nodes, `0` when `r < 2`.
    ///
    /// - Parameters:
    ///   - graph: an undirected graph (pass the undirected projection of a directed one), at most
    ///     ``maximumNodeCount`` nodes.
    ///   - order: distinct node indices, removed in this order; nodes not listed are never removed.
    /// - Returns: `L + 1` efficiencies, bit-identical to ``MaskedEfficiency`` step by step.
    /// - Complexity: O(r₀·(r₀ + m)) for breadth-first searches among the `r₀` never-removed nodes, then
    ///   O(Σ_k r_k²) vector lane operations for the insertions (about n³/3 for a full order), plus
    ///   O(number of distance decreases) scalar updates; O(n²) memory.
    static func curve(of graph: Graph, order: [Int32]) -> [Double] {
        let n = graph.nodeCount
        precondition(!graph.isDirected && n <= maximumNodeCount)
        let steps = order.count
        // Positions: never-removed nodes first (ascending index), then the order reversed.
        var position = [Int32](repeating: -1, count: n)
        for v in order {
            precondition(position[Int(v)] == -1, "a node is removed twice")
            position[Int(v)] = -2
        }
        var r0 = 0
        for v in 0..<n where position[v] == -1 { position[v] = Int32(r0); r0 += 1 }
        for (i, v) in order.reversed().enumerated() { position[Int(v)] = Int32(r0 + i) }
        var result = [Double](repeating: 0, count: steps + 1)
        guard n >= 2 else { return result }

        let rowStride = (n + 15) / 16 * 16
        let matrix = UnsafeMutablePointer<Int16>.allocate(capacity: n * rowStride)
        defer { matrix.deallocate() }
        matrix.initialize(repeating: unreachable, count: n * rowStride)
        let countsBase = UnsafeMutablePointer<Int>.allocate(capacity: Int(unreachable) + 1)
        defer { countsBase.deallocate() }
        countsBase.initialize(repeating: 0, count: Int(unreachable) + 1)
        let counts = UnsafeMutableBufferPointer(start: countsBase, count: Int(unreachable) + 1)
        var neighbours = [Int](repeating: 0, count: n)
        var queue = [Int32](repeating: 0, count: n)

        graph.offsets.withUnsafeBufferPointer { off in
        graph.targets.withUnsafeBufferPointer { tgt in
        position.withUnsafeBufferPointer { pos in
        neighbours.withUnsafeMutableBufferPointer { nb in
        queue.withUnsafeMutableBufferPointer { queue in
            var node = [Int32](repeating: 0, count: n)
            for v in 0..<n { node[Int(pos[v])] = Int32(v) }
            // Never-removed nodes: one breadth-first search each, inside the never-removed set.
            for s in 0..<r0 {
                let row = matrix + s * rowStride
                row[s] = 0
                queue[0] = Int32(s)
                var head = 0, tail = 1
                while head < tail {
                    let p = Int(queue[head]); head += 1
                    let next = row[p] + 1
                    let v = Int(node[p])
                    for e in Int(off[v])..<Int(off[v + 1]) {
                        let q = Int(pos[Int(tgt[e])])
                        if q < r0 && row[q] == unreachable {
                            row[q] = next
                            counts[Int(next)] += 1
                            queue[tail] = Int32(q); tail += 1
                        }
                    }
                }
            }
            result[steps] = MaskedEfficiency.efficiency(levelCounts: UnsafeBufferPointer(counts), remaining: r0)
            for k in stride(from: steps - 1, through: 0, by: -1) {
                let r = r0 + (steps - 1 - k)  // position of order[k]; r nodes present before it
                let v = Int(order[k])
                var degree = 0
                for e in Int(off[v])..<Int(off[v + 1]) {
                    let q = Int(pos[Int(tgt[e])])
                    if q < r { nb[degree] = q; degree += 1 }
                }
                insert(position: r, neighbours: UnsafeBufferPointer(rebasing: nb[0..<degree]),
                       matrix: matrix, stride: rowStride, counts: counts)
                result[k] = MaskedEfficiency.efficiency(levelCounts: UnsafeBufferPointer(counts), remaining: r + 1)
            }
        }}}}}
        return result
    }

    /// Inserts the node at position `r` (the present nodes being `0..<r`) with present neighbours
    /// `neighbours`, updating every distance and the per-distance counts of ordered pairs.
    /// - Complexity: O(deg·r + r²) lane operations, plus O(16) scalar work per 16-entry chunk in which
    ///   some distance shrinks.
    private static func insert(position r: Int, neighbours: UnsafeBufferPointer<Int>,
                               matrix: UnsafeMutablePointer<Int16>, stride: Int,
                               counts: UnsafeMutableBufferPointer<Int>) {
        let chunks = (r + 16) / 16  // columns 0...r
        let rowV = UnsafeMutableRawPointer(matrix + r * stride)
        let sentinel = Lanes(repeating: unreachable)
        // d(v, ·) = 1 + min over the neighbours' rows (the row of v is still all-sentinel).
        if !neighbours.isEmpty {
            for c in 0..<chunks {
                var m = sentinel
                for u in neighbours {
                    let x = UnsafeRawPointer(matrix + u * stride).load(fromByteOffset: c * 32, as: Lanes.self)
                    m = m.replacing(with: x, where: x .< m)
                }
                m &+= 1
                m = m.replacing(with: sentinel, where: m .> sentinel)
                rowV.storeBytes(of: m, toByteOffset: c * 32, as: Lanes.self)
            }
        }
        let v = matrix + r * stride
        v[r] = 0
        // Pairs (v, t): the counts entry of the sentinel collects the unreachable ones and is never read.
        for t in 0..<r { counts[Int(v[t])] += 1 }
        // Pairs (s, t) through v, including t = v itself (column r of row v is 0).
        for s in 0..<r {
            let a = v[s]
            if a == unreachable { continue }
            let shift = Lanes(repeating: a)
            let rowS = UnsafeMutableRawPointer(matrix + s * stride)
            for c in 0..<chunks {
                let old = rowS.load(fromByteOffset: c * 32, as: Lanes.self)
                let candidate = rowV.load(fromByteOffset: c * 32, as: Lanes.self) &+ shift
                let shorter = candidate .< old
                if !any(shorter) { continue }
                for j in 0..<16 where shorter[j] {
                    counts[Int(old[j])] -= 1
                    counts[Int(candidate[j])] += 1
                }
                rowS.storeBytes(of: old.replacing(with: candidate, where: shorter), toByteOffset: c * 32, as: Lanes.self)
            }
        }
    }
}
