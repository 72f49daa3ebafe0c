import GovNet

/// Benchmarks of structural holes, brokerage, flow/connectivity, communities and multiplex measures.
/// Every operation returns a checksum of its result so the work cannot be optimised away.
let cohesionBenchmarks: [BenchCase] = [
    BenchCase(family: "cohesion", operation: "constraint") { g in
        StructuralHoles.constraint(of: g, weighted: false).reduce(0) { $0 + ($1.isNaN ? 0 : $1) }
    },
    BenchCase(family: "cohesion", operation: "effective_size") { g in
        StructuralHoles.effectiveSize(of: g, weighted: false).reduce(0) { $0 + ($1.isNaN ? 0 : $1) }
    },
    BenchCase(family: "cohesion", operation: "hierarchy") { g in
        StructuralHoles.hierarchy(of: g, weighted: false).reduce(0) { $0 + ($1.isNaN ? 0 : $1) }
    },
    BenchCase(family: "cohesion", operation: "brokerage") { g in
        let groups = (0..<g.nodeCount).map { Int32($0 % 5) }
        return Brokerage.roles(of: g, groups: groups).total.reduce(0, +)
    },
    // The all-pairs style flows grow superlinearly on scale-free graphs (hubs are re-explored by every
    // search); they are timed up to 10,000 nodes and report 0 s (checksum NaN) above.
    BenchCase(family: "cohesion", operation: "node_connectivity (n ≤ 10k)") { g in
        g.nodeCount > 10_000 ? .nan : Double(Connectivity.nodeConnectivity(of: g))
    },
    BenchCase(family: "cohesion", operation: "edge_connectivity") { g in
        Double(Connectivity.edgeConnectivity(of: g))
    },
    BenchCase(family: "cohesion", operation: "disjoint_paths(hub, last)") { g in
        guard g.nodeCount > 1 else { return 0 }
        return Double(Connectivity.disjointPaths(of: g, from: 0, to: g.nodeCount - 1, nodeDisjoint: true).count)
    },
    BenchCase(family: "cohesion", operation: "tie_redundancy (n ≤ 10k)") { g in
        g.nodeCount > 10_000 ? .nan : Double(Connectivity.tieRedundancy(of: g).reduce(0, +))
    },
    BenchCase(family: "cohesion", operation: "louvain") { g in
        var rng = SeededGenerator(seed: 1)
        return Communities.louvain(of: g, weighted: false, using: &rng).modularity
    },
    BenchCase(family: "cohesion", operation: "leiden") { g in
        var rng = SeededGenerator(seed: 1)
        return Communities.leiden(of: g, weighted: false, using: &rng).modularity
    },
    BenchCase(family: "cohesion", operation: "participation(2 layers)") { g in
        // Split the ties into two layers by edge id parity.
        let edges = (0..<g.edgeCount).map { (g.edge($0).source, g.edge($0).target) }
        let a = Graph(nodeCount: g.nodeCount, edges: edges.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), directed: g.isDirected)
        let b = Graph(nodeCount: g.nodeCount, edges: edges.enumerated().filter { $0.offset % 2 == 1 }.map(\.element), directed: g.isDirected)
        return Multiplex.participation(layers: [a, b]).reduce(0, +) + Multiplex.jaccardOverlap(a, b)
    },
]
