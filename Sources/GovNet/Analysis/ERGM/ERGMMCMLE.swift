import Dispatch
import Foundation

/// Monte Carlo maximum likelihood estimation of an ERGM (Geyer & Thompson 1992,
/// doi:10.1111/j.2517-6161.1992.tb01443.x; Hummel, Hunter & Handcock 2012, doi:10.1080/10618600.2012.679224),
/// as R's `ergm(..., estimate = "MLE")` does it.
///
/// Steps, from θ₀ = the MPLE:
/// 1. draw K networks at θ_t with the tie/no-tie sampler (``ERGMSampler``), in ``Settings/chains`` chains
///    started at the observed network, each with its own seed (`seed + chain · 0x9E3779B97F4A7C15`), so the
///    result does not depend on the number of threads; z_k = g(y_k) − g(y_obs);
/// 2. Hummel stepping: the largest γ ∈ [10⁻⁴, 1] such that the pseudo-observation ξ = (1 − γ) z̄, pushed out
///    by 5 %, lies inside the sample's range along the coordinate axes, the direction from z̄ to ξ and 16
///    seeded random directions (standardised coordinates; a cheap outer test of the convex hull that ergm
///    checks by linear programming);
/// 3. θ_{t+1} = θ_t + Σ⁻¹(ξ − z̄), the maximiser of the log-normal approximation of the Geyer–Thompson
///    log-likelihood ratio Δᵀξ − log(mean_k exp(Δᵀ z_k)) (ergm's default metric), Σ the sample covariance;
/// 4. stop when γ = 1 on two iterations in a row and the sample mean is within 2.5 Monte Carlo standard
///    errors (sd · √(τ/K), τ the autocorrelation time) of the observation on every statistic, then take the last step with ξ = 0 (the observation itself); or stop
///    after ``Settings/maxIterations`` (reported as not converged).
///
/// Standard errors: the inverse of the importance-weighted covariance of the statistics at the estimate
/// (the inverse Fisher information) plus the Monte Carlo variance of the estimate, Σ⁻¹ V Σ⁻¹ with V the
/// covariance of the sample mean inflated by each statistic's autocorrelation (batch means), as ergm's
/// "MCMC %" splits them. Effective sample sizes are K / τ with τ the batch-means autocorrelation time.
///
/// Degeneracy — the model puts its probability on nearly empty or nearly complete networks, or on networks
/// where a statistic never changes — is detected from the sample and reported in plain words
/// (``Failure/degenerate(_:)``) instead of an estimate.
///
/// - Complexity: O(iterations · chains · (burn-in + K · interval) · c) for change-statistic cost c.
public enum ERGMMCMLE {
    /// The sampler's settings.
    public struct Settings: Sendable, Hashable {
        /// Networks per iteration (all chains).
        public var sampleSize = 1024
        /// Proposals between two sampled networks (default: from the network's size).
        public var interval: Int?
        /// Proposals before the first sampled network of each chain (default: 16 intervals).
        public var burnIn: Int?
        public var chains = 2
        public var maxIterations = 20
        public var seed: UInt64 = 1
        /// Whether to compute the log-likelihood (and AIC, BIC) at the estimate by path sampling
        /// (``ERGMLogLikelihood``, with these bridges and networks per bridge), as ergm's default `eval.loglik`.
        public var logLikelihood = true
        public var bridges = 32
        public var bridgeSampleSize = 256
        public init(seed: UInt64 = 1) { self.seed = seed }

        func interval(dyads: Int) -> Int { interval ?? max(128, min(4096, dyads / 2)) }
        func burnIn(dyads: Int) -> Int { burnIn ?? 16 * interval(dyads: dyads) }
    }

    /// Why the estimation stopped without an estimate.
    public enum Failure: Error, Sendable, Hashable {
        /// A statistic cannot be estimated (as ``ERGMMPLE`` finds it): leave it out or use MPLE.
        case excluded([ERGMFit.Excluded])
        /// The model is degenerate: what the sampler showed.
        case degenerate(Degeneracy)
    }

