/// Size-normalised indices of one network, so that networks of different size — a Chinese city, a US
/// county, a Japanese city — can be set side by side (`govnet indices A B C`).
///
/// The graph is the whole recorded structure: every tie as written (two-mode `membership` ties
/// included, coordinating bodies, ESFs and headquarters as nodes; derived projections left out), all
/// mechanisms together, undirected, each linked pair once. Every index is a share or a Freeman
/// centralisation in [0, 1], so it does not grow with the number of departments:
///
/// - `density`: linked pairs / (n(n − 1)/2);
/// - `degree_centralization`, `betweenness_centralization`: Freeman (1979), as `govnet metrics --network`;
/// - `largest_component_share`: departments in the largest connected component / n;
/// - `global_efficiency`: mean of 1/d over ordered pairs (Latora & Marchiori 2001);
/// - `coordinator_tie_share`: linked pairs with the coordinator at one end / all linked pairs — the share
///   of ties that go through the coordinator;
/// - `coordinator_degree`: the coordinator's degree / (n − 1);
/// - `coordinator_betweenness`: its normalised betweenness (the share of shortest paths between other
///   departments that pass through it, each path weighted 1/number of shortest paths);
/// - `coordinator_reach_2`: departments within two steps of the coordinator / (n − 1).
///
/// The coordinator is the one named, else ``GovernanceStructure/findCenter(_:requested:)``; without
/// one its indices are NaN. Values equal NetworkX on the same graph (`scripts/oracle/indices.py`).
/// - Complexity: O(n·m) (betweenness and efficiency: one BFS per department).
public struct NetworkIndices: Sendable {
    /// The index names, in output order (the column ids of CSV and JSON).
    public static let names = ["departments", "linked_pairs", "density", "degree_centralization", "betweenness_centralization",
                               "largest_component_share", "global_efficiency", "coordinator_tie_share", "coordinator_degree",
                               "coordinator_betweenness", "coordinator_reach_2"]

    /// The coordinator's id (`nil`: none named or recognised).
    public let coordinator: String?
    /// (name, value) in ``names`` order; NaN where undefined.
    public let values: [(String, Double)]

    public subscript(name: String) -> Double? { values.first { $0.0 == name }?.1 }

    /// The indices of `network` around `coordinator` (`nil`: found by role).
    public init(network: Network, coordinator requested: String? = nil) {
        let ng = NetworkGraph(network: network, view: GraphView(forceUndirected: true, includeMembership: true, includeDerived: false))
        let g = ng.graph
        let n = g.nodeCount, m = g.edgeCount
        let centre = GovernanceStructure.findCenter(network, requested: requested).id
        let c = centre.flatMap { ng.index(of: $0) }.map(Int.init)
        let degree = Centrality.degree(of: g)
        let betweenness = Centrality.betweenness(of: g)
        func share(_ a: Double, _ b: Double) -> Double { b > 0 ? a / b : .nan }
        var v: [(String, Double)] = [
            ("departments", Double(n)),
            ("linked_pairs", Double(m)),
            ("density", n > 1 ? NetworkStatistics.density(of: g) : .nan),
            ("degree_centralization", NetworkStatistics.freemanCentralization(degree.map { n > 1 ? $0 / Double(n - 1) : 0 }, kind: .degree) ?? .nan),
            ("betweenness_centralization", NetworkStatistics.freemanCentralization(betweenness, kind: .betweenness) ?? .nan),
            ("largest_component_share", share(Double(Components.weak(of: g).largest), Double(n))),
            ("global_efficiency", n > 1 ? Efficiency.global(of: g) : .nan),
        ]
        if let c {
            var seen = Set<Int>([c]), frontier = [c]
            for _ in 0..<2 {
                var next: [Int] = []
                for u in frontier { for w in g.neighbors(u) where seen.insert(Int(w)).inserted { next.append(Int(w)) } }
                frontier = next
            }
            v += [("coordinator_tie_share", share(degree[c], Double(m))),
                  ("coordinator_degree", share(degree[c], Double(n - 1))),
                  ("coordinator_betweenness", n > 2 ? betweenness[c] : .nan),
                  ("coordinator_reach_2", share(Double(seen.count - 1), Double(n - 1)))]
        } else {
            v += ["coordinator_tie_share", "coordinator_degree", "coordinator_betweenness", "coordinator_reach_2"].map { ($0, Double.nan) }
        }
        self.coordinator = c == nil ? nil : centre
        self.values = v
    }
}
