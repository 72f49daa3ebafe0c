import Foundation

/// Clustering: how often a department's partners are tied to each other.
public enum Clustering {
    /// Local clustering coefficient of every node, as NetworkX's `clustering`.
    ///
    /// Definitions (ŵ = weight / largest weight in the graph, 1 when unweighted):
    /// - undirected, unweighted: `c_v = 2·T_v / (d_v(d_v − 1))`, `T_v` the triangles through `v`
    ///   (Watts & Strogatz 1998);
    /// - undirected, weighted: `c_v = Σ_{jk} (ŵ_vj ŵ_jk ŵ_kv)^{1/3} / (d_v(d_v − 1))`, the geometric
    ///   mean of the triangle's normalized weights (Onnela et al. 2005);
    /// - directed: `c_v = T_v / (2·(d_tot(d_tot − 1) − 2 d_↔))`, `T_v` the directed triangles through
    ///   `v` (each combination of arc directions counts, weighted by the cube root of its three ŵ when
    ///   weighted), `d_tot` in- plus out-degree, `d_↔` reciprocated pairs (Fagiolo 2007).
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - weighted: use edge weights (NetworkX `weight="weight"`); on an unweighted graph the result
    ///     equals the unweighted one.
    /// - Returns: one value per node in [0, 1]; `0` when `v` has fewer than two neighbours or no
    ///   triangle (NetworkX gives 0 there too).
    /// - Complexity: undirected O(n + m^{3/2}) (each triangle enumerated once along edges oriented by
    ///   degree rank); directed O(Σ_v deg(v)²) (each neighbour's adjacency scanned against a mark
    ///   array); O(n) extra space per parallel chunk; nodes split across cores.
    ///
    /// References: Watts & Strogatz (1998), doi:10.1038/30918; Onnela, Saramäki, Kertész & Kaski
    /// (2005), "Intensity and coherence of motifs in weighted complex networks", Phys. Rev. E 71:065103,
    /// doi:10.1103/PhysRevE.71.065103; Fagiolo (2007), "Clustering in complex directed networks",
    /// Phys. Rev. E 76:026107, doi:10.1103/PhysRevE.76.026107. Matches NetworkX `clustering` (with and
    /// without `weight`) and, for undirected unweighted graphs, igraph `igraph_transitivity_local_undirected`
    /// with zeros for degree < 2.
    public static func local(of graph: Graph, weighted: Bool) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let maxWeight = weighted ? (graph.edgeWeights.max() ?? 1) : 1
        let useWeights = weighted && graph.isWeighted
        if !graph.isDirected {
            let triangles = TriangleCounts.perNode(graph, weighted: useWeights, maxWeight: maxWeight)
            return (0..<n).map { v in
                let d = graph.outDegree(v)
                return triangles[v] == 0 ? 0 : 2 * triangles[v] / Double(d * (d - 1))
            }
        }
        let parts = ParallelChunks.map(count: n, chunks: 8) { range -> [Double] in
            directedClustering(graph, nodes: range, useWeights: useWeights, maxWeight: maxWeight)
        }
        return parts.flatMap { $0 }
    }

    /// Average clustering over all nodes (zeros included), NetworkX `average_clustering`.
    /// - Parameters:
    ///   - graph: any graph.
    ///   - weighted: as in ``local(of:weighted:)``.
    /// - Returns: `Σ_v c_v / n`; `nan` for the empty graph (NetworkX raises `ZeroDivisionError`).
    /// - Complexity: as ``local(of:weighted:)``.
    ///
    /// References: Watts & Strogatz (1998); NetworkX `average_clustering(count_zeros=True)`; igraph
    /// `igraph_transitivity_avglocal_undirected` with `IGRAPH_TRANSITIVITY_ZERO`.
    public static func average(of graph: Graph, weighted: Bool) -> Double {
        guard graph.nodeCount > 0 else { return .nan }
        return local(of: graph, weighted: weighted).reduce(0, +) / Double(graph.nodeCount)
    }

    /// Directed (Fagiolo) local clustering of the nodes in `range`.
    private static func directedClustering(_ g: Graph, nodes range: Range<Int>, useWeights: Bool,
                                           maxWeight: Double) -> [Double] {
        let n = g.nodeCount
        var result = [Double](repeating: 0, count: range.count)
        var stamp = [Int32](repeating: -1, count: n)
        var wOut = [Double](repeating: 0, count: n)   // ŵ(v→k), 0 when absent
        var wIn = [Double](repeating: 0, count: n)    // ŵ(k→v), 0 when absent
        g.offsets.withUnsafeBufferPointer { off in
        g.targets.withUnsafeBufferPointer { tgt in
        g.weights.withUnsafeBufferPointer { wt in
        g.inOffsets.withUnsafeBufferPointer { inOff in
        g.inSources.withUnsafeBufferPointer { inSrc in
        g.inWeights.withUnsafeBufferPointer { inWt in
        stamp.withUnsafeMutableBufferPointer { stamp in
        wOut.withUnsafeMutableBufferPointer { wOut in
        wIn.withUnsafeMutableBufferPointer { wIn in
            @inline(__always) func w(_ x: Double) -> Double { useWeights ? x / maxWeight : 1 }
            for v in range {
                let oLo = Int(off[v]), oHi = Int(off[v + 1]), iLo = Int(inOff[v]), iHi = Int(inOff[v + 1])
                let dTotal = (oHi - oLo) + (iHi - iLo)
                if dTotal < 2 { continue }
                let v32 = Int32(v)
                for p in oLo..<oHi { let k = Int(tgt[p]); stamp[k] = v32; wOut[k] = w(wt[p]); wIn[k] = 0 }
                var reciprocated = 0
                for p in iLo..<iHi {
                    let k = Int(inSrc[p])
                    if stamp[k] == v32 { reciprocated += 1 } else { stamp[k] = v32; wOut[k] = 0 }
                    wIn[k] = w(inWt[p])
                }
                // For one arc between v and j of normalized weight a, add every triangle v–j–k closed by
                // an arc between j and k (weight c) and one between v and k.
                @inline(__always) func closeTriangles(_ j: Int, _ a: Double) -> Double {
                    var t = 0.0
                    for q in Int(off[j])..<Int(off[j + 1]) {
                        let k = Int(tgt[q])
                        if stamp[k] != v32 { continue }
                        let c = w(wt[q])
                        if wIn[k] > 0 { t += useWeights ? cbrt(a * wIn[k] * c) : 1 }
                        if wOut[k] > 0 { t += useWeights ? cbrt(a * wOut[k] * c) : 1 }
                    }
                    for q in Int(inOff[j])..<Int(inOff[j + 1]) {
                        let k = Int(inSrc[q])
                        if stamp[k] != v32 { continue }
                        let c = w(inWt[q])
                        if wIn[k] > 0 { t += useWeights ? cbrt(a * wIn[k] * c) : 1 }
                        if wOut[k] > 0 { t += useWeights ? cbrt(a * wOut[k] * c) : 1 }
                    }
                    return t
                }
                var t = 0.0
                for p in iLo..<iHi { t += closeTriangles(Int(inSrc[p]), w(inWt[p])) }
                for p in oLo..<oHi { t += closeTriangles(Int(tgt[p]), w(wt[p])) }
                let denominator = 2.0 * Double(dTotal * (dTotal - 1) - 2 * reciprocated)
                result[v - range.lowerBound] = t == 0 ? 0 : t / denominator
            }
        }}}}}}}}}
        return result
    }
}