    /// What a degenerate model did in the sampler.
    public enum Degeneracy: Sendable, Hashable {
        /// The sampled networks are nearly empty: mean density and the observed density.
        case empty(sampled: Double, observed: Double)
        /// Nearly complete.
        case complete(sampled: Double, observed: Double)
        /// A statistic never changed in the sample.
        case frozen(String)
        /// The coefficients grew without bound (|θ| above 10⁶).
        case diverging
    }

    /// The MCMC summary of a Monte Carlo MLE.
    public struct Diagnostics: Sendable, Hashable {
        public var iterations: Int
        public var sampleSize: Int
        public var interval: Int
        public var burnIn: Int
        public var chains: Int
        /// Step lengths γ of the iterations.
        public var steps: [Double]
        /// Per statistic, at the last iteration: mean and standard deviation of g(y_k) − g(y_obs), and the
        /// effective sample size.
        public var sampleMean: [Double]
        public var sampleSD: [Double]
        public var effectiveSize: [Double]
        /// Per coefficient: the Monte Carlo standard error and the share of the variance it makes (ergm's "MCMC %").
        public var monteCarloSE: [Double]
        public var mcmcPercent: [Double]
        public var seed: UInt64
        /// Monte Carlo standard error of the log-likelihood (0 when exact, nil when not computed).
        public var logLikelihoodSE: Double?
        /// Whether the log-likelihood is exact (every term dyad-independent).
        public var logLikelihoodExact = false
    }

