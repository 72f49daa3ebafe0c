extension Centrality {
    /// Katz centrality by fixed-point iteration, exactly NetworkX `katz_centrality(G, alpha=…,
    /// beta=…, max_iter=…, tol=…, normalized=True, weight=…)`.
    ///
    /// Definition: x = α Aᵀ x + β·1, i.e. x(v) = α Σ_{u → v} w(u, v) x(u) + β — every node gets β
    /// and, attenuated by α per step, the centrality of those pointing to it; the solution is the sum
    /// of walks of every length ending at v weighted by α^length. Iterates from x = 0 until it has
    /// converged (``PowerIterationStop``: by default to rounding, else until the L1 change
    /// < n · `tolerance`), then scales x to Euclidean norm 1. The series converges only when
    /// α < 1/λ_max (λ_max the largest eigenvalue of A).
    ///
    /// Example: on the path a – b – c with α = 0.1: `[0.5599, 0.6108, 0.5599]`.
    ///
    /// - Parameters:
    ///   - graph: any graph (an edgeless graph gives the uniform vector 1/√n).
    ///   - alpha: attenuation α (NetworkX default 0.1); must be below 1/λ_max.
    ///   - beta: the exogenous centrality β of every node (NetworkX default 1).
    ///   - weighted: use edge weights as the entries of A (NetworkX's default is unweighted).
    ///   - maxIterations: the iteration budget (NetworkX `max_iter`, default 1000).
    ///   - tolerance: nil (default) for full convergence: equal to the exact solution of
    ///     (I − αAᵀ)x = β (dense solve) to ~1e-13. A number is NetworkX's per-node `tol` (on the
    ///     unscaled x): 1e-6, its default, reproduces `nx.katz_centrality(G)` step by step.
    /// - Returns: one value per node index, Euclidean norm 1 (all zeros when β = 0, as NetworkX);
    ///   empty for the empty graph.
    /// - Throws: ``AlgorithmError/notConverged(algorithm:iterations:)`` when the iteration has not
    ///   settled after `maxIterations` or overflows — which happens when α ≥ 1/λ_max.
    /// - Complexity: O(k·(n + m)) for k iterations; O(n) extra space.
    ///
    /// References: L. Katz, "A new status index derived from sociometric analysis", Psychometrika
    /// 18(1):39–43, 1953, doi:10.1007/BF02289026. Matches NetworkX `katz_centrality`.
    public static func katz(of graph: Graph, alpha: Double = 0.1, beta: Double = 1, weighted: Bool,
                            maxIterations: Int = 10000, tolerance: Double? = nil) throws -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        var x = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        var y = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        x.initialize(repeating: 0); y.initialize(repeating: 0)
        defer { x.deallocate(); y.deallocate() }
        let values = graph.slotWeights(weighted, inward: true)
        var stop = PowerIterationStop(tolerance: tolerance, nodes: n)
        let outcome: Int = graph.withInAdjacency(values: values) { adj in
            for k in 0..<maxIterations {
                LinearSweep.pull(adj, x: x, into: y)
                for v in 0..<n { y[v] = alpha * y[v] + beta }
                let change = LinearSweep.l1Distance(x, y)
                swap(&x, &y)
                if !change.isFinite { return -(k + 1) }
                if stop.stops(change: change, size: LinearSweep.l1Norm(x)) { return 1 }
            }
            return -maxIterations
        }
        guard outcome > 0 else { throw AlgorithmError.notConverged(algorithm: "katz", iterations: -outcome) }
        var norm = LinearSweep.euclideanNorm(x)
        if norm == 0 { norm = 1 }
        let scale = 1 / norm
        return x.map { $0 * scale }
    }
}
