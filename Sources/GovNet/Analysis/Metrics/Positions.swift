/// Positions of departments (`govnet metrics --positions`): structural-equivalence clustering or CONCOR,
/// and the blockmodel image of the partition.
public enum Positions {
    /// How positions are found.
    public enum Method: String, CaseIterable, Sendable {
        /// Structural-equivalence distances, complete-linkage hierarchical clustering cut into k
        /// positions (`sna::equiv.clust` + `cutree`).
        case se
        /// CONCOR bisection to depth ⌈log₂ k⌉ (UCINET).
        case concor
    }

    /// A partition into positions and its image.
    public struct Result: Sendable {
        /// Position of each node (1…), in node order.
        public var blocks: [Int]
        /// Density of ties from each position to each (NaN for a one-member position's own cell).
        public var image: [[Double]]
    }

    /// The default number of positions: 4 (UCINET's CONCOR default depth 2), at most n.
    public static func defaultK(nodes n: Int) -> Int { max(1, min(4, n)) }

    /// Positions of the view's nodes by `method`, `k` positions (CONCOR: up to 2^⌈log₂ k⌉).
    /// - Complexity: se O(n³); CONCOR O(iterations·n³).
    public static func compute(_ graph: Graph, method: Method, k: Int, distance: StructuralEquivalence.Distance = .euclidean,
                               linkage: HierarchicalClustering.Linkage = .complete) -> Result {
        let n = graph.nodeCount
        let blocks: [Int]
        switch method {
        case .se:
            let d = StructuralEquivalence.distances(of: graph, distance: distance)
            blocks = HierarchicalClustering.cut(HierarchicalClustering.merges(d, n: n, linkage: linkage), n: n, k: min(max(k, 1), max(n, 1)))
        case .concor:
            var depth = 0
            while (1 << depth) < k { depth += 1 }
            blocks = CONCOR.positions(of: graph, depth: depth)
        }
        return Result(blocks: blocks, image: n == 0 ? [] : Blockmodel.image(of: graph, blocks: blocks))
    }
}