    /// Fits the model by Monte Carlo MLE.
    /// - Throws: ``Failure``, or ``ERGMMPLE/Failure`` from the starting MPLE.
    public static func fit(_ model: ERGMModel, _ observed: ERGMDyadState, settings: Settings = Settings()) throws -> (ERGMFit, Diagnostics) {
        let start = try ERGMMPLE.fit(model, observed)
        guard start.excluded.isEmpty else { throw Failure.excluded(start.excluded) }
        let p = model.width
        let n = observed.nodeCount
        let dyads = observed.isDirected ? n * (n - 1) : n * (n - 1) / 2
        let interval = settings.interval(dyads: dyads), burnIn = settings.burnIn(dyads: dyads)
        let chains = max(1, settings.chains)
        let perChain = max(2, settings.sampleSize / chains)
        var theta = start.coefficients.map(\.estimate)
        var steps: [Double] = []
        var sample: [[Double]] = [], sampledTies: [Int] = []
        var converged = false
        var fullSteps = 0
        var iterations = 0
        var finalDelta = [Double](repeating: 0, count: p)
        for iteration in 0..<settings.maxIterations {
            iterations = iteration + 1
            (sample, sampledTies) = draw(model, observed, theta: theta, chains: chains, perChain: perChain, interval: interval,
                                         burnIn: burnIn, seed: settings.seed &+ UInt64(iteration) &* 0x5851_F42D_4C95_7F2D)
            try checkDegeneracy(model, sample, sampledTies, observedTies: observed.edgeCount, dyads: dyads)
            let mean = columnMeans(sample)
            let sd = columnSDs(sample, mean)
            let gamma = hummelStep(sample, mean: mean, sd: sd, seed: settings.seed &+ UInt64(iteration))
            steps.append(gamma)
            let xi = mean.map { (1 - gamma) * $0 }
            guard let delta = lognormalStep(sample, mean: mean, target: xi) else { throw Failure.degenerate(.diverging) }
            // The observation within 2.5 Monte Carlo standard errors of the sample mean, on every statistic.
            let tauNow = autocorrelationTimes(sample, chains: chains)
            let close = (0..<p).allSatisfy { abs(mean[$0]) <= 2.5 * sd[$0] * (tauNow[$0] / Double(sample.count)).squareRoot() }
            if gamma >= 1 { fullSteps += 1 } else { fullSteps = 0 }
            if fullSteps >= 2 && close {
                // Final: the Geyer–Thompson estimate from this sample with the observation itself as target.
                guard let last = lognormalStep(sample, mean: mean, target: [Double](repeating: 0, count: p)) else { throw Failure.degenerate(.diverging) }
                finalDelta = last
                theta = zip(theta, last).map(+)
                converged = true
                break
            }
            theta = zip(theta, delta).map(+)
            if theta.contains(where: { !$0.isFinite || abs($0) > 1e6 }) { throw Failure.degenerate(.diverging) }
        }
        if !converged { finalDelta = [Double](repeating: 0, count: p) }
        // Information at the estimate: the importance-weighted covariance of the last sample.
        let weights = importanceWeights(sample, finalDelta)
        let cov = weightedCovariance(sample, weights)
        let inverse = ERGMMPLE.scaledInverse(cov, p) ?? [Double](repeating: .nan, count: p * p)
        let mean = columnMeans(sample), sd = columnSDs(sample, mean)
        let tau = autocorrelationTimes(sample, chains: chains)
        // Covariance of the sample mean: Σ · τ / K (diagonal inflation by √τ_i √τ_j).
        let k = Double(sample.count)
        var meanCov = cov
        for a in 0..<p { for b in 0..<p { meanCov[a * p + b] *= (tau[a] * tau[b]).squareRoot() / k } }
        let mc = multiply(multiply(inverse, meanCov, p), inverse, p)
        var coefficients: [ERGMFit.Coefficient] = []
        var mcSE: [Double] = [], percent: [Double] = []
        for a in 0..<p {
            let model_ = inverse[a * p + a], monte = max(mc[a * p + a], 0)
            let se = (model_ + monte).squareRoot()
            let z = theta[a] / se
            coefficients.append(ERGMFit.Coefficient(name: model.names[a], estimate: theta[a], standardError: se, z: z,
                                                    p: ERGMFit.pValue(z), dyadDependent: model.terms[model.termOfStatistic[a]].isDyadDependent))
            mcSE.append(monte.squareRoot())
            percent.append(100 * monte / (model_ + monte))
        }
        var fit = start
        fit.method = .mcmle
        fit.coefficients = coefficients
        fit.logLikelihood = .nan
        fit.deviance = .nan
        fit.aic = .nan
        fit.bic = .nan
        fit.iterations = iterations
        fit.converged = converged
        var diagnostics = Diagnostics(iterations: iterations, sampleSize: sample.count, interval: interval, burnIn: burnIn, chains: chains,
                                      steps: steps, sampleMean: mean, sampleSD: sd, effectiveSize: tau.map { k / $0 },
                                      monteCarloSE: mcSE, mcmcPercent: percent, seed: settings.seed)
        if settings.logLikelihood {
            var bridge = ERGMLogLikelihood.Settings(seed: settings.seed ^ 0xB5AD_4ECE_DA1C_E2A9)
            bridge.bridges = settings.bridges
            bridge.samplesPerBridge = settings.bridgeSampleSize
            bridge.interval = interval
            let l = ERGMLogLikelihood.evaluate(model, observed, coefficients: theta, settings: bridge)
            fit.logLikelihood = l.logLikelihood
            fit.deviance = -2 * l.logLikelihood
            fit.aic = fit.deviance + 2 * Double(p)
            fit.bic = fit.deviance + Double(p) * log(Double(dyads))
            diagnostics.logLikelihoodSE = l.monteCarloSE
            diagnostics.logLikelihoodExact = l.exact
        }
        return (fit, diagnostics)
    }

