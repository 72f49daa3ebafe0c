extension Centrality {
    /// Unscaled Brandes sums: for every node v, Σ_s Σ_{t ≠ s, v} σ_st(v)/σ_st, and for every edge e,
    /// Σ_s Σ_t σ_st(e)/σ_st, over ordered source–target pairs with `s` in `sources` (every node when
    /// `nil`), following arcs on a directed graph. The engine behind ``betweenness(of:length:normalized:)``,
    /// ``edgeBetweenness(of:length:normalized:)`` and ``sampledBetweenness(of:length:samples:using:)``.
    ///
    /// Sources are split into `chunks` fixed chunks (one ``ShortestPathSearch`` and one result vector
    /// each) run in parallel, and the vectors are summed in chunk order: the result is deterministic,
    /// and `chunks: 1` is the sequential algorithm.
    ///
    /// - Parameters:
    ///   - nodes: whether to compute the node sums (else `nodes` is empty).
    ///   - edges: whether to compute the edge sums (else `edges` is empty).
    /// - Complexity: O(k·m) time with breadth-first search, O(k·(m + n log n)) with Dijkstra, for k
    ///   sources; O(chunks · (n + m)) extra space.
    ///
    /// References: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
    /// Mathematical Sociology 25(2):163–177, 2001, doi:10.1080/0022250X.2001.9990249; U. Brandes,
    /// "On variants of shortest-path betweenness centrality and their generic computation", Social
    /// Networks 30(2):136–145, 2008, doi:10.1016/j.socnet.2007.11.001 (edge variant).
    static func brandesSums(_ graph: Graph, length: PathLength, sources: [Int32]? = nil,
                            chunks: Int = ParallelChunks.standard, nodes: Bool = true,
                            edges: Bool = false) -> (nodes: [Double], edges: [Double]) {
        let n = graph.nodeCount, m = graph.edgeCount
        let nodePart = nodes ? n : 0, edgePart = edges ? m : 0
        let sourceCount = sources?.count ?? n
        let weighted = length != .hops
        let lengths = graph.slotLengths(length)
        let total = graph.withOutAdjacency(values: lengths, lengthUnits: weighted) { adj in
            SourceChunks.sum(count: sourceCount, length: nodePart + edgePart, chunks: chunks) { range, buffer in
                let search = ShortestPathSearch(nodeCount: n, slotCount: weighted ? 0 : adj.targets.count)
                let nodeScore = UnsafeMutableBufferPointer(rebasing: buffer[0..<nodePart])
                let edgeScore = UnsafeMutableBufferPointer(rebasing: buffer[nodePart...])
                for k in range {
                    let s = sources.map { Int($0[k]) } ?? k
                    if weighted {
                        search.dijkstra(from: s, adj, counting: true)
                        search.accumulate(adj, weighted: true, score: nodeScore, edgeScore: edgeScore)
                    } else {
                        search.breadthFirstDAG(from: s, adj, recordSlots: edges)
                        search.accumulateDAG(adj, score: nodeScore, edgeScore: edgeScore)
                    }
                }
            }
        }
        return (Array(total[0..<nodePart]), Array(total[nodePart...]))
    }
}
