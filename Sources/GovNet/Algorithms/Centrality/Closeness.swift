extension Centrality {
    /// Closeness centrality of every node with the Wasserman–Faust correction for disconnected
    /// graphs, exactly NetworkX `closeness_centrality(G, distance=…, wf_improved=True)`.
    ///
    /// Definition: with r(u) the number of nodes v ≠ u that reach u and D(u) = Σ_v d(v, u) the sum of
    /// their distances to u, C(u) = (r(u) / D(u)) · (r(u) / (n − 1)); C(u) = 0 when nothing reaches u.
    /// Distances are *inward* on a directed graph (paths ending at u, as NetworkX computes on
    /// `G.reverse()`); on a connected undirected graph C(u) = (n − 1) / Σ_v d(u, v).
    ///
    /// Example: on the path a – b – c, closeness is `[2/3, 1, 2/3]`.
    ///
    /// - Parameters:
    ///   - graph: any graph; isolated nodes get 0.
    ///   - length: edge lengths, as in ``betweenness(of:length:normalized:)``.
    /// - Returns: one value per node index in [0, 1] for hop lengths; 0 for a node nothing reaches
    ///   and for the single node of a one-node graph; empty for the empty graph.
    /// - Complexity: unweighted, O(⌈n/64⌉·L·(n + m)) for eccentricity L by 64-source bit-parallel
    ///   breadth-first search (at most O(n·m)); weighted, O(n·(m + n log n)) by Dijkstra; O(16·n)
    ///   extra space (sources run in 16 fixed chunks across the cores; each value is exact or comes
    ///   from one search, so it does not depend on the chunking).
    ///
    /// References: A. Bavelas, "Communication patterns in task-oriented groups", JASA 22(6):725–730,
    /// 1950, doi:10.1121/1.1906679; L. C. Freeman, "Centrality in social networks: conceptual
    /// clarification", Social Networks 1(3):215–239, 1979, doi:10.1016/0378-8733(78)90021-7;
    /// S. Wasserman and K. Faust, *Social Network Analysis*, Cambridge University Press, 1994,
    /// doi:10.1017/CBO9780511815478 (eq. 5.2 correction). Matches NetworkX `closeness_centrality`
    /// (igraph `igraph_closeness` omits the r(u)/(n − 1) factor).
    public static func closeness(of graph: Graph, length: PathLength = .hops) -> [Double] {
        closeness(of: graph, length: length, chunks: ParallelChunks.standard)
    }

    /// ``closeness(of:length:)`` with an explicit number of chunks (1 = sequential).
    static func closeness(of graph: Graph, length: PathLength, chunks: Int) -> [Double] {
        let n = graph.nodeCount
        guard n > 1 else { return [Double](repeating: 0, count: n) }
        let others = Double(n - 1)
        if length == .hops {
            let totals = inwardHopTotals(graph, chunks: chunks)
            return (0..<n).map { u in
                guard totals.distance[u] > 0 else { return 0 }
                let r = Double(totals.reached[u])
                return (r / Double(totals.distance[u])) * (r / others)
            }
        }
        return perNodeInwardSearch(graph, length: length, chunks: chunks) { search, weighted in
            let reached = search.reached
            guard reached > 1 else { return 0 }
            var total = 0.0
            if weighted {
                for i in 1..<reached { total += search.distance[Int(search.order[i])] }
            } else {
                var hops = 0
                for i in 1..<reached { hops += Int(search.hops[Int(search.order[i])]) }
                total = Double(hops)
            }
            guard total > 0 else { return 0 }
            let r = Double(reached - 1)
            return (r / total) * (r / others)
        }
    }
}
