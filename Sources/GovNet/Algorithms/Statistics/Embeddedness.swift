extension NetworkStatistics {
    /// Embeddedness of every tie: the number of neighbours its two ends share.
    ///
    /// Definition: `|N(u) ∩ N(v)|` for the tie `{u, v}`, neighbourhoods taken in the undirected
    /// projection (an arc's ends share a partner whatever the arc directions). Equals the number of
    /// triangles through the tie.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: one count per edge id of `graph` (both arcs of a reciprocated pair get the same value).
    /// - Complexity: O(Σ_{uv} (deg u + deg v)) by merging the two sorted adjacency lists, O(m) extra
    ///   space.
    ///
    /// References: Marsden (1987) and Granovetter (1985) on tie embeddedness; Easley & Kleinberg (2010),
    /// *Networks, Crowds, and Markets*, §3.3. Equals `len(list(nx.common_neighbors(G, u, v)))` on the
    /// undirected graph.
    public static func embeddedness(of graph: Graph) -> [Int] {
        let (g, edgeOfArc) = graph.undirectedProjection()
        var shared = [Int](repeating: 0, count: g.edgeCount)
        g.offsets.withUnsafeBufferPointer { off in
        g.targets.withUnsafeBufferPointer { tgt in
            for e in 0..<g.edgeCount {
                let u = Int(g.edgeSources[e]), v = Int(g.edgeTargets[e])
                var a = Int(off[u]), b = Int(off[v])
                let aEnd = Int(off[u + 1]), bEnd = Int(off[v + 1])
                var count = 0
                while a < aEnd && b < bEnd {
                    let x = tgt[a], y = tgt[b]
                    if x == y { count += 1; a += 1; b += 1 } else if x < y { a += 1 } else { b += 1 }
                }
                shared[e] = count
            }
        }}
        return edgeOfArc.map { shared[Int($0)] }
    }
}
