/// Node-level metrics of a network view, by the column names of `govnet metrics`.
///
/// Each column is computed by the algorithm documented in its file under `Algorithms/`, with NetworkX
/// semantics on the same graph type (see ``MetricSettings``): a view is a `DiGraph` when any tie in it
/// is directed (undirected ties count as two arcs), else a `Graph`. Undirected-only definitions
/// (articulation points, local efficiency, vulnerability) use the undirected projection, as NetworkX
/// users do with `G.to_undirected()`.
public enum NodeMetrics {
    /// Every node metric, in output order.
    public static let all: [String] = [
        "degree", "in_degree", "out_degree", "strength",
        "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz", "hub", "authority",
        "clustering", "core_number",
        "constraint", "effective_size", "burt_efficiency", "hierarchy",
        "coordinator", "itinerant", "gatekeeper", "representative", "liaison",
        "articulation_point", "local_efficiency", "vulnerability", "participation",
    ]

    /// The result: department ids (network order), the requested columns, and notes on metrics that
    /// could not be computed (e.g. eigenvector centrality that did not converge).
    public struct Result: Sendable {
        public var ids: [String]
        public var columns: [MetricColumn]
        public var notes: [String: String]
        public var directed: Bool
    }

    /// Computes `metrics` (names from ``all``) for `network` under `settings`.
    /// - Throws: ``AlgorithmError/invalidArgument(_:)`` for an unknown metric name.
    public static func compute(_ network: Network, settings: MetricSettings, metrics: [String] = all) throws -> Result {
        for m in metrics where !all.contains(m) {
            throw AlgorithmError.invalidArgument("unknown metric '\(m)'; expected one of \(all.joined(separator: ", "))")
        }
        var view = settings.view
        view.weighted = settings.weighted
        let ng = NetworkGraph(network: network, view: view)
        let g = ng.graph
        let n = g.nodeCount
        var notes: [String: String] = [:]
        var cache: [String: [Double]] = [:]
        let weighted = settings.weighted
        let length = settings.length
        let nan = [Double](repeating: .nan, count: n)
        let tol = settings.tolerance, budget = MetricSettings.maxIterations

        func attempt(_ name: String, _ body: () throws -> [Double]) -> [Double] {
            do { return try body() } catch {
                notes[name] = "\(error)"
                return nan
            }
        }

        for m in metrics where cache[m] == nil {
            switch m {
            case "degree": cache[m] = Centrality.degree(of: g)
            case "in_degree": cache[m] = Centrality.inDegree(of: g)
            case "out_degree": cache[m] = Centrality.outDegree(of: g)
            case "strength":
                var wv = view
                wv.weighted = true
                cache[m] = Centrality.strength(of: weighted ? g : NetworkGraph(network: network, view: wv).graph)
            case "betweenness":
                if let k = settings.betweennessSamples, k < n {
                    var rng = SeededGenerator(seed: settings.seed)
                    cache[m] = Centrality.sampledBetweenness(of: g, length: length, samples: k, using: &rng)
                    notes[m] = "estimated from \(k) sampled sources (seed \(settings.seed))"
                } else if let eps = settings.betweennessEpsilon {
                    var rng = SeededGenerator(seed: settings.seed)
                    let est = Centrality.approximateBetweenness(of: g, length: length, epsilon: eps, delta: settings.betweennessDelta, using: &rng)
                    cache[m] = est.scores
                    notes[m] = "Riondato–Kornaropoulos estimate from \(est.samples) sampled pairs: within \(eps) (×n/(n−2)) of the exact value for every node with probability ≥ \(1 - settings.betweennessDelta) (seed \(settings.seed))"
                } else {
                    cache[m] = Centrality.betweenness(of: g, length: length)
                }
            case "closeness": cache[m] = Centrality.closeness(of: g, length: length)
            case "harmonic": cache[m] = Centrality.harmonic(of: g, length: length)
            case "eigenvector": cache[m] = attempt(m) { try Centrality.eigenvector(of: g, weighted: weighted, maxIterations: budget, tolerance: tol) }
            case "pagerank": cache[m] = attempt(m) { try Centrality.pagerank(of: g, weighted: weighted, maxIterations: budget, tolerance: tol) }
            case "katz": cache[m] = attempt(m) { try Centrality.katz(of: g, weighted: weighted, maxIterations: budget, tolerance: tol) }
            case "hub", "authority":
                do {
                    let h = try Centrality.hits(of: g, weighted: weighted)
                    cache["hub"] = h.hubs
                    cache["authority"] = h.authorities
                } catch {
                    notes["hub"] = "\(error)"; notes["authority"] = "\(error)"
                    cache["hub"] = nan; cache["authority"] = nan
                }
            case "clustering": cache[m] = Clustering.local(of: g, weighted: weighted)
            case "core_number": cache[m] = Cores.coreNumber(of: g).map(Double.init)
            case "constraint": cache[m] = StructuralHoles.constraint(of: g, weighted: weighted)
            case "effective_size": cache[m] = StructuralHoles.effectiveSize(of: g, weighted: weighted)
            case "burt_efficiency": cache[m] = StructuralHoles.efficiency(of: g, weighted: weighted)
            case "hierarchy": cache[m] = StructuralHoles.hierarchy(of: g, weighted: weighted)
            case "coordinator", "itinerant", "gatekeeper", "representative", "liaison":
                let groups = DepartmentGroups(network: network, attribute: settings.groupAttribute)
                let r = Brokerage.roles(of: g, groups: groups.membership)
                cache["coordinator"] = r.coordinator; cache["itinerant"] = r.itinerant; cache["gatekeeper"] = r.gatekeeper
                cache["representative"] = r.representative; cache["liaison"] = r.liaison
            case "articulation_point": cache[m] = Biconnectivity.articulationPoints(of: g).map { $0 ? 1 : 0 }
            case "local_efficiency": cache[m] = Efficiency.local(of: g)
            case "vulnerability": cache[m] = Efficiency.vulnerability(of: g)
            case "participation":
                let mechanisms = view.mechanisms ?? network.usedMechanismIDs
                let layers = mechanisms.map { id -> Graph in
                    var lv = view
                    lv.mechanisms = [id]
                    return NetworkGraph(network: network, view: lv).graph
                }
                // Without any tie there is no layer: every department's participation is 0, as for a
                // department without ties.
                cache[m] = layers.isEmpty ? [Double](repeating: 0, count: g.nodeCount) : Multiplex.participation(layers: layers)
            default: break
            }
        }
        return Result(ids: ng.ids, columns: metrics.map { MetricColumn(name: $0, values: cache[$0] ?? nan) }, notes: notes, directed: g.isDirected)
    }
}
