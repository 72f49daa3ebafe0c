import Foundation

/// How a ``FailureCurve`` is computed: which per-step recomputations to run, and up to what size.
public struct FailureCurveOptions: Sendable, Hashable {
    /// Compute the efficiency columns (one bit-parallel all-pairs search per step).
    public var efficiency: Bool
    /// Compute the largest strong component per step (directed graphs only).
    public var strongComponents: Bool
    /// Above this many nodes the per-step recomputations (efficiency, strong components) are skipped
    /// with a note; the weak-component columns come from union–find at any size.
    public var recomputationLimit: Int
    /// Spread the per-step recomputations across cores (turn off when curves themselves run in parallel).
    public var parallel: Bool

    public init(efficiency: Bool = true, strongComponents: Bool = true, recomputationLimit: Int = 5_000,
                parallel: Bool = true) {
        self.efficiency = efficiency
        self.strongComponents = strongComponents
        self.recomputationLimit = recomputationLimit
        self.parallel = parallel
    }
}

/// What survives as departments fail one by one: the columns of a resilience curve.
///
/// Step `k = 0…L` has removed the first `k` nodes of ``removed`` (step 0 is the intact graph). After each
/// step: the largest weak component over the **original** number of departments (the `S(q)` of
/// Schneider et al.); the largest strong component likewise (directed graphs); the global efficiency of
/// the remaining graph (removed nodes deleted, averaged over the `r = n − k` remaining nodes, hop
/// distances on the undirected projection) and its ratio to the intact value; the number of unordered
/// pairs of remaining departments in different weak components.
///
/// Where each column comes from: the weak-component columns by one union–find pass over the reversed
/// order (exact at every step, any size); strong components and efficiency by a recomputation per step
/// (parallel across steps), only when `n ≤` ``FailureCurveOptions/recomputationLimit`` — above it they
/// are `nil` and ``notes`` says why.
public struct FailureCurve: Sendable, Equatable {
    /// Name of the curve (`degree`, `degree (adaptive)`, `list`, `random`, …).
    public var label: String
    /// Number of nodes of the intact graph.
    public let nodeCount: Int
    /// Removal order; step `k` has removed `removed[0..<k]`.
    public let removed: [Int32]
    /// Largest weak component / `nodeCount` after each step (`L + 1` entries; `0` when n = 0).
    public let largestComponentFraction: [Double]
    /// Largest strong component / `nodeCount` after each step; `nil` for undirected graphs or when skipped.
    public let largestStrongComponentFraction: [Double]?
    /// Global efficiency of the remaining graph after each step; `nil` when skipped.
    public let efficiency: [Double]?
    /// Unordered pairs of remaining departments with no path between them, directions ignored.
    public let disconnectedPairs: [Int]
    /// Why a column is missing, if one is.
    public let notes: [String]

    /// Number of removal steps `L`.
    public var steps: Int { removed.count }

    /// Efficiency over the intact efficiency after each step; `NaN` throughout when the intact
    /// efficiency is 0 (no ties). May exceed 1: removing a poorly connected department raises the mean.
    public var efficiencyFraction: [Double]? {
        guard let efficiency else { return nil }
        let intact = efficiency[0]
        return efficiency.map { intact > 0 ? $0 / intact : .nan }
    }

    /// Robustness index: the mean of the largest-component fraction over steps `k = 1…L`.
    ///
    /// Definition: `R = (1/L) Σ_{k=1}^{L} S(k)` with `S(k)` the largest weak component after `k`
    /// removals over the original `n`. With every node removed (`L = n`) this is Schneider et al.'s R,
    /// at most `(n − 1)/(2n)` (the complete graph); a star under a hub-first attack gives `(n − 1)/n²`.
    /// `NaN` when nothing is removed.
    ///
    /// References: Schneider, Moreira, Andrade, Havlin & Herrmann (2011), "Mitigation of malicious
    /// attacks on networks", PNAS 108(10):3838–3841, doi:10.1073/pnas.1009440108.
    public var robustness: Double {
        guard steps > 0 else { return .nan }
        var sum = 0.0
        for k in 1...steps { sum += largestComponentFraction[k] }
        return sum / Double(steps)
    }

