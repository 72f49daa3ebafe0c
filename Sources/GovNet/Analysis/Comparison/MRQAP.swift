import Dispatch
import Foundation

/// Multiple regression QAP (MRQAP): does one linkage mechanism explain another once the others — and
/// attribute matrices, transposes, another wave — are accounted for? The linear model as statnet's
/// `sna::netlm`, the logistic model for a binary dependent matrix as `sna::netlogit`.
///
/// Definition (Krackhardt 1988, doi:10.1016/0378-8733(88)90004-4; Dekker, Krackhardt & Snijders 2007,
/// doi:10.1007/s11336-007-9016-1). The dependent matrix Y and predictor matrices X₁…X_k, as vectors of
/// their n(n − 1) off-diagonal cells (row-major, as `sna::gvectorize` with `mode = "digraph"`,
/// `diag = FALSE`), enter a regression with intercept: ordinary least squares Y = b₀ + Σ b_j X_j + e
/// (`linear`; reported: coefficients, standard errors, t-values, R², adjusted R²) or a logistic
/// regression logit P(Y = 1) = b₀ + Σ b_j X_j (`logistic`, ``LogisticFit``, as R's `glm.fit`; reported:
/// coefficients, standard errors, z-values, deviance, null deviance, AIC, BIC, as `netlogit` does).
/// Each predictor's t- (z-) value is tested against a permutation distribution:
/// - `qapspp` (default; `netlm`'s `nullhyp = "qapspp"`): double semi-partialling — X_j is regressed by
///   least squares on the other predictors with the intercept, its residual matrix is relabelled by a
///   random node permutation (rows and columns together) and put in X_j's place, and the model is
///   refitted. Robust to collinear predictors (Dekker et al. 2007).
/// - `qapy` (`nullhyp = "qapy"`): Y is relabelled and the model refitted; every predictor's statistic is
///   read from the same replicate.
///
/// p-values are (k + 1)/(N + 1) for the k of N replicates with s′ ≥ s, s′ ≤ s and |s′| ≥ |s|
/// (``PermutationPValue``; comparisons with a tolerance of 10⁻¹⁰·max(1, |s|) so that rounding cannot
/// drop a tie); statnet reports k/N (`pgreq`, `pleeq`, `pgreqabs`), which `k_*` reproduce. The intercept
/// is not tested (statnet tests it too, against the same kind of replicate; its p-value has no
/// governance meaning). Replicate r of predictor j (`qapspp`) uses
/// `SeededGenerator(seed: seed &+ (r + j·permutations) &* 0x9E3779B97F4A7C15)`, replicate r (`qapy`)
/// `SeededGenerator(seed: seed &+ r &* 0x9E3779B97F4A7C15)`, so results do not depend on the thread
/// count.
///
/// References: statnet `sna::netlm`, `sna::netlogit` (Butts 2008, doi:10.18637/jss.v024.i06); UCINET
/// "MR-QAP Linear Regression" and "Logistic Regression" (Dekker semi-partialling); NetworkX and igraph have
/// no MRQAP.
public enum MRQAP {
    /// The regression model.
    public enum Model: String, CaseIterable, Sendable {
        /// Least squares (`sna::netlm`).
        case linear
        /// Logistic, for a 0/1 dependent matrix (`sna::netlogit`).
        case logistic
    }

    /// What the permutations relabel.
    public enum NullHypothesis: String, CaseIterable, Sendable {
        /// The predictor's residual on the other predictors (double semi-partialling).
        case qapspp
        /// The dependent matrix.
        case qapy
    }

