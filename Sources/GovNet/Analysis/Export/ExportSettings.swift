/// The settings of an export (`govnet export`), recorded under `"settings"` in `tables.json` so every
/// number can be reproduced.
///
/// Every metric is computed on unweighted views (hop distances; `strength` alone sums the tie weights),
/// direction as recorded, parallel ties summed, brokerage groups by relationship class where the network
/// carries governance structure and by `kind` otherwise (``DepartmentGroups/automatic``), power iterations to
/// full convergence — the defaults of `govnet metrics`, so `departments.csv` equals
/// `govnet metrics FILE --format csv` on the same view.
public struct ExportSettings: Sendable, Hashable {
    /// Seed of community detection (Louvain, network level) and of the random-failure orders.
    public var seed: UInt64
    /// Number of random removal orders summarised by the random-failure band of `resilience.csv`.
    public var randomRuns: Int
    /// Probabilities of the lower and upper band of the random-failure curves.
    public var bandProbabilities: (lower: Double, upper: Double) { (0.05, 0.95) }
    /// Department attribute grouping departments for brokerage roles, the E–I index and assortativity.
    public var groupAttribute: String
    /// Thresholds of the diagnosis rules behind `findings.csv`.
    public var diagnosis: DiagnosisConfig

    public init(seed: UInt64 = 1, randomRuns: Int = 100, groupAttribute: String = DepartmentGroups.automatic,
                diagnosis: DiagnosisConfig = DiagnosisConfig()) {
        precondition(randomRuns >= 0, "randomRuns must be non-negative")
        self.seed = seed
        self.randomRuns = randomRuns
        self.groupAttribute = groupAttribute
        self.diagnosis = diagnosis
    }

    /// The metric settings of one view: all mechanisms (`nil`) or one.
    public func metricSettings(mechanism: String?) -> MetricSettings {
        MetricSettings(view: GraphView(mechanisms: mechanism.map { [$0] }), weighted: false,
                       groupAttribute: groupAttribute, seed: seed)
    }

    /// The settings as JSON.
    /// - Parameters:
    ///   - directed: whether the all-mechanism view is directed.
    ///   - center: the coordinating department the diagnosis used.
    public func jsonValue(directed: Bool, center: String?) -> JSONValue {
        .object([
            ("metrics", metricSettings(mechanism: nil).jsonValue(directed: directed)),
            ("per_mechanism", .string("each used mechanism alone, same settings (columns metric@mechanism, rows mechanism)")),
            ("tie_metrics", .string("within the tie's mechanism, on the arc from -> to")),
            ("resilience", .object([
                ("view", .string("all mechanisms, unweighted")),
                ("targeted", .array([.string("degree"), .string("betweenness")])),
                ("adaptive", .bool(false)),
                ("random_runs", .number(Double(randomRuns))),
                ("random_seed", .number(Double(seed))),
                ("band", .array([.number(bandProbabilities.lower), .number(bandProbabilities.upper)])),
                ("quantiles", .string("linear interpolation (Hyndman & Fan 7, numpy default)")),
            ])),
            ("diagnosis", .object([
                ("center", center.map { .string($0) } ?? .null),
                ("thresholds", diagnosis.jsonValue),
            ])),
            ("significant_digits", .number(Double(ExportTable.significantDigits))),
            ("software", .string("GovNet \(GovNetVersion.string)")),
        ])
    }
}
