import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct MultiSourceHopSearchTests {
    /// Bit-parallel totals equal the sums of single-source BFS distances, with and without a blocked
    /// node, on random graphs with several components and more than 64 sources.
    @Test func matchesSingleSourceSearch() {
        var rng = SeededGenerator(seed: 64)
        for trial in 0..<30 {
            let n = 2 + rng.nextInt(below: 200)
            let m = rng.nextInt(below: Swift.min(n * (n - 1) / 2, 3 * n) + 1)
            let g = Graph(nodeCount: n, edges: RandomGraphs.gnm(nodes: n, edges: m, directed: false, using: &rng), directed: false)
            for blocked in [-1, rng.nextInt(below: n)] {
                let sources = (0..<Int32(n)).filter { Int($0) != blocked }
                let got = MultiSourceHopSearch.parallelTotals(g, sources: sources, blocked: blocked)
                var inverse = 0.0, total = 0, ecc = 0, pairs = 0
                let rest: [(Int32, Int32)] = (0..<g.edgeCount).compactMap {
                    let s = g.edgeSources[$0], t = g.edgeTargets[$0]
                    return Int(s) == blocked || Int(t) == blocked ? nil : (s, t)
                }
                let h = Graph(nodeCount: n, edges: rest, directed: false)
                for s in sources {
                    for (v, d) in ShortestPaths.distances(from: Int(s), in: h, length: .hops).enumerated()
                    where d.isFinite && d > 0 && v != blocked {
                        inverse += 1 / d; total += Int(d); ecc = Swift.max(ecc, Int(d)); pairs += 1
                    }
                }
                #expect(got.distance == total && got.eccentricity == ecc && got.pairs == pairs, "trial \(trial)")
                #expect(approximatelyEqual(got.inverseDistance, inverse), "trial \(trial)")
            }
        }
    }
}
