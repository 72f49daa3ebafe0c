extension ExportTable {
    /// Columns of `resilience.csv`.
    public static let resilienceColumns = ["network", "strategy", "step", "department", "largest_component_fraction",
                                           "efficiency_retained", "disconnected_pairs"]

    /// The strategies of `resilience.csv`, in row order.
    public static let resilienceStrategies = ["degree", "betweenness", "random_mean", "random_p05", "random_p95"]

    /// `resilience.csv`: failure curves on the all-mechanism view (unweighted), one row per strategy
    /// and step.
    ///
    /// Strategies: `degree` and `betweenness` remove departments by decreasing total degree or
    /// normalized betweenness of the intact network (non-adaptive targeted attacks, ties by id;
    /// ``RemovalOrder/targeted(values:ids:)``); `random_mean`, `random_p05` and `random_p95` are the mean
    /// and the 5 % / 95 % quantiles, step by step, of ``ExportSettings/randomRuns`` uniformly random
    /// orders drawn from a ``SeededGenerator`` seeded with ``ExportSettings/seed``
    /// (``RandomFailures``). Step 0 is the intact network; step `k` has removed `k` departments, and
    /// `department` names the one removed at step `k` (empty at step 0 and for the random rows).
    ///
    /// Columns (``FailureCurve``): `largest_component_fraction` — largest weakly connected component
    /// over the original number of departments; `efficiency_retained` — share of the intact
    /// network's efficiency (undirected projection, hops) that remains, over the original pairs of
    /// departments (``FailureCurve/efficiencyRetained``: at most 1, never rising; NaN when the intact network
    /// has no ties, or above the recomputation limit of 5,000 departments); `disconnected_pairs` —
    /// unordered pairs of remaining departments with no path between them (a mean for `random_mean`).
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - name: the network's name.
    ///   - settings: the random runs and seed.
    /// - Returns: the table, `5·(n + 1)` rows.
    /// - Complexity: (2 + runs) curves, each O(n + m·α(n)) plus n efficiency recomputations.
    ///
    /// References: Albert, Jeong & Barabási (2000), doi:10.1038/35019019; Schneider et al. (2011),
    /// doi:10.1073/pnas.1009440108; Latora & Marchiori (2001), doi:10.1103/PhysRevLett.87.198701.
    /// Each step equals NetworkX `max(nx.weakly_connected_components(H), key=len)` and
    /// `nx.global_efficiency(H.to_undirected())` on `H = G.subgraph(remaining)`.
    public static func resilience(of network: Network, name: String, settings: ExportSettings) -> ExportTable {
        let ng = NetworkGraph(network: network, view: .all)
        let g = ng.graph
        let options = FailureCurveOptions(efficiency: true, strongComponents: false)
        let degreeOrder = RemovalOrder.targeted(values: RemovalOrder.totalDegree(of: g), ids: ng.ids)
        let betweennessOrder = RemovalOrder.targeted(values: Centrality.betweenness(of: g, length: .hops), ids: ng.ids)
        var rows: [[ExportCell]] = []
        for (label, order) in [("degree", degreeOrder), ("betweenness", betweennessOrder)] {
            let curve = FailureCurve.compute(graph: g, order: order, label: label, options: options)
            let efficiency = curve.efficiencyRetained
            for k in 0...curve.steps {
                rows.append([.text(name), .text(label), .number(Double(k)), k == 0 ? .missing : .text(ng.ids[Int(order[k - 1])]),
                             .number(curve.largestComponentFraction[k]), .number(efficiency?[k] ?? .nan),
                             .number(Double(curve.disconnectedPairs[k]))])
            }
        }
        let random = RandomFailures(graph: g, runs: settings.randomRuns, seed: settings.seed, options: options)
        let bands = [("random_mean", \CurveBand.mean), ("random_p05", \CurveBand.lower), ("random_p95", \CurveBand.upper)]
        let steps = settings.randomRuns > 0 ? g.nodeCount : -1
        for (label, path) in bands where steps >= 0 {
            let lcc = random.largestComponentFraction[keyPath: path]
            let eff = random.efficiencyRetained?[keyPath: path]
            let pairs = random.disconnectedPairs[keyPath: path]
            for k in 0...steps {
                rows.append([.text(name), .text(label), .number(Double(k)), .missing,
                             .number(lcc[k]), .number(eff?[k] ?? .nan), .number(pairs[k])])
            }
        }
        return ExportTable(name: "resilience", columns: resilienceColumns, rows: rows)
    }
}
