import GovNet

/// "What if it fails", precomputed for every department so the report's explorer computes nothing
/// heavy: the scenario of `govnet simulate --remove ID` without its diagnoses.
///
/// Definition: for department v, per analysed mechanism and for `all`, ``FailureScenario/impact(_:mechanism:removed:center:)``
/// on the graphs of the report's ``DiagnosisContext`` (the departments that lose their path from or to
/// the coordinating department, and those cut off) — the `mechanisms` of `govnet simulate --remove v`;
/// and the global efficiency of the whole network before and after v goes, with the share retained
/// (``FailureCurve`` with the order [v], step 1) — the `efficiency` and `efficiency_retained` of its curve.
/// - Complexity: O(n · (M + 1) · (n + m)) for the reachability, plus O(n · n · (n + m)) for the
///   efficiencies (all-pairs breadth-first searches per removal); about 0.1 s for 200 departments and
///   900 ties.
///
/// References: as ``FailureScenario`` (Latora & Marchiori 2005, doi:10.1103/PhysRevE.71.015103) and
/// ``FailureCurve`` (NetworkX `global_efficiency` after `remove_nodes_from`).
public struct ExplorerFailures: Sendable {
    /// The consequences of one department's failure.
    public struct Entry: Sendable, Equatable {
        /// Per analysed mechanism, then `all`.
        public var impacts: [FailureScenario.MechanismImpact]
        /// Global efficiency before and after, and the share retained (nil when not computed).
        public var efficiencyBefore: Double?
        public var efficiencyAfter: Double?
        public var efficiencyRetained: Double?
    }

    /// Department ids in file order, and each one's entry.
    public var ids: [String]
    public var entries: [Entry]

    /// Computes the entry of every department, or of those in `only` (in file order).
    public static func compute(_ context: DiagnosisContext, only: Set<String>? = nil) -> ExplorerFailures {
        let network = context.network
        let graphs = (context.mechanisms + ["all"]).map { ($0, context.graph($0)) }
        let whole = NetworkGraph(network: network)
        let options = FailureCurveOptions(efficiency: true, strongComponents: false, parallel: false)
        var ids: [String] = [], entries: [Entry] = []
        for (i, id) in whole.ids.enumerated() where only?.contains(id) ?? true {
            let impacts = graphs.map { FailureScenario.impact($0.1, mechanism: $0.0, removed: [id], center: context.center) }
            let curve = FailureCurve.compute(graph: whole.graph, order: [Int32(i)], label: "list", options: options)
            ids.append(id)
            entries.append(Entry(impacts: impacts, efficiencyBefore: curve.efficiency?.first, efficiencyAfter: curve.efficiency?.last,
                                 efficiencyRetained: curve.efficiencyRetained?.last))
        }
        return ExplorerFailures(ids: ids, entries: entries)
    }
}
