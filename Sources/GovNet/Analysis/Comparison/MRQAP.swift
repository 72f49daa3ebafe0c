import Dispatch

/// Multiple regression QAP (MRQAP) with Dekker, Krackhardt & Snijders' double semi-partialling: does
/// one linkage mechanism explain another once the others are accounted for?
///
/// Definition (Krackhardt 1988, doi:10.1016/0378-8733(88)90004-4; Dekker, Krackhardt & Snijders 2007,
/// doi:10.1007/s11336-007-9016-1). The dependent matrix Y and predictor matrices X₁…X_k of one
/// network, as vectors of their n(n − 1) off-diagonal cells, enter an ordinary least squares
/// regression with intercept, Y = b₀ + Σ b_j X_j + e; reported: each coefficient, its standard error
/// and t-value, R² and adjusted R². The null distribution of predictor j's t-value comes from double
/// semi-partialling: X_j is regressed on the other predictors (with intercept), its residual matrix
/// E_j is relabelled by a random node permutation (rows and columns together) and put in X_j's place,
/// and the t-value of that column is recorded. p-values are (k + 1)/(N + 1) for the k of N replicates
/// with t′ ≥ t, t′ ≤ t and |t′| ≥ |t| (``PermutationPValue``; statnet reports k/N), as statnet
/// `sna::netlm(y, x, nullhyp = "qapspp", test.statistic = "t-value")`; the intercept is not tested.
/// Replicate r of predictor j uses `SeededGenerator(seed: seed &+ (r + j·permutations) &* 0x9E3779B97F4A7C15)`,
/// so results do not depend on the thread count.
///
/// References: statnet `sna::netlm` (Butts 2008, doi:10.18637/jss.v024.i06); UCINET "MR-QAP Linear
/// Regression" (Dekker semi-partialling); NetworkX and igraph have no MRQAP.
public enum MRQAP {
    /// One term of the regression.
    public struct Term: Sendable, Hashable {
        public var name: String
        public var coefficient: Double
        public var standardError: Double
        public var t: Double
        /// (k + 1)/(N + 1) for k of N replicates with t′ ≥ t, t′ ≤ t, |t′| ≥ |t| (NaN for the intercept).
        public var pGreater: Double
        public var pLess: Double
        public var pTwoSided: Double
        /// The counts k behind the three p-values (sna::netlm reports k/N).
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
        /// The intercept first, then one term per predictor.
        public var terms: [Term]
        public var rSquared: Double
        public var adjustedRSquared: Double
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
        public var description: String {
            switch self {
            case .singular: return "the predictors are collinear or constant; the regression has no unique solution"
            case .tooFewObservations: return "fewer dyads than parameters"
            }
        }
    }

    /// Fits and tests the regression.
    /// - Parameters:
    ///   - y: the dependent matrix (n × n).
    ///   - x: the predictor matrices (same n) with their names.
    ///   - permutations: replicates per predictor (0: the fit only; p-values NaN).
    ///   - seed: the seed of the permutations.
    /// - Returns: coefficients, t-values, R² and the p-values.
    /// - Throws: ``Failure``.
    /// - Complexity: O(k · permutations · n² · k²) for k predictors.
    public static func test(_ y: QAP.Matrix, _ x: [(String, QAP.Matrix)], permutations: Int = 1000, seed: UInt64 = 1) throws -> Result {
        let n = y.n
        let cells = n * max(n - 1, 0)
        let p = x.count + 1
        guard cells > p else { throw Failure.tooFewObservations }
        let yv = dense(y)
        var columns = [[Double](repeating: 1, count: cells)] + x.map { dense($0.1) }
        guard let fit = ols(yv, columns) else { throw Failure.singular }
        var terms = (0..<p).map { j in
            Term(name: j == 0 ? "(intercept)" : x[j - 1].0, coefficient: fit.beta[j], standardError: fit.se[j], t: fit.t[j],
                 pGreater: .nan, pLess: .nan, pTwoSided: .nan)
        }
        let ssTotal = { () -> Double in
            let m = yv.reduce(0, +) / Double(cells)
            return yv.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        }()
        let r2 = ssTotal > 0 ? 1 - fit.rss / ssTotal : .nan
        let adj = 1 - (1 - r2) * Double(cells - 1) / Double(cells - p)
        if permutations > 0 {
            for j in 1..<p {
                // Residuals of X_j on the other columns.
                var others = columns
                let xj = others.remove(at: j)
                guard let aux = ols(xj, others) else { throw Failure.singular }
                let residual = zip(xj, aux.fitted).map { $0 - $1 }
                let observed = fit.t[j]
                let tolerance = 1e-10 * max(1, abs(observed))
                let chunks = min(permutations, 8)
                let counts = UnsafeMutablePointer<(Int, Int, Int)>.allocate(capacity: chunks)
                counts.initialize(repeating: (0, 0, 0), count: chunks)
                defer { counts.deallocate() }
                let shared = MRQAPCounts(base: counts)
                let frozen = columns
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    var cols = frozen
                    var perm = [Int](repeating: 0, count: n)
                    var ge = 0, le = 0, two = 0
                    for r in (permutations * c / chunks)..<(permutations * (c + 1) / chunks) {
                        var rng = SeededGenerator(seed: seed &+ UInt64(r + (j - 1) * permutations) &* 0x9E37_79B9_7F4A_7C15)
                        for i in 0..<n { perm[i] = i }
                        perm.seededShuffle(using: &rng)
                        var k = 0
                        for a in 0..<n { for b in 0..<n where a != b {
                            let pa = perm[a], pb = perm[b]
                            cols[j][k] = residual[pa * (n - 1) + (pb < pa ? pb : pb - 1)]
                            k += 1
                        } }
                        guard let f = ols(yv, cols) else { continue }
                        let t = f.t[j]
                        if t >= observed - tolerance { ge += 1 }
                        if t <= observed + tolerance { le += 1 }
                        if abs(t) >= abs(observed) - tolerance { two += 1 }
                    }
                    shared.base[c] = (ge, le, two)
                }
                let all = UnsafeBufferPointer(start: counts, count: chunks)
                terms[j].kGreater = all.reduce(0) { $0 + $1.0 }
                terms[j].kLess = all.reduce(0) { $0 + $1.1 }
                terms[j].kTwoSided = all.reduce(0) { $0 + $1.2 }
                terms[j].replicates = permutations
                terms[j].pGreater = terms[j].p(.greater).value
                terms[j].pLess = terms[j].p(.less).value
                terms[j].pTwoSided = terms[j].p(.twoSided).value
            }
        }
        columns.removeAll()
        return Result(terms: terms, rSquared: r2, adjustedRSquared: adj, observations: cells, permutations: permutations)
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

/// Per-chunk counters written at disjoint indices by the parallel replicate loop.
private struct MRQAPCounts: @unchecked Sendable {
    let base: UnsafeMutablePointer<(Int, Int, Int)>
}
