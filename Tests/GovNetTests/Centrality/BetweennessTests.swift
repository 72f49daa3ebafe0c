import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.betweenness")
struct BetweennessTests {
    /// NetworkX `betweenness_centrality(G, normalized=True, weight=None|"length")` (oracle).
    @Test(arguments: OracleFixture.allNames())
    func matchesNetworkX(_ name: String) throws {
        for v in try OracleVariant.all(name) {
            guard let e = v.expected("betweenness") else { continue }
            expectClose(Centrality.betweenness(of: v.graph, length: v.length), e, "\(v) betweenness", names: v.nodes)
        }
    }

    @Test func edgeCases() {
        #expect(Centrality.betweenness(of: SmallGraphs.empty).isEmpty)
        #expect(Centrality.betweenness(of: SmallGraphs.single) == [0])
        #expect(Centrality.betweenness(of: SmallGraphs.pair) == [0, 0])
        // Path a – b – c: b lies on the only a–c path; normalised by (n−1)(n−2) = 2 over ordered pairs.
        #expect(Centrality.betweenness(of: SmallGraphs.path3) == [0, 1, 0])
        #expect(Centrality.betweenness(of: SmallGraphs.path3, normalized: false) == [0, 1, 0])
        // Star: the centre is on all C(4,2) = 6 leaf pairs → 1 normalised, 6 raw.
        #expect(Centrality.betweenness(of: SmallGraphs.star5) == [1, 0, 0, 0, 0])
        #expect(Centrality.betweenness(of: SmallGraphs.star5, normalized: false) == [6, 0, 0, 0, 0])
        // Disconnected: only node 1 mediates (0, 2); n = 6 → 2 / (5·4).
        #expect(Centrality.betweenness(of: SmallGraphs.disconnected) == [0, 0.1, 0, 0, 0, 0])
        // Directed 3-cycle: each node is on exactly one ordered pair's path → 1 / (2·1); raw 1 (not halved).
        #expect(Centrality.betweenness(of: SmallGraphs.cycle3) == [0.5, 0.5, 0.5])
        #expect(Centrality.betweenness(of: SmallGraphs.cycle3, normalized: false) == [1, 1, 1])
        #expect(Centrality.betweenness(of: SmallGraphs.directedPath3) == [0, 0.5, 0])
    }

    /// Equal-length weighted paths are both counted (σ = 2), by exact equality of summed lengths.
    @Test func weightedTies() {
        // Square 0–1–3, 0–2–3 with lengths 1/w: 0.5 + 0.5 = 1 = 0.25 + 0.75 … use w = 2,2 and 4, 4/3.
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 3), (0, 2), (2, 3)], weights: [2, 2, 4, 4.0 / 3.0], directed: false)
        let b = Centrality.betweenness(of: g, length: .inverseWeight, normalized: false)
        // 1/4 + 3/4 == 1/2 + 1/2 exactly in binary floating point: both 0–3 paths are shortest, so
        // 1 and 2 each get 1/2; node 0 mediates 1–2 (1/2 + 1/4 < 1/2 + 3/4 via node 3).
        #expect(b == [1, 0.5, 0.5, 0])
        // Lengths as weights: 0–1–3 = 4 < 0–2–3 = 5.33: only node 1 mediates (0, 3).
        let c = Centrality.betweenness(of: g, length: .weight, normalized: false)
        #expect(c[1] == 1 && c[2] == 0)
    }

    /// Splitting sources across chunks (cores) changes only the order of the final sums.
    @Test(arguments: [false, true])
    func parallelEqualsSequential(weighted: Bool) {
        let g = SmallGraphs.ba(400, weighted: weighted)
        let length: PathLength = weighted ? .inverseWeight : .hops
        let sequential = Centrality.betweenness(of: g, length: length, normalized: true, chunks: 1)
        let parallel = Centrality.betweenness(of: g, length: length, normalized: true, chunks: 16)
        expectClose(parallel, sequential.map { $0 }, "parallel vs sequential")
        // Deterministic: the same chunking gives bit-identical results.
        #expect(Centrality.betweenness(of: g, length: length) == Centrality.betweenness(of: g, length: length))
        let directed = SmallGraphs.ba(300, weighted: weighted, directed: true)
        expectClose(Centrality.betweenness(of: directed, length: length, normalized: true, chunks: 7),
                    Centrality.betweenness(of: directed, length: length, normalized: true, chunks: 1).map { $0 },
                    "directed parallel vs sequential")
    }

    /// Σ_v raw betweenness = Σ_{s≠t reachable} (d(s, t) − 1) on an unweighted graph (each path has
    /// d − 1 inner nodes; unnormalised undirected values count each unordered pair once).
    @Test func sumOfInnerNodes() {
        let g = SmallGraphs.ba(200)
        let raw = Centrality.betweenness(of: g, normalized: false).reduce(0, +)
        var expected = 0.0
        let search = ShortestPathSearch(nodeCount: g.nodeCount)
        g.withOutAdjacency { adj in
            for s in 0..<g.nodeCount {
                search.breadthFirst(from: s, adj, counting: false)
                for i in 1..<search.reached { expected += Double(search.hops[Int(search.order[i])] - 1) }
            }
        }
        #expect(approximatelyEqual(raw, expected / 2))
    }
}
