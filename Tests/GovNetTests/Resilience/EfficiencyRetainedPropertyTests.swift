import Testing
@testable import GovNet
import GovNetTestSupport

/// `efficiency_retained` is a share: over 400 random graphs (G(n, m), directed and undirected,
/// sparse to dense, with isolates) and random removal orders it never exceeds 1 and never rises,
/// and it equals its definition — Σ 1/d over pairs of remaining departments over the intact sum,
/// by brute force on `Graph.removing` — while the plain global efficiency of what remains does
/// rise on some of them (so the two are not the same column under two names).
@Suite struct EfficiencyRetainedPropertyTests {
    /// Σ_{u ≠ v} 1/d(u, v) on the undirected projection (BFS from every node); unreachable pairs add 0.
    static func pairwiseSum(_ g: Graph) -> Double {
        let u = g.isDirected ? g.undirectedProjection().graph : g
        var total = 0.0
        for s in 0..<u.nodeCount {
            var dist = [Int](repeating: -1, count: u.nodeCount)
            dist[s] = 0
            var queue = [s], head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                for w in u.neighbors(v) where dist[Int(w)] < 0 {
                    dist[Int(w)] = dist[v] + 1
                    queue.append(Int(w))
                    total += 1 / Double(dist[Int(w)])
                }
            }
        }
        return total
    }

    @Test func neverAboveOneNeverRisingAndAsDefined() {
        var rng = SeededGenerator(seed: 20261207)
        var plainRises = 0
        for trial in 0..<400 {
            let n = 2 + Int(rng.next() % 24)
            let directed = trial % 2 == 1
            let maxEdges = directed ? n * (n - 1) : n * (n - 1) / 2
            let m = Int(rng.next() % UInt64(maxEdges + 1))
            let g = Graph(nodeCount: n, edges: RandomGraphs.gnm(nodes: n, edges: m, directed: directed, using: &rng), directed: directed)
            var order = (0..<Int32(n)).map { $0 }
            order.shuffle(using: &rng)
            let curve = FailureCurve.compute(graph: g, order: order, label: "random")
            guard let retained = curve.efficiencyRetained, let efficiency = curve.efficiency else {
                Issue.record("no efficiency column"); continue
            }
            let intact = Self.pairwiseSum(g)
            if intact == 0 {
                #expect(retained.allSatisfy { $0.isNaN }, "trial \(trial)")
                continue
            }
            #expect(retained[0] == 1, "trial \(trial)")
            for k in retained.indices {
                #expect(retained[k] <= 1 + 1e-12, "trial \(trial) step \(k): \(retained[k])")
                if k > 0 {
                    #expect(retained[k] <= retained[k - 1] + 1e-12, "trial \(trial) step \(k) rose: \(retained[k - 1]) → \(retained[k])")
                    if efficiency[k] > efficiency[k - 1] + 1e-12 { plainRises += 1 }
                }
                if k < n - 1 {
                    var gone = [Bool](repeating: false, count: n)
                    for v in order[0..<k] { gone[Int(v)] = true }
                    let rest = g.removing(gone)
                    #expect(approximatelyEqual(retained[k], Self.pairwiseSum(rest) / intact), "trial \(trial) step \(k)")
                }
            }
        }
        #expect(plainRises > 0, "the remaining graph's own efficiency rises somewhere, which is why it is not a share")
    }
}
