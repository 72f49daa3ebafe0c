import GovNet

/// Benchmarks of components, biconnectivity, cores, clustering, efficiency, paths.
///
/// The first five are the operations compared with python-igraph
/// (`scripts/bench/structure_igraph.py` times igraph on the same generated graphs; results in
/// `docs/benchmarks-structure.md`). Quadratic operations (diameter, efficiency, vulnerability) are
/// skipped above `quadraticLimit` nodes and report `nan` there.
let structureBenchmarks: [BenchCase] = [
    BenchCase(family: "structure", operation: "weak components") { g in
        Double(Components.weak(of: g).count)
    },
    BenchCase(family: "structure", operation: "strong components") { g in
        Double(Components.strong(of: g).count)
    },
    BenchCase(family: "structure", operation: "articulation points") { g in
        Double(Biconnectivity.articulationPoints(of: g).filter { $0 }.count)
    },
    BenchCase(family: "structure", operation: "bridges") { g in
        Double(Biconnectivity.bridges(of: g).filter { $0 }.count)
    },
    BenchCase(family: "structure", operation: "core number") { g in
        Double(Cores.coreNumber(of: g).reduce(0, +))
    },
    BenchCase(family: "structure", operation: "biconnected components") { g in
        Double(Biconnectivity.biconnectedComponents(of: g).count)
    },
    BenchCase(family: "structure", operation: "local clustering") { g in
        Clustering.local(of: g, weighted: false).reduce(0, +)
    },
    BenchCase(family: "structure", operation: "transitivity") { g in
        Clustering.transitivity(of: g)
    },
    BenchCase(family: "structure", operation: "embeddedness") { g in
        Double(NetworkStatistics.embeddedness(of: g).reduce(0, +))
    },
    BenchCase(family: "structure", operation: "unreachable pairs") { g in
        Double(Components.unreachablePairs(of: g))
    },
    BenchCase(family: "structure", operation: "global efficiency") { g in
        g.nodeCount > quadraticLimit ? .nan : Efficiency.global(of: g)
    },
    BenchCase(family: "structure", operation: "local efficiency") { g in
        Efficiency.local(of: g).reduce(0, +)
    },
    BenchCase(family: "structure", operation: "diameter") { g in
        g.nodeCount > quadraticLimit ? .nan : Double(ShortestPaths.diameter(of: g) ?? 0)
    },
    BenchCase(family: "structure", operation: "vulnerability") { g in
        g.nodeCount > 1_000 ? .nan : Efficiency.vulnerability(of: g).reduce(0, +)
    },
]

/// Largest graph on which all-pairs operations run in the benchmark.
private let quadraticLimit = 10_000
