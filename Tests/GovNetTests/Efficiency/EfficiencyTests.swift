import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct EfficiencyTests {
    @Test(arguments: StructureFixture.allNames()) func oracle(name: String) throws {
        let f = try StructureFixture.load(name)
        let m = f.fixture.unweighted
        let g = f.graph(weighted: false)
        expectNetworkMetric("global_efficiency", Efficiency.global(of: g), f, m)
        expectNodeMetric("local_efficiency", Efficiency.local(of: g), f, m)
        expectNodeMetric("vulnerability", Efficiency.vulnerability(of: g), f, m)
    }

    /// Path 0–1–2–3–4: E = 0.6416666… (NetworkX 3.6.1 `global_efficiency(path_graph(5))`), local 0.
    @Test func path() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)], directed: false)
        #expect(approximatelyEqual(Efficiency.global(of: g), 0.6416666666666667))
        #expect(Efficiency.local(of: g) == [0, 0, 0, 0, 0])
        // Removing the centre 2 leaves two pairs at distance 1 among 4 nodes: E₋₂ = 4/12.
        let v = Efficiency.vulnerability(of: g)
        #expect(approximatelyEqual(v[2], (0.6416666666666667 - 4.0 / 12) / 0.6416666666666667))
        // Removing an end leaves a path of 4: E = (6 + 4/2 + 2/3)/12.
        #expect(approximatelyEqual(v[0], (0.6416666666666667 - (6 + 2 + 2.0 / 3) / 12) / 0.6416666666666667))
    }

    /// Star with centre 0: each leaf's neighbourhood is one node (local 0); the centre's neighbours are
    /// unconnected (local 0); with a chord 1–2 the centre's neighbourhood has E = 2/12.
    @Test func localEfficiencyOfStar() {
        let star = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2)], directed: false)
        let local = Efficiency.local(of: star)
        #expect(approximatelyEqual(local[0], 2.0 / 12) && local[1] == 1 && local[2] == 1 && local[3] == 0)
    }

    @Test func edgeCases() {
        let empty = Graph(nodeCount: 0, edges: [], directed: false)
        #expect(Efficiency.global(of: empty) == 0 && Efficiency.local(of: empty).isEmpty && Efficiency.vulnerability(of: empty).isEmpty)
        let one = Graph(nodeCount: 1, edges: [], directed: false)
        #expect(Efficiency.global(of: one) == 0 && Efficiency.vulnerability(of: one)[0].isNaN)
        let two = Graph(nodeCount: 2, edges: [(0, 1)], directed: true)
        #expect(Efficiency.global(of: two) == 1 && Efficiency.vulnerability(of: two) == [1, 1])
        let isolates = Graph(nodeCount: 3, edges: [], directed: false)
        #expect(Efficiency.global(of: isolates) == 0 && Efficiency.vulnerability(of: isolates).allSatisfy(\.isNaN))
    }

    /// Parallel and sequential sums agree (fixed chunking): the same value on repeated runs.
    @Test func deterministic() {
        var rng = SeededGenerator(seed: 1)
        let g = Graph(nodeCount: 500, edges: RandomGraphs.barabasiAlbert(nodes: 500, attach: 2, using: &rng), directed: false)
        let a = Efficiency.global(of: g), b = Efficiency.global(of: g)
        #expect(a == b)
        #expect(Efficiency.vulnerability(of: g) == Efficiency.vulnerability(of: g))
    }
}
