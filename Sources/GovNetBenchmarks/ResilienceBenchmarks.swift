import Foundation
import GovNet

/// Random runs per random-failure case: 1,000, or `GOVNET_BENCH_RUNS` (for a quick estimate).
let resilienceRuns = ProcessInfo.processInfo.environment["GOVNET_BENCH_RUNS"].flatMap { Int($0) } ?? 1_000

/// A G(n, m) graph with 100,000 nodes and 1,000,000 ties (seed 42), built once on first use: the
/// size at which the union–find failure curve must still take seconds.
let resilienceLargeGraph: Graph = {
    var rng = SeededGenerator(seed: 42)
    let edges = RandomGraphs.gnm(nodes: 100_000, edges: 1_000_000, directed: false, using: &rng)
    return Graph(nodeCount: 100_000, edges: edges, directed: false)
}()

/// Benchmarks of resilience curves: random-failure runs on the 1,000-department graph
/// (components only, and with the per-step efficiency), and targeted non-adaptive degree curves by
/// union–find on every graph and on the 100,000-node, 1,000,000-tie G(n, m). Cases marked `n=1k only`
/// or `100k only` return at once (NaN checksum, ~0 s) on the other graphs.
let resilienceBenchmarks: [BenchCase] = [
    BenchCase(family: "resilience", operation: "1000 random failure runs, components (n=1k only)") { g in
        guard g.nodeCount <= 1_000 else { return .nan }
        let r = RandomFailures(graph: g, runs: resilienceRuns, seed: 1, options: FailureCurveOptions(efficiency: false, strongComponents: false))
        return r.robustness.mean
    },
    BenchCase(family: "resilience", operation: "1000 random failure runs with efficiency (n=1k only)") { g in
        guard g.nodeCount <= 1_000 else { return .nan }
        let r = RandomFailures(graph: g, runs: resilienceRuns, seed: 1, options: FailureCurveOptions())
        return r.efficiency?.mean[g.nodeCount / 2] ?? .nan
    },
    BenchCase(family: "resilience", operation: "targeted degree curve, union-find (order + curve)") { g in
        let ids = (0..<g.nodeCount).map { "d\($0)" }
        let order = RemovalOrder.targeted(values: RemovalOrder.totalDegree(of: g), ids: ids)
        return FailureCurve.compute(graph: g, order: order, label: "degree", options: FailureCurveOptions(efficiency: false)).robustness
    },
    BenchCase(family: "resilience", operation: "targeted degree curve, union-find, G(n=100k, m=1M) (100k only)") { g in
        guard g.nodeCount == 100_000 else { return .nan }
        let big = resilienceLargeGraph
        let ids = (0..<big.nodeCount).map { "d\($0)" }
        let order = RemovalOrder.targeted(values: RemovalOrder.totalDegree(of: big), ids: ids)
        return FailureCurve.compute(graph: big, order: order, label: "degree", options: FailureCurveOptions(efficiency: false)).robustness
    },
    BenchCase(family: "resilience", operation: "targeted degree curve with per-step efficiency (n=1k only)") { g in
        guard g.nodeCount <= 1_000 else { return .nan }
        let ids = (0..<g.nodeCount).map { "d\($0)" }
        let order = RemovalOrder.targeted(values: RemovalOrder.totalDegree(of: g), ids: ids)
        return FailureCurve.compute(graph: g, order: order, label: "degree").efficiency?[10] ?? .nan
    },
]
