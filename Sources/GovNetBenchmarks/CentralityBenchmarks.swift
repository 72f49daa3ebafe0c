import GovNet

/// Benchmarks of Algorithms/Centrality.
let centralityBenchmarks: [BenchCase] = []
