import Foundation

/// Per-step summary of many random-failure curves: mean and a central band.
///
/// Quantiles use linear interpolation between order statistics (Hyndman & Fan 1996, definition 7; the
/// default of NumPy `quantile` and R `quantile`): for sorted values `x_0 ≤ … ≤ x_{N−1}` and
/// probability `p`, `h = (N − 1)p`, `Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋)`.
public struct CurveBand: Sendable, Equatable {
    /// Mean over the runs at each step.
    public let mean: [Double]
    /// Lower quantile (5 % by default) at each step.
    public let lower: [Double]
    /// Upper quantile (95 % by default) at each step.
    public let upper: [Double]

    /// Summarises `series` (one array per run, all of the same length) step by step.
    /// - Complexity: O(steps · N log N).
    public init(series: [[Double]], lowerProbability: Double = 0.05, upperProbability: Double = 0.95) {
        let steps = series.first?.count ?? 0
        var mean = [Double](repeating: .nan, count: steps)
        var lower = mean, upper = mean
        var column = [Double](repeating: 0, count: series.count)
        for k in 0..<steps {
            for r in series.indices { column[r] = series[r][k] }
            guard !column.isEmpty else { continue }
            mean[k] = column.reduce(0, +) / Double(column.count)
            column.sort()
            lower[k] = CurveBand.quantile(sorted: column, lowerProbability)
            upper[k] = CurveBand.quantile(sorted: column, upperProbability)
        }
        self.mean = mean
        self.lower = lower
        self.upper = upper
    }

    /// Quantile of sorted values by linear interpolation (Hyndman & Fan definition 7); `NaN` when empty.
    /// - Complexity: O(1).
    public static func quantile(sorted x: [Double], _ p: Double) -> Double {
        guard !x.isEmpty else { return .nan }
        let h = Double(x.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = Swift.min(lo + 1, x.count - 1)
        return x[lo] + (h - Double(lo)) * (x[hi] - x[lo])
    }
}

/// Random failures: many uniformly random removal orders, each a full ``FailureCurve``, and their
/// per-step bands.
///
/// Run `i`'s order is the `i`-th Fisher–Yates shuffle drawn from one ``SeededGenerator`` seeded with
/// the seed, generated sequentially before any curve is computed, so the runs — and every byte of the
/// output — are identical under the same seed whatever the number of cores.
public struct RandomFailures: Sendable {
    /// The seed the orders were drawn with.
    public let seed: UInt64
    /// One curve per run.
    public let runs: [FailureCurve]
    /// Largest weak component fraction per step.
    public let largestComponentFraction: CurveBand
    /// Largest strong component fraction per step (directed graphs, when computed).
    public let largestStrongComponentFraction: CurveBand?
    /// Efficiency per step (when computed).
    public let efficiency: CurveBand?
    /// Efficiency over the intact efficiency per step (when computed).
    public let efficiencyRetained: CurveBand?
    /// Disconnected pairs per step.
    public let disconnectedPairs: CurveBand
    /// Robustness index over the runs: mean and band (one value, as three numbers).
    public let robustness: (mean: Double, lower: Double, upper: Double)

    /// Simulates `runs` random failure sequences on `graph`.
    ///
    /// - Parameters:
    ///   - graph: the view graph.
    ///   - runs: number of random orders (≥ 0).
    ///   - seed: seed of the generator that draws them.
    ///   - options: per-step recomputations; runs are spread across cores, each run sequential.
    ///   - progress: called with the number of finished runs (from worker threads, in any order).
    /// - Returns: the runs and their bands; empty bands when `runs == 0`.
    /// - Complexity: `runs` × the cost of ``FailureCurve/compute(graph:order:label:options:)``.
    ///
    /// References: Albert, Jeong & Barabási (2000), "Error and attack tolerance of complex networks",
    /// Nature 406:378–382, doi:10.1038/35019019 (random failure vs. attack); Newman & Ziff (2000),
    /// doi:10.1103/PhysRevLett.85.4104 (union–find per random order).
    public init(graph: Graph, runs: Int, seed: UInt64, options: FailureCurveOptions = FailureCurveOptions(),
                progress: (@Sendable (Int) -> Void)? = nil) {
        precondition(runs >= 0)
        var rng = SeededGenerator(seed: seed)
        var orders: [[Int32]] = []
        orders.reserveCapacity(runs)
        for _ in 0..<runs { orders.append(RemovalOrder.random(count: graph.nodeCount, using: &rng)) }
        var perRunOptions = options
        perRunOptions.parallel = false
        let perRun = perRunOptions, drawn = orders
        let finished = Counter()
        let curves = ParallelChunks.map(count: runs, chunks: Swift.min(runs, 64)) { range -> [FailureCurve] in
            range.map { r in
                let curve = FailureCurve.compute(graph: graph, order: drawn[r], label: "random", options: perRun)
                if let progress { progress(finished.increment()) }
                return curve
            }
        }.flatMap { $0 }
        self.seed = seed
        self.runs = curves
        largestComponentFraction = CurveBand(series: curves.map(\.largestComponentFraction))
        let strong = curves.compactMap(\.largestStrongComponentFraction)
        largestStrongComponentFraction = !curves.isEmpty && strong.count == curves.count ? CurveBand(series: strong) : nil
        let eff = curves.compactMap(\.efficiency)
        efficiency = !curves.isEmpty && eff.count == curves.count ? CurveBand(series: eff) : nil
        efficiencyRetained = efficiency == nil ? nil : CurveBand(series: curves.map { $0.efficiencyRetained! })
        disconnectedPairs = CurveBand(series: curves.map { $0.disconnectedPairs.map(Double.init) })
        let r = CurveBand(series: curves.map { [$0.robustness] })
        robustness = (r.mean.first ?? .nan, r.lower.first ?? .nan, r.upper.first ?? .nan)
    }

    /// Why a column is missing (the notes of the first run).
    public var notes: [String] { runs.first?.notes ?? [] }
}

/// A thread-safe counter for progress reports.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int {
        lock.lock(); defer { lock.unlock() }
        value += 1
        return value
    }
}
