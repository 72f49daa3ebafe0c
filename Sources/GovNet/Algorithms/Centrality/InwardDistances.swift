extension Centrality {
    /// Runs one shortest-path search per node u over the *in*-adjacency (the reverse graph on a
    /// directed graph, the graph itself when undirected), so the distances found are d(v, u) for
    /// every v that reaches u, and stores `summary(search, weighted)` as the value of u.
    ///
    /// Nodes are split into `chunks` fixed chunks run across the cores, each with its own
    /// ``ShortestPathSearch``; every node's value is computed by one search alone, so the result
    /// does not depend on the chunking. The engine of ``closeness(of:length:)`` and ``harmonic(of:length:)``.
    /// - Complexity: n searches: O(n·m) with breadth-first search, O(n·(m + n log n)) with Dijkstra;
    ///   O(chunks · n) extra space.
    static func perNodeInwardSearch(_ graph: Graph, length: PathLength, chunks: Int = ParallelChunks.standard,
                                    summary: (ShortestPathSearch, _ weighted: Bool) -> Double) -> [Double] {
        let n = graph.nodeCount
        let weighted = length != .hops
        let lengths = graph.slotLengths(length, inward: true)
        var result = [Double](repeating: 0, count: n)
        result.withUnsafeMutableBufferPointer { out in
            graph.withInAdjacency(values: lengths, lengthUnits: weighted) { adj in
                SourceChunks.forEach(count: n, chunks: chunks) { range in
                    let search = ShortestPathSearch(nodeCount: n)
                    for u in range {
                        if weighted {
                            search.dijkstra(from: u, adj, counting: false)
                        } else {
                            search.breadthFirst(from: u, adj, counting: false)
                        }
                        out[u] = summary(search, weighted)
                    }
                }
            }
        }
        return result
    }
}
