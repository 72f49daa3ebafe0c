/// The component columns of a failure curve in one pass: union–find over the reversed removal order.
///
/// Removing nodes one by one only ever splits weak components, which union–find cannot undo; adding
/// them back in the reverse order only ever merges, which it does in amortised O(α(n)). So the curve
/// is computed backwards: start from the nodes that are never removed, add the last-removed node,
/// then the one before, … and read off the largest component and the number of connected pairs after
/// each addition. This is exact for every step, for weak components (directions ignored). Efficiency
/// is reversed the same way with all-pairs distances (``ReverseEfficiency``); strong components do not
/// decompose this way and are recomputed per step (``StrongComponentSearch``).
enum ReversePercolation {
    /// Per step `k = 0…L` (`L = order.count`, the first `k` nodes of `order` removed): the size of the
    /// largest weak component of the remaining graph and the number of unordered remaining pairs in
    /// different weak components.
    ///
    /// - Parameters:
    ///   - graph: any graph; directed arcs are followed both ways.
    ///   - order: distinct node indices, removed in this order; nodes not listed are never removed.
    /// - Returns: `largest` and `disconnectedPairs`, `L + 1` entries each.
    /// - Complexity: O(n + m·α(n)) time, O(n) extra space.
    ///
    /// References: Newman & Ziff (2000), Phys. Rev. Lett. 85:4104, doi:10.1103/PhysRevLett.85.4104;
    /// igraph `igraph_site_percolation`.
    static func components(of graph: Graph, order: [Int32]) -> (largest: [Int], disconnectedPairs: [Int]) {
        let n = graph.nodeCount
        let steps = order.count
        var present = [Bool](repeating: true, count: n)
        for v in order {
            precondition(present[Int(v)], "a node is removed twice")
            present[Int(v)] = false
        }
        var largest = [Int](repeating: 0, count: steps + 1)
        var disconnected = [Int](repeating: 0, count: steps + 1)
        var uf = UnionFind(count: n)
        let directed = graph.isDirected
        graph.offsets.withUnsafeBufferPointer { off in
        graph.targets.withUnsafeBufferPointer { tgt in
        graph.inOffsets.withUnsafeBufferPointer { inOff in
        graph.inSources.withUnsafeBufferPointer { inSrc in
            present.withUnsafeMutableBufferPointer { present in
                @inline(__always) func attach(_ v: Int) {
                    for p in Int(off[v])..<Int(off[v + 1]) where present[Int(tgt[p])] { uf.union(v, Int(tgt[p])) }
                    if directed {
                        for p in Int(inOff[v])..<Int(inOff[v + 1]) where present[Int(inSrc[p])] { uf.union(v, Int(inSrc[p])) }
                    }
                }
                // Never-removed nodes first (edges among them, each seen from its first end).
                var remaining = 0
                for v in 0..<n where present[v] {
                    remaining += 1
                    for p in Int(off[v])..<Int(off[v + 1]) {
                        let w = Int(tgt[p])
                        if present[w] && (directed || w < v) { uf.union(v, w) }
                    }
                }
                func record(_ k: Int) {
                    // Singletons of removed nodes are not counted: until added back they are alone,
                    // so the largest set among present nodes is uf.largest once any node is present.
                    largest[k] = remaining == 0 ? 0 : uf.largest
                    disconnected[k] = remaining * (remaining - 1) / 2 - uf.connectedPairs
                }
                record(steps)
                for k in stride(from: steps - 1, through: 0, by: -1) {
                    let v = Int(order[k])
                    present[v] = true
                    remaining += 1
                    attach(v)
                    record(k)
                }
            }
        }}}}
        return (largest, disconnected)
    }
}
