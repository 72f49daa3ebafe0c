import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct RiondatoBetweennessTests {
    @Test func sampleSizeFormula() {
        // (0.5 / 0.01) · (⌊log₂ 8⌋ + 1 + ln 10) = 50 · (3 + 1 + 2.302585…) = 315.13 → 316
        #expect(Centrality.riondatoSampleSize(epsilon: 0.1, delta: 0.1, vertexDiameter: 10) == 316)
        #expect(Centrality.riondatoSampleSize(epsilon: 0.1, delta: 0.1, vertexDiameter: 2) == 166)
    }

    @Test func withinTheBoundOnABarabasiAlbertGraph() {
        var gen = SeededGenerator(seed: 3)
        let n = 300
        let g = Graph(nodeCount: n, edges: RandomGraphs.barabasiAlbert(nodes: n, attach: 2, using: &gen), directed: false)
        let exact = Centrality.betweenness(of: g, length: .hops)
        var rng = SeededGenerator(seed: 9)
        let eps = 0.05
        let (est, r) = Centrality.approximateBetweenness(of: g, length: .hops, epsilon: eps, delta: 0.1, using: &rng)
        #expect(r > 0)
        let bound = eps * Double(n) / Double(n - 2)
        #expect(zip(est, exact).allSatisfy { abs($0 - $1) <= bound })
        var rng1 = SeededGenerator(seed: 9)
        let sequential = Centrality.approximateBetweenness(of: g, length: .hops, epsilon: eps, delta: 0.1, using: &rng1, chunks: 1)
        #expect(zip(sequential.scores, est).allSatisfy { abs($0 - $1) <= 1e-12 })
    }

    @Test func weightedDirectedAndEdgeCases() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (0, 2)], weights: [1, 1, 1, 4], directed: true)
        var rng = SeededGenerator(seed: 1)
        let (est, _) = Centrality.approximateBetweenness(of: g, length: .inverseWeight, epsilon: 0.1, delta: 0.1, using: &rng)
        let exact = Centrality.betweenness(of: g, length: .inverseWeight)
        #expect(zip(est, exact).allSatisfy { abs($0 - $1) <= 0.1 * 2 })
        for n in 0...2 {
            var r = SeededGenerator(seed: 1)
            let e = Centrality.approximateBetweenness(of: Graph(nodeCount: n, edges: n == 2 ? [(0, 1)] : [], directed: false),
                                                      length: .hops, epsilon: 0.1, delta: 0.1, using: &r)
            #expect(e.scores == [Double](repeating: 0, count: n))
        }
    }
}
