import Foundation

/// The log-likelihood of an ERGM at given coefficients, log P_θ(y_obs) = θᵀ g(y_obs) − log κ(θ), as R's
/// `logLik(ergm)` evaluates it after a Monte Carlo MLE (ergm's "bridge sampling", Hunter & Handcock 2006,
/// doi:10.1198/106186006X133069; path sampling, Gelman & Meng 1998, doi:10.1214/ss/1028905934).
///
/// - When every term is **dyad-independent** the likelihood factorises over dyads and is computed exactly
///   (the logistic log-likelihood of the dyads' change statistics, as ``ERGMMPLE``).
/// - Otherwise the path starts at θ₀, the maximum likelihood estimate of the model's dyad-independent
///   terms (plus an `edges` term when the model has none) with the dependent coefficients at 0, whose
///   log-likelihood ℓ(θ₀) is exact, and runs straight to θ: θ(u) = θ₀ + uΔ, Δ = θ − θ₀. Then
///   ℓ(θ) = ℓ(θ₀) + ∫₀¹ f(u) du with f(u) = Δᵀ(g(y_obs) − E_u[g]) and f′(u) = −Var_u(Δᵀg). The integral is
///   taken at K + 1 equally spaced points (K ``Settings/bridges``) by the trapezoidal rule with the
///   Euler–Maclaurin end correction h²/12 · (f′(0) − f′(1)), whose error falls as 1/K⁴ (ergm uses the
///   midpoint rule; ergmx, the oracle, this rule); E_u and Var_u are estimated from
///   ``Settings/samplesPerBridge`` networks drawn at θ(u) by ``ERGMSampler`` started at the observed
///   network. The Monte Carlo standard error combines the points' variances of the mean, inflated by
///   their batch-means autocorrelation times.
///
/// Each point has its own seed (`seed + (point + 1) · 0x9E3779B97F4A7C15`) and the points run through
/// ``ParallelChunks``, so the result does not depend on the number of threads.
///
/// - Complexity: O((K + 1) · (burn-in + samples · interval) · c) proposals of change-statistic cost c, on
///   every core; O(D · c) for the dyad-independent start (D dyads).
public enum ERGMLogLikelihood {
    /// The path sampler's settings (ergmx's defaults: 32 bridges of 256 networks).
    public struct Settings: Sendable, Hashable {
        public var bridges = 32
        public var samplesPerBridge = 256
        /// Proposals between two sampled networks (default: the Monte Carlo MLE's, from the network's size).
        public var interval: Int?
        /// Proposals before the first sampled network at each point (default: 16 intervals).
        public var burnIn: Int?
        public var seed: UInt64 = 1
        public init(seed: UInt64 = 1) { self.seed = seed }
    }

    /// A log-likelihood.
    public struct Result: Sendable, Hashable {
        public var logLikelihood: Double
        /// Monte Carlo standard error (0 when exact).
        public var monteCarloSE: Double
        /// Whether it is exact (every term dyad-independent).
        public var exact: Bool
        /// ℓ(θ₀), the exact log-likelihood of the dyad-independent start (equal to the result when exact).
        public var start: Double
    }

    /// The log-likelihood of the observed network at `coefficients` (one per statistic of `model`).
    /// - Complexity: see the type.
    public static func evaluate(_ model: ERGMModel, _ observed: ERGMDyadState, coefficients: [Double],
                                settings: Settings = Settings()) -> Result {
        precondition(coefficients.count == model.width, "one coefficient per statistic")
        let augmented = model.withEdges()
        let p = augmented.width
        let theta = coefficients + [Double](repeating: 0, count: p - model.width)
        let table = ERGMMPLE.table(augmented, observed)
        let independent = (0..<p).filter { !augmented.terms[augmented.termOfStatistic[$0]].isDyadDependent }
        if independent.count == p {
            let l = ERGMMPLE.logLikelihood(table, Array(0..<p), theta)
            return Result(logLikelihood: l, monteCarloSE: 0, exact: true, start: l)
        }
        // The dyad-independent start and its exact log-likelihood.
        let (sub, startLogLikelihood, _, _) = ERGMMPLE.newton(table, independent)
        var start = [Double](repeating: 0, count: p)
        for (a, c) in independent.enumerated() { start[c] = sub[a] }
        let from = start
        let delta = (0..<p).map { theta[$0] - from[$0] }
        let n = observed.nodeCount
        let dyads = observed.isDirected ? n * (n - 1) : n * (n - 1) / 2
        let interval = settings.interval ?? ERGMMCMLE.Settings().interval(dyads: dyads)
        let burnIn = settings.burnIn ?? 16 * interval
        let k = max(1, settings.bridges), samples = max(2, settings.samplesPerBridge)
        // Per point: the mean and (population) variance of Δᵀ(g − g_obs), and the variance of that mean.
        let moments = ParallelChunks.map(count: k + 1, chunks: k + 1) { range -> (mean: Double, variance: Double, meanVariance: Double) in
            let point = range.lowerBound
            let u = Double(point) / Double(k)
            let at = (0..<p).map { from[$0] + u * delta[$0] }
            var sampler = ERGMSampler(model: augmented, state: observed)
            var rng = SeededGenerator(seed: settings.seed &+ UInt64(point + 1) &* 0x9E37_79B9_7F4A_7C15)
            for _ in 0..<burnIn { sampler.step(at, &rng) }
            var values: [[Double]] = []
            values.reserveCapacity(samples)
            for _ in 0..<samples {
                for _ in 0..<interval { sampler.step(at, &rng) }
                // Δᵀ(g(y) − g(y_obs)).
                var v = 0.0
                for c in 0..<p { v += delta[c] * sampler.statistics[c] }
                values.append([v])
            }
            let mean = values.reduce(0.0) { $0 + $1[0] } / Double(samples)
            let sumSquares = values.reduce(0.0) { $0 + ($1[0] - mean) * ($1[0] - mean) }
            let tau = ERGMMCMLE.autocorrelationTimes(values, chains: 1)[0]
            return (mean, sumSquares / Double(samples), sumSquares / Double(samples - 1) * tau / Double(samples))
        }
        let means = moments.map(\.mean), variances = moments.map(\.variance), meanVariances = moments.map(\.meanVariance)
        let h = 1 / Double(k)
        var integral = 0.0, errorVariance = 0.0
        for point in 0...k {
            let w = point == 0 || point == k ? h / 2 : h
            integral += w * -means[point]
            errorVariance += w * w * meanVariances[point]
        }
        // f′(u) = −Var_u(Δᵀg): h²/12 · (f′(0) − f′(1)).
        integral += h * h / 12 * (variances[k] - variances[0])
        return Result(logLikelihood: startLogLikelihood + integral, monteCarloSE: errorVariance.squareRoot(), exact: false, start: startLogLikelihood)
    }
}
