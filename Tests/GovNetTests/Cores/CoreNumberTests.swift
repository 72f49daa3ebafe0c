import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct CoreNumberTests {
    @Test(arguments: StructureFixture.allNames()) func oracle(name: String) throws {
        let f = try StructureFixture.load(name)
        let g = f.graph(weighted: false)
        expectNodeMetric("core_number", Cores.coreNumber(of: g).map(Double.init), f, f.fixture.unweighted)
    }

    /// K4 on 0–3 with a tail 3–4–5 and an isolate 6: cores 3,3,3,3,1,1,0.
    @Test func handGraph() {
        let g = Graph(nodeCount: 7, edges: [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4), (4, 5)], directed: false)
        #expect(Cores.coreNumber(of: g) == [3, 3, 3, 3, 1, 1, 0])
    }

    /// Directed: in + out degree, a reciprocated pair counting twice (NetworkX `core_number` on a
    /// DiGraph: 0 ⇄ 1 gives both nodes core 2; adding 1 → 2 gives 2 core 1).
    @Test func directedCountsBothDirections() {
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)], directed: true)
        #expect(Cores.coreNumber(of: g) == [2, 2, 1])
    }

    @Test func edgeCases() {
        #expect(Cores.coreNumber(of: Graph(nodeCount: 0, edges: [], directed: false)).isEmpty)
        #expect(Cores.coreNumber(of: Graph(nodeCount: 1, edges: [], directed: false)) == [0])
        #expect(Cores.coreNumber(of: Graph(nodeCount: 2, edges: [(0, 1)], directed: false)) == [1, 1])
    }

    /// Against the definition: the k-core obtained by repeatedly deleting nodes of degree < k.
    @Test func matchesPeelingDefinition() {
        var rng = SeededGenerator(seed: 9)
        for _ in 0..<60 {
            let n = 2 + rng.nextInt(below: 40)
            let m = rng.nextInt(below: Swift.min(n * (n - 1) / 2, 4 * n) + 1)
            let g = Graph(nodeCount: n, edges: RandomGraphs.gnm(nodes: n, edges: m, directed: false, using: &rng), directed: false)
            let core = Cores.coreNumber(of: g)
            for k in 0...(core.max() ?? 0) + 1 {
                var alive = [Bool](repeating: true, count: n)
                var changed = true
                while changed {
                    changed = false
                    for v in 0..<n where alive[v] && g.neighbors(v).filter({ alive[Int($0)] }).count < k {
                        alive[v] = false; changed = true
                    }
                }
                for v in 0..<n { #expect(alive[v] == (core[v] >= k)) }
            }
        }
    }
}
