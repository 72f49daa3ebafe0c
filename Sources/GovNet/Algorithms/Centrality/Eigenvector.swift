extension Centrality {
    /// Eigenvector centrality by power iteration, exactly NetworkX
    /// `eigenvector_centrality(G, max_iter=…, tol=…, weight=…)`.
    ///
    /// Definition: the principal eigenvector x of Aᵀ (x(v) ∝ Σ_{u → v} w(u, v) x(u): a node is central
    /// when central nodes point to it), scaled to Euclidean norm 1. As NetworkX, iterates
    /// x ← (A + I)ᵀ x / ‖(A + I)ᵀ x‖₂ from the uniform vector 1/n — the shift by I has the same
    /// eigenvectors but avoids the oscillation of bipartite graphs — until it has converged
    /// (``PowerIterationStop``: by default to rounding, else until the L1 change
    /// Σ_v |x_k(v) − x_{k−1}(v)| < n · `tolerance`). On a disconnected graph the iteration converges to
    /// the vector NetworkX's converges to (concentrated on the component(s) of largest eigenvalue).
    ///
    /// Example: on the star with centre a and leaves b, c, d: `[0.707, 0.408, 0.408, 0.408]`.
    ///
    /// - Parameters:
    ///   - graph: a graph with at least one edge.
    ///   - weighted: use edge weights as the entries of A (else 1).
    ///   - maxIterations: the iteration budget (NetworkX `max_iter`, default there 100).
    ///   - tolerance: nil (default) for full convergence: equal to the limit of the iteration (the
    ///     Perron vector; igraph's ARPACK answer scaled to norm 1 on connected graphs) to ~1e-13. A
    ///     number is NetworkX's per-node `tol`: 1e-6, its default, reproduces
    ///     `nx.eigenvector_centrality(G)` step by step.
    /// - Returns: one value per node index, non-negative, Euclidean norm 1.
    /// - Throws: ``AlgorithmError/undefined(algorithm:reason:)`` when the graph has no nodes, or two
    ///   or more nodes and no edges (A = 0: every vector is an eigenvector; NetworkX returns the
    ///   uniform vector). A single node gives `[1]`, its unique unit eigenvector, as NetworkX does; ``AlgorithmError/notConverged(algorithm:iterations:)`` after `maxIterations`.
    /// - Complexity: O(k·(n + m)) for k iterations; O(n) extra space.
    ///
    /// References: P. Bonacich, "Factoring and weighting approaches to status scores and clique
    /// identification", Journal of Mathematical Sociology 2(1):113–120, 1972,
    /// doi:10.1080/0022250X.1972.9989806; P. Bonacich, "Power and centrality: a family of
    /// measures", American Journal of Sociology 92(5):1170–1182, 1987, doi:10.1086/228631. Matches
    /// NetworkX `eigenvector_centrality` (igraph `igraph_eigenvector_centrality` scales to max 1).
    public static func eigenvector(of graph: Graph, weighted: Bool, maxIterations: Int = 1000,
                                   tolerance: Double? = nil) throws -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { throw AlgorithmError.undefined(algorithm: "eigenvector", reason: "the graph has no nodes") }
        if n == 1 && graph.edgeCount == 0 { return [1] }  // the unique unit eigenvector, as NetworkX returns
        guard graph.edgeCount > 0 else {
            throw AlgorithmError.undefined(algorithm: "eigenvector",
                                           reason: "the graph has no ties, so every vector is an eigenvector")
        }
        var x = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        var y = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        x.initialize(repeating: 1 / Double(n)); y.initialize(repeating: 0)
        defer { x.deallocate(); y.deallocate() }
        let values = graph.slotWeights(weighted, inward: true)
        var stop = PowerIterationStop(tolerance: tolerance, nodes: n)
        let converged: Bool = graph.withInAdjacency(values: values) { adj in
            for _ in 0..<maxIterations {
                LinearSweep.pull(adj, x: x, into: y)
                for v in 0..<n { y[v] += x[v] }
                var norm = LinearSweep.euclideanNorm(y)
                if norm == 0 { norm = 1 }
                for v in 0..<n { y[v] /= norm }
                let change = LinearSweep.l1Distance(x, y)
                swap(&x, &y)  // x is now the newest iterate
                if stop.stops(change: change, size: LinearSweep.l1Norm(x)) { return true }
            }
            return false
        }
        guard converged else { throw AlgorithmError.notConverged(algorithm: "eigenvector", iterations: maxIterations) }
        return Array(x)
    }
}
