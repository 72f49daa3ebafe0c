import GovNet

/// Benchmarks of structural holes, brokerage, flow/connectivity, communities.
let cohesionBenchmarks: [BenchCase] = []
