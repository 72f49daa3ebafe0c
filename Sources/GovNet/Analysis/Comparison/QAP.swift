import Dispatch

/// The quadratic assignment procedure (QAP) test of the correlation between two networks on the same
/// departments.
///
/// Definition (Krackhardt 1987, doi:10.1007/BF02294457; Krackhardt 1988,
/// doi:10.1016/0378-8733(88)90004-4). The observed statistic is the Pearson correlation of the
/// off-diagonal cells of the two n × n adjacency matrices X and Y (all n(n − 1) ordered cells; for
/// symmetric matrices this equals the correlation over the upper triangle, as `sna::gcor` with
/// `mode = "graph"`). Each of `permutations` replicates relabels Y by a uniformly random permutation
/// π of the nodes applied to rows and columns together (Y'ᵢⱼ = Y_π(i)π(j)), which keeps each network's
/// structure and destroys only the pairing of the two. What it tests: whether the two matrices are
/// related beyond what an arbitrary relabelling of the departments would give (the null hypothesis is
/// that the pairing of departments across the two matrices carries no information) — not that the
/// two are "the same system"; when one network was derived from the other by hand (`derived_from`),
/// rejection is expected and says nothing about the real system. With k of the N replicates at least
/// as extreme in the stated tail — r′ ≥ r (`p_greater`), r′ ≤ r (`p_less`), |r′ − E r′| ≥ |r − E r′|
/// (`p_two_sided`) — the p-value is (k + 1)/(N + 1) (``PermutationPValue``; the observed labelling
/// counts as one), never 0; `sna::qaptest`'s `pgreq` and `pleeq` are k/N (`k_greater`, `k_less`,
/// `k_two_sided` give k). Comparisons use a
/// tolerance of 1e-12 relative on the cross-product sum, so a permutation that reproduces the
/// observed matrix counts as "≥" and "≤" in spite of rounding. Also reported, as UCINET's QAP
/// correlation does for binary data: the Jaccard coefficient of the cells present in either matrix,
/// simple matching (the share of off-diagonal cells that agree) and the Hamming distance (the number
/// that differ), on the binarised matrices.
///
/// Replicate k draws its permutation from `SeededGenerator(seed: seed &+ k &* 0x9E3779B97F4A7C15)`
/// (Fisher–Yates), so results do not depend on the thread count; replicates run on all cores in
/// fixed chunks.
///
/// References: statnet `sna::qaptest` and `sna::gcor` (Butts 2008, doi:10.18637/jss.v024.i06);
/// UCINET 6 "Tools > Testing Hypotheses > Dyadic (QAP) > QAP Correlation"; NetworkX and igraph have no
/// QAP test.
public enum QAP {
    /// The result of one test.
    public struct Result: Sendable, Hashable {
        /// Pearson correlation of the off-diagonal cells (NaN when either matrix is constant).
        public var correlation: Double
        /// (k + 1)/(N + 1) for k replicates with r′ ≥ r (NaN when the correlation is undefined or no replicates).
        public var pGreater: Double
        /// (k + 1)/(N + 1) for k replicates with r′ ≤ r.
        public var pLess: Double
        /// (k + 1)/(N + 1) for k replicates with |r′ − E r′| ≥ |r − E r′|.
        public var pTwoSided: Double
        public var permutations: Int
        /// The counts k behind the three p-values.
        public var kGreater = 0, kLess = 0, kTwoSided = 0
        /// The p-value of one tail with its counts, for printing.
        public func p(_ tail: PermutationPValue.Tail) -> PermutationPValue {
            PermutationPValue(k: tail == .greater ? kGreater : tail == .less ? kLess : kTwoSided, n: permutations, tail: tail)
        }
        /// Cells present in both / cells present in either (binarised; NaN when both are empty).
        public var jaccard: Double
        /// Share of off-diagonal cells on which the binarised matrices agree (NaN when n < 2).
        public var simpleMatching: Double
        /// Number of off-diagonal cells on which the binarised matrices differ.
        public var hamming: Int
        /// Number of nodes.
        public var nodes: Int
    }

