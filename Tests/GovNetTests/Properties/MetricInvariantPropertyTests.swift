import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Property tests: metric invariants on seeded random graphs (our own generator: G(n, m)
/// with n in 0...24, sparse to dense, directed or not). Each case prints its seed when it fails.
@Suite struct MetricInvariantPropertyTests {
    struct RandomGraph {
        let n: Int
        let edges: [(Int32, Int32)]
        let directed: Bool

        init(seed: UInt64, directed: Bool) {
            var rng = SeededGenerator(seed: seed)
            n = rng.nextInt(below: 25)
            self.directed = directed
            let m = n < 2 ? 0 : rng.nextInt(below: n * (n - 1) / 2 + 1)
            var e: [(Int32, Int32)] = []
            for _ in 0..<m { e.append((Int32(rng.nextInt(below: n)), Int32(rng.nextInt(below: n)))) }
            edges = e
        }

        func graph(_ extra: [(Int32, Int32)] = [], without v: Int? = nil) -> Graph {
            let kept = (edges + extra).filter { v == nil || (Int($0.0) != v && Int($0.1) != v) }
            return Graph(nodeCount: n, edges: kept, directed: directed)
        }

        /// Distinct ties without self-loops (undirected: unordered pairs).
        var tieCount: Int {
            Set(edges.filter { $0.0 != $0.1 }.map { directed ? [$0.0, $0.1] : [min($0.0, $0.1), max($0.0, $0.1)] }).count
        }
    }

    static let seeds: [UInt64] = Array(1...60)

    @Test(arguments: seeds) func degreeSumIsTwiceTheTies(seed: UInt64) {
        let r = RandomGraph(seed: seed, directed: false)
        let g = r.graph()
        var sum = 0
        for i in 0..<r.n { sum += Int(g.offsets[i + 1] - g.offsets[i]) }
        #expect(sum == 2 * r.tieCount, "seed \(seed)")
    }

    @Test(arguments: seeds) func betweennessIsNonNegative(seed: UInt64) {
        for directed in [false, true] {
            let g = RandomGraph(seed: seed, directed: directed).graph()
            let b = Centrality.betweenness(of: g)
            #expect(b.allSatisfy { $0.isFinite && $0 >= -1e-12 }, "seed \(seed) directed \(directed): \(b)")
            #expect(b.allSatisfy { $0 <= 1 + 1e-9 }, "normalised betweenness ≤ 1, seed \(seed)")
        }
    }

    @Test(arguments: seeds) func removingAnArticulationPointSplitsItsComponent(seed: UInt64) {
        let r = RandomGraph(seed: seed, directed: false)
        let g = r.graph()
        let before = Components.weak(of: g).count
        for (v, isCut) in Biconnectivity.articulationPoints(of: g).enumerated() {
            // v stays as an isolated node in `after`: subtract it.
            let after = Components.weak(of: r.graph(without: v)).count - 1
            if isCut {
                #expect(after > before, "seed \(seed): removing articulation point \(v) left \(after) components (was \(before))")
            } else {
                #expect(after <= before, "seed \(seed): removing \(v), not an articulation point, split the graph")
            }
        }
    }

    @Test(arguments: seeds) func addingATieNeverLowersEdgeConnectivity(seed: UInt64) {
        for directed in [false, true] {
            let r = RandomGraph(seed: seed, directed: directed)
            guard r.n >= 2 else { continue }
            var rng = SeededGenerator(seed: seed ^ 0x9E37_79B9)
            let before = Connectivity.edgeConnectivity(of: r.graph())
            let extra = (Int32(rng.nextInt(below: r.n)), Int32(rng.nextInt(below: r.n)))
            let after = Connectivity.edgeConnectivity(of: r.graph([extra]))
            #expect(after >= before, "seed \(seed) directed \(directed): adding \(extra) lowered λ from \(before) to \(after)")
        }
    }

    @Test(arguments: seeds) func efficiencyIsWithinZeroAndOne(seed: UInt64) {
        for directed in [false, true] {
            let g = RandomGraph(seed: seed, directed: directed).graph()
            let global = Efficiency.global(of: g)
            #expect(global >= 0 && global <= 1 + 1e-12, "seed \(seed): global efficiency \(global)")
            if !directed {
                let local = Efficiency.local(of: g)
                #expect(local.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 }, "seed \(seed): local efficiency \(local)")
            }
        }
    }
}
