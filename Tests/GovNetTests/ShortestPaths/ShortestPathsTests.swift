import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct ShortestPathsTests {
    @Test(arguments: StructureFixture.allNames()) func oracle(name: String) throws {
        let f = try StructureFixture.load(name)
        let m = f.fixture.unweighted
        let g = f.graph(weighted: false)
        expectNetworkMetric("diameter", ShortestPaths.diameter(of: g).map(Double.init), f, m)
        expectNetworkMetric("average_path_length", ShortestPaths.averagePathLength(of: g), f, m)
        // Weighted variant (undirected fixtures only): length = 1/weight.
        if let w = f.fixture.weighted, !f.fixture.graph.directed {
            let gw = f.graph(weighted: true)
            expectNetworkMetric("diameter", ShortestPaths.diameter(of: gw, length: .inverseWeight), f, w)
            expectNetworkMetric("average_path_length", ShortestPaths.averagePathLength(of: gw, length: .inverseWeight), f, w)
        }
    }

    /// Weighted summaries: path 0–1 (w 2), 1–2 (w 4), lengths ½ and ¼: diameter ¾, average (½+¾+¼)·2/6.
    @Test func weightedSummaries() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 2)], weights: [2, 4], directed: false)
        #expect(ShortestPaths.diameter(of: g, length: .inverseWeight) == 0.75)
        #expect(approximatelyEqual(ShortestPaths.averagePathLength(of: g, length: .inverseWeight)!, 3.0 / 6))
        #expect(ShortestPaths.diameter(of: g, length: .weight) == 6)
        #expect(ShortestPaths.diameter(of: g, length: .hops) == 2)
        #expect(ShortestPaths.diameter(of: Graph(nodeCount: 0, edges: [], directed: false), length: .weight) == nil)
        #expect(ShortestPaths.averagePathLength(of: Graph(nodeCount: 1, edges: [], directed: false), length: .weight) == 0)
    }

    /// Weighted square 0–1 (1), 1–2 (1), 2–3 (1), 3–0 (4), directed 0→1→2→3→0.
    @Test func distancesByLengthRule() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 0)], weights: [1, 1, 1, 4], directed: false)
        #expect(ShortestPaths.distances(from: 0, in: g, length: .hops) == [0, 1, 2, 1, .infinity])
        #expect(ShortestPaths.distances(from: 0, in: g, length: .weight) == [0, 1, 2, 3, .infinity])
        #expect(ShortestPaths.distances(from: 0, in: g, length: .inverseWeight) == [0, 1, 1.25, 0.25, .infinity])
        let d = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)], directed: true)
        #expect(ShortestPaths.distances(from: 1, in: d, length: .hops) == [3, 0, 1, 2])
    }

    /// Dijkstra against Bellman–Ford relaxation on random weighted digraphs.
    @Test func dijkstraMatchesBellmanFord() {
        var rng = SeededGenerator(seed: 17)
        for _ in 0..<40 {
            let n = 2 + rng.nextInt(below: 30)
            let edges = RandomGraphs.gnm(nodes: n, edges: rng.nextInt(below: Swift.min(n * (n - 1), 3 * n) + 1), directed: true, using: &rng)
            let weights = edges.map { _ in 0.5 + rng.nextUnit() * 3 }
            let g = Graph(nodeCount: n, edges: edges, weights: weights, directed: true)
            var ref = [Double](repeating: .infinity, count: n)
            ref[0] = 0
            for _ in 0..<n {
                for e in 0..<g.edgeCount {
                    let s = Int(g.edgeSources[e]), t = Int(g.edgeTargets[e])
                    ref[t] = Swift.min(ref[t], ref[s] + 1 / g.edgeWeights[e])
                }
            }
            let got = ShortestPaths.distances(from: 0, in: g, length: .inverseWeight)
            for v in 0..<n { #expect(got[v] == ref[v] || approximatelyEqual(got[v], ref[v])) }
        }
    }

    @Test func largestComponentSummaries() {
        // Path 0–1–2–3 and triangle 4–5–6: largest is the path (4 nodes).
        let g = Graph(nodeCount: 7, edges: [(0, 1), (1, 2), (2, 3), (4, 5), (5, 6), (4, 6)], directed: false)
        #expect(ShortestPaths.diameter(of: g) == 3)
        #expect(ShortestPaths.averagePathLength(of: g) == 20.0 / 12)
        // Two equal components: the one with the smallest node (a path of 3) wins over the triangle.
        let tie = Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (3, 4), (4, 5), (3, 5)], directed: false)
        #expect(ShortestPaths.diameter(of: tie) == 2)
        // Directed: the undirected projection.
        let d = Graph(nodeCount: 3, edges: [(0, 1), (2, 1)], directed: true)
        #expect(ShortestPaths.diameter(of: d) == 2 && ShortestPaths.averagePathLength(of: d) == 8.0 / 6)
    }

    @Test func edgeCases() {
        let empty = Graph(nodeCount: 0, edges: [], directed: false)
        #expect(ShortestPaths.diameter(of: empty) == nil && ShortestPaths.averagePathLength(of: empty) == nil)
        let one = Graph(nodeCount: 1, edges: [], directed: false)
        #expect(ShortestPaths.diameter(of: one) == 0 && ShortestPaths.averagePathLength(of: one) == 0)
        #expect(ShortestPaths.distances(from: 0, in: one, length: .hops) == [0])
        let two = Graph(nodeCount: 2, edges: [(0, 1)], directed: true)
        #expect(ShortestPaths.diameter(of: two) == 1 && ShortestPaths.averagePathLength(of: two) == 1)
    }

    /// 100,000-node path: BFS only, but the average must be exact: Σ d = (n³ − n)/3 over ordered pairs.
    @Test func longPathAverage() {
        let n = 2_000
        let g = Graph(nodeCount: n, edges: (0..<(n - 1)).map { (Int32($0), Int32($0 + 1)) }, directed: false)
        #expect(ShortestPaths.diameter(of: g) == n - 1)
        #expect(ShortestPaths.averagePathLength(of: g) == Double((n * n * n - n) / 3) / Double(n * (n - 1)))
    }
}