    /// A sparse n × n matrix: nonzero off-diagonal cells as (row, column, value).
    public struct Matrix: Sendable {
        public var n: Int
        public var rows: [Int32]
        public var cols: [Int32]
        public var values: [Double]
        public init(n: Int, cells: [(Int32, Int32, Double)]) {
            self.n = n
            var merged: [Int64: Double] = [:]
            for (i, j, v) in cells where i != j && v != 0 { merged[Int64(i) * Int64(n) + Int64(j), default: 0] += v }
            let keys = merged.keys.sorted()
            rows = keys.map { Int32($0 / Int64(n)) }
            cols = keys.map { Int32($0 % Int64(n)) }
            values = keys.map { merged[$0]! }
        }
    }

    /// Runs the test of X against Y.
    /// - Parameters:
    ///   - x: the first matrix (its cells stay in place).
    ///   - y: the second matrix (permuted); same `n` as `x`.
    ///   - permutations: number of replicates (0: only the observed statistics).
    ///   - seed: the seed of the permutations.
    /// - Returns: the observed statistics and p-values (see the type's definition).
    /// - Complexity: O(permutations × (n + m_x log d_y)) time for m_x nonzero cells of X and maximum
    ///   out-degree d_y of Y; O(n + m) memory.
    public static func test(_ x: Matrix, _ y: Matrix, permutations: Int = 1000, seed: UInt64 = 1) -> Result {
        precondition(x.n == y.n, "matrices of different sizes")
        let n = x.n
        let cells = Double(n) * Double(max(n - 1, 0))
        // Observed correlation by the two-pass (centred) formula over all n(n−1) cells.
        let r = correlation(x, y)
        // Binary comparisons.
        let ybin = Set(zip(y.rows, y.cols).map { Int64($0) * Int64(n) + Int64($1) })
        let xbin = Set(zip(x.rows, x.cols).map { Int64($0) * Int64(n) + Int64($1) })
        let both = xbin.intersection(ybin).count, either = xbin.union(ybin).count
        let hamming = either - both
        var result = Result(correlation: r, pGreater: .nan, pLess: .nan, pTwoSided: .nan, permutations: permutations,
                            jaccard: either == 0 ? .nan : Double(both) / Double(either),
                            simpleMatching: cells == 0 ? .nan : (cells - Double(hamming)) / cells,
                            hamming: hamming, nodes: n)
        guard r.isFinite, permutations > 0 else { return result }

        // Permuted statistics through the cross-product sum S = Σ x_ij y_π(i)π(j): the sums and sums of
        // squares of the off-diagonal cells do not change under a permutation, so r′ is an increasing
        // affine function of S, and comparing S decides the p-values.
        let yadj = SortedAdjacency(y)
        let centre = x.values.reduce(0, +) * y.values.reduce(0, +) / cells
        let observed = crossProduct(x, yadj, permutation: Array(0..<Int32(n)))
        let tolerance = 1e-12 * max(1, abs(observed), abs(centre))
        let chunks = min(permutations, 8)
        let counts = DisjointSlots<(Int, Int, Int)>(count: chunks, repeating: (0, 0, 0))
        defer { counts.release() }
        ParallelChunks.forEach(count: permutations, chunks: chunks) { c, range in
            var ge = 0, le = 0, two = 0
            var perm = [Int32](repeating: 0, count: n)
            for k in range {
                var rng = SeededGenerator(seed: seed &+ UInt64(k) &* 0x9E37_79B9_7F4A_7C15)
                for i in 0..<n { perm[i] = Int32(i) }
                perm.seededShuffle(using: &rng)
                let s = crossProduct(x, yadj, permutation: perm)
                if s >= observed - tolerance { ge += 1 }
                if s <= observed + tolerance { le += 1 }
                if abs(s - centre) >= abs(observed - centre) - tolerance { two += 1 }
            }
            counts[c] = (ge, le, two)
        }
        let all = counts.array
        let ge = all.reduce(0) { $0 + $1.0 }, le = all.reduce(0) { $0 + $1.1 }, two = all.reduce(0) { $0 + $1.2 }
        (result.kGreater, result.kLess, result.kTwoSided) = (ge, le, two)
        result.pGreater = PermutationPValue(k: ge, n: permutations, tail: .greater).value
        result.pLess = PermutationPValue(k: le, n: permutations, tail: .less).value
        result.pTwoSided = PermutationPValue(k: two, n: permutations, tail: .twoSided).value
        return result
    }

