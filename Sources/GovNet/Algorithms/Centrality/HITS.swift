extension Centrality {
    /// Hub and authority scores (HITS) by power iteration, matching NetworkX `hits(G)` (which asks
    /// ARPACK for the principal singular vectors of A).
    ///
    /// Definition: authorities a = principal eigenvector of AᵀA (a(v) ∝ Σ_{u → v} w(u, v) h(u): pointed
    /// to by good hubs) and hubs h = A a (h(u) ∝ Σ_{u → v} w(u, v) a(v): pointing to good
    /// authorities), each scaled to sum 1. Iterates h ← A Aᵀ h scaled to max 1 from the uniform
    /// vector until Σ_v |h_k(v) − h_{k−1}(v)| < `tolerance` (NetworkX's `_hits_python` criterion),
    /// then a = Aᵀh, h = A a. On an undirected graph A is symmetric and hubs = authorities.
    ///
    /// HITS is defined only when the largest singular value σ₁ of A is simple: when it is repeated
    /// (an undirected bipartite graph such as a star, a path or a tree; a directed cycle; two
    /// identical components) any vector of a multi-dimensional subspace qualifies, and NetworkX's
    /// ARPACK answer is an arbitrary one. After convergence a second, deflated power iteration
    /// estimates σ₂ (the largest singular value on the complement of the authority vector, from a
    /// fixed pseudo-random start); when σ₁ − σ₂ ≤ 10⁻⁸ σ₁ the function throws instead of returning
    /// an arbitrary vector.
    ///
    /// Example: on a → c, b → c: hubs `[0.5, 0.5, 0]`, authorities `[0, 0, 1]`.
    ///
    /// - Parameters:
    ///   - graph: a graph with at least one edge.
    ///   - weighted: use edge weights as the entries of A (NetworkX's `hits` uses `weight` when present).
    ///   - maxIterations: the iteration budget.
    ///   - tolerance: the L1 change of the max-scaled hub vector that stops the iteration.
    /// - Returns: `(hubs, authorities)`, one value per node index each, each summing to 1; two empty
    ///   arrays for the empty graph.
    /// - Throws: ``AlgorithmError/undefined(algorithm:reason:)`` when the graph has no edges (A = 0)
    ///   or σ₁ is not simple;
    ///   ``AlgorithmError/notConverged(algorithm:iterations:)`` after `maxIterations`.
    /// - Complexity: O(k·(n + m)) for k iterations (k grows as the gap between the two largest
    ///   singular values shrinks); O(n) extra space.
    ///
    /// References: J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", Journal of
    /// the ACM 46(5):604–632, 1999, doi:10.1145/324133.324140. Matches NetworkX `hits` and igraph
    /// `igraph_hub_and_authority_scores` (scaled to sum 1 instead of max 1).
    public static func hits(of graph: Graph, weighted: Bool, maxIterations: Int = 10000,
                            tolerance: Double = 1e-12) throws -> (hubs: [Double], authorities: [Double]) {
        let n = graph.nodeCount
        guard n > 0 else { return ([], []) }
        guard graph.edgeCount > 0 else {
            throw AlgorithmError.undefined(algorithm: "hits", reason: "the graph has no ties, so no node is a hub or an authority")
        }
        var h = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        var next = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let a = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        h.initialize(repeating: 1 / Double(n)); next.initialize(repeating: 0); a.initialize(repeating: 0)
        defer { h.deallocate(); next.deallocate(); a.deallocate() }
        let inValues = graph.slotWeights(weighted, inward: true)
        let outValues = graph.slotWeights(weighted, inward: false)
        let converged: Bool = graph.withInAdjacency(values: inValues) { inAdj in
            graph.withOutAdjacency(values: outValues) { outAdj in
                for _ in 0..<maxIterations {
                    LinearSweep.pull(inAdj, x: h, into: a)      // a = Aᵀ h
                    LinearSweep.pull(outAdj, x: a, into: next)  // h' = A a
                    let top = next.max() ?? 0
                    guard top > 0 else { return false }
                    for v in 0..<n { next[v] /= top }
                    let change = LinearSweep.l1Distance(h, next)
                    swap(&h, &next)
                    if change < tolerance {
                        LinearSweep.pull(inAdj, x: h, into: a)
                        LinearSweep.pull(outAdj, x: a, into: h)
                        return true
                    }
                }
                return false
            }
        }
        guard converged else { throw AlgorithmError.notConverged(algorithm: "hits", iterations: maxIterations) }
        let simple = graph.withInAdjacency(values: inValues) { inAdj in
            graph.withOutAdjacency(values: outValues) { outAdj in
                largestSingularValueIsSimple(inAdj, outAdj, authority: a, maxIterations: maxIterations)
            }
        }
        guard simple else {
            throw AlgorithmError.undefined(algorithm: "hits", reason: "the largest singular value of the adjacency matrix is repeated, so hub and authority scores are not unique")
        }
        let hubSum = h.reduce(0, +), authoritySum = a.reduce(0, +)
        return (h.map { $0 / hubSum }, a.map { $0 / authoritySum })
    }

    /// Whether σ₁ of A is simple, given the converged authority vector `authority` (∝ v₁, the top
    /// right singular vector): power iteration on AᵀA restricted to v₁'s orthogonal complement from a
    /// fixed pseudo-random start. Its Rayleigh quotient ρ rises monotonically to σ₂²; σ₁ is declared
    /// repeated when ρ ≥ ((1 − 10⁻⁸) σ₁)² (NetworkX's oracle criterion σ₁ − σ₂ ≤ 10⁻⁸ σ₁), simple
    /// when ρ has settled (or its geometric extrapolation stays) below that.
    static func largestSingularValueIsSimple(_ inAdj: Adjacency, _ outAdj: Adjacency,
                                             authority: UnsafeMutableBufferPointer<Double>, maxIterations: Int) -> Bool {
        let n = authority.count
        guard n > 1 else { return true }
        let v1 = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let r = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let t = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        defer { v1.deallocate(); r.deallocate(); t.deallocate() }
        let norm1 = LinearSweep.euclideanNorm(authority)
        for i in 0..<n { v1[i] = authority[i] / norm1 }
        LinearSweep.pull(outAdj, x: v1, into: t)
        let lambda1 = t.reduce(0) { $0 + $1 * $1 }  // σ₁² = ‖A v₁‖²
        let threshold = lambda1 * (1 - 1e-8) * (1 - 1e-8)
        var rng = SeededGenerator(seed: 0x4849_5453)  // "HITS"
        for i in 0..<n { r[i] = rng.nextUnit() * 2 - 1 }
        func deflateAndNormalize() -> Bool {
            var dot = 0.0
            for i in 0..<n { dot += r[i] * v1[i] }
            for i in 0..<n { r[i] -= dot * v1[i] }
            let norm = LinearSweep.euclideanNorm(r)
            guard norm > 0 else { return false }
            for i in 0..<n { r[i] /= norm }
            return true
        }
        var previous = -1.0, previousStep = Double.infinity, previousRatio = Double.infinity
        for k in 0..<maxIterations {
            guard deflateAndNormalize() else { return true }  // complement is in the null space: σ₂ = 0
            LinearSweep.pull(outAdj, x: r, into: t)            // t = A r
            let rho = t.reduce(0) { $0 + $1 * $1 }           // ‖A r‖² = rᵀ AᵀA r
            if rho >= threshold { return false }
            let step = rho - previous
            let ratio = step / previousStep
            if k >= 2 {
                if step <= 1e-15 * lambda1 { return true }
                // Settled into geometric convergence: bound the remaining rise of ρ.
                if k >= 10 && ratio < 1 && abs(ratio - previousRatio) <= 0.01 * ratio
                    && rho + 2 * step * ratio / (1 - ratio) < threshold { return true }
            }
            previousRatio = ratio
            previous = rho; previousStep = step
            LinearSweep.pull(inAdj, x: t, into: r)             // r = Aᵀ A r
        }
        return true
    }
}
