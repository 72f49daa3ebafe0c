/// Everything `govnet compare` reports about two versions of a network: the alignment, the diff, the
/// QAP correlations per mechanism and overall, and the metric deltas.
///
/// The QAP matrices are indexed by the later network's departments followed by the removed earlier
/// departments (so that ties of removed departments count as removed, and departments added or removed
/// enter as isolates on the other side). Per mechanism the cell (i, j) holds 1 (binary) or the combined
/// weight (weighted) of the mechanism's tie i → j; an undirected tie fills both (i, j) and (j, i). The
/// overall matrix (`all`) is the union of the compared mechanisms (binary) or the sum of their weights.
/// Membership ties (department → coordinating body) are two-mode data and are left out of the QAP
/// matrices, the metric deltas and the findings unless `Settings.mechanisms` names them.
///
/// References: see ``Alignment``, ``NetworkDiff``, ``QAP`` and ``MetricDeltas``.
public struct NetworkComparison: Sendable {
    /// Settings of a comparison.
    public struct Settings: Sendable {
        /// Mechanisms compared (nil: every mechanism used in either network).
        public var mechanisms: [String]?
        /// QAP on weights instead of presence.
        public var weighted: Bool
        public var permutations: Int
        public var seed: UInt64
        /// Node metrics compared.
        public var nodeMetrics: [String]
        /// Whether to compute metric deltas and findings (the slow part on large networks).
        public var metrics: Bool
        /// The split rule (nil: `duty` when the mapping names duties, else `copy`).
        public var align: AlignmentRule?
        /// How parallel tie weights combine.
        public var combine: WeightCombination

        public init(mechanisms: [String]? = nil, weighted: Bool = false, permutations: Int = 1000, seed: UInt64 = 1,
                    nodeMetrics: [String] = MetricDeltas.defaultNodeMetrics, metrics: Bool = true,
                    align: AlignmentRule? = nil, combine: WeightCombination = .max) {
            self.align = align
            self.combine = combine
            self.mechanisms = mechanisms
            self.weighted = weighted
            self.permutations = permutations
            self.seed = seed
            self.nodeMetrics = nodeMetrics
            self.metrics = metrics
        }
    }

    public let settings: Settings
    public let alignment: Alignment
    public let diff: NetworkDiff
    /// The diff by id, without the mapping ("as recorded").
    public let recorded: NetworkDiff
    /// Scope (mechanism id, then `all`) → QAP result.
    public let qap: [(String, QAP.Result)]
    public let deltas: MetricDeltas?
    /// Every function's roles before and after, on the raw networks through the mapping.
    public let functions: FunctionChanges
    /// The headline quantities under each alignment rule (``AlignmentRule`` order).
    public let sensitivity: [(AlignmentRule, Sensitivity)]
    /// What the QAP test tests, in one sentence.
    public static var qapMeaning: String { ReportLanguage.en.render("compare.qap-meaning") }

    /// The caveat when one network was derived by hand from the other (`derived_from` metadata), else nil.
    public var qapCaveat: String? { qapCaveatMessage.map(ReportLanguage.en.render) }

    /// The caveat of ``qapCaveat`` as a catalogue message (`compare.caveat.derived-later` / `-earlier`).
    public var qapCaveatMessage: Message? {
        let a = alignment
        guard let source = a.after.metadata.derivedFrom ?? a.before.metadata.derivedFrom else { return nil }
        return Message(a.after.metadata.derivedFrom != nil ? "compare.caveat.derived-later" : "compare.caveat.derived-earlier",
                       [("source", .text(source))])
    }

    /// The coordinating department of the later network (``DiagnosisContext/defaultCenter(_:)``), the centre of the sensitivity table.
    public let centre: String?
    /// Robustness R of each network under targeted failures, with its reading (nil with metrics off).
    public let resilience: ResilienceComparison?

    /// Headline quantities of the comparison under one alignment rule.
    public struct Sensitivity: Sendable, Hashable {
        /// QAP correlation of the combined matrices.
        public var qapR: Double
        public var tiesAdded: Int
        public var tiesRemoved: Int
        /// Of those, the ones that exist only because of the rule.
        public var tiesAddedByAlignment: Int
        public var tiesRemovedByAlignment: Int
        /// Findings (raw networks, matched through the mapping) that appeared and disappeared.
        public var findingsAppeared: Int
        public var findingsDisappeared: Int
        /// The centre's degree and betweenness (``NodeMetrics``, combined view, unweighted) in the aligned earlier network and in the later one.
        public var centreDegreeBefore: Double
        public var centreDegreeAfter: Double
        public var centreBetweennessBefore: Double
        public var centreBetweennessAfter: Double
        /// Earlier ties with a split end serving no named duty (`duty` only).
        public var unattributed: Int
    }

