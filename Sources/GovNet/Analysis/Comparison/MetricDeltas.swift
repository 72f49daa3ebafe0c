/// Metrics of the aligned earlier network and the later network side by side: network-level metrics
/// per mechanism and overall, node metrics of the departments present in both with their ranks, and
/// the diagnosis findings that appeared, disappeared or persisted.
///
/// Definitions. Network metrics are ``NetworkMetrics/compute(_:settings:)`` on the aligned earlier
/// network and on the later network with the same settings (one view per mechanism, and the combined
/// view `all`); *change* = after − before; *relative change* = (after − before) / |before| (NaN when
/// before is 0 or either value is undefined). Node metrics are ``NodeMetrics/compute(_:settings:metrics:)``
/// on the combined view of each network; a department's *rank* is its competition rank in its own
/// network (1 = largest value; equal values share the best rank; NaN values are unranked), so
/// "became the hub" reads as rank 1 after and not before. Findings are ``Diagnosis/run(_:)`` on the
/// raw earlier network and on the later network with the same mechanisms — never on the aligned copy,
/// whose copied or pooled ties would create findings of their own — and matched by
/// ``Finding/identity`` (rule, mechanism and first subjects) after the earlier subjects are renamed
/// through the mapping (``match(before:after:alignment:)``).
///
/// References: the before/after metric comparison of reform studies (e.g. Kapucu 2006 on
/// interorganizational networks, doi:10.1177/0275074005280605); ranks as
/// `scipy.stats.rankdata(-x, method="min")`.
public struct MetricDeltas: Sendable {
    /// One metric before and after.
    public struct Delta: Sendable, Hashable {
        public var before: Double
        public var after: Double
        public var change: Double { after - before }
        public var relativeChange: Double {
            guard before.isFinite, after.isFinite, before != 0 else { return .nan }
            return (after - before) / abs(before)
        }
    }
    /// One department's metric before and after, with ranks (nil: undefined value).
    public struct NodeDelta: Sendable, Hashable {
        public var before: Double
        public var after: Double
        public var rankBefore: Int?
        public var rankAfter: Int?
        public var change: Double { after - before }
    }

    /// Scope (`all` or a mechanism id) → ordered (metric, delta).
    public var network: [(String, [(String, Delta)])] = []
    /// The node metric names.
    public var nodeMetrics: [String] = []
    /// Departments present in both networks, sorted by id, with one entry per metric.
    public var departments: [(id: String, metrics: [NodeDelta])] = []
    /// Findings by identity: only after, only before, and in both (the later finding).
    public var appeared: [Finding] = []
    public var disappeared: [Finding] = []
    public var persisted: [Finding] = []

    /// Computes the deltas.
    /// - Parameters:
    ///   - alignment: the alignment.
    ///   - mechanisms: the compared mechanisms (scopes of the network metrics).
    ///   - settings: metric settings; its view's mechanisms are overridden per scope.
    ///   - nodeMetrics: node metric names (from ``NodeMetrics/all``).
    ///   - diagnose: whether to run the diagnosis on both networks.
    /// - Throws: ``AlgorithmError`` for an unknown node metric.
    /// - Complexity: two runs of each metric per scope and of the diagnosis.
    public init(_ alignment: Alignment, mechanisms: [String], settings: MetricSettings,
                nodeMetrics: [String] = MetricDeltas.defaultNodeMetrics, diagnose: Bool = true) throws {
        let before = alignment.aligned, after = alignment.after
        let scopes: [(String, [String])] = [("all", mechanisms)] + mechanisms.map { ($0, [$0]) }
        for (scope, ms) in scopes {
            var s = settings
            s.view.mechanisms = ms
            let b = NetworkMetrics.compute(before, settings: s), a = NetworkMetrics.compute(after, settings: s)
            network.append((scope, b.values.map { name, value in (name, Delta(before: value, after: a[name] ?? .nan)) }))
        }
        self.nodeMetrics = nodeMetrics
        var s = settings
        s.view.mechanisms = mechanisms
        let nb = try NodeMetrics.compute(before, settings: s, metrics: nodeMetrics)
        let na = try NodeMetrics.compute(after, settings: s, metrics: nodeMetrics)
        let ranksBefore = nb.columns.map { MetricDeltas.ranks($0.values) }, ranksAfter = na.columns.map { MetricDeltas.ranks($0.values) }
        var afterRow: [String: Int] = [:]
        for (i, id) in na.ids.enumerated() where afterRow[id] == nil { afterRow[id] = i }
        var rows: [(String, [NodeDelta])] = []
        for (i, id) in nb.ids.enumerated() {
            guard let j = afterRow[id] else { continue }
            rows.append((id, nodeMetrics.indices.map { k in
                NodeDelta(before: nb.columns[k].values[i], after: na.columns[k].values[j], rankBefore: ranksBefore[k][i], rankAfter: ranksAfter[k][j])
            }))
        }
        departments = rows.sorted { $0.0 < $1.0 }.map { (id: $0.0, metrics: $0.1) }

        if diagnose {
            let fb = Diagnosis.run(DiagnosisContext(network: alignment.before, mechanisms: mechanisms))
            let fa = Diagnosis.run(DiagnosisContext(network: after, mechanisms: mechanisms))
            (appeared, disappeared, persisted) = MetricDeltas.match(before: fb, after: fa, alignment: alignment)
        }
    }

    /// Matches findings of the raw earlier network with those of the later one: each earlier finding's
    /// departments (and tie ends) are replaced by ``Alignment/primary(_:)`` and its functions by their
    /// first later function, then findings are matched by ``Finding/identity``.
    /// - Returns: findings only after, only before (as found in the earlier network, earlier ids), and
    ///   in both (the later finding).
    public static func match(before fb: [Finding], after fa: [Finding], alignment: Alignment) -> (appeared: [Finding], disappeared: [Finding], persisted: [Finding]) {
        func translated(_ f: Finding) -> String {
            var g = f
            g.departments = f.departments.map(alignment.primary)
            g.ties = f.ties.map { TieRef(from: alignment.primary($0.from), to: alignment.primary($0.to), mechanism: $0.mechanism) }
            g.functions = f.functions.map { alignment.mapping.functionTargets($0).first ?? $0 }
            return g.identity
        }
        let idsBefore = Set(fb.map(translated)), idsAfter = Set(fa.map(\.identity))
        return (fa.filter { !idsBefore.contains($0.identity) }, fb.filter { !idsAfter.contains(translated($0)) },
                fa.filter { idsBefore.contains($0.identity) })
    }

    /// The node metrics compared by default: degree, betweenness, closeness, PageRank and Burt's constraint.
    public static let defaultNodeMetrics = ["degree", "betweenness", "closeness", "pagerank", "constraint"]

    /// Competition ranks, largest first (1, 2, 2, 4, …); nil for NaN.
    public static func ranks(_ values: [Double]) -> [Int?] {
        let order = values.indices.filter { !values[$0].isNaN }.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var out = [Int?](repeating: nil, count: values.count)
        for (pos, i) in order.enumerated() {
            if pos > 0, values[order[pos - 1]] == values[i] { out[i] = out[order[pos - 1]] } else { out[i] = pos + 1 }
        }
        return out
    }
}
