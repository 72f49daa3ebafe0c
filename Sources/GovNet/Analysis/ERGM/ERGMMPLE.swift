import Foundation

/// Maximum pseudo-likelihood estimation of an ERGM (Strauss & Ikeda 1990, doi:10.1080/01621459.1990.10474920):
/// the logistic regression of every dyad's tie indicator on its change statistics,
/// logit P(y_ij = 1 | rest) = θᵀ δ(y)_ij, as R's `ergm(..., estimate = "MPLE")`.
///
/// Steps:
/// 1. every dyad (i ≠ j ordered when directed, i < j undirected) gives its change statistics; identical
///    rows are pooled with their counts of ties and non-ties (ergm's compressed MPLE table);
/// 2. before estimating, each statistic is checked: no variation (all change statistics 0), at its
///    largest or smallest attainable value (every dyad that raises it a tie, or none) — the MLE is then
///    ±∞, so the statistic is reported as such, not estimated, and the dyads it decides are left out, as
///    ergm does with an infinite coefficient — or collinear with the statistics before it (pivoted
///    Cholesky of the scaled information at θ = 0, relative pivot 10⁻¹⁰);
/// 3. Newton–Raphson from θ = 0 with step halving until the largest step is below 10⁻¹⁰ (at most 100
///    steps); covariance = inverse information at the estimate, so standard errors are √diag; z = θ/se;
///    p = erfc(|z|/√2).
///
/// The estimate is the MLE when every term is dyad-independent. With dyad-dependent terms (triangle,
/// stars, gw-terms) the MPLE is consistent but its standard errors ignore the dependence and are
/// unreliable (van Duijn, Gile & Handcock 2009, doi:10.1016/j.socnet.2008.10.003); ``ERGMFit`` says which.
///
/// - Complexity: O(D · c) for the D dyads and change-statistic cost c, plus O(iterations · R · p²) for
///   R distinct rows and p statistics.
public enum ERGMMPLE {
    /// The pooled pseudo-likelihood table.
    struct Table {
        var rows: [[Double]] = []
        var ties: [Double] = []
        var nonTies: [Double] = []
    }

    /// The dyads' change statistics, pooled. O(D · c).
    static func table(_ model: ERGMModel, _ state: ERGMDyadState) -> Table {
        var s = state
        let n = s.nodeCount, p = model.width
        var index: [[UInt64]: Int] = [:]
        var t = Table()
        var row = [Double](repeating: 0, count: p)
        for i in 0..<n {
            for j in (s.isDirected ? 0 : i + 1)..<n where j != i {
                let a = Int32(i), b = Int32(j)
                let tie = s.hasTie(a, b)
                if tie { s.remove(a, b) }
                row.withUnsafeMutableBufferPointer { model.changeStatistics(s, a, b, into: $0.baseAddress!) }
                if tie { s.add(a, b) }
                let key = row.map { ($0 == 0 ? 0.0 : $0).bitPattern }
                let k: Int
                if let found = index[key] { k = found } else {
                    k = t.rows.count
                    index[key] = k
                    t.rows.append(row); t.ties.append(0); t.nonTies.append(0)
                }
                if tie { t.ties[k] += 1 } else { t.nonTies[k] += 1 }
            }
        }
        return t
    }

    /// A model that cannot be estimated at all.
    public enum Failure: Error, Sendable, Hashable {
        /// Fewer than two nodes.
        case tooFewNodes
        /// Every statistic was left out (each is in ``ERGMFit/excluded``).
        case nothingToEstimate([ERGMFit.Excluded])
    }

