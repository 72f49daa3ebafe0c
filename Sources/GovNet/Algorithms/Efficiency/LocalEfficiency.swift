extension Efficiency {
    /// Local efficiency of every node.
    ///
    /// Definition: the global efficiency of the subgraph induced by the neighbours of `v` (without `v`),
    /// hop distances, on the undirected projection when directed. NetworkX's `local_efficiency` is the
    /// mean of these terms; this returns them per node.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: one value per node in [0, 1]; `0` when `v` has fewer than two neighbours.
    /// - Complexity: O(Σ_v k_v·(k_v + m_v)) for `k_v` neighbours and `m_v` ties among them, plus
    ///   O(Σ_v Σ_{u∈N(v)} deg u) to induce the neighbourhoods; nodes split across cores; O(n) scratch
    ///   per chunk.
    ///
    /// References: Latora & Marchiori (2001), doi:10.1103/PhysRevLett.87.198701. The terms of NetworkX
    /// `local_efficiency` (`global_efficiency(G.subgraph(G[v]))`); igraph `igraph_local_efficiency`
    /// (undirected, unweighted).
    public static func local(of graph: Graph) -> [Double] {
        let g = graph.isDirected ? graph.undirectedProjection().graph : graph
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let parts = ParallelChunks.map(count: n, chunks: 8) { range -> [Double] in
            var result = [Double](repeating: 0, count: range.count)
            var localIndex = [Int32](repeating: -1, count: n)
            var localOffsets: [Int32] = []
            var localTargets: [Int32] = []
            let scratch = HopSearch.Scratch(count: n)
            for v in range {
                let lo = Int(g.offsets[v]), hi = Int(g.offsets[v + 1])
                let k = hi - lo
                if k < 2 { continue }
                for p in lo..<hi { localIndex[Int(g.targets[p])] = Int32(p - lo) }
                // Induced subgraph of the neighbourhood as a small CSR (neighbours stay sorted).
                localOffsets.removeAll(keepingCapacity: true)
                localTargets.removeAll(keepingCapacity: true)
                localOffsets.append(0)
                for p in lo..<hi {
                    let u = Int(g.targets[p])
                    for q in Int(g.offsets[u])..<Int(g.offsets[u + 1]) {
                        let x = localIndex[Int(g.targets[q])]
                        if x >= 0 { localTargets.append(x) }
                    }
                    localOffsets.append(Int32(localTargets.count))
                }
                for p in lo..<hi { localIndex[Int(g.targets[p])] = -1 }
                if localTargets.isEmpty { continue }
                var sum = 0.0
                localOffsets.withUnsafeBufferPointer { off in
                localTargets.withUnsafeBufferPointer { tgt in
                    for s in 0..<k {
                        let reached = HopSearch.run(offsets: off, targets: tgt, source: s, blocked: -1,
                                                    distance: scratch.distance, queue: scratch.queue)
                        sum += HopSearch.inverseDistanceSum(scratch.distance, scratch.queue, reached)
                        HopSearch.reset(scratch.distance, scratch.queue, reached)
                    }
                }}
                result[v - range.lowerBound] = sum / (Double(k) * Double(k - 1))
            }
            return result
        }
        return parts.flatMap { $0 }
    }
}
