import Testing
@testable import GovNet
import GovNetTestSupport

/// Edge cases of failure curves, checked by hand or by brute force against `Graph.removing`.
@Suite("Failure curves")
struct FailureCurveTests {
    @Test func emptyGraph() {
        let c = FailureCurve.compute(graph: Graph(nodeCount: 0, edges: [], directed: false), order: [], label: "x")
        #expect(c.largestComponentFraction == [0])
        #expect(c.efficiency == [0])
        #expect(c.disconnectedPairs == [0])
        #expect(c.robustness.isNaN)
    }

    @Test func oneNode() {
        let c = FailureCurve.compute(graph: Graph(nodeCount: 1, edges: [], directed: true), order: [0], label: "x")
        #expect(c.largestComponentFraction == [1, 0])
        #expect(c.largestStrongComponentFraction == [1, 0])
        #expect(c.efficiency == [0, 0])
        #expect(c.efficiencyRetained!.allSatisfy { $0.isNaN })
        #expect(c.robustness == 0)
    }

    /// 0 — 1: removing 1 leaves node 0 alone.
    @Test func twoNodes() {
        let c = FailureCurve.compute(graph: Graph(nodeCount: 2, edges: [(0, 1)], directed: false), order: [1, 0], label: "x")
        #expect(c.largestComponentFraction == [1, 0.5, 0])
        #expect(c.efficiency == [1, 0, 0])
        #expect(c.efficiencyRetained == [1, 0, 0])
        #expect(c.disconnectedPairs == [0, 0, 0])
        #expect(c.robustness == 0.25)
    }

    /// A directed 3-cycle plus a pendant arc 2 → 3: strong components differ from weak ones.
    /// ```
    /// 0 → 1 → 2 → 0,  2 → 3
    /// ```
    @Test func directedStrongVersusWeak() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], directed: true)
        let c = FailureCurve.compute(graph: g, order: [0, 1, 2, 3], label: "x")
        #expect(c.largestComponentFraction == [1, 0.75, 0.5, 0.25, 0])
        #expect(c.largestStrongComponentFraction == [0.75, 0.25, 0.25, 0.25, 0])
        #expect(c.disconnectedPairs == [0, 0, 0, 0, 0])
    }

    /// A partial list (scenario): nodes not listed stay; the path 0–1–2–3–4 cut in the middle.
    @Test func partialOrder() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)], directed: false)
        let c = FailureCurve.compute(graph: g, order: [2], label: "list")
        #expect(c.largestComponentFraction == [1, 0.4])
        #expect(c.disconnectedPairs == [0, 4])
        // Efficiency of two disjoint edges over 4 remaining nodes: 4 ordered pairs at distance 1 / 12.
        #expect(approximatelyEqual(c.efficiency![1], 4.0 / 12.0))
        #expect(c.robustness == 0.4)
    }

    /// Property: every column equals a direct recomputation on `Graph.removing` (random graphs, random orders).
    @Test(arguments: [false, true])
    func matchesBruteForce(directed: Bool) {
        var rng = SeededGenerator(seed: 11)
        for trial in 0..<20 {
            let n = 2 + rng.nextInt(below: 25)
            let m = rng.nextInt(below: 2 * n)
            let g = Graph(nodeCount: n, edges: RandomGraphs.gnm(nodes: n, edges: m, directed: directed, using: &rng), directed: directed)
            let order = Array(RemovalOrder.random(count: n, using: &rng).prefix(1 + rng.nextInt(below: n)))
            let c = FailureCurve.compute(graph: g, order: order, label: "x")
            var removed = [Bool](repeating: false, count: n)
            for k in 0...order.count {
                if k > 0 { removed[Int(order[k - 1])] = true }
                let h = g.removing(removed)
                let labels = Components.weak(of: h)
                var sizes = [Int](repeating: 0, count: labels.count)
                for v in 0..<n where !removed[v] { sizes[Int(labels.labels[v])] += 1 }
                let r = n - k
                #expect(Double(sizes.max() ?? 0) / Double(n) == c.largestComponentFraction[k], "trial \(trial) step \(k)")
                #expect(r * (r - 1) / 2 - sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 } == c.disconnectedPairs[k])
                if directed {
                    let strong = Components.strong(of: h)
                    var ssizes = [Int](repeating: 0, count: strong.count)
                    for v in 0..<n where !removed[v] { ssizes[Int(strong.labels[v])] += 1 }
                    #expect(Double(ssizes.max() ?? 0) / Double(n) == c.largestStrongComponentFraction![k])
                }
                // Efficiency over the remaining nodes: the isolates left by removal count in Efficiency.global,
                // so rescale its n(n−1) denominator to r(r−1).
                let full = Efficiency.global(of: h) * Double(n) * Double(n - 1)
                let expected = r < 2 ? 0 : full / (Double(r) * Double(r - 1))
                #expect(approximatelyEqual(c.efficiency![k], expected), "trial \(trial) step \(k)")
            }
        }
    }

    @Test func recomputationLimitSkipsWithNote() {
        let g = Graph(nodeCount: 10, edges: [(0, 1)], directed: true)
        let c = FailureCurve.compute(graph: g, order: [0], label: "x", options: FailureCurveOptions(recomputationLimit: 5))
        #expect(c.efficiency == nil && c.largestStrongComponentFraction == nil)
        #expect(c.notes.count == 1)
        #expect(c.largestComponentFraction == [0.2, 0.1])
    }

    @Test func targetedOrderTiesByIDCodePoints() {
        // Equal degrees: "10" < "2" < "a" < "é" in Python string order.
        let ids = ["é", "a", "2", "10"]
        let order = RemovalOrder.targeted(values: [1, 1, 1, 1], ids: ids)
        #expect(order.map { ids[Int($0)] } == ["10", "2", "a", "é"])
        let withNaN = RemovalOrder.targeted(values: [.nan, 0, 5, 5], ids: ids)
        #expect(withNaN.map { ids[Int($0)] } == ["10", "2", "a", "é"])
    }
}