    /// Fits the model to the network by MPLE.
    /// - Throws: ``Failure``.
    public static func fit(_ model: ERGMModel, _ state: ERGMDyadState) throws -> ERGMFit {
        let n = state.nodeCount
        guard n >= 2 else { throw Failure.tooFewNodes }
        let observed = model.statistics(state)
        var table = table(model, state)
        let p = model.width
        let dyads = state.isDirected ? n * (n - 1) : n * (n - 1) / 2
        var excluded: [Int: ERGMFit.Exclusion] = [:]
        // Statistics without variation or at an extreme, in formula order.
        for c in 0..<p {
            var any = false, positive = true, negative = true, allTies = true, noTies = true
            for r in table.rows.indices where table.rows[r][c] != 0 {
                any = true
                if table.rows[r][c] > 0 { negative = false } else { positive = false }
                if table.nonTies[r] > 0 { allTies = false }
                if table.ties[r] > 0 { noTies = false }
            }
            if !any { excluded[c] = .noVariation; continue }
            guard positive || negative else { continue }
            if allTies { excluded[c] = positive ? .atMaximum : .atMinimum }
            else if noTies { excluded[c] = positive ? .atMinimum : .atMaximum }
        }
        // The dyads an infinite coefficient decides leave the likelihood.
        let decided = excluded.filter { $0.value == .atMaximum || $0.value == .atMinimum }.map(\.key)
        if !decided.isEmpty {
            var kept = Table()
            for r in table.rows.indices where !decided.contains(where: { table.rows[r][$0] != 0 }) {
                kept.rows.append(table.rows[r]); kept.ties.append(table.ties[r]); kept.nonTies.append(table.nonTies[r])
            }
            table = kept
        }
        // Collinearity among the remaining columns, in order.
        var columns = (0..<p).filter { excluded[$0] == nil }
        if !columns.isEmpty {
            let info = information(table, columns, theta: [Double](repeating: 0, count: columns.count))
            for k in dependentColumns(info, columns.count) {
                excluded[columns[k]] = info[k * columns.count + k] > 0 ? .collinear : .noVariation
            }
            columns = (0..<p).filter { excluded[$0] == nil }
        }
        let excludedList = excluded.keys.sorted().map { ERGMFit.Excluded(name: model.names[$0], reason: excluded[$0]!, observed: observed[$0]) }
        guard !columns.isEmpty, !table.rows.isEmpty else { throw Failure.nothingToEstimate(excludedList) }

        let k = columns.count
        let (theta, current, iterations, converged) = newton(table, columns)
        let info = information(table, columns, theta: theta)
        let cov = scaledInverse(info, k) ?? [Double](repeating: .nan, count: k * k)
        var coefficients: [ERGMFit.Coefficient] = []
        for (a, c) in columns.enumerated() {
            let se = cov[a * k + a].squareRoot()
            let z = theta[a] / se
            coefficients.append(ERGMFit.Coefficient(name: model.names[c], estimate: theta[a], standardError: se, z: z,
                                                    p: ERGMFit.pValue(z), dyadDependent: model.terms[model.termOfStatistic[c]].isDyadDependent))
        }
        let deviance = -2 * current
        return ERGMFit(method: .mple, coefficients: coefficients, excluded: excludedList, names: model.names, observed: observed,
                       logLikelihood: current, deviance: deviance, nullDeviance: 2 * Double(dyads) * log(2.0),
                       aic: deviance + 2 * Double(k), bic: deviance + Double(k) * log(Double(dyads)),
                       dyads: dyads, uniqueRows: table.rows.count, iterations: iterations, converged: converged)
    }

    /// Newton–Raphson on the pooled table's `columns` from θ = 0 with step halving, until the largest step is
    /// below 10⁻¹⁰ (at most 100 steps): the estimate, the log pseudo-likelihood there, the steps taken and
    /// whether it converged.
    static func newton(_ table: Table, _ columns: [Int]) -> (theta: [Double], logLikelihood: Double, iterations: Int, converged: Bool) {
        let k = columns.count
        var theta = [Double](repeating: 0, count: k)
        var current = logLikelihood(table, columns, theta)
        var iterations = 0, converged = false
        for _ in 0..<100 {
            iterations += 1
            let info = information(table, columns, theta: theta)
            let grad = gradient(table, columns, theta)
            guard let inv = scaledInverse(info, k) else { break }
            var step = (0..<k).map { a in (0..<k).reduce(0.0) { $0 + inv[a * k + $1] * grad[$1] } }
            var next = zip(theta, step).map(+)
            var value = logLikelihood(table, columns, next)
            while value < current - 1e-12 && (step.map(abs).max() ?? 0) > 1e-10 {
                step = step.map { $0 / 2 }
                next = zip(theta, step).map(+)
                value = logLikelihood(table, columns, next)
            }
            theta = next
            current = value
            if (step.map(abs).max() ?? 0) < 1e-10 { converged = true; break }
        }
        return (theta, current, iterations, converged)
    }