    /// One term of the regression.
    public struct Term: Sendable, Hashable {
        public var name: String
        public var coefficient: Double
        public var standardError: Double
        /// The t-value (linear) or Wald z-value (logistic).
        public var t: Double
        /// (k + 1)/(N + 1) for k of N replicates with t′ ≥ t, t′ ≤ t, |t′| ≥ |t| (NaN for the intercept).
        public var pGreater: Double
        public var pLess: Double
        public var pTwoSided: Double
        /// The counts k behind the three p-values (sna reports k/N).
        public var kGreater = 0, kLess = 0, kTwoSided = 0
        /// Replicates drawn (0 for the intercept).
        public var replicates = 0
        /// The p-value of one tail with its counts, for printing.
        public func p(_ tail: PermutationPValue.Tail) -> PermutationPValue {
            PermutationPValue(k: tail == .greater ? kGreater : tail == .less ? kLess : kTwoSided, n: replicates, tail: tail)
        }
    }

    /// The fitted model.
    public struct Result: Sendable, Hashable {
        public var model: Model
        public var nullHypothesis: NullHypothesis
        /// The intercept first, then one term per predictor.
        public var terms: [Term]
        /// Linear: R² and adjusted R² (NaN for the logistic model).
        public var rSquared: Double
        public var adjustedRSquared: Double
        /// Logistic: residual deviance, deviance of the intercept-only model, AIC = D + 2p, BIC = D + p ln m
        /// (NaN for the linear model), and whether IRLS converged and separated the data.
        public var deviance: Double = .nan
        public var nullDeviance: Double = .nan
        public var aic: Double = .nan
        public var bic: Double = .nan
        public var converged = true
        public var separated = false
        /// Number of cells (observations), n(n − 1).
        public var observations: Int
        public var permutations: Int
    }

    /// The possible failures.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The predictors are collinear (or constant), so the coefficients are not identified.
        case singular
        /// Fewer cells than parameters.
        case tooFewObservations
        /// A logistic model needs a dependent matrix of 0s and 1s.
        case notBinary
        /// What would get past the failure (``ErrorRemedy``).
        public var remedy: ErrorRemedy? { self == .notBinary ? .binaryTiesOrLinearModel : nil }

