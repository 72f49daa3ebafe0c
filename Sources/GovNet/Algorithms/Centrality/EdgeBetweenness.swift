extension Centrality {
    /// Shortest-path betweenness of every edge, exactly NetworkX
    /// `edge_betweenness_centrality(G, normalized=…, weight=…)`.
    ///
    /// Definition: c_B(e) = Σ_{s, t} σ_st(e) / σ_st over ordered pairs of distinct nodes, where
    /// σ_st(e) counts the shortest s–t paths using e (an arc, on a directed graph). Normalised, it is
    /// divided by n (n − 1) — the number of ordered pairs, on directed and undirected graphs alike;
    /// not normalised, undirected sums are halved and directed sums are left as they are. With
    /// n < 2 there are no edges.
    ///
    /// Example: on the path a – b – c both edges have 4 / 6 = 0.667 (2 unnormalised).
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - length: edge lengths, as in ``betweenness(of:length:normalized:)``.
    ///   - normalized: divide by n (n − 1) (the NetworkX default).
    /// - Returns: one value per edge id `0..<graph.edgeCount` (see ``Graph/edgeID(_:_:)`` to look an
    ///   edge up by its endpoints); empty when the graph has no edges.
    /// - Complexity: O(n·m) time unweighted, O(n·m + n² log n) weighted; O(16·(n + m)) extra space.
    ///
    /// References: M. Girvan and M. E. J. Newman, "Community structure in social and biological
    /// networks", PNAS 99(12):7821–7826, 2002, doi:10.1073/pnas.122653799; U. Brandes, "On variants
    /// of shortest-path betweenness centrality and their generic computation", Social Networks
    /// 30(2):136–145, 2008, doi:10.1016/j.socnet.2007.11.001. Matches NetworkX
    /// `edge_betweenness_centrality` and igraph `igraph_edge_betweenness` (scaled the same way).
    public static func edgeBetweenness(of graph: Graph, length: PathLength = .hops, normalized: Bool = true) -> [Double] {
        edgeBetweenness(of: graph, length: length, normalized: normalized, chunks: ParallelChunks.standard)
    }

    /// ``edgeBetweenness(of:length:normalized:)`` with an explicit number of source chunks (1 = sequential).
    static func edgeBetweenness(of graph: Graph, length: PathLength, normalized: Bool, chunks: Int) -> [Double] {
        var score = brandesSums(graph, length: length, chunks: chunks, nodes: false, edges: true).edges
        let n = graph.nodeCount
        // NetworkX `_rescale` with endpoints=True: N = n pairs per source.
        guard n >= 2 else { return score }
        let scale = normalized ? 1 / (Double(n) * Double(n - 1)) : (graph.isDirected ? 1 : 0.5)
        if scale != 1 {
            for e in score.indices { score[e] *= scale }
        }
        return score
    }
}
