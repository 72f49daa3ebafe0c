extension StructuralHoles {
    /// Burt's effective size of every node's ego network: its number of contacts minus their
    /// redundancy.
    ///
    /// `e_i = Σ_{j ∈ N(i)} (1 − Σ_{w ∈ N(i)} p_iw m_jw)`, where `p_iw` is the proportional mutual
    /// weight of `i` and `w` (normalised by `i`'s total) and `m_jw` the mutual weight of `j` and `w`
    /// divided by the largest mutual weight of `w`. On an undirected unweighted graph this equals
    /// Borgatti's (1997) `n − 2t/n` (`n` contacts, `t` ties among them).
    ///
    /// Which maximum normalises `m_jw` matters only with unequal mutual weights: NetworkX 3.6 divides by
    /// `w`'s maximum when it computes all nodes at once (`effective_size(G)`, its SciPy path) but by
    /// `j`'s maximum (Burt's marginal strength) when given `nodes=` or without SciPy. GovNet reproduces
    /// `nx.effective_size(G, weight=…)` as called on the whole graph, i.e. `w`'s maximum.
    ///
    /// ```swift
    /// let star = Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3)], directed: false)
    /// StructuralHoles.effectiveSize(of: star, weighted: false)  // [3.0, 1.0, 1.0, 1.0]
    /// ```
    ///
    /// - Parameters:
    ///   - graph: any graph; directed graphs use mutual weights over in- and out-neighbours.
    ///   - weighted: use edge weights.
    /// - Returns: one value per node; `nan` for isolates.
    /// - Complexity: O(Σ_i Σ_{j ∈ N(i)} deg(j)) time, O(n + m) extra space; two cores.
    ///
    /// References: Burt (1992), *Structural Holes*, pp. 52–54; Borgatti, S. P. (1997), "Structural
    /// holes: unpacking Burt's redundancy measures", *Connections* 20(1):35–38. Matches NetworkX
    /// `effective_size(G, weight=…)`.
    public static func effectiveSize(of graph: Graph, weighted: Bool) -> [Double] {
        let n = graph.nodeCount
        var result = [Double](repeating: .nan, count: n)
        guard n > 0 else { return result }
        let nb = MutualNeighborhood(graph, weighted: weighted)
        let totals = nb.totals()
        let maxima = nb.maxima()
        let slots = DisjointSlots<Double>(count: n, repeating: .nan)
        defer { slots.release() }
        ParallelChunks.forEach(count: n, chunks: ParallelChunks.chunks(for: n, minimumPerChunk: 512)) { _, range in
            var p = [Double](repeating: 0, count: n)
            var stamp = [Int32](repeating: -1, count: n)
            nb.offsets.withUnsafeBufferPointer { off in
            nb.targets.withUnsafeBufferPointer { tg in
            nb.weights.withUnsafeBufferPointer { wt in
                for i in range {
                    let lo = Int(off[i]), hi = Int(off[i + 1])
                    if lo == hi || totals[i] == 0 { continue }
                    for k in lo..<hi {
                        let w = Int(tg[k])
                        p[w] = wt[k] / totals[i]
                        stamp[w] = Int32(i)
                    }
                    var size = 0.0
                    for k in lo..<hi {
                        let j = Int(tg[k])
                        var redundancy = 0.0
                        for l in Int(off[j])..<Int(off[j + 1]) {
                            let w = Int(tg[l])
                            if stamp[w] == Int32(i) { redundancy += p[w] * (wt[l] / maxima[w]) }
                        }
                        size += 1 - redundancy
                    }
                    slots[i] = size
                }
            }}}
        }
        result = slots.array
        return result
    }

    /// Burt's efficiency of every node: effective size divided by the number of distinct contacts
    /// (in- ∪ out-neighbours).
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - weighted: use edge weights in the effective size.
    /// - Returns: one value per node in (0, 1]; `nan` for isolates.
    /// - Complexity: as ``effectiveSize(of:weighted:)``.
    ///
    /// References: Burt (1992), *Structural Holes*, p. 53. NetworkX documents it as
    /// `effective_size(G)[v] / G.degree(v)` for undirected graphs (for directed graphs GovNet divides
    /// by the number of distinct contacts, not by in + out degree).
    public static func efficiency(of graph: Graph, weighted: Bool) -> [Double] {
        let sizes = effectiveSize(of: graph, weighted: weighted)
        let nb = MutualNeighborhood(graph, weighted: false)
        return (0..<graph.nodeCount).map { v in
            let d = nb.degree(v)
            return d == 0 ? .nan : sizes[v] / Double(d)
        }
    }
}
