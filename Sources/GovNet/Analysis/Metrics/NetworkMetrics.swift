/// Network-level metrics (`govnet metrics --network`), snake_case names as in the interface.
public enum NetworkMetrics {
    /// The result: ordered (name, value) pairs; NaN where undefined.
    public struct Result: Sendable {
        public var values: [(String, Double)]
        public var notes: [String: String]
        public var directed: Bool
        /// Whole-network values that are tables rather than numbers: `triad_census` and
        /// `triad_census_expected` (U|MAN), each keyed by the 16 MAN codes.
        public var tables: [(String, [(String, Double)])] = []
        public subscript(name: String) -> Double? { values.first { $0.0 == name }?.1 }
    }

    /// Computes every network-level metric of the view. Communities come from Louvain seeded by
    /// `settings.seed`; the E–I index and attribute assortativity use `settings.groupAttribute`.
    public static func compute(_ network: Network, settings: MetricSettings) -> Result {
        var view = settings.view
        view.weighted = settings.weighted
        let ng = NetworkGraph(network: network, view: view)
        let g = ng.graph
        var values: [(String, Double)] = []
        var notes: [String: String] = [:]
        func put(_ name: String, _ v: Double?) { values.append((name, v ?? .nan)) }
        let n = g.nodeCount
        put("nodes", Double(n))
        // ties as written (in the view's mechanisms) and linked pairs (the view's arcs or edges, what
        // density and every other metric count); docs/metrics.md defines both.
        let chosen = view.mechanisms.map(Set.init)
        put("ties", Double(network.ties.filter { chosen?.contains($0.mechanism) ?? true }.count))
        put("linked_pairs", Double(g.edgeCount))
        put("density", NetworkStatistics.density(of: g))
        put("reciprocity", NetworkStatistics.reciprocity(of: g))
        put("transitivity", Clustering.transitivity(of: g))
        put("average_clustering", n > 0 ? Clustering.average(of: g, weighted: settings.weighted) : nil)
        put("weak_components", Double(Components.weak(of: g).count))
        put("strong_components", g.isDirected ? Double(Components.strong(of: g).count) : nil)
        // Weighted views measure paths in length units (1/weight by default), hop counts otherwise.
        if settings.weighted {
            put("diameter", ShortestPaths.diameter(of: g, length: settings.length))
            put("average_path_length", ShortestPaths.averagePathLength(of: g, length: settings.length))
        } else {
            put("diameter", ShortestPaths.diameter(of: g).map(Double.init))
            put("average_path_length", ShortestPaths.averagePathLength(of: g))
        }
        put("global_efficiency", Efficiency.global(of: g))
        // Degree centralization on the undirected projection for directed views (as UCINET and the EMON
        // reference values do: Freeman's star bound holds for undirected degree); in/out versions too.
        let undirected = g.isDirected ? g.undirectedProjection().graph : g
        func normalized(_ d: [Double]) -> [Double] { d.map { n > 1 ? $0 / Double(n - 1) : 0 } }
        put("degree_centralization", NetworkStatistics.freemanCentralization(normalized(Centrality.degree(of: undirected)), kind: .degree))
        if g.isDirected {
            // Directed star bound: Σ(max − c)/(n − 1) over nx.in/out_degree_centrality values.
            func directedFreeman(_ c: [Double]) -> Double? {
                guard n >= 2, let top = c.max() else { return nil }
                return c.reduce(0) { $0 + (top - $1) } / Double(n - 1)
            }
            put("in_degree_centralization", directedFreeman(normalized(Centrality.inDegree(of: g))))
            put("out_degree_centralization", directedFreeman(normalized(Centrality.outDegree(of: g))))
        }
        put("betweenness_centralization", NetworkStatistics.freemanCentralization(Centrality.betweenness(of: g, length: settings.length), kind: .betweenness))
        put("closeness_centralization", NetworkStatistics.freemanCentralization(Centrality.closeness(of: g, length: settings.length), kind: .closeness))
        // Undefined on the null graph (NetworkX raises NetworkXPointlessConcept).
        put("node_connectivity", n == 0 ? nil : Double(Connectivity.nodeConnectivity(of: g)))
        put("edge_connectivity", n == 0 ? nil : Double(Connectivity.edgeConnectivity(of: g)))
        put("articulation_points", Double(Biconnectivity.articulationPoints(of: g).filter { $0 }.count))
        let bridgeFlags = Biconnectivity.bridges(of: g)
        let projection = g.isDirected ? g.undirectedProjection() : nil
        if let projection {
            var pairs = Set<Int32>()
            for e in 0..<g.edgeCount where bridgeFlags[e] { pairs.insert(projection.edgeOfArc[e]) }
            put("bridges", Double(pairs.count))
        } else {
            put("bridges", Double(bridgeFlags.filter { $0 }.count))
        }
        var rng = SeededGenerator(seed: settings.seed)
        let partition = Communities.louvain(of: g, weighted: settings.weighted, using: &rng)
        put("communities", Double(partition.count))
        put("modularity", partition.modularity)
        let groups = DepartmentGroups(network: network, attribute: settings.groupAttribute)
        put("ei_index", NetworkStatistics.eiIndex(of: g, groups: groups.membership))
        put("attribute_assortativity", NetworkStatistics.attributeAssortativity(of: g, groups: groups.membership))
        put("degree_assortativity", NetworkStatistics.degreeAssortativity(of: g))
        // Krackhardt's (1994) dimensions of the view's arcs read superior → subordinate (sna's values).
        put("krackhardt_connectedness", n == 0 ? nil : Krackhardt.connectedness(of: g))
        put("krackhardt_hierarchy", n == 0 ? nil : Krackhardt.hierarchy(of: g))
        put("hierarchy_reciprocity", n == 0 ? nil : Krackhardt.reciprocityHierarchy(of: g))
        put("krackhardt_efficiency", n == 0 ? nil : Krackhardt.efficiency(of: g))
        put("krackhardt_lub", n == 0 ? nil : Krackhardt.leastUpperBoundedness(of: g))
        // Borgatti & Everett's discrete core–periphery model, core–periphery cells ignored (exact for
        // n ≤ 20, seeded local search beyond).
        let cp = CorePeriphery.discrete(of: g, between: .ignore, seed: settings.seed)
        put("core_periphery_fit", cp.fit)
        put("core_size", cp.fit.isNaN ? nil : Double(cp.core.filter { $0 }.count))
        // Multiplex overlap: Jaccard similarity of the tie sets of each pair of mechanisms.
        let mechanisms = view.mechanisms ?? network.usedMechanismIDs
        if mechanisms.count > 1 {
            let layers = mechanisms.map { id -> Graph in
                var lv = view
                lv.mechanisms = [id]
                return NetworkGraph(network: network, view: lv).graph
            }
            for i in 0..<mechanisms.count {
                for j in (i + 1)..<mechanisms.count {
                    put("jaccard_\(mechanisms[i])_\(mechanisms[j])", Multiplex.jaccardOverlap(layers[i], layers[j]))
                }
            }
        }
        notes["modularity"] = "Louvain partition, seed \(settings.seed)"
        var result = Result(values: values, notes: notes, directed: g.isDirected)
        let census = Triads.census(of: g), expected = Triads.expectedCensusUMAN(of: g)
        result.tables = [("triad_census", zip(Triads.codes, census).map { ($0, Double($1)) }),
                         ("triad_census_expected", Array(zip(Triads.codes, expected)))]
        return result
    }
}
