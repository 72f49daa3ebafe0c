/// CONCOR: convergence of iterated correlations (Breiger, Boorman & Arabie 1975), as UCINET runs it.
public enum CONCOR {
    /// Splits the departments into positions by repeated CONCOR bisection.
    ///
    /// Definition: the first correlation matrix correlates the tie profiles of the departments (row and
    /// column of the 0/1 matrix, the diagonal left out pairwise, as ``StructuralEquivalence``); CONCOR
    /// then correlates the columns of that matrix again and again until every entry is within 1e-10 of
    /// ±1 (at most 100 iterations — UCINET stops at 25 with 0.2 tolerance in older releases; with
    /// binary data the iteration converges long before). The departments correlating +1 with the first
    /// member form one half, the rest the other. Each half is split again from the correlations of its
    /// own members' profiles, for `depth` levels (UCINET's "depth of splits"), giving up to 2^depth
    /// positions; a half of one department is not split. A pair that never separates (undefined
    /// correlations: constant profiles) stays together.
    ///
    /// - Returns: the position of each node, numbered 1, 2, … in order of each position's first node.
    /// - Complexity: O(iterations · s³) per split of s departments.
    ///
    /// References: Breiger, Boorman & Arabie (1975), "An algorithm for clustering relational data with
    /// applications to social network analysis and comparison with multidimensional scaling", J. Math.
    /// Psychol. 12:328–383, doi:10.1016/0022-2496(75)90028-0; Wasserman & Faust (1994), §9.4.2; UCINET 6
    /// Network > Roles & Positions > Structural > CONCOR.
    public static func positions(of graph: Graph, depth: Int) -> [Int] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let similarity = StructuralEquivalence.distances(of: graph, distance: .correlation).map { -$0 }
        var groups: [[Int]] = [Array(0..<n)]
        for _ in 0..<max(depth, 0) {
            var next: [[Int]] = []
            for g in groups {
                if g.count < 2 { next.append(g); continue }
                let (a, b) = split(g, similarity, n)
                next.append(a)
                if !b.isEmpty { next.append(b) }
            }
            groups = next
        }
        var block = [Int](repeating: 0, count: n)
        for (i, g) in groups.enumerated() { for v in g { block[v] = i } }
        var label: [Int: Int] = [:]
        return block.map { b in
            if let l = label[b] { return l }
            label[b] = label.count + 1
            return label[b]!
        }
    }

    /// One CONCOR bisection of `members` (ascending), from their profile correlations.
    static func split(_ members: [Int], _ similarity: [Double], _ n: Int) -> ([Int], [Int]) {
        let s = members.count
        var m = [Double](repeating: 0, count: s * s)
        for a in 0..<s { for b in 0..<s { m[a * s + b] = similarity[members[a] * n + members[b]] } }
        for _ in 0..<100 {
            if m.allSatisfy({ abs(abs($0) - 1) <= 1e-10 }) { break }
            m = columnCorrelations(m, s)
        }
        var first: [Int] = [], second: [Int] = []
        for a in 0..<s { (m[a] > 0 || a == 0 ? { first.append(members[a]) } : { second.append(members[a]) })() }
        return (first, second)
    }

    /// Pearson correlations between the columns of an s × s matrix (0 where a column is constant).
    static func columnCorrelations(_ m: [Double], _ s: Int) -> [Double] {
        var means = [Double](repeating: 0, count: s), norms = [Double](repeating: 0, count: s)
        for c in 0..<s {
            var t = 0.0
            for r in 0..<s { t += m[r * s + c] }
            means[c] = t / Double(s)
            var q = 0.0
            for r in 0..<s { let d = m[r * s + c] - means[c]; q += d * d }
            norms[c] = q.squareRoot()
        }
        var out = [Double](repeating: 0, count: s * s)
        for a in 0..<s {
            for b in a..<s {
                var t = 0.0
                for r in 0..<s { t += (m[r * s + a] - means[a]) * (m[r * s + b] - means[b]) }
                let value = norms[a] > 0 && norms[b] > 0 ? t / (norms[a] * norms[b]) : (a == b ? 1 : 0)
                out[a * s + b] = value; out[b * s + a] = value
            }
        }
        return out
    }
}
