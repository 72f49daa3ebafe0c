import GovNet

/// Benchmarks of components, biconnectivity, cores, clustering, efficiency, paths.
let structureBenchmarks: [BenchCase] = []
