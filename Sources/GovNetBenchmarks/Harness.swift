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
    let t = timeWallAndCPU(repeats: repeats, body)
    return (t.wall, t.checksum)
}

/// Median wall-clock and median process CPU seconds (all threads, `CLOCK_PROCESS_CPUTIME_ID`) of
/// `repeats` runs. On one thread the CPU time is what the run costs even when other processes share
/// the cores, so the side-by-side script compares it.
func timeWallAndCPU(repeats: Int, _ body: () -> Double) -> (wall: Double, cpu: Double, checksum: Double) {
    var walls: [Double] = [], cpus: [Double] = []
    var checksum = 0.0
    for _ in 0..<repeats {
        let cpu0 = processCPUSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        checksum = body()
        walls.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        cpus.append(processCPUSeconds() - cpu0)
    }
    walls.sort(); cpus.sort()
    return (walls[walls.count / 2], cpus[cpus.count / 2], checksum)
}

/// CPU seconds used so far by this process (every thread).
func processCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
