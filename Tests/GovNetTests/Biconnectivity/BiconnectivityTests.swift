import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct BiconnectivityTests {
    @Test(arguments: StructureFixture.allNames()) func oracle(name: String) throws {
        let f = try StructureFixture.load(name)
        let m = f.fixture.unweighted
        let g = f.graph(weighted: false)
        let cut = Biconnectivity.articulationPoints(of: g)
        let bridges = Biconnectivity.bridges(of: g)
        expectNodeMetric("articulation_point", cut.map { $0 ? 1 : 0 }, f, m)
        expectEdgeMetric("bridge", bridges.map { $0 ? 1 : 0 }, graph: g, f, m)
        expectNetworkMetric("articulation_points", Double(cut.filter { $0 }.count), f, m)
        // Bridges counted as unordered pairs (NetworkX on the undirected graph).
        let (p, _) = g.undirectedProjection()
        expectNetworkMetric("bridges", Double(Biconnectivity.bridges(of: p).filter { $0 }.count), f, m)
    }

    /// Two triangles joined by the bridge 2–3, and the pendant bridge 5–6:
    ///
    ///     0       4
    ///     | \   / |
    ///     1 - 2 - 3 - 5 - 6      (3–5 closes the second triangle 3–4–5)
    @Test func handGraph() {
        // 0–1, 0–2, 1–2 (triangle), 2–3 (bridge), 3–4, 4–5, 3–5 (triangle), 5–6 (bridge)
        let g = Graph(nodeCount: 7, edges: [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (4, 5), (3, 5), (5, 6)], directed: false)
        #expect(Biconnectivity.articulationPoints(of: g) == [false, false, true, true, false, true, false])
        let bridges = Biconnectivity.bridges(of: g)
        #expect((0..<g.edgeCount).filter { bridges[$0] }.map { (g.edgeSources[$0], g.edgeTargets[$0]) }.map { [$0.0, $0.1] }
                == [[2, 3], [5, 6]])
        let blocks = Biconnectivity.biconnectedComponents(of: g)
        #expect(blocks.count == 4)
        #expect(Set(blocks.map { $0.count }) == [3, 1])
        #expect(blocks.flatMap { $0 }.sorted() == (0..<Int32(g.edgeCount)).map { $0 })
    }

    @Test func directedUsesProjection() {
        // 0 ⇄ 1 → 2: the pair {1,2} is a bridge, {0,1} too; node 1 is a cut point.
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)], directed: true)
        #expect(Biconnectivity.articulationPoints(of: g) == [false, true, false])
        #expect(Biconnectivity.bridges(of: g) == [true, true, true])
        let blocks = Biconnectivity.biconnectedComponents(of: g)
        #expect(blocks.sorted { $0.count > $1.count } == [[0, 1], [2]])
    }

    @Test func edgeCases() {
        let empty = Graph(nodeCount: 0, edges: [], directed: false)
        #expect(Biconnectivity.articulationPoints(of: empty).isEmpty && Biconnectivity.bridges(of: empty).isEmpty)
        #expect(Biconnectivity.biconnectedComponents(of: empty).isEmpty)
        let one = Graph(nodeCount: 1, edges: [], directed: false)
        #expect(Biconnectivity.articulationPoints(of: one) == [false])
        let two = Graph(nodeCount: 2, edges: [(0, 1)], directed: false)
        #expect(Biconnectivity.articulationPoints(of: two) == [false, false] && Biconnectivity.bridges(of: two) == [true])
        let star = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)], directed: false)
        #expect(Biconnectivity.articulationPoints(of: star) == [true, false, false, false, false])
        let cycle = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)], directed: false)
        #expect(Biconnectivity.articulationPoints(of: cycle) == [false, false, false, false])
        #expect(Biconnectivity.bridges(of: cycle) == [false, false, false, false])
        // Parallel ties and self-loops vanish in the graph: a doubled tie is still one bridge.
        let multi = Graph(nodeCount: 2, edges: [(0, 1), (1, 0), (1, 1)], directed: false)
        #expect(Biconnectivity.bridges(of: multi) == [true])
    }

    /// 100,000-node path: every inner node a cut point, every edge a bridge, without stack overflow.
    @Test func deepPath() {
        let n = 100_000
        let g = Graph(nodeCount: n, edges: (0..<(n - 1)).map { (Int32($0), Int32($0 + 1)) }, directed: false)
        let cut = Biconnectivity.articulationPoints(of: g)
        #expect(cut.filter { $0 }.count == n - 2 && !cut[0] && !cut[n - 1])
        #expect(Biconnectivity.bridges(of: g).allSatisfy { $0 })
        #expect(Biconnectivity.biconnectedComponents(of: g).count == n - 1)
    }

    /// Brute force on 200 small random graphs: a bridge is an edge whose removal increases the number of
    /// components; a cut point a node whose removal does (counting the other nodes' components).
    @Test func bruteForceOnRandomGraphs() {
        var rng = SeededGenerator(seed: 2026)
        for trial in 0..<200 {
            let n = 1 + rng.nextInt(below: 14)
            let maxM = n * (n - 1) / 2
            let m = maxM == 0 ? 0 : rng.nextInt(below: Swift.min(maxM, 2 * n) + 1)
            let edges = n < 2 ? [] : RandomGraphs.gnm(nodes: n, edges: m, directed: false, using: &rng)
            let g = Graph(nodeCount: n, edges: edges, directed: false)
            let base = Components.weak(of: g).count
            let bridges = Biconnectivity.bridges(of: g)
            for e in 0..<g.edgeCount {
                let rest = (0..<g.edgeCount).filter { $0 != e }.map { (g.edgeSources[$0], g.edgeTargets[$0]) }
                let without = Components.weak(of: Graph(nodeCount: n, edges: rest, directed: false)).count
                #expect(bridges[e] == (without > base), "trial \(trial) edge \(e)")
            }
            let cut = Biconnectivity.articulationPoints(of: g)
            for v in 0..<n {
                let rest = (0..<g.edgeCount).filter { g.edgeSources[$0] != v && g.edgeTargets[$0] != v }
                    .map { (g.edgeSources[$0], g.edgeTargets[$0]) }
                // Removing v leaves it as an isolate in the rebuilt graph: subtract it.
                let without = Components.weak(of: Graph(nodeCount: n, edges: rest, directed: false)).count - 1
                #expect(cut[v] == (without > base), "trial \(trial) node \(v)")
            }
            // Blocks partition the edges; every block of ≥ 2 edges has no cut point inside it.
            let blocks = Biconnectivity.biconnectedComponents(of: g)
            #expect(blocks.flatMap { $0 }.sorted() == (0..<Int32(g.edgeCount)).map { $0 })
            for block in blocks where block.count == 1 { #expect(bridges[Int(block[0])]) }
        }
    }
}
