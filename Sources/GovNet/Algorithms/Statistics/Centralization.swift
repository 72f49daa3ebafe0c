/// Which centrality a Freeman centralization summarizes (it fixes the theoretical maximum).
public enum CentralizationKind: String, Sendable, Hashable, CaseIterable {
    /// Normalized degree centrality (`degree / (n − 1)`, NetworkX `degree_centrality`).
    case degree
    /// Normalized betweenness centrality (NetworkX `betweenness_centrality(normalized=True)`).
    case betweenness
    /// Closeness centrality (NetworkX `closeness_centrality`).
    case closeness
}

extension NetworkStatistics {
    /// Freeman centralization: how much one node dominates on a centrality.
    ///
    /// Definition: `Σ_i (max_j c_j − c_i)` divided by the largest value that sum can take on a graph of
    /// the same size, reached by the star: `n − 2` for normalized degree, `n − 1` for normalized
    /// betweenness, `(n − 1)(n − 2)/(2n − 3)` for closeness. 1 for a star, 0 when all are equal.
    ///
    /// - Parameters:
    ///   - values: one centrality value per node, in the normalization stated by `kind`.
    ///   - kind: which centrality the values are.
    /// - Returns: the centralization; `nil` when n ≤ 2 (the star maximum is 0) or a value is not finite.
    /// - Complexity: O(n).
    ///
    /// References: Freeman (1979), "Centrality in social networks: conceptual clarification", Social
    /// Networks 1(3):215–239, doi:10.1016/0378-8733(78)90021-7. igraph `igraph_centralization` with
    /// `normalized=TRUE` gives the same for degree and betweenness of undirected graphs.
    public static func freemanCentralization(_ values: [Double], kind: CentralizationKind) -> Double? {
        let n = values.count
        guard n > 2, values.allSatisfy({ $0.isFinite }), let top = values.max() else { return nil }
        let spread = values.reduce(0) { $0 + (top - $1) }
        let nn = Double(n)
        let maximum: Double
        switch kind {
        case .degree: maximum = nn - 2
        case .betweenness: maximum = nn - 1
        case .closeness: maximum = (nn - 1) * (nn - 2) / (2 * nn - 3)
        }
        return spread / maximum
    }
}