    @inline(__always) static func eta(_ row: [Double], _ columns: [Int], _ theta: [Double]) -> Double {
        var e = 0.0
        for (a, c) in columns.enumerated() { e += row[c] * theta[a] }
        return e
    }

    /// log(1 + e^x) without overflow.
    @inline(__always) static func softplus(_ x: Double) -> Double { x > 0 ? x + log1p(exp(-x)) : log1p(exp(x)) }

    static func logLikelihood(_ t: Table, _ columns: [Int], _ theta: [Double]) -> Double {
        var l = 0.0
        for r in t.rows.indices {
            let e = eta(t.rows[r], columns, theta)
            l += t.ties[r] * e - (t.ties[r] + t.nonTies[r]) * softplus(e)
        }
        return l
    }

    static func gradient(_ t: Table, _ columns: [Int], _ theta: [Double]) -> [Double] {
        var g = [Double](repeating: 0, count: columns.count)
        for r in t.rows.indices {
            let mu = 1 / (1 + exp(-eta(t.rows[r], columns, theta)))
            let resid = t.ties[r] - (t.ties[r] + t.nonTies[r]) * mu
            for (a, c) in columns.enumerated() { g[a] += t.rows[r][c] * resid }
        }
        return g
    }

    /// Xᵀ W X with W = trials · μ(1 − μ).
    static func information(_ t: Table, _ columns: [Int], theta: [Double]) -> [Double] {
        let k = columns.count
        var h = [Double](repeating: 0, count: k * k)
        for r in t.rows.indices {
            let mu = 1 / (1 + exp(-eta(t.rows[r], columns, theta)))
            let w = (t.ties[r] + t.nonTies[r]) * mu * (1 - mu)
            let row = t.rows[r]
            for a in 0..<k {
                let xa = row[columns[a]] * w
                if xa == 0 { continue }
                for b in a..<k { h[a * k + b] += xa * row[columns[b]] }
            }
        }
        for a in 0..<k { for b in 0..<a { h[a * k + b] = h[b * k + a] } }
        return h
    }

    /// Inverse of a symmetric positive definite matrix through its diagonal scaling D⁻½ A D⁻½ (so
    /// statistics of very different scales do not look singular); nil when singular.
    static func scaledInverse(_ a: [Double], _ k: Int) -> [Double]? {
        let d = (0..<k).map { a[$0 * k + $0] > 0 ? 1 / a[$0 * k + $0].squareRoot() : 0 }
        if d.contains(0) { return nil }
        var s = a
        for i in 0..<k { for j in 0..<k { s[i * k + j] *= d[i] * d[j] } }
        guard var inv = MRQAP.symmetricInverse(s, k) else { return nil }
        for i in 0..<k { for j in 0..<k { inv[i * k + j] *= d[i] * d[j] } }
        return inv
    }

    /// The columns (positions) of a symmetric positive semidefinite matrix that depend linearly on the
    /// columns before them: Cholesky in order on the correlation scaling, a pivot below 10⁻¹⁰ marks one.
    static func dependentColumns(_ a: [Double], _ k: Int) -> [Int] {
        let d = (0..<k).map { a[$0 * k + $0] > 0 ? 1 / a[$0 * k + $0].squareRoot() : 0 }
        var l = [Double](repeating: 0, count: k * k)
        var dependent: [Int] = []
        var kept: [Int] = []
        for j in 0..<k {
            guard d[j] > 0 else { dependent.append(j); continue }
            // Solve L x = a_j over kept columns, then the pivot.
            var x = [Double](repeating: 0, count: k)
            for (pos, i) in kept.enumerated() {
                var s = a[i * k + j] * d[i] * d[j]
                for (qpos, q) in kept.enumerated() where qpos < pos { s -= l[i * k + q] * x[q] }
                x[i] = s / l[i * k + i]
            }
            var pivot = 1.0
            for i in kept { pivot -= x[i] * x[i] }
            if pivot < 1e-10 { dependent.append(j); continue }
            for i in kept { l[j * k + i] = x[i] }
            l[j * k + j] = pivot.squareRoot()
            kept.append(j)
        }
        return dependent
    }
}
