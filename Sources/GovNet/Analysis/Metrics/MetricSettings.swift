/// How metrics are computed: which view of the network, how weights count, how brokers are grouped.
/// Recorded under `"settings"` in every JSON output so results can be reproduced.
public struct MetricSettings: Sendable, Hashable {
    /// Mechanisms to include (nil: all), direction and parallel-tie rule.
    public var view: GraphView
    /// Use tie weights (strength); distances then use ``pathLength``.
    public var weighted: Bool
    /// How a weight becomes a length on weighted views (default 1/weight).
    public var pathLength: PathLength
    /// Department attribute that defines groups for brokerage roles and the E–I index; by default
    /// ``DepartmentGroups/automatic``: `relationship` where the network carries governance structure,
    /// else `kind` (``DepartmentGroups/resolvedAttribute(_:for:)``).
    public var groupAttribute: String
    /// Seed of the community detection (Louvain) and any sampling.
    public var seed: UInt64
    /// Sample this many sources for betweenness instead of all (nil: exact).
    public var betweennessSamples: Int?
    /// Riondato–Kornaropoulos additive error ε for betweenness (`--epsilon`): when set (and no
    /// `betweennessSamples`), betweenness is ``Centrality/approximateBetweenness(of:length:epsilon:delta:using:)``,
    /// within ε·n/(n − 2) of the exact value for all nodes with probability ≥ 1 − ``betweennessDelta``.
    public var betweennessEpsilon: Double? = nil
    /// Failure probability δ of the ε guarantee (`--delta`, default 0.1).
    public var betweennessDelta: Double = 0.1
    /// Convergence tolerance of the iterative centralities (eigenvector, PageRank, Katz). `nil` (the
    /// default) iterates to full convergence: the values equal the converged values of NetworkX and
    /// igraph to 1e-9 (``PowerIterationStop``). A number is NetworkX's `tol` with its stopping rule:
    /// ``networkXTolerance`` (1e-6) reproduces `nx.eigenvector_centrality(G)`, `nx.pagerank(G)` and
    /// `nx.katz_centrality(G)` called with their defaults.
    public var tolerance: Double?

    public init(view: GraphView = .all, weighted: Bool = false, pathLength: PathLength = .inverseWeight,
                groupAttribute: String = DepartmentGroups.automatic, seed: UInt64 = 1, betweennessSamples: Int? = nil, tolerance: Double? = nil) {
        self.view = view
        self.weighted = weighted
        self.pathLength = pathLength
        self.groupAttribute = groupAttribute
        self.seed = seed
        self.betweennessSamples = betweennessSamples
        self.tolerance = tolerance
    }

    /// NetworkX's default tolerance of the power iterations (eigenvector, PageRank, Katz).
    public static let networkXTolerance = 1e-6

    /// The iteration budget of the power iterations: enough for full convergence when the second
    /// eigenvalue is within 0.1 % of the first (k ≈ 37 / (1 − ratio)); a slower iteration is
    /// reported as not converged.
    public static let maxIterations = 100_000

    /// Edge length rule for shortest paths: hops when unweighted.
    public var length: PathLength { weighted ? pathLength : .hops }

    /// The settings as a JSON object (for the `"settings"` key of outputs).
    public func jsonValue(directed: Bool) -> JSONValue {
        .object([
            ("mechanisms", view.mechanisms.map { .array($0.map { .string($0) }) } ?? .string("all")),
            ("include_membership", .bool(view.includeMembership || (view.mechanisms?.contains(Mechanism.membership.id) ?? false))),
            ("directed", .bool(directed)),
            ("undirected_projection", .bool(view.forceUndirected)),
            ("parallel_ties", .string(view.combine.rawValue)),
            ("weighted", .bool(weighted)),
            ("path_length", .string(weighted ? (pathLength == .inverseWeight ? "1/weight" : "weight") : "hops")),
            ("normalized", .bool(true)),
            ("groups", .string(groupAttribute)),
            ("seed", .number(Double(seed))),
            ("betweenness_samples", betweennessSamples.map { .number(Double($0)) } ?? .null),
            ("betweenness_epsilon", betweennessEpsilon.map { .number($0) } ?? .null),
            ("tolerance", tolerance.map { .number($0) } ?? .string("converged")),
            ("software", .string("GovNet \(GovNetVersion.string)")),
        ])
    }
}

/// A computed table: one row per department (or tie), one column per metric.
public struct MetricColumn: Sendable {
    /// Column name, part of the interface (e.g. `betweenness`).
    public var name: String
    /// One value per row; NaN where the metric is undefined.
    public var values: [Double]
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// Groups of departments by an attribute, as dense `Int32` labels in sorted label order; departments
/// without the attribute share the group `(none)`.
public struct DepartmentGroups: Sendable {
    public var labels: [String]
    public var membership: [Int32]
    /// The attribute the groups follow (``automatic`` resolved).
    public let attribute: String

    /// The default grouping: `relationship` when the network carries governance structure (a `led_by`
    /// or a command tie with a `relation`) and has a coordinating department, else `kind`. Kinds are
    /// mostly singletons in a municipal network (one water bureau, one health commission), so E–I and
    /// brokerage by kind say little there; the relationship classes (same-level, subordinate,
    /// vertical-or-dual, …) are the groups the governance question is about (docs/governance.md).
    public static let automatic = "auto"

    /// `attribute`, or for ``automatic`` the grouping it stands for in `network`.
    public static func resolvedAttribute(_ attribute: String, for network: Network) -> String {
        guard attribute == automatic else { return attribute }
        let structured = network.departments.contains { !$0.ledBy.isEmpty }
            || network.ties.contains { $0.mechanism == "command" && $0.relation != nil }
        return structured && GovernanceStructure.findCenter(network).id != nil ? "relationship" : "kind"
    }

    /// Groups by `attribute`: `kind`, `level`, `management`, a free attribute, `relationship` (the
    /// ``RelationshipClass`` relative to the coordinating department `center`, default as
    /// ``GovernanceStructure/findCenter(_:requested:)``), or ``automatic``.
    public init(network: Network, attribute requested: String, center: String? = nil) {
        let attribute = Self.resolvedAttribute(requested, for: network)
        self.attribute = attribute
        let structure = attribute == "relationship" ? GovernanceStructure(network: network, center: center) : nil
        let values = network.departments.map { d in
            structure.map { $0.relationship(of: d.id)?.rawValue ?? "(none)" } ?? d.group(attribute) ?? "(none)"
        }
        labels = Array(Set(values)).sorted()
        var index: [String: Int32] = [:]
        for (i, l) in labels.enumerated() { index[l] = Int32(i) }
        membership = values.map { index[$0]! }
    }

    /// Labels of the groups with a single department, except the centre's own class (one by definition):
    /// their E–I index and brokerage roles rest on one department.
    public var singletons: [String] {
        var size = [Int](repeating: 0, count: labels.count)
        for g in membership { size[Int(g)] += 1 }
        return labels.indices.filter { size[$0] == 1 && labels[$0] != RelationshipClass.centre.rawValue }.map { labels[$0] }
    }
}