    public init(label: String, nodeCount: Int, removed: [Int32], largestComponentFraction: [Double],
                largestStrongComponentFraction: [Double]?, efficiency: [Double]?, disconnectedPairs: [Int],
                notes: [String] = []) {
        self.label = label
        self.nodeCount = nodeCount
        self.removed = removed
        self.largestComponentFraction = largestComponentFraction
        self.largestStrongComponentFraction = largestStrongComponentFraction
        self.efficiency = efficiency
        self.disconnectedPairs = disconnectedPairs
        self.notes = notes
    }

    /// Computes the curve of a removal order.
    ///
    /// - Parameters:
    ///   - graph: the view graph (directed or not; weights are ignored — every column is topological).
    ///   - order: distinct node indices to remove, in order (a full order for a whole attack curve, or a
    ///     prefix/list for a scenario).
    ///   - label: name of the curve.
    ///   - options: which recomputations to run.
    /// - Returns: the curve, `order.count + 1` steps.
    /// - Complexity: weak columns O(n + m·α(n)); strong components O(L·(n + m)); efficiency
    ///   O(Σ_k ⌈r_k/64⌉·(n + m·D)) with D the diameter (bit-parallel BFS), divided among the cores.
    ///
    /// References: Albert, Jeong & Barabási (2000), doi:10.1038/35019019; Schneider et al. (2011),
    /// doi:10.1073/pnas.1009440108; Latora & Marchiori (2001), doi:10.1103/PhysRevLett.87.198701.
    /// Matches, step by step, NetworkX `len(max(nx.weakly_connected_components(H), key=len)) / n` and
    /// `nx.global_efficiency(H.to_undirected())` with `H = G.subgraph(remaining)`.
    public static func compute(graph: Graph, order: [Int32], label: String,
                               options: FailureCurveOptions = FailureCurveOptions()) -> FailureCurve {
        let n = graph.nodeCount
        let (largest, disconnected) = ReversePercolation.components(of: graph, order: order)
        let fraction = largest.map { n > 0 ? Double($0) / Double(n) : 0 }
        var notes: [String] = []
        let small = n <= options.recomputationLimit
        let wantEfficiency = options.efficiency && small
        let wantStrong = options.strongComponents && graph.isDirected && small
        if !small && (options.efficiency || (options.strongComponents && graph.isDirected)) {
            notes.append("efficiency\(graph.isDirected ? " and strong components" : "") not computed: \(n) departments exceed the per-step recomputation limit of \(options.recomputationLimit)")
        }
        var efficiency: [Double]? = nil
        var strong: [Double]? = nil
        if wantEfficiency || wantStrong {
            let undirected = graph.isDirected ? graph.undirectedProjection().graph : graph
            let stepCount = order.count + 1
            let body: @Sendable (Range<Int>) -> [(Double, Double)] = { range in
                let eff = wantEfficiency ? MaskedEfficiency(nodeCount: n) : nil
                let scc = wantStrong ? MaskedStrongComponents(nodeCount: n) : nil
                var mask = [Bool](repeating: false, count: n)
                for k in 0..<range.lowerBound { mask[Int(order[k])] = true }
                var result: [(Double, Double)] = []
                result.reserveCapacity(range.count)
                for k in range {
                    if k > range.lowerBound { mask[Int(order[k - 1])] = true }
                    mask.withUnsafeBufferPointer { m in
                        let e = eff?.efficiency(of: undirected, removed: m) ?? .nan
                        let s = scc.map { n > 0 ? Double($0.largest(of: graph, removed: m)) / Double(n) : 0 } ?? .nan
                        result.append((e, s))
                    }
                }
                return result
            }
            let columns: [(Double, Double)]
            if options.parallel {
                columns = StructureParallel.map(count: stepCount, chunks: Swift.min(stepCount, 64), body).flatMap { $0 }
            } else {
                columns = body(0..<stepCount)
            }
            if wantEfficiency { efficiency = columns.map(\.0) }
            if wantStrong { strong = columns.map(\.1) }
        }
        return FailureCurve(label: label, nodeCount: n, removed: order, largestComponentFraction: fraction,
                            largestStrongComponentFraction: strong, efficiency: efficiency,
                            disconnectedPairs: disconnected, notes: notes)
    }
}