    /// Pearson correlation of the n(n − 1) off-diagonal cells of X and Y (zeros included), by the
    /// centred two-pass formula; NaN when n < 2 or either matrix is constant.
    /// - Complexity: O(m log m) for m nonzero cells.
    public static func correlation(_ x: Matrix, _ y: Matrix) -> Double {
        let n = x.n
        let cells = Double(n) * Double(max(n - 1, 0))
        guard cells > 0 else { return .nan }
        let mx = x.values.reduce(0, +) / cells, my = y.values.reduce(0, +) / cells
        // Σ (x−mx)(y−my) = Σ_nonzero-union terms + (cells − |union|)·mx·my.
        var yv: [Int64: Double] = [:]
        for k in y.values.indices { yv[Int64(y.rows[k]) * Int64(n) + Int64(y.cols[k])] = y.values[k] }
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        var union = 0
        var xkeys = Set<Int64>()
        for k in x.values.indices {
            let key = Int64(x.rows[k]) * Int64(n) + Int64(x.cols[k])
            xkeys.insert(key)
            let dx = x.values[k] - mx, dy = (yv[key] ?? 0) - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
            union += 1
        }
        for k in y.values.indices {
            let key = Int64(y.rows[k]) * Int64(n) + Int64(y.cols[k])
            if xkeys.contains(key) { continue }
            let dx = -mx, dy = y.values[k] - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
            union += 1
        }
        let rest = cells - Double(union)
        sxy += rest * mx * my; sxx += rest * mx * mx; syy += rest * my * my
        guard sxx > 0, syy > 0 else { return .nan }
        return sxy / (sxx.squareRoot() * syy.squareRoot())
    }

    /// Σ over X's nonzero cells of x_ij · y_π(i)π(j).
    private static func crossProduct(_ x: Matrix, _ y: SortedAdjacency, permutation p: [Int32]) -> Double {
        var s = 0.0
        x.rows.withUnsafeBufferPointer { rows in
            x.cols.withUnsafeBufferPointer { cols in
                x.values.withUnsafeBufferPointer { vals in
                    p.withUnsafeBufferPointer { perm in
                        for k in 0..<vals.count {
                            let w = y.value(perm[Int(rows[k])], perm[Int(cols[k])])
                            if w != 0 { s += vals[k] * w }
                        }
                    }
                }
            }
        }
        return s
    }

    /// Y as sorted out-adjacency lists for O(log d) cell look-ups.
    private struct SortedAdjacency: @unchecked Sendable {
        let offsets: [Int32]
        let targets: [Int32]
        let values: [Double]
        init(_ m: Matrix) {
            var offsets = [Int32](repeating: 0, count: m.n + 1)
            for r in m.rows { offsets[Int(r) + 1] += 1 }
            for i in 0..<m.n { offsets[i + 1] += offsets[i] }
            // Matrix cells are sorted by (row, column) already.
            self.offsets = offsets
            targets = m.cols
            values = m.values
        }
        @inline(__always) func value(_ i: Int32, _ j: Int32) -> Double {
            var lo = Int(offsets[Int(i)]), hi = Int(offsets[Int(i) + 1])
            while lo < hi {
                let mid = (lo + hi) >> 1
                if targets[mid] < j { lo = mid + 1 } else { hi = mid }
            }
            return lo < Int(offsets[Int(i) + 1]) && targets[lo] == j ? values[lo] : 0
        }
    }
}
