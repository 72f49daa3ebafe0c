/// How stable the headline metrics are when ties are missing: node metrics recomputed on deletion
/// draws (``PerturbationModel``; with ordinal weight jitter on weighted views), per department the
/// median and the 90% interval (5th–95th percentiles, linear interpolation as numpy's default), and
/// the share of draws in which the department ranks in the top k ("the most central departments").
///
/// All ties of the view are perturbed (metrics do not tell leadership from working lines). Draws run
/// in parallel with one result slot each; the result is the same with any number of threads.
public struct MetricSensitivity: Sendable {
    /// One department's spread of one metric.
    public struct Row: Sendable, Hashable {
        public var id: String
        public var metric: String
        /// The value on the recorded network.
        public var observed: Double
        public var median: Double
        public var low: Double
        public var high: Double
        /// Share of draws in which the department is among the top k (rank by value, ties by id).
        public var topShare: Double
    }

    public let rows: [Row]
    public let settings: RobustnessSettings
    public let top: Int
    public let jittered: Bool

    /// - Complexity: draws × the metrics' cost, spread over the cores.
    /// - Throws: ``AlgorithmError`` for an unknown metric.
    public static func compute(_ network: Network, settings: MetricSettings, metrics: [String], robustness: RobustnessSettings, top: Int) throws -> MetricSensitivity {
        let recorded = try NodeMetrics.compute(network, settings: settings, metrics: metrics)
        let mechanisms = settings.view.mechanisms ?? network.defaultMechanismIDs(includeMembership: settings.view.includeMembership, includeDerived: settings.view.includeDerived ?? false)
        let model = PerturbationModel(network: network, mechanisms: mechanisms, rate: robustness.rate, additionRate: 0)
        let draws = robustness.draws
        let jitter = settings.weighted && model.ordinalWeights
        let slots = DisjointSlots<[[Double]]>(count: draws, repeating: [])
        defer { slots.release() }
        SourceChunks.forEach(count: draws, chunks: min(draws, 64)) { range in
            for i in range {
                var p = model.deletion(draw: i, seed: robustness.seed)
                if jitter { p = model.jitter(p, draw: i, seed: robustness.seed) }
                slots[i] = (try? NodeMetrics.compute(model.network(p), settings: settings, metrics: metrics))?.columns.map(\.values) ?? []
            }
        }
        let results = slots.array
        let n = recorded.ids.count
        var rows: [Row] = []
        for (c, column) in recorded.columns.enumerated() {
            var inTop = [Int](repeating: 0, count: n)
            var values = [[Double]](repeating: [], count: n)
            for r in results where r.count > c {
                let v = r[c]
                for i in 0..<n where !v[i].isNaN { values[i].append(v[i]) }
                let order = (0..<n).filter { !v[$0].isNaN }.sorted { (v[$0], recorded.ids[$1]) > (v[$1], recorded.ids[$0]) }
                for i in order.prefix(top) { inTop[i] += 1 }
            }
            for i in 0..<n {
                let s = values[i].sorted()
                rows.append(Row(id: recorded.ids[i], metric: column.name, observed: column.values[i],
                                median: quantile(s, 0.5), low: quantile(s, 0.05), high: quantile(s, 0.95),
                                topShare: draws == 0 ? 0 : Double(inTop[i]) / Double(draws)))
            }
        }
        return MetricSensitivity(rows: rows, settings: robustness, top: top, jittered: jitter)
    }

    /// The q-quantile of sorted values by linear interpolation between closest ranks (numpy's
    /// default, Hyndman & Fan type 7); NaN when empty.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * q
        let lo = Int(h.rounded(.down)), hi = min(sorted.count - 1, lo + 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
}
