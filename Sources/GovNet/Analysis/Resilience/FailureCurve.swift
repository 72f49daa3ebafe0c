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
    /// Which engine computes the efficiency column (both give bit-identical values; only time differs).
    public var efficiencyEngine: EfficiencyEngine

    /// How the efficiency column is computed.
    public enum EfficiencyEngine: Sendable, Hashable {
        /// ``reverseInsertion`` when the graph has at most 5,000 nodes and a cost estimate says it is
        /// cheaper (always for whole orders; short lists on large graphs go to ``recomputation``).
        case automatic
        /// One pass over the reversed removal order, maintaining all-pairs hop distances as the
        /// departments are inserted back: O(n³/3) vector lane operations for a whole order, `2n²` bytes.
        /// Falls back to ``recomputation`` above 5,000 nodes.
        case reverseInsertion
        /// A 64-source bit-parallel all-pairs search per step (parallel across steps).
        case recomputation
    }

    public init(efficiency: Bool = true, strongComponents: Bool = true, recomputationLimit: Int = 5_000,
                parallel: Bool = true, efficiencyEngine: EfficiencyEngine = .automatic) {
        self.efficiency = efficiency
        self.strongComponents = strongComponents
        self.recomputationLimit = recomputationLimit
        self.parallel = parallel
        self.efficiencyEngine = efficiencyEngine
    }
}

/// What survives as departments fail one by one: the columns of a resilience curve.
///
/// Step `k = 0…L` has removed the first `k` nodes of ``removed`` (step 0 is the intact graph). After each
/// step: the largest weak component over the **original** number of departments (the `S(q)` of
/// Schneider et al.); the largest strong component likewise (directed graphs); the global efficiency of
/// the remaining graph (removed nodes deleted, averaged over the `r = n − k` remaining nodes, hop
/// distances on the undirected projection) and the share of the intact efficiency retained
/// (``efficiencyRetained``, over the original pairs); the number of unordered
/// pairs of remaining departments in different weak components.
///
/// Where each column comes from: the weak-component columns by one union–find pass over the reversed
/// order (exact at every step, any size). Efficiency, once the order is fixed, also in one pass over the
/// reversed order (``ReverseEfficiency``: all-pairs distances updated as departments are inserted back),
/// for graphs of up to 5,000 nodes — this holds for every order this type receives, including adaptive
/// ones, since they are computed before the curve; a short list on a large graph, or a graph above
/// 5,000 nodes, recomputes it per step instead (bit-parallel BFS, parallel across steps), with
/// bit-identical values either way (``FailureCurveOptions/efficiencyEngine``). Strong components can
/// split without any change a reverse pass could track, so they are recomputed per step. Efficiency and
/// strong components are computed only when `n ≤` ``FailureCurveOptions/recomputationLimit`` — above it
/// they are `nil` and ``notes`` says why.
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

    /// Share of the intact network's efficiency retained after each step: the sum of 1/d(u, v) over
    /// ordered pairs of remaining departments over the same sum for the intact network — the
    /// efficiency over the **original** n(n − 1) pairs, a removed department counting as unreachable —
    /// i.e. `efficiency[k] · r(r − 1) / (efficiency[0] · n(n − 1))` with `r = n − k`. Never above 1 and
    /// never rising: a removal deletes terms and can only lengthen the other paths. `NaN` throughout
    /// when the intact efficiency is 0 (no ties).
    ///
    /// ``efficiency`` itself (NetworkX `global_efficiency` of the remaining graph) averages over the
    /// remaining pairs only, so it can rise when a poorly connected department is removed; its ratio
    /// to the intact value is not a share and is not reported.
    public var efficiencyRetained: [Double]? {
        guard let efficiency else { return nil }
        let intact = efficiency[0]
        let n = Double(nodeCount)
        return efficiency.enumerated().map { k, e in
            let r = n - Double(k)
            return intact > 0 ? e * r * (r - 1) / (intact * n * (n - 1)) : .nan
        }
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
    /// - Complexity: weak columns O(n + m·α(n)); strong components O(L·(n + m)); efficiency in one
    ///   reverse pass O(r₀·(r₀ + m) + Σ_k r_k²) (r₀ never-removed nodes; n³/3 vector lane operations for
    ///   a whole order) with O(n²) memory, or by recomputation O(Σ_k ⌈r_k/64⌉·(n + m·D)) with D the
    ///   diameter, divided among the cores.
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
        var perStepEfficiency = wantEfficiency
        var undirected = graph
        if wantEfficiency {
            undirected = graph.isDirected ? graph.undirectedProjection().graph : graph
            if usesReverseEfficiency(undirected, removing: order.count, engine: options.efficiencyEngine) {
                efficiency = ReverseEfficiency.curve(of: undirected, order: order)
                perStepEfficiency = false
            }
        }
        if perStepEfficiency || wantStrong {
            let wantEfficiency = perStepEfficiency, undirected = undirected
            let stepCount = order.count + 1
            let body: @Sendable (Range<Int>) -> [(Double, Double)] = { range in
                let eff = wantEfficiency ? MaskedEfficiency(nodeCount: n) : nil
                let scc = wantStrong ? StrongComponentSearch(nodeCount: n) : nil
                var mask = [Bool](repeating: false, count: n)
                for k in 0..<range.lowerBound { mask[Int(order[k])] = true }
                var result: [(Double, Double)] = []
                result.reserveCapacity(range.count)
                for k in range {
                    if k > range.lowerBound { mask[Int(order[k - 1])] = true }
                    mask.withUnsafeBufferPointer { m in
                        let e = eff?.efficiency(of: undirected, removed: m) ?? .nan
                        let s = scc.map { n > 0 ? Double($0.run(graph, removed: m).largest) / Double(n) : 0 } ?? .nan
                        result.append((e, s))
                    }
                }
                return result
            }
            let columns: [(Double, Double)]
            if options.parallel {
                columns = ParallelChunks.map(count: stepCount, chunks: Swift.min(stepCount, 64), body).flatMap { $0 }
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

    /// Whether the efficiency column of a curve removing `steps` nodes of the undirected `graph` is
    /// computed by the reverse pass (``ReverseEfficiency``) rather than per step (``MaskedEfficiency``).
    ///
    /// The automatic choice compares rough operation counts: the reverse pass costs a breadth-first
    /// search from each of the `r₀ = n − L` never-removed nodes, weighted 2 (scalar, random access),
    /// plus `Σ r²` lane operations (16 per vector) for the insertions; the recomputation costs `L + 1`
    /// bit-parallel searches of about `⌈n/64⌉·(n + 8·2m)` word operations each (eight levels assumed).
    /// Calibrated on BA graphs (attach 5) of 1,000 and 5,000 nodes, lists of the highest-degree nodes:
    /// the measured crossover is at 16–20 removals, the estimate's at about 16.
    /// - Complexity: O(1).
    static func usesReverseEfficiency(_ graph: Graph, removing steps: Int,
                                      engine: FailureCurveOptions.EfficiencyEngine) -> Bool {
        let n = graph.nodeCount
        guard n <= ReverseEfficiency.maximumNodeCount else { return false }
        switch engine {
        case .recomputation: return false
        case .reverseInsertion: return true
        case .automatic:
            let nn = Double(n), arcs = Double(graph.targets.count), r0 = Double(n - steps)
            let reverse = 2 * r0 * (r0 + arcs) + (nn * nn * nn - r0 * r0 * r0) / 3 / 16
            let recompute = Double(steps + 1) * (nn / 64).rounded(.up) * (nn + 8 * arcs)
            return reverse <= recompute
        }
    }
}
