extension Centrality {
    /// PageRank by power iteration, exactly NetworkX `pagerank(G, alpha=…, max_iter=…, tol=…,
    /// weight=…)` (its SciPy implementation), with uniform teleportation and dangling redistribution.
    ///
    /// Definition: the stationary distribution of the random surfer who, with probability α, follows
    /// an out-tie of the current node chosen in proportion to its weight — or, at a node with no
    /// out-ties (dangling), jumps to a uniformly random node — and with probability 1 − α jumps to a
    /// uniformly random node. Iterates x ← α (xP + (Σ_{dangling} x) · 1/n) + (1 − α)/n from x = 1/n,
    /// P the row-normalised (weighted) adjacency, until it has converged (``PowerIterationStop``:
    /// by default to rounding, else until Σ_v |x_k(v) − x_{k−1}(v)| < n · `tolerance`).
    /// An undirected tie is followed both ways.
    ///
    /// Example: on the directed cycle a → b → c → a every value is 1/3.
    ///
    /// - Parameters:
    ///   - graph: any graph; isolated nodes are dangling.
    ///   - alpha: damping factor α in (0, 1] (NetworkX `alpha`, default 0.85).
    ///   - weighted: follow ties in proportion to their weight (NetworkX's default `weight="weight"`);
    ///     else uniformly.
    ///   - maxIterations: the iteration budget (NetworkX `max_iter`, default there 100).
    ///   - tolerance: nil (default) for full convergence: equal to the exact stationary distribution
    ///     (dense solve, igraph's PRPACK) to ~1e-13. A number is NetworkX's per-node `tol`: 1e-6, its
    ///     default, reproduces `nx.pagerank(G)` step by step.
    /// - Returns: one value per node index, summing to 1; empty for the empty graph.
    /// - Throws: ``AlgorithmError/notConverged(algorithm:iterations:)`` after `maxIterations`
    ///   (possible only for α close to 1); ``AlgorithmError/invalidArgument(_:)`` when α is outside (0, 1].
    /// - Complexity: O(k·(n + m)) for k iterations (k ≈ log(tolerance)/log(α); about 230 for full
    ///   convergence at α = 0.85); O(n + m) extra space.
    ///
    /// References: S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search
    /// engine", Computer Networks and ISDN Systems 30(1–7):107–117, 1998,
    /// doi:10.1016/S0169-7552(98)00110-X. Matches NetworkX `pagerank` and igraph
    /// `igraph_personalized_pagerank` (PRPACK) with uniform dangling redistribution.
    public static func pagerank(of graph: Graph, alpha: Double = 0.85, weighted: Bool, maxIterations: Int = 1000,
                                tolerance: Double? = nil) throws -> [Double] {
        let n = graph.nodeCount
        guard alpha > 0 && alpha <= 1 else { throw AlgorithmError.invalidArgument("PageRank damping factor \(alpha) is not in (0, 1]") }
        guard n > 0 else { return [] }
        // Out-strength of each node, and in-slot transition probabilities w(u, v) / S(u).
        var outStrength = [Double](repeating: 0, count: n)
        for v in 0..<n {
            var s = 0.0
            for slot in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) { s += weighted ? graph.weights[slot] : 1 }
            outStrength[v] = s
        }
        var transition = graph.slotWeights(weighted, inward: true)
        for v in 0..<n {
            for slot in Int(graph.inOffsets[v])..<Int(graph.inOffsets[v + 1]) {
                transition[slot] *= 1 / outStrength[Int(graph.inSources[slot])]
            }
        }
        let dangling = (0..<n).filter { outStrength[$0] == 0 }
        let p = 1 / Double(n)
        var x = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        var y = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        x.initialize(repeating: p); y.initialize(repeating: 0)
        defer { x.deallocate(); y.deallocate() }
        var stop = PowerIterationStop(tolerance: tolerance, nodes: n)
        let converged: Bool = graph.withInAdjacency(values: transition) { adj in
            for _ in 0..<maxIterations {
                var danglingMass = 0.0
                for v in dangling { danglingMass += x[v] }
                LinearSweep.pull(adj, x: x, into: y)
                for v in 0..<n { y[v] = alpha * (y[v] + danglingMass * p) + (1 - alpha) * p }
                let change = LinearSweep.l1Distance(x, y)
                swap(&x, &y)
                if stop.stops(change: change, size: LinearSweep.l1Norm(x)) { return true }
            }
            return false
        }
        guard converged else { throw AlgorithmError.notConverged(algorithm: "pagerank", iterations: maxIterations) }
        return Array(x)
    }
}