        public var description: String {
            switch self {
            case .singular: return "the predictors are collinear or constant; the regression has no unique solution"
            case .tooFewObservations: return "fewer dyads than parameters"
            case .notBinary: return "the logistic model needs a binary dependent matrix (ties present or absent)"
            }
        }
    }

    /// The t- (z-) values of every column, or nil when the fit is singular.
    static func statistics(_ model: Model, _ y: [Double], _ columns: [[Double]]) -> [Double]? {
        switch model {
        case .linear: ols(y, columns)?.t
        case .logistic: LogisticFit.fit(y, columns)?.z
        }
    }

    /// Fits and tests the regression.
    /// - Parameters:
    ///   - y: the dependent matrix (n × n).
    ///   - x: the predictor matrices (same n) with their names.
    ///   - model: linear (netlm) or logistic (netlogit).
    ///   - nullHypothesis: what the permutations relabel.
    ///   - permutations: replicates (per predictor for `qapspp`; 0: the fit only, p-values NaN).
    ///   - seed: the seed of the permutations.
    /// - Returns: coefficients, t- (z-) values, fit statistics and the p-values.
    /// - Throws: ``Failure``.
    /// - Complexity: linear: O(R · n² · p²) for R replicates in all and p parameters; logistic: times
    ///   the IRLS iterations (≤ 25, typically 4–8).
    public static func test(_ y: QAP.Matrix, _ x: [(String, QAP.Matrix)], model: Model = .linear,
                            nullHypothesis: NullHypothesis = .qapspp, permutations: Int = 1000, seed: UInt64 = 1) throws -> Result {
        let n = y.n
        let cells = n * max(n - 1, 0)
        let p = x.count + 1
        guard cells > p else { throw Failure.tooFewObservations }
        let yv = dense(y)
        if model == .logistic && yv.contains(where: { $0 != 0 && $0 != 1 }) { throw Failure.notBinary }
        var columns = [[Double](repeating: 1, count: cells)] + x.map { dense($0.1) }
        var result = Result(model: model, nullHypothesis: nullHypothesis, terms: [], rSquared: .nan, adjustedRSquared: .nan,
                            observations: cells, permutations: permutations)
        let observed: [Double]
        switch model {
        case .linear:
            guard let fit = ols(yv, columns) else { throw Failure.singular }
            result.terms = (0..<p).map { j in
                Term(name: j == 0 ? "(intercept)" : x[j - 1].0, coefficient: fit.beta[j], standardError: fit.se[j], t: fit.t[j],
                     pGreater: .nan, pLess: .nan, pTwoSided: .nan)
            }
            let m = yv.reduce(0, +) / Double(cells)
            let ssTotal = yv.reduce(0) { $0 + ($1 - m) * ($1 - m) }
            result.rSquared = ssTotal > 0 ? 1 - fit.rss / ssTotal : .nan
            result.adjustedRSquared = 1 - (1 - result.rSquared) * Double(cells - 1) / Double(cells - p)
            observed = fit.t
        case .logistic:
            guard let fit = LogisticFit.fit(yv, columns), fit.beta.allSatisfy(\.isFinite) else { throw Failure.singular }
            result.terms = (0..<p).map { j in
                Term(name: j == 0 ? "(intercept)" : x[j - 1].0, coefficient: fit.beta[j], standardError: fit.standardErrors[j], t: fit.z[j],
                     pGreater: .nan, pLess: .nan, pTwoSided: .nan)
            }
            result.deviance = fit.deviance
            result.nullDeviance = fit.nullDeviance
            result.aic = fit.deviance + 2 * Double(p)
            result.bic = fit.deviance + Double(p) * log(Double(cells))
            result.converged = fit.converged
            result.separated = fit.separated
            observed = fit.z
        }
        guard permutations > 0 else { return result }
        let tolerance = observed.map { 1e-10 * max(1, abs($0)) }
        let chunks = min(permutations, 8)
        /// Counts (≥, ≤, |≥|) per chunk and predictor.
        let counts = DisjointSlots<(Int, Int, Int)>(count: chunks * p, repeating: (0, 0, 0))
        defer { counts.release() }
        @Sendable func tally(_ stats: [Double], _ j: Int, into c: inout (Int, Int, Int)) {
            let t = stats[j], o = observed[j], tol = tolerance[j]
            if t >= o - tol { c.0 += 1 }
            if t <= o + tol { c.1 += 1 }
            if abs(t) >= abs(o) - tol { c.2 += 1 }
        }
        @Sendable func relabel(_ v: [Double], _ perm: [Int], into out: inout [Double]) {
            var k = 0
            for a in 0..<n { for b in 0..<n where a != b {
                let pa = perm[a], pb = perm[b]
                out[k] = v[pa * (n - 1) + (pb < pa ? pb : pb - 1)]
                k += 1
            } }
        }
        switch nullHypothesis {
        case .qapspp:
            for j in 1..<p {
                // Residuals of X_j on the other columns (least squares, with the intercept, for both models).
                var others = columns
                let xj = others.remove(at: j)
                guard let aux = ols(xj, others) else { throw Failure.singular }
                let residual = zip(xj, aux.fitted).map { $0 - $1 }
                let frozen = columns
                let gram = model == .linear ? Gram(y: yv, columns: columns) : nil
                ParallelChunks.forEach(count: permutations, chunks: chunks) { c, range in
                    var cols = frozen
                    var perm = [Int](repeating: 0, count: n)
                    var tallied = (0, 0, 0)
                    for r in range {
                        var rng = SeededGenerator(seed: seed &+ UInt64(r + (j - 1) * permutations) &* 0x9E37_79B9_7F4A_7C15)
                        for i in 0..<n { perm[i] = i }
                        perm.seededShuffle(using: &rng)
                        relabel(residual, perm, into: &cols[j])
                        if let gram {
                            guard let t = gram.t(replacing: j, with: cols[j], columns: cols) else { continue }
                            var stats = observed
                            stats[j] = t
                            tally(stats, j, into: &tallied)
                        } else {
                            guard let stats = statistics(model, yv, cols) else { continue }
                            tally(stats, j, into: &tallied)
                        }
                    }
                    counts[c * p + j] = tallied
                }
            }
        case .qapy:
            let frozen = columns
            let gram = model == .linear ? Gram(y: yv, columns: columns) : nil
            ParallelChunks.forEach(count: permutations, chunks: chunks) { c, range in
                var yp = yv
                var perm = [Int](repeating: 0, count: n)
                var tallied = [(Int, Int, Int)](repeating: (0, 0, 0), count: p)
                for r in range {
                    var rng = SeededGenerator(seed: seed &+ UInt64(r) &* 0x9E37_79B9_7F4A_7C15)
                    for i in 0..<n { perm[i] = i }
                    perm.seededShuffle(using: &rng)
                    relabel(yv, perm, into: &yp)
                    guard let stats = gram?.t(y: yp, columns: frozen) ?? statistics(model, yp, frozen) else { continue }
                    for j in 1..<p { tally(stats, j, into: &tallied[j]) }
                }
                for j in 1..<p { counts[c * p + j] = tallied[j] }
            }
        }
        for j in 1..<p {
            let all = (0..<chunks).map { counts[$0 * p + j] }
            result.terms[j].kGreater = all.reduce(0) { $0 + $1.0 }
            result.terms[j].kLess = all.reduce(0) { $0 + $1.1 }
            result.terms[j].kTwoSided = all.reduce(0) { $0 + $1.2 }
            result.terms[j].replicates = permutations
            result.terms[j].pGreater = result.terms[j].p(.greater).value
            result.terms[j].pLess = result.terms[j].p(.less).value
            result.terms[j].pTwoSided = result.terms[j].p(.twoSided).value
        }
        columns.removeAll()
        return result
    }

    /// The off-diagonal cells in row-major order (row a, columns b ≠ a).
    static func dense(_ m: QAP.Matrix) -> [Double] {
        let n = m.n
        var v = [Double](repeating: 0, count: n * max(n - 1, 0))
        for k in m.values.indices {
            let a = Int(m.rows[k]), b = Int(m.cols[k])
            v[a * (n - 1) + (b < a ? b : b - 1)] = m.values[k]
        }
        return v
    }

    /// Ordinary least squares by the normal equations (Cholesky); nil when XᵀX is singular.
    static func ols(_ y: [Double], _ columns: [[Double]]) -> (beta: [Double], se: [Double], t: [Double], rss: Double, fitted: [Double])? {
        let p = columns.count, m = y.count
        var xtx = [Double](repeating: 0, count: p * p), xty = [Double](repeating: 0, count: p)
        for a in 0..<p {
            for b in a..<p {
                var s = 0.0
                for i in 0..<m { s += columns[a][i] * columns[b][i] }
                xtx[a * p + b] = s; xtx[b * p + a] = s
            }
            var s = 0.0
            for i in 0..<m { s += columns[a][i] * y[i] }
            xty[a] = s
        }
        guard let inverse = symmetricInverse(xtx, p) else { return nil }
        var beta = [Double](repeating: 0, count: p)
        for a in 0..<p { for b in 0..<p { beta[a] += inverse[a * p + b] * xty[b] } }
        var fitted = [Double](repeating: 0, count: m)
        for a in 0..<p { let c = columns[a], w = beta[a]; for i in 0..<m { fitted[i] += w * c[i] } }
        var rss = 0.0
        for i in 0..<m { let e = y[i] - fitted[i]; rss += e * e }
        let sigma2 = m > p ? rss / Double(m - p) : .nan
        let se = (0..<p).map { (sigma2 * inverse[$0 * p + $0]).squareRoot() }
        let t = (0..<p).map { se[$0] > 0 ? beta[$0] / se[$0] : (beta[$0] == 0 ? 0 : .infinity * beta[$0].sign.multiplier) }
        return (beta, se, t, rss, fitted)
    }

    /// Inverse of a symmetric positive definite matrix by Gauss–Jordan with partial pivoting; nil when
    /// singular (pivot below 1e-10 of the largest diagonal entry).
    static func symmetricInverse(_ a0: [Double], _ p: Int) -> [Double]? {
        var a = a0
        var inv = [Double](repeating: 0, count: p * p)
        for i in 0..<p { inv[i * p + i] = 1 }
        let scale = (0..<p).map { abs(a0[$0 * p + $0]) }.max() ?? 0
        for col in 0..<p {
            var pivot = col
            for r in col..<p where abs(a[r * p + col]) > abs(a[pivot * p + col]) { pivot = r }
            guard abs(a[pivot * p + col]) > 1e-10 * max(scale, 1e-300) else { return nil }
            if pivot != col {
                for k in 0..<p { a.swapAt(pivot * p + k, col * p + k); inv.swapAt(pivot * p + k, col * p + k) }
            }
            let d = a[col * p + col]
            for k in 0..<p { a[col * p + k] /= d; inv[col * p + k] /= d }
            for r in 0..<p where r != col {
                let f = a[r * p + col]
                if f == 0 { continue }
                for k in 0..<p { a[r * p + k] -= f * a[col * p + k]; inv[r * p + k] -= f * inv[col * p + k] }
            }
        }
        return inv
    }
}

