/// When the power iterations of eigenvector, PageRank and Katz centrality stop.
///
/// Two rules:
/// - **Full convergence** (`tolerance == nil`, the default): iterate until the iterate stops changing
///   beyond floating-point rounding — the L1 change Σ_v |x_k(v) − x_{k−1}(v)| falls to
///   16 ε · Σ_v |x_k(v)| (ε = 2⁻⁵², 16 units of rounding of the vector's size), or, while below
///   1e-9 of that size, has reached no new minimum relative to it for 32 iterations (the rounding
///   floor of a graph whose sums round more coarsely). The values then equal the exact fixed point —
///   the dense linear solve and python-igraph's PRPACK/ARPACK answers — to about 1e-13 on the
///   oracle graphs (fixtures `Fixtures/converged/`, `scripts/oracle/converged.py`).
/// - **NetworkX's rule** (`tolerance` = t): stop when the L1 change < n · t, exactly as NetworkX's
///   `tol`; t = 1e-6 is NetworkX's default and reproduces `nx.pagerank(G)`,
///   `nx.eigenvector_centrality(G)` and `nx.katz_centrality(G)` step by step (errors up to ~2e-4
///   relative against the converged values on a 120-node Barabási–Albert graph).
///
/// Complexity: O(1) per iteration, no allocation.
struct PowerIterationStop {
    /// Per-node tolerance of NetworkX's rule, or nil for full convergence.
    let tolerance: Double?
    /// Number of nodes (NetworkX multiplies `tol` by it).
    let nodes: Int
    private var smallestRelativeChange = Double.infinity
    private var sinceSmallest = 0

    init(tolerance: Double?, nodes: Int) {
        self.tolerance = tolerance
        self.nodes = nodes
    }

    /// Whether to stop after an iteration that changed the vector by `change` (L1) to a vector of
    /// L1 size `size`.
    mutating func stops(change: Double, size: Double) -> Bool {
        if let tolerance { return change < Double(nodes) * tolerance }
        guard size.isFinite else { return false }  // diverging (Katz with α ≥ 1/λ_max): the caller fails on overflow
        if change <= 16 * Double.ulpOfOne * size { return true }
        let relative = change / size  // a diverging Katz iteration keeps this near 1 − 1/(α λ_max)
        if relative < smallestRelativeChange {
            smallestRelativeChange = relative
            sinceSmallest = 0
            return false
        }
        sinceSmallest += 1
        return sinceSmallest >= 32 && relative <= 1e-9
    }
}
