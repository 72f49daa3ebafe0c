/// A two-mode (bipartite, affiliation) graph: `firstCount` nodes of the first mode (departments), then
/// `nodeCount − firstCount` of the second (coordinating bodies, functions), ties only between modes.
///
/// The CSR ``graph`` is undirected and unweighted: nodes `0..<firstCount` are the first mode, the rest
/// the second, as NetworkX's `bipartite` functions take a graph and the node set of one mode.
public struct TwoModeGraph: Sendable {
    /// The undirected graph on both modes.
    public let graph: Graph
    /// Number of nodes of the first mode (indices `0..<firstCount`).
    public let firstCount: Int
    /// Number of nodes of the second mode.
    public var secondCount: Int { graph.nodeCount - firstCount }

    /// Builds the graph from affiliations `(first, second)`, `first` in `0..<firstCount` and `second` in
    /// `0..<secondCount`; a repeated affiliation is one tie.
    /// - Complexity: O(n + m).
    public init(firstCount: Int, secondCount: Int, affiliations: [(Int32, Int32)]) {
        self.firstCount = firstCount
        let offset = Int32(firstCount)
        graph = Graph(nodeCount: firstCount + secondCount, edges: affiliations.map { ($0.0, $0.1 + offset) },
                      directed: false, combine: .max)
    }

    /// Whether node `v` is in the first mode.
    @inlinable public func isFirst(_ v: Int) -> Bool { v < firstCount }
}
