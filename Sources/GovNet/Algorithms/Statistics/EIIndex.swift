extension NetworkStatistics {
    /// Krackhardt–Stern E–I index: external against internal ties of groups.
    ///
    /// Definition: `(E − I) / (E + I)`, `E` the ties between nodes of different groups, `I` the ties
    /// within a group, counted over the edges of the undirected projection (a reciprocated pair of arcs
    /// is one tie, as UCINET symmetrizes). −1: all ties internal (silos); +1: all external.
    ///
    /// - Parameters:
    ///   - graph: any graph (weights ignored).
    ///   - groups: one group code per node.
    /// - Returns: a value in [−1, 1]; `nil` when there is no tie.
    /// - Complexity: O(m) (plus the projection when directed).
    ///
    /// References: Krackhardt & Stern (1988), "Informal networks and organizational crises: an
    /// experimental simulation", Social Psychology Quarterly 51(2):123–140, doi:10.2307/2786835. The
    /// whole-network E–I index of UCINET (Network > Cohesion > E-I Index).
    public static func eiIndex(of graph: Graph, groups: [Int32]) -> Double? {
        precondition(groups.count == graph.nodeCount, "one group per node")
        let g = graph.isDirected ? graph.undirectedProjection().graph : graph
        let m = g.edgeCount
        guard m > 0 else { return nil }
        var external = 0
        for e in 0..<m where groups[Int(g.edgeSources[e])] != groups[Int(g.edgeTargets[e])] {
            external += 1
        }
        return Double(external - (m - external)) / Double(m)
    }
}
