import Foundation

/// Logistic regression of a binary vector on the given columns by iteratively reweighted least squares,
/// step for step as R's `glm.fit(x, y, family = binomial())` with its default control — the fit
/// statnet's `sna::netlogit` uses — so that the coefficients agree with R's to rounding, not merely to
/// its convergence tolerance.
///
/// Algorithm (R `stats::glm.fit`, R ≥ 3.0): start from μ = (y + ½)/2 and η = logit μ; each iteration forms
/// the working response z = η + (y − μ)/μ′(η) and weights w = μ′(η)²/(μ(1 − μ)), solves the weighted
/// least squares (XᵀWX)β = XᵀWz, sets η = Xβ, μ = logit⁻¹ η and the deviance D = −2 Σ log(μ or 1 − μ);
/// it stops when |D − D_old|/(|D| + 0.1) < 10⁻⁸, or after 25 iterations (not converged). As in R,
/// logit⁻¹ η is ε (machine epsilon) below η = −30 and 1 − ε above 30, and μ′(η) is ε there. Standard
/// errors are √diag((XᵀWX)⁻¹) with the weights of the **last** iteration's solve (R's `fit$qr`, used by
/// `summary.glm` and by `netlogit`'s z-values), dispersion 1.
///
/// Complete separation makes the maximum likelihood estimate infinite; R then stops after 25
/// iterations or at a huge coefficient with "fitted probabilities numerically 0 or 1"; the fit reports
/// it in `separated` (a fitted μ within 10 ε of 0 or 1) and `converged`.
///
/// - Complexity: O(iterations · m · p²) for m observations and p columns.
public struct LogisticFit: Sendable {
    public var beta: [Double]
    public var standardErrors: [Double]
    /// β / SE (Wald z).
    public var z: [Double]
    /// Residual deviance −2 log L.
    public var deviance: Double
    /// Deviance of the intercept-only model (−2 log L at μ = ȳ).
    public var nullDeviance: Double
    public var iterations: Int
    public var converged: Bool
    public var separated: Bool

    static let epsilon = 1e-8, maxIterations = 25
    static let eps = Double.ulpOfOne

    static func inverseLink(_ eta: Double) -> Double {
        eta < -30 ? eps : eta > 30 ? 1 - eps : 1 / (1 + exp(-eta))
    }

    static func derivative(_ eta: Double) -> Double {
        if eta > 30 || eta < -30 { return eps }
        let e = exp(eta), o = 1 + e
        return e / (o * o)
    }

    static func deviance(_ y: [Double], _ mu: [Double]) -> Double {
        var d = 0.0
        for i in y.indices { d += y[i] > 0.5 ? 2 * log(1 / mu[i]) : 2 * log(1 / (1 - mu[i])) }
        return d
    }

    /// Fits y (0/1) on the columns (the first is usually the constant 1); nil when XᵀWX is singular.
    public static func fit(_ y: [Double], _ columns: [[Double]]) -> LogisticFit? {
        let m = y.count, p = columns.count
        var eta = y.map { v -> Double in let s = (v + 0.5) / 2; return log(s / (1 - s)) }
        var mu = eta.map(inverseLink)
        var devOld = deviance(y, mu)
        var beta = [Double](repeating: 0, count: p)
        var inverse: [Double] = []
        var converged = false, iterations = 0
        var zw = [Double](repeating: 0, count: m), w = [Double](repeating: 0, count: m)
        let x = columns.flatMap { $0 }  // column-major, contiguous
        for iteration in 1...maxIterations {
            iterations = iteration
            for i in 0..<m {
                let d = derivative(eta[i])
                zw[i] = eta[i] + (y[i] - mu[i]) / d
                w[i] = d * d / (mu[i] * (1 - mu[i]))
            }
            var xtwx = [Double](repeating: 0, count: p * p), xtwz = [Double](repeating: 0, count: p)
            x.withUnsafeBufferPointer { xp in w.withUnsafeBufferPointer { wp in zw.withUnsafeBufferPointer { zp in
                for a in 0..<p {
                    let ca = xp.baseAddress! + a * m
                    for b in a..<p {
                        let cb = xp.baseAddress! + b * m
                        var s = 0.0
                        for i in 0..<m { s += ca[i] * wp[i] * cb[i] }
                        xtwx[a * p + b] = s; xtwx[b * p + a] = s
                    }
                    var s = 0.0
                    for i in 0..<m { s += ca[i] * wp[i] * zp[i] }
                    xtwz[a] = s
                }
            } } }
            guard let inv = MRQAP.symmetricInverse(xtwx, p) else { return nil }
            inverse = inv
            beta = (0..<p).map { a in (0..<p).reduce(0.0) { $0 + inv[a * p + $1] * xtwz[$1] } }
            x.withUnsafeBufferPointer { xp in
                for i in 0..<m {
                    var e = 0.0
                    for a in 0..<p { e += xp[a * m + i] * beta[a] }
                    eta[i] = e
                    mu[i] = inverseLink(e)
                }
            }
            let dev = deviance(y, mu)
            if abs(dev - devOld) / (abs(dev) + 0.1) < epsilon { converged = true; devOld = dev; break }
            devOld = dev
        }
        let se = (0..<p).map { inverse[$0 * p + $0].squareRoot() }
        let mean = y.reduce(0, +) / Double(max(m, 1))
        let nullDeviance = deviance(y, [Double](repeating: mean, count: m))
        let separated = mu.contains { $0 < 10 * eps || $0 > 1 - 10 * eps }
        return LogisticFit(beta: beta, standardErrors: se, z: zip(beta, se).map { $0 / $1 }, deviance: devOld,
                           nullDeviance: nullDeviance, iterations: iterations, converged: converged, separated: separated)
    }
}