    /// Compares `before` with `after` through `mapping`.
    /// - Throws: ``AlgorithmError`` for an unknown node metric.
    /// - Complexity: that of the parts; QAP dominates on large networks (permutations × ties).
    public init(before: Network, after: Network, mapping: ResolvedMapping, settings: Settings = Settings()) throws {
        self.settings = settings
        let alignment = Alignment(before: before, after: after, mapping: mapping, rule: settings.align, combine: settings.combine)
        self.alignment = alignment
        self.functions = FunctionChanges(before: before, after: after, mapping: mapping)
        let diff = NetworkDiff(alignment, mechanisms: settings.mechanisms)
        self.diff = diff
        self.recorded = NetworkDiff(Alignment(before: before, after: after, mapping: .identity(before: before, after: after), combine: settings.combine),
                                    mechanisms: diff.mechanisms)
        // Membership (department → coordinating body) is two-mode data: it stays out of the one-mode
        // views (QAP, metric deltas, findings) unless the caller names it among the mechanisms.
        // Derived ties (one-mode projections of two-mode data, derived: true) stay out likewise: a
        // mechanism none of whose ties in either network is recorded is left out unless named.
        var recorded = Set<String>()
        for t in before.ties + after.ties where !t.isDerived { recorded.insert(t.mechanism) }
        let oneMode = settings.mechanisms ?? diff.mechanisms.filter { $0 != Mechanism.membership.id && recorded.contains($0) }
        let nodes = NetworkComparison.matrixNodes(alignment)
        var results: [(String, QAP.Result)] = []
        for (name, scope) in oneMode.map({ ($0, [$0]) }) + [("all", oneMode)] {
            let x = NetworkComparison.matrix(alignment.beforeTies, nodes: nodes, mechanisms: scope, weighted: settings.weighted)
            let y = NetworkComparison.matrix(alignment.afterTies, nodes: nodes, mechanisms: scope, weighted: settings.weighted)
            results.append((name, QAP.test(x, y, permutations: settings.permutations, seed: settings.seed)))
        }
        self.qap = results
        if settings.metrics {
            var ms = MetricSettings()
            ms.weighted = false
            ms.seed = settings.seed
            deltas = try MetricDeltas(alignment, mechanisms: oneMode, settings: ms, nodeMetrics: settings.nodeMetrics)
            resilience = ResilienceComparison(before: before, after: after, mechanisms: settings.mechanisms)
        } else {
            deltas = nil
            resilience = nil
        }
        let centre = DiagnosisContext.defaultCenter(after)
        self.centre = centre
        var table: [(AlignmentRule, Sensitivity)] = []
        var ms = MetricSettings()
        ms.weighted = false
        ms.seed = settings.seed
        ms.view.mechanisms = oneMode
        let fb = settings.metrics ? Diagnosis.run(DiagnosisContext(network: before, mechanisms: oneMode)) : []
        let fa = settings.metrics ? Diagnosis.run(DiagnosisContext(network: after, mechanisms: oneMode)) : []
        func centreMetrics(_ net: Network) throws -> (Double, Double) {
            guard let centre, settings.metrics else { return (.nan, .nan) }
            let m = try NodeMetrics.compute(net, settings: ms, metrics: ["degree", "betweenness"])
            guard let i = m.ids.firstIndex(of: centre) else { return (.nan, .nan) }
            return (m.columns[0].values[i], m.columns[1].values[i])
        }
        let afterCentre = try centreMetrics(after)
        for rule in AlignmentRule.allCases {
            let a = rule == alignment.rule ? alignment : Alignment(before: before, after: after, mapping: mapping, rule: rule, combine: settings.combine)
            let d = rule == alignment.rule ? diff : NetworkDiff(a, mechanisms: diff.mechanisms)
            let all = d.counts.last!.1
            let x = NetworkComparison.matrix(a.beforeTies, nodes: nodes, mechanisms: oneMode, weighted: settings.weighted)
            let y = NetworkComparison.matrix(a.afterTies, nodes: nodes, mechanisms: oneMode, weighted: settings.weighted)
            let matched = MetricDeltas.match(before: fb, after: fa, alignment: a)
            let c = try centreMetrics(a.aligned)
            table.append((rule, Sensitivity(qapR: QAP.correlation(x, y), tiesAdded: all.added, tiesRemoved: all.removed,
                                            tiesAddedByAlignment: all.addedByAlignment, tiesRemovedByAlignment: all.removedByAlignment,
                                            findingsAppeared: settings.metrics ? matched.appeared.count : 0,
                                            findingsDisappeared: settings.metrics ? matched.disappeared.count : 0,
                                            centreDegreeBefore: c.0, centreDegreeAfter: afterCentre.0,
                                            centreBetweennessBefore: c.1, centreBetweennessAfter: afterCentre.1,
                                            unattributed: a.unattributed.count)))
        }
        self.sensitivity = table
    }

    /// Node order of the QAP matrices: the later network's departments, then the removed ones.
    public static func matrixNodes(_ alignment: Alignment) -> [String] {
        var seen = Set<String>()
        return (alignment.after.departments.map(\.id) + alignment.removed).filter { seen.insert($0).inserted }
    }

    /// The adjacency matrix of the ties of `mechanisms` in `table` over `nodes` (see the type's definition).
    public static func matrix(_ table: TieTable, nodes: [String], mechanisms: [String], weighted: Bool) -> QAP.Matrix {
        var index: [String: Int32] = [:]
        for (i, id) in nodes.enumerated() { index[id] = Int32(i) }
        let selected = Set(mechanisms)
        var cells: [(Int32, Int32, Double)] = []
        for (key, value) in table.values where selected.contains(key.mechanism) {
            guard let i = index[key.from], let j = index[key.to] else { continue }
            let w = weighted ? value.weight : 1
            cells.append((i, j, w))
            if !key.directed { cells.append((j, i, w)) }
        }
        var m = QAP.Matrix(n: nodes.count, cells: cells)
        if !weighted { m.values = m.values.map { _ in 1 } }
        return m
    }
}
