import Foundation

extension StructuralHoles {
    /// Burt's constraint of every node: how much each node's contacts are invested in one another.
    ///
    /// `C_i = Σ_{j ∈ N(i)} c_ij` with the local constraint `c_ij = (p_ij + Σ_{q ∈ N(i)} p_iq p_qj)²`,
    /// where `N(i)` are the distinct in- and out-neighbours of `i` and `p_ij` the mutual weight of
    /// `i` and `j` divided by the sum of `i`'s mutual weights (see ``StructuralHoles``).
    ///
    /// ```swift
    /// let path = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: false)
    /// StructuralHoles.constraint(of: path, weighted: false)  // [1.0, 0.5, 1.0]
    /// ```
    ///
    /// - Parameters:
    ///   - graph: any graph; directed graphs use mutual weights over in- and out-neighbours.
    ///   - weighted: use edge weights (else every arc weighs 1).
    /// - Returns: one value per node; `nan` for isolates.
    /// - Complexity: O(Σ_i Σ_{q ∈ N(i)} deg(q)) time (at most O(m·Δ)), O(n + m) extra space; nodes are
    ///   split across two cores.
    ///
    /// References: Burt (1992), *Structural Holes*, ch. 2; matches NetworkX `constraint(G, weight=…)`
    /// and its `local_constraint`.
    public static func constraint(of graph: Graph, weighted: Bool) -> [Double] {
        localConstraintReduce(graph, weighted: weighted) { contributions in
            var s = 0.0
            for c in contributions { s += c }
            return s
        }
    }

    /// Burt's hierarchy of every node, as UCINET computes it: the Coleman–Theil inequality index of
    /// the local constraints `c_ij` (see ``constraint(of:weighted:)``) of a node's `N` contacts.
    ///
    /// `H_i = Σ_j (c_ij / C̄) ln(c_ij / C̄) / (N ln N)` with `C̄ = C_i / N`. `H_i` is 0 when the
    /// constraint is spread evenly over the contacts and approaches 1 when it comes from one contact.
    /// This is *not* Krackhardt's (1994) graph hierarchy.
    ///
    /// - Parameters:
    ///   - graph: any graph; directed graphs use mutual weights over in- and out-neighbours.
    ///   - weighted: use edge weights.
    /// - Returns: one value per node; `nan` when the node has fewer than two contacts (`N ln N = 0`).
    /// - Complexity: as ``constraint(of:weighted:)``.
    ///
    /// References: Burt (1992), *Structural Holes*, pp. 70–71; Borgatti, Everett & Freeman (2002),
    /// UCINET 6 "Structural Holes" routine. No NetworkX or igraph counterpart.
    public static func hierarchy(of graph: Graph, weighted: Bool) -> [Double] {
        localConstraintReduce(graph, weighted: weighted) { contributions in
            let n = Double(contributions.count)
            guard contributions.count > 1 else { return .nan }
            var total = 0.0
            for c in contributions { total += c }
            let mean = total / n
            var h = 0.0
            for c in contributions {
                let r = c / mean
                h += r * log(r)
            }
            return h / (n * log(n))
        }
    }

    /// Computes the local constraints `c_ij` of each node's contacts and reduces them to one number.
    /// `reduce` receives the contributions of one node, ordered by contact index, and is not called
    /// for isolates (which get `nan`).
    static func localConstraintReduce(_ graph: Graph, weighted: Bool,
                                      _ reduce: @escaping @Sendable (UnsafeBufferPointer<Double>) -> Double) -> [Double] {
        let n = graph.nodeCount
        var result = [Double](repeating: .nan, count: n)
        guard n > 0 else { return result }
        let nb = MutualNeighborhood(graph, weighted: weighted)
        let totals = nb.totals()
        let slots = DisjointSlots<Double>(count: n, repeating: .nan)
        defer { slots.release() }
        ParallelChunks.forEach(count: n, chunks: ParallelChunks.chunks(for: n, minimumPerChunk: 512)) { _, range in
            // Scratch: direct p_ij of the current ego's contacts, accumulated indirect parts, and
            // a stamp telling which nodes are contacts of the current ego.
            var direct = [Double](repeating: 0, count: n)
            var indirect = [Double](repeating: 0, count: n)
            var stamp = [Int32](repeating: -1, count: n)
            var contributions: [Double] = []
            nb.offsets.withUnsafeBufferPointer { off in
            nb.targets.withUnsafeBufferPointer { tg in
            nb.weights.withUnsafeBufferPointer { wt in
                for i in range {
                    let lo = Int(off[i]), hi = Int(off[i + 1])
                    if lo == hi || totals[i] == 0 { continue }
                    let si = totals[i]
                    for k in lo..<hi {
                        let j = Int(tg[k])
                        direct[j] = wt[k] / si
                        indirect[j] = 0
                        stamp[j] = Int32(i)
                    }
                    for k in lo..<hi {
                        let q = Int(tg[k])
                        let piq = direct[q]
                        let sq = totals[q]
                        for l in Int(off[q])..<Int(off[q + 1]) {
                            let j = Int(tg[l])
                            if stamp[j] == Int32(i) { indirect[j] += piq * (wt[l] / sq) }
                        }
                    }
                    contributions.removeAll(keepingCapacity: true)
                    for k in lo..<hi {
                        let j = Int(tg[k])
                        let c = direct[j] + indirect[j]
                        contributions.append(c * c)
                    }
                    slots[i] = contributions.withUnsafeBufferPointer { reduce($0) }
                }
            }}}
        }
        result = slots.array
        return result
    }
}
