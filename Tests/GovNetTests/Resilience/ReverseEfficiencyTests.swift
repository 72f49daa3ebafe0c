import Testing
@testable import GovNet
import GovNetTestSupport

/// The one-pass efficiency column (reverse insertion) against the per-step bit-parallel recomputation:
/// the per-distance pair counts are integers, so the two must agree bit for bit, not approximately.
@Suite("Reverse-insertion efficiency")
struct ReverseEfficiencyTests {
    static func curves(_ g: Graph, _ order: [Int32]) -> (reverse: FailureCurve, recomputed: FailureCurve) {
        let reverse = FailureCurve.compute(graph: g, order: order, label: "x",
                                           options: FailureCurveOptions(efficiencyEngine: .reverseInsertion))
        let recomputed = FailureCurve.compute(graph: g, order: order, label: "x",
                                              options: FailureCurveOptions(efficiencyEngine: .recomputation))
        return (reverse, recomputed)
    }

    /// Random directed and undirected G(n, m), from sparse (many components) to dense (connected),
    /// with whole orders, prefixes (scenarios: the rest never removed) and the empty order.
    @Test(arguments: [false, true])
    func identicalToRecomputationOnRandomGraphs(directed: Bool) {
        var rng = SeededGenerator(seed: directed ? 21 : 20)
        for trial in 0..<60 {
            let n = 2 + rng.nextInt(below: 70)
            let pairs = directed ? n * (n - 1) : n * (n - 1) / 2
            let m = Swift.min(rng.nextInt(below: 4 * n + 1), pairs)
            let g = Graph(nodeCount: n, edges: RandomGraphs.gnm(nodes: n, edges: m, directed: directed, using: &rng), directed: directed)
            let full = RemovalOrder.random(count: n, using: &rng)
            for order in [full, Array(full.prefix(rng.nextInt(below: n + 1))), []] {
                let (a, b) = Self.curves(g, order)
                #expect(a.efficiency != nil && a.efficiency == b.efficiency, "trial \(trial), n \(n), m \(m), L \(order.count)")
                #expect(a == b)
            }
        }
    }

    /// Connected scale-free graphs (BA) with random and targeted orders, larger than the random trials.
    @Test func identicalOnBarabasiAlbert() {
        var rng = SeededGenerator(seed: 5)
        for (n, attach) in [(300, 1), (400, 3)] {
            let g = Graph(nodeCount: n, edges: RandomGraphs.barabasiAlbert(nodes: n, attach: attach, using: &rng), directed: false)
            let ids = (0..<n).map { "d\($0)" }
            let orders = [RemovalOrder.random(count: n, using: &rng),
                          RemovalOrder.targeted(values: RemovalOrder.totalDegree(of: g), ids: ids)]
            for order in orders {
                let (a, b) = Self.curves(g, order)
                #expect(a.efficiency == b.efficiency, "n \(n) attach \(attach)")
            }
        }
    }

    /// Long distances: a path of 600 nodes (distances up to 599) and a grid, in random order.
    @Test func identicalOnPathAndGrid() {
        var rng = SeededGenerator(seed: 8)
        let path = Graph(nodeCount: 600, edges: (0..<599).map { (Int32($0), Int32($0 + 1)) }, directed: false)
        let grid = Graph(nodeCount: 400, edges: RandomGraphs.grid(rows: 20, columns: 20), directed: false)
        for g in [path, grid] {
            let order = RemovalOrder.random(count: g.nodeCount, using: &rng)
            let (a, b) = Self.curves(g, order)
            #expect(a.efficiency == b.efficiency)
            let (c, d) = Self.curves(g, Array(order.prefix(7)))
            #expect(c.efficiency == d.efficiency)
        }
    }

    /// Hand-checked: path 0–1–2–3 with node 1 removed first, then 3, 0, 2.
    /// Intact: 6 ordered pairs at 1, 4 at 2, 2 at 3 → (6 + 2 + 2/3)/12. Without 1: edge 2–3 → 2/6.
    /// Without 1, 3: nodes 0, 2 apart → 0. Then one node, then none → 0.
    @Test func pathByHand() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)], directed: false)
        let e = ReverseEfficiency.curve(of: g, order: [1, 3, 0, 2])
        #expect(e == [(6.0 + 2.0 + 2.0 / 3.0) / 12.0, 2.0 / 6.0, 0, 0, 0])
    }

    @Test func emptyOneAndTwoNodes() {
        #expect(ReverseEfficiency.curve(of: Graph(nodeCount: 0, edges: [], directed: false), order: []) == [0])
        #expect(ReverseEfficiency.curve(of: Graph(nodeCount: 1, edges: [], directed: false), order: [0]) == [0, 0])
        let two = Graph(nodeCount: 2, edges: [(0, 1)], directed: false)
        #expect(ReverseEfficiency.curve(of: two, order: [1, 0]) == [1, 0, 0])
        #expect(ReverseEfficiency.curve(of: two, order: []) == [1])
        #expect(ReverseEfficiency.curve(of: Graph(nodeCount: 2, edges: [], directed: false), order: [0]) == [0, 0])
    }

    /// Random runs: identical under the same seed whichever engine computes the efficiency.
    @Test func randomRunsIdenticalAcrossEngines() {
        var rng = SeededGenerator(seed: 3)
        let g = Graph(nodeCount: 80, edges: RandomGraphs.gnm(nodes: 80, edges: 120, directed: true, using: &rng), directed: true)
        let a = RandomFailures(graph: g, runs: 10, seed: 7, options: FailureCurveOptions(efficiencyEngine: .reverseInsertion))
        let b = RandomFailures(graph: g, runs: 10, seed: 7, options: FailureCurveOptions(efficiencyEngine: .recomputation))
        #expect(a.runs == b.runs)
        #expect(a.efficiency == b.efficiency && a.efficiencyRetained == b.efficiencyRetained)
    }

    /// The automatic choice: whole orders go to the reverse pass, one removal from a large graph and
    /// anything above 5,000 nodes to the recomputation.
    @Test func automaticChoice() {
        var rng = SeededGenerator(seed: 1)
        let g = Graph(nodeCount: 3_000, edges: RandomGraphs.barabasiAlbert(nodes: 3_000, attach: 5, using: &rng), directed: false)
        #expect(FailureCurve.usesReverseEfficiency(g, removing: 3_000, engine: .automatic))
        #expect(FailureCurve.usesReverseEfficiency(g, removing: 100, engine: .automatic))
        #expect(!FailureCurve.usesReverseEfficiency(g, removing: 1, engine: .automatic))
        #expect(FailureCurve.usesReverseEfficiency(g, removing: 1, engine: .reverseInsertion))
        #expect(!FailureCurve.usesReverseEfficiency(g, removing: 3_000, engine: .recomputation))
        let big = Graph(nodeCount: 5_001, edges: [], directed: false)
        #expect(!FailureCurve.usesReverseEfficiency(big, removing: 5_001, engine: .reverseInsertion))
    }
}
