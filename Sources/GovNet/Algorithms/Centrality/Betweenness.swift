extension Centrality {
    /// Shortest-path betweenness centrality of every node, exactly NetworkX
    /// `betweenness_centrality(G, normalized=…, weight=…, endpoints=False)`.
    ///
    /// Definition: c_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st, where σ_st is the number of shortest s–t
    /// paths and σ_st(v) the number of them through v; pairs with no path add nothing. The sum runs
    /// over ordered pairs (s, t) following arcs on a directed graph. Normalised, it is divided by
    /// (n − 1)(n − 2) on directed *and* undirected graphs (on an undirected graph each unordered
    /// pair is counted twice, so this is the fraction of the (n − 1)(n − 2)/2 pairs); not normalised,
    /// undirected sums are halved (each unordered pair once) and directed sums are left as they are.
    /// With n ≤ 2 every value is 0.
    ///
    /// Example: on the path a – b – c, `betweenness(of:)` is `[0, 1, 0]` (`[0, 1, 0]` unnormalised).
    ///
    /// - Parameters:
    ///   - graph: any graph; isolated nodes and components are allowed.
    ///   - length: edge lengths: ``PathLength/hops`` (breadth-first search) or, on weighted graphs,
    ///     ``PathLength/inverseWeight`` / ``PathLength/weight`` (Dijkstra). Equal-length paths are
    ///     recognised by exact floating-point equality of the summed lengths, as NetworkX does.
    ///   - normalized: divide by (n − 1)(n − 2) (the NetworkX default).
    /// - Returns: one value per node index; all zeros when n ≤ 2 or when no node lies inside a
    ///   shortest path; an empty array for the empty graph.
    /// - Complexity: O(n·m) time unweighted, O(n·m + n² log n) weighted; O(16·n) extra space
    ///   (sources run in 16 fixed chunks across the cores, reduced in chunk order: deterministic).
    ///
    /// References: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
    /// Mathematical Sociology 25(2):163–177, 2001, doi:10.1080/0022250X.2001.9990249; L. C. Freeman,
    /// "A set of measures of centrality based on betweenness", Sociometry 40(1):35–41, 1977,
    /// doi:10.2307/3033543. Matches NetworkX `betweenness_centrality` and igraph
    /// `igraph_betweenness` (after igraph's unnormalised values are scaled the same way).
    public static func betweenness(of graph: Graph, length: PathLength = .hops, normalized: Bool = true) -> [Double] {
        betweenness(of: graph, length: length, normalized: normalized, chunks: ParallelChunks.standard)
    }

    /// ``betweenness(of:length:normalized:)`` with an explicit number of source chunks (1 = sequential).
    static func betweenness(of graph: Graph, length: PathLength, normalized: Bool, chunks: Int) -> [Double] {
        var score = brandesSums(graph, length: length, chunks: chunks).nodes
        let scale = nodeBetweennessScale(nodeCount: graph.nodeCount, directed: graph.isDirected, normalized: normalized)
        if scale != 1 {
            for v in score.indices { score[v] *= scale }
        }
        return score
    }

    /// The factor NetworkX `_rescale` applies to node sums with `endpoints=False` and every source:
    /// with N = n − 1 node pairs per source, 1 / (N (N − 1)) normalised, 1/2 unnormalised undirected,
    /// 1 otherwise (and 1 whenever N < 2).
    static func nodeBetweennessScale(nodeCount n: Int, directed: Bool, normalized: Bool) -> Double {
        let pairs = Double(n - 1)
        guard n - 1 >= 2 else { return 1 }
        if normalized { return 1 / (pairs * (pairs - 1)) }
        return directed ? 1 : 0.5
    }
}
