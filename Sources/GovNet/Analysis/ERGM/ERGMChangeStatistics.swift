import Foundation

/// A term bound to the data of one network: the attribute codes, covariate values or matrix its change
/// statistic reads, string-free.
///
/// The change statistic of tie i → j is δ(y)_ij = g(y⁺_ij) − g(y⁻_ij), the statistic with the tie
/// minus without it (Hunter & Handcock 2006, doi:10.1198/106186006X133069; ergm's `changestats.c`),
/// computed on a state where the tie is **absent**. With r = 1 − e^(−α), sp(x, y) the shared partners
/// (directed: outgoing two-paths x → k → y, ``ERGMDyadState/twoPaths(_:_:)``) and degrees without the tie:
/// - edges 1; mutual y_ji; kstar(k) C(d_i, k−1) + C(d_j, k−1); istar(k) C(in_j, k−1); ostar(k) C(out_i, k−1);
/// - triangle: undirected |N(i) ∩ N(j)|; directed Σ_{k ∈ out(j) ∪ in(j)} (y_ik + y_ki), counted per list;
/// - gwesp: e^α(1 − r^sp(i,j)) + Σ over the partners k of r^sp(i,k) + r^sp(j,k) (undirected), or, directed
///   (OTP), Σ_{b: i→b, j→b} r^sp(i,b) + Σ_{a: a→i, a→j} r^sp(a,j);
/// - gwdsp: Σ_{k ∈ N(j)∖i} r^sp(i,k) + Σ_{k ∈ N(i)∖j} r^sp(j,k) (undirected); directed (OTP)
///   Σ_{a ∈ in(i)∖j} r^sp(a,j) + Σ_{b ∈ out(j)∖i} r^sp(i,b);
/// - gwdegree r^d_i + r^d_j; gwidegree r^in_j; gwodegree r^out_i;
/// - nodecov a_i + a_j; absdiff |a_i − a_j|; nodefactor [a_i = ℓ] + [a_j = ℓ]; nodematch [a_i = a_j]
///   (diff: in the column of the level); edgecov x_ij (undirected: x of the pair's smaller index first, as ergm).
///
/// - Complexity: O(1) for dyad-independent terms, O(d) for triangle and the degree terms, O(d²) for
///   gwesp and gwdsp, d the largest degree.
enum ERGMKernel: Sendable {
    case edges
    case mutual
    case triangle
    case kstar(Int)
    case istar(Int)
    case ostar(Int)
    /// Decay weights: `power[k]` = r^k, `scale` = e^α.
    case gwesp(power: [Double], scale: Double)
    case gwdsp(power: [Double])
    case gwdegree(power: [Double])
    case gwidegree(power: [Double])
    case gwodegree(power: [Double])
    case nodecov([Double])
    case absdiff([Double])
    /// Column of each node's level (−1: the base level, no column) and the number of columns.
    case nodefactor(codes: [Int32], width: Int)
    /// Level code of each node; `diff`: one column per level (`width` columns), else one.
    case nodematch(codes: [Int32], diff: Bool, width: Int)
    /// Row-major n × n values.
    case edgecov([Double], n: Int)

    var width: Int {
        switch self {
        case .nodefactor(_, let w): return w
        case .nodematch(_, let diff, let w): return diff ? w : 1
        default: return 1
        }
    }

    static func choose(_ n: Int, _ k: Int) -> Double {
        if k < 0 || k > n { return 0 }
        var c = 1.0
        if k == 0 { return 1 }
        for t in 0..<k { c = c * Double(n - t) / Double(t + 1) }
        return c.rounded()
    }

    /// Writes the change statistic of the absent tie i → j at `out[offset…]`.
    @inline(__always)
    func change(_ s: ERGMDyadState, _ i: Int32, _ j: Int32, _ out: UnsafeMutablePointer<Double>) {
        switch self {
        case .edges: out[0] = 1
        case .mutual: out[0] = s.hasTie(j, i) ? 1 : 0
        case .triangle:
            var c = 0
            if s.isDirected {
                for k in s.outNeighbors(j) { c += (s.hasTie(i, k) ? 1 : 0) + (s.hasTie(k, i) ? 1 : 0) }
                for k in s.inNeighbors(j) { c += (s.hasTie(i, k) ? 1 : 0) + (s.hasTie(k, i) ? 1 : 0) }
            } else {
                c = s.twoPaths(i, j)
            }
            out[0] = Double(c)
        case .kstar(let k): out[0] = Self.choose(s.outDegree(i), k - 1) + Self.choose(s.outDegree(j), k - 1)
        case .istar(let k): out[0] = Self.choose(s.inDegree(j), k - 1)
        case .ostar(let k): out[0] = Self.choose(s.outDegree(i), k - 1)
        case .gwesp(let power, let scale):
            var c = 0.0
            if s.isDirected {
                c = scale * (1 - power[s.twoPaths(i, j)])
                for b in s.outNeighbors(i) where s.hasTie(j, b) { c += power[s.twoPaths(i, b)] }
                for a in s.inNeighbors(i) where s.hasTie(a, j) { c += power[s.twoPaths(a, j)] }
            } else {
                var shared = 0
                for k in s.outNeighbors(i) where s.hasTie(k, j) {
                    shared += 1
                    c += power[s.twoPaths(i, k)] + power[s.twoPaths(j, k)]
                }
                c += scale * (1 - power[shared])
            }
            out[0] = c
        case .gwdsp(let power):
            var c = 0.0
            if s.isDirected {
                for a in s.inNeighbors(i) where a != j { c += power[s.twoPaths(a, j)] }
                for b in s.outNeighbors(j) where b != i { c += power[s.twoPaths(i, b)] }
            } else {
                for k in s.outNeighbors(j) where k != i { c += power[s.twoPaths(i, k)] }
                for k in s.outNeighbors(i) where k != j { c += power[s.twoPaths(j, k)] }
            }
            out[0] = c
        case .gwdegree(let power): out[0] = power[s.outDegree(i)] + power[s.outDegree(j)]
        case .gwidegree(let power): out[0] = power[s.inDegree(j)]
        case .gwodegree(let power): out[0] = power[s.outDegree(i)]
        case .nodecov(let a): out[0] = a[Int(i)] + a[Int(j)]
        case .absdiff(let a): out[0] = abs(a[Int(i)] - a[Int(j)])
        case .nodefactor(let codes, let width):
            for c in 0..<width { out[c] = 0 }
            let ci = codes[Int(i)], cj = codes[Int(j)]
            if ci >= 0 { out[Int(ci)] += 1 }
            if cj >= 0 { out[Int(cj)] += 1 }
        case .nodematch(let codes, let diff, let width):
            let ci = codes[Int(i)], cj = codes[Int(j)]
            if diff {
                for c in 0..<width { out[c] = 0 }
                if ci == cj && ci >= 0 { out[Int(ci)] = 1 }
            } else {
                out[0] = ci == cj && ci >= 0 ? 1 : 0
            }
        case .edgecov(let x, let n):
            let (a, b) = s.isDirected || i < j ? (Int(i), Int(j)) : (Int(j), Int(i))
            out[0] = x[a * n + b]
        }
    }

    /// r^k for k = 0…n (r = 1 − e^(−α)).
    static func powers(decay: Double, n: Int) -> [Double] {
        let r = 1 - exp(-decay)
        var p = [Double](repeating: 1, count: n + 2)
        for k in 1..<p.count { p[k] = p[k - 1] * r }
        return p
    }
}