private extension FloatingPointSign {
    var multiplier: Double { self == .minus ? -1 : 1 }
}

/// The cross-products of a least-squares design, for replicates that change one column or the
/// response: a replicate then costs O(m · p) dot products instead of O(m · p²) for a refit. The
/// residual sum of squares is yᵀy − βᵀXᵀy; the statistic agrees with a refit to rounding (about 10⁻¹³
/// relative), far inside the 10⁻¹⁰ tolerance of the p-value comparisons.
struct Gram: Sendable {
    let xtx: [Double]
    let xty: [Double]
    let yty: Double
    /// The response.
    let yv: [Double]
    let p: Int, m: Int

    init(y: [Double], columns: [[Double]]) {
        p = columns.count
        m = y.count
        var g = [Double](repeating: 0, count: p * p), b = [Double](repeating: 0, count: p)
        for a in 0..<p {
            for c in a..<p { let d = Self.dot(columns[a], columns[c]); g[a * p + c] = d; g[c * p + a] = d }
            b[a] = Self.dot(columns[a], y)
        }
        xtx = g
        xty = b
        yty = Self.dot(y, y)
        yv = y
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in
            var s = 0.0
            for i in 0..<pa.count { s += pa[i] * pb[i] }
            return s
        } }
    }

    /// t of column j when it is replaced by `column` (the other columns as in `columns`).
    func t(replacing j: Int, with column: [Double], columns: [[Double]]) -> Double? {
        var g = xtx, b = xty
        for a in 0..<p {
            let d = a == j ? Self.dot(column, column) : Self.dot(column, columns[a])
            g[j * p + a] = d; g[a * p + j] = d
        }
        b[j] = Self.dot(column, yv)
        return solve(g, b, yty)?[j]
    }

    /// Every t when the response is replaced by `y` (a relabelling: yᵀy unchanged).
    func t(y: [Double], columns: [[Double]]) -> [Double]? {
        solve(xtx, columns.map { Self.dot($0, y) }, yty)
    }

    func solve(_ g: [Double], _ b: [Double], _ yty: Double) -> [Double]? {
        guard let inv = MRQAP.symmetricInverse(g, p) else { return nil }
        var beta = [Double](repeating: 0, count: p)
        for a in 0..<p { for c in 0..<p { beta[a] += inv[a * p + c] * b[c] } }
        var fit = 0.0
        for a in 0..<p { fit += beta[a] * b[a] }
        let sigma2 = max(yty - fit, 0) / Double(m - p)
        return (0..<p).map { a in
            let se = (sigma2 * inv[a * p + a]).squareRoot()
            return se > 0 ? beta[a] / se : (beta[a] == 0 ? 0 : .infinity * (beta[a] < 0 ? -1 : 1))
        }
    }
}