    /// Samples of all chains, concatenated in chain order.
    static func draw(_ model: ERGMModel, _ observed: ERGMDyadState, theta: [Double], chains: Int, perChain: Int, interval: Int,
                     burnIn: Int, seed: UInt64) -> ([[Double]], [Int]) {
        let chainsDrawn = ParallelChunks.map(count: chains, chunks: chains) { range -> ([[Double]], [Int]) in
            var sampler = ERGMSampler(model: model, state: observed)
            let r = sampler.sample(theta, count: perChain, interval: interval, burnIn: burnIn,
                                   seed: seed &+ UInt64(range.lowerBound + 1) &* 0x9E37_79B9_7F4A_7C15)
            return (r.statistics, r.ties)
        }
        return (chainsDrawn.flatMap(\.0), chainsDrawn.flatMap(\.1))
    }

    static func checkDegeneracy(_ model: ERGMModel, _ sample: [[Double]], _ ties: [Int], observedTies: Int, dyads: Int) throws {
        let density = Double(ties.reduce(0, +)) / Double(max(ties.count, 1)) / Double(dyads)
        let observed = Double(observedTies) / Double(dyads)
        if density < 0.1 * observed && density < 0.01 { throw Failure.degenerate(.empty(sampled: density, observed: observed)) }
        if density > 0.95 && observed < 0.5 { throw Failure.degenerate(.complete(sampled: density, observed: observed)) }
        for c in 0..<model.width {
            let first = sample[0][c]
            if sample.allSatisfy({ $0[c] == first }) { throw Failure.degenerate(.frozen(model.names[c])) }
        }
    }

    static func columnMeans(_ s: [[Double]]) -> [Double] {
        let p = s[0].count
        var m = [Double](repeating: 0, count: p)
        for row in s { for c in 0..<p { m[c] += row[c] } }
        return m.map { $0 / Double(s.count) }
    }

    static func columnSDs(_ s: [[Double]], _ mean: [Double]) -> [Double] {
        var v = [Double](repeating: 0, count: mean.count)
        for row in s { for c in mean.indices { v[c] += (row[c] - mean[c]) * (row[c] - mean[c]) } }
        return v.map { ($0 / Double(max(s.count - 1, 1))).squareRoot() }
    }

    /// Whether the point lies within the sample's range along each test direction (standardised).
    static func inside(_ point: [Double], _ s: [[Double]], _ mean: [Double], _ sd: [Double], _ directions: [[Double]]) -> Bool {
        for u in directions {
            var maxProjection = -Double.infinity
            for row in s {
                var d = 0.0
                for c in u.indices { d += u[c] * (row[c] - mean[c]) / sd[c] }
                maxProjection = max(maxProjection, d)
            }
            var q = 0.0
            for c in u.indices { q += u[c] * (point[c] - mean[c]) / sd[c] }
            if q > maxProjection { return false }
        }
        return true
    }

    /// Hummel et al.'s step length γ, by bisection on a log scale (5 % precision).
    static func hummelStep(_ s: [[Double]], mean: [Double], sd: [Double], seed: UInt64) -> Double {
        let p = mean.count
        var directions: [[Double]] = []
        for c in 0..<p {
            var e = [Double](repeating: 0, count: p)
            e[c] = 1; directions.append(e)
            e[c] = -1; directions.append(e)
        }
        var rng = SeededGenerator(seed: seed ^ 0xD1B5_4A32_D192_ED03)
        for _ in 0..<16 {
            var u = (0..<p).map { _ in rng.nextUnit() * 2 - 1 }
            let norm = u.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { u = u.map { $0 / norm } }
            directions.append(u)
        }
        let safeSD = sd.map { $0 > 0 ? $0 : 1 }
        // The direction from the mean to the observation (the origin).
        let toward = (0..<p).map { -mean[$0] / safeSD[$0] }
        let norm = toward.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { directions.append(toward.map { $0 / norm }) }
        func point(_ gamma: Double) -> [Double] { mean.map { $0 - 1.05 * gamma * $0 } }
        if inside(point(1), s, mean, safeSD, directions) { return 1 }
        let minimum = 1e-4
        if !inside(point(minimum), s, mean, safeSD, directions) { return minimum }
        var low = log(minimum), high = 0.0
        while high - low > 0.05 {
            let mid = (low + high) / 2
            if inside(point(exp(mid)), s, mean, safeSD, directions) { low = mid } else { high = mid }
        }
        return exp(low)
    }

