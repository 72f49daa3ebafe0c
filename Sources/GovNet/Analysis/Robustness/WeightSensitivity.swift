/// Whether weights change a conclusion: the departments with the highest betweenness counting every
/// tie once, against those with the recorded weights (shortest paths of length 1/weight, as
/// `govnet metrics --weighted`); and the diagnosis, whose rules count ties and so cannot change.
///
/// Computed only when the weights differ between ties (with equal weights both views are one).
public struct WeightSensitivity: Sendable, Hashable {
    /// How many departments the conclusion names (the top k, at most the departments with ties).
    public let top: Int
    /// The top k by unweighted betweenness (value, then id), highest first.
    public let unweighted: [String]
    /// The top k by weighted betweenness.
    public let weighted: [String]

    /// Whether the most central departments differ between the views (as sets: the same departments
    /// in another order are the same conclusion).
    public var changes: Bool { Set(unweighted) != Set(weighted) }

    /// - Returns: nil when every tie has the same weight, or no department has a tie.
    /// - Complexity: two betweenness computations, O(n·m + n² log n).
    public static func compute(_ network: Network, top k: Int = 5) -> WeightSensitivity? {
        let weights = Set(network.ties.map(\.weight))
        guard weights.count > 1,
              let plain = try? NodeMetrics.compute(network, settings: MetricSettings(), metrics: ["betweenness"]),
              let weighted = try? NodeMetrics.compute(network, settings: MetricSettings(weighted: true), metrics: ["betweenness"]) else { return nil }
        var tied = Set<String>()
        for t in network.ties { tied.insert(t.from); tied.insert(t.to) }
        let n = min(k, plain.ids.filter { tied.contains($0) }.count)
        guard n > 0 else { return nil }
        func ranked(_ r: NodeMetrics.Result) -> [String] {
            let v = r.columns[0].values
            return r.ids.indices.filter { tied.contains(r.ids[$0]) && !v[$0].isNaN }
                .sorted { v[$0] != v[$1] ? v[$0] > v[$1] : r.ids[$0] < r.ids[$1] }.prefix(n).map { r.ids[$0] }
        }
        return WeightSensitivity(top: n, unweighted: ranked(plain), weighted: ranked(weighted))
    }

    /// The sentences of the report, in the context's output language: the metric conclusion, then
    /// the diagnosis.
    public func lines(context: DiagnosisContext) -> [String] {
        let language = context.outputLanguage
        let metric = changes
            ? language.render("robustness.weights.changes", [("n", .count(top)), ("unweighted", context.departments(unweighted)), ("weighted", context.departments(weighted))])
            : language.render("robustness.weights.same", [("n", .count(top)), ("departments", context.departments(unweighted))])
        return [metric, language.render("robustness.weights.diagnosis")]
    }
}
