import Foundation
import GovNet

/// One timed operation of the benchmark table.
struct BenchCase {
    /// Algorithm family (file), e.g. "centrality".
    let family: String
    /// Operation name, e.g. "betweenness".
    let operation: String
    /// Runs the operation once on a graph; returns a checksum so the work cannot be optimised away.
    let run: @Sendable (Graph) -> Double
}

/// A named test graph of the benchmark.
struct BenchGraph {
    let name: String
    let graph: Graph
}

/// Generated graphs, fixed seeds: BA 1k/10k/100k (m = 5, or `GOVNET_BENCH_ATTACH`), directed weighted G(n, m) 10k/50k, 300×300 grid.
func benchGraphs(sizes: [Int]) -> [BenchGraph] {
    var result: [BenchGraph] = []
    let attach = ProcessInfo.processInfo.environment["GOVNET_BENCH_ATTACH"].flatMap { Int($0) } ?? 5
    for n in sizes {
        var rng = SeededGenerator(seed: 42)
        let edges = RandomGraphs.barabasiAlbert(nodes: n, attach: attach, using: &rng)
        result.append(BenchGraph(name: "BA n=\(n) m=\(edges.count)", graph: Graph(nodeCount: n, edges: edges, directed: false)))
    }
    return result
}

/// Median wall-clock seconds of `repeats` runs.
func time(repeats: Int, _ body: () -> Double) -> (seconds: Double, checksum: Double) {
    var samples: [Double] = []
    var checksum = 0.0
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        checksum = body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    samples.sort()
    return (samples[samples.count / 2], checksum)
}
