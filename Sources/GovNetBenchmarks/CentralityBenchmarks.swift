import GovNet

/// Benchmarks of Algorithms/Centrality. Each returns the sum of its values as the checksum.
/// Operation names are chosen so that `--filter NAME` selects exactly one of them.
///
/// The exact all-pairs operations (betweenness, edge betweenness, closeness, harmonic) take
/// O(n·m): minutes at n = 100 000; run them with `--sizes 1000,10000` (or `--filter`) when in a
/// hurry. `scripts/bench/centrality_vs_igraph.py` times the same graph with python-igraph.
let centralityBenchmarks: [BenchCase] = [
    BenchCase(family: "centrality", operation: "degree") { g in sum(Centrality.degree(of: g)) },
    BenchCase(family: "centrality", operation: "exact betweenness") { g in sum(Centrality.betweenness(of: g)) },
    BenchCase(family: "centrality", operation: "sampled betweenness k=256") { g in
        var rng = SeededGenerator(seed: 1)
        return sum(Centrality.sampledBetweenness(of: g, length: .hops, samples: 256, using: &rng))
    },
    BenchCase(family: "centrality", operation: "exact edge betweenness") { g in sum(Centrality.edgeBetweenness(of: g)) },
    BenchCase(family: "centrality", operation: "closeness") { g in sum(Centrality.closeness(of: g)) },
    BenchCase(family: "centrality", operation: "harmonic") { g in sum(Centrality.harmonic(of: g)) },
    BenchCase(family: "centrality", operation: "pagerank") { g in
        sum((try? Centrality.pagerank(of: g, weighted: false)) ?? [.nan])
    },
    BenchCase(family: "centrality", operation: "eigenvector") { g in
        sum((try? Centrality.eigenvector(of: g, weighted: false)) ?? [.nan])
    },
    BenchCase(family: "centrality", operation: "katz alpha=0.01") { g in
        sum((try? Centrality.katz(of: g, alpha: 0.01, weighted: false)) ?? [.nan])
    },
    BenchCase(family: "centrality", operation: "hits") { g in
        sum((try? Centrality.hits(of: g, weighted: false))?.hubs ?? [.nan])
    },
]

private func sum(_ values: [Double]) -> Double { values.reduce(0, +) }
