import Foundation

/// The estimates of an ERGM: coefficients with standard errors, Wald z and p, the terms that could not
/// be estimated and why, and the fit's likelihood summaries — what R's `summary(ergm(...))` prints.
public struct ERGMFit: Sendable {
    /// How the coefficients were estimated.
    public enum Method: String, Sendable, Hashable {
        /// Maximum pseudo-likelihood (``ERGMMPLE``).
        case mple = "MPLE"
        /// Monte Carlo maximum likelihood (``ERGMMCMLE``).
        case mcmle = "MCMLE"
    }

    /// One estimated statistic.
    public struct Coefficient: Sendable, Hashable {
        /// The statistic's name as ergm 4 prints it.
        public var name: String
        public var estimate: Double
        public var standardError: Double
        /// estimate / standard error.
        public var z: Double
        /// Two-sided normal p-value, erfc(|z|/√2), never below ``ERGMFit/pFloor``.
        public var p: Double
        /// Whether the statistic's term makes ties depend on one another (its MPLE standard error is unreliable).
        public var dyadDependent: Bool
    }

    /// Why a statistic was left out of the estimation.
    public enum Exclusion: String, Sendable, Hashable {
        /// Its change statistic is 0 on every dyad: the data say nothing about it.
        case noVariation = "no-variation"
        /// Every dyad that would raise it is a tie: the statistic is at its largest attainable value and
        /// its maximum likelihood estimate is +∞ (ergm prints `Inf`).
        case atMaximum = "at-maximum"
        /// No dyad that would raise it is a tie: at its smallest attainable value, estimate −∞.
        case atMinimum = "at-minimum"
        /// Its change statistic is a linear combination of earlier statistics' (e.g. `nodecov` of a
        /// constant, a `nodefactor` level that covers every node).
        case collinear
    }

    /// A statistic left out, with its observed value.
    public struct Excluded: Sendable, Hashable {
        public var name: String
        public var reason: Exclusion
        public var observed: Double
    }

    public var method: Method
    public var coefficients: [Coefficient]
    public var excluded: [Excluded]
    /// Every statistic's name and observed value g(y), in formula order.
    public var names: [String]
    public var observed: [Double]
    /// Whether any estimated term is dyad-dependent.
    public var dyadDependent: Bool { coefficients.contains { $0.dyadDependent } }
    /// The (pseudo-)log-likelihood at the estimate; the exact log-likelihood when every term is dyad-independent.
    public var logLikelihood: Double
    /// −2 log L at the estimate and at θ = 0 (2 · dyads · ln 2, ergm's null deviance).
    public var deviance: Double
    public var nullDeviance: Double
    /// deviance + 2k and deviance + k ln(dyads) for k estimated coefficients.
    public var aic: Double
    public var bic: Double
    /// Dyads modelled: n(n − 1) directed, n(n − 1)/2 undirected.
    public var dyads: Int
    /// Distinct (change statistics, tie) rows of the pseudo-likelihood.
    public var uniqueRows: Int
    public var iterations: Int
    public var converged: Bool

    /// The smallest p-value reported: machine epsilon (2.2 × 10⁻¹⁶), below which R prints "< 2e-16"
    /// and a normal tail probability carries no meaningful digits.
    public static let pFloor = Double.ulpOfOne

    /// Two-sided normal p-value of z, floored at ``pFloor``.
    public static func pValue(_ z: Double) -> Double {
        guard z.isFinite else { return z.isNaN ? .nan : pFloor }
        return max(erfc(abs(z) / 2.squareRoot()), pFloor)
    }
}