    /// w_k ∝ exp(Δᵀ z_k), normalised, computed stably.
    static func importanceWeights(_ s: [[Double]], _ delta: [Double]) -> [Double] {
        let e = s.map { row in zip(row, delta).reduce(0.0) { $0 + $1.0 * $1.1 } }
        let top = e.max() ?? 0
        let w = e.map { exp($0 - top) }
        let total = w.reduce(0, +)
        return w.map { $0 / total }
    }

    static func weightedCovariance(_ s: [[Double]], _ w: [Double]) -> [Double] {
        let p = s[0].count
        var mean = [Double](repeating: 0, count: p)
        for (k, row) in s.enumerated() { for c in 0..<p { mean[c] += w[k] * row[c] } }
        var cov = [Double](repeating: 0, count: p * p)
        for (k, row) in s.enumerated() {
            for a in 0..<p {
                let da = w[k] * (row[a] - mean[a])
                for b in a..<p { cov[a * p + b] += da * (row[b] - mean[b]) }
            }
        }
        for a in 0..<p { for b in 0..<a { cov[a * p + b] = cov[b * p + a] } }
        return cov
    }

    /// Δ = Σ⁻¹(ξ − z̄): the maximiser of the log-normal approximation of the Geyer–Thompson log-likelihood
    /// ratio Δᵀξ − log(mean_k exp(Δᵀ z_k)) ≈ Δᵀ(ξ − z̄) − ½ ΔᵀΣΔ (ergm's default `MCMLE.metric = "lognormal"`);
    /// nil when the sample covariance Σ is singular.
    static func lognormalStep(_ s: [[Double]], mean: [Double], target xi: [Double]) -> [Double]? {
        let p = xi.count
        let uniform = [Double](repeating: 1 / Double(s.count), count: s.count)
        guard let inv = ERGMMPLE.scaledInverse(weightedCovariance(s, uniform), p) else { return nil }
        let d = (0..<p).map { xi[$0] - mean[$0] }
        let step = (0..<p).map { a in (0..<p).reduce(0.0) { $0 + inv[a * p + $1] * d[$1] } }
        return step.allSatisfy(\.isFinite) ? step : nil
    }

    /// Batch-means autocorrelation time of each statistic, per chain and averaged (≥ 1).
    static func autocorrelationTimes(_ s: [[Double]], chains: Int) -> [Double] {
        let p = s[0].count
        let perChain = s.count / chains
        let batch = max(1, Int(Double(perChain).squareRoot()))
        let batches = perChain / batch
        guard batches >= 2 else { return [Double](repeating: 1, count: p) }
        var tau = [Double](repeating: 0, count: p)
        for c in 0..<p {
            var total = 0.0
            for chain in 0..<chains {
                let rows = s[(chain * perChain)..<(chain * perChain + batches * batch)]
                let values = rows.map { $0[c] }
                let m = values.reduce(0, +) / Double(values.count)
                let v = values.reduce(0.0) { $0 + ($1 - m) * ($1 - m) } / Double(max(values.count - 1, 1))
                var bv = 0.0
                for b in 0..<batches {
                    let bm = values[(b * batch)..<((b + 1) * batch)].reduce(0, +) / Double(batch)
                    bv += (bm - m) * (bm - m)
                }
                bv /= Double(batches - 1)
                total += v > 0 ? max(1, Double(batch) * bv / v) : 1
            }
            tau[c] = total / Double(chains)
        }
        return tau
    }

    static func multiply(_ a: [Double], _ b: [Double], _ p: Int) -> [Double] {
        var c = [Double](repeating: 0, count: p * p)
        for i in 0..<p { for k in 0..<p { let x = a[i * p + k]; if x == 0 { continue }; for j in 0..<p { c[i * p + j] += x * b[k * p + j] } } }
        return c
    }
}
