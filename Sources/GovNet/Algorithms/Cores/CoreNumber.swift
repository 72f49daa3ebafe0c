/// k-cores: the nested cohesive layers of a network.
public enum Cores {
    /// Core number (coreness) of every node.
    ///
    /// Definition: the k-core is the maximal subgraph in which every node has degree ≥ k; the core
    /// number of `v` is the largest k whose k-core contains `v`. On a directed graph the degree is
    /// in-degree + out-degree and a reciprocated pair counts twice, as NetworkX's `core_number` does on a
    /// `DiGraph` (it walks `all_neighbors`, predecessors and successors).
    ///
    /// - Parameter graph: any graph (weights ignored).
    /// - Returns: one core number per node (`0` for isolates, `[]` for the empty graph).
    /// - Complexity: O(n + m) time, O(n) extra space: bucket sort by degree, then nodes peeled in
    ///   increasing current degree, each neighbour moved down one bucket in O(1).
    ///
    /// References: Batagelj & Zaversnik (2003), "An O(m) algorithm for cores decomposition of
    /// networks", arXiv:cs/0310049 (Adv. Data Anal. Classif. 5:129–145, 2011,
    /// doi:10.1007/s11634-010-0079-y). Matches NetworkX `core_number` and igraph `igraph_coreness` with
    /// `IGRAPH_ALL`.
    public static func coreNumber(of graph: Graph) -> [Int] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let directed = graph.isDirected
        var deg = [Int32](repeating: 0, count: n)
        var maxDegree = 0
        for v in 0..<n {
            let d = graph.outDegree(v) + (directed ? graph.inDegree(v) : 0)
            deg[v] = Int32(d)
            if d > maxDegree { maxDegree = d }
        }
        var bin = [Int32](repeating: 0, count: maxDegree + 1)
        var pos = [Int32](repeating: 0, count: n)
        var vert = [Int32](repeating: 0, count: n)
        graph.offsets.withUnsafeBufferPointer { off in
        graph.targets.withUnsafeBufferPointer { tgt in
        graph.inOffsets.withUnsafeBufferPointer { inOff in
        graph.inSources.withUnsafeBufferPointer { inSrc in
        deg.withUnsafeMutableBufferPointer { deg in
        bin.withUnsafeMutableBufferPointer { bin in
        pos.withUnsafeMutableBufferPointer { pos in
        vert.withUnsafeMutableBufferPointer { vert in
            for v in 0..<n { bin[Int(deg[v])] += 1 }
            var start: Int32 = 0
            for d in 0...maxDegree { let c = bin[d]; bin[d] = start; start += c }
            for v in 0..<n {
                let p = Int(bin[Int(deg[v])])
                pos[v] = Int32(p); vert[p] = Int32(v)
                bin[Int(deg[v])] += 1
            }
            for d in stride(from: maxDegree, to: 0, by: -1) { bin[d] = bin[d - 1] }
            bin[0] = 0
            @inline(__always) func lower(_ u: Int, below dv: Int32) {
                let du = deg[u]
                if du > dv {
                    let pu = Int(pos[u]), pw = Int(bin[Int(du)])
                    let w = Int(vert[pw])
                    if u != w {
                        pos[u] = Int32(pw); vert[pu] = Int32(w)
                        pos[w] = Int32(pu); vert[pw] = Int32(u)
                    }
                    bin[Int(du)] += 1
                    deg[u] = du - 1
                }
            }
            for i in 0..<n {
                let v = Int(vert[i])
                let dv = deg[v]
                for p in Int(off[v])..<Int(off[v + 1]) { lower(Int(tgt[p]), below: dv) }
                if directed {
                    for p in Int(inOff[v])..<Int(inOff[v + 1]) { lower(Int(inSrc[p]), below: dv) }
                }
            }
        }}}}}}}}
        return deg.map { Int($0) }
    }
}
