import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.edgeBetweenness")
struct EdgeBetweennessTests {
    /// NetworkX `edge_betweenness_centrality(G, normalized=True, weight=None|"length")` (oracle rows
    /// `[u, v, value]`, mapped to edge ids with `Graph.edgeID`).
    @Test(arguments: OracleFixture.allNames())
    func matchesNetworkX(_ name: String) throws {
        for v in try OracleVariant.all(name) {
            guard let e = v.expectedEdges("edge_betweenness") else { continue }
            expectClose(Centrality.edgeBetweenness(of: v.graph, length: v.length), e, "\(v) edge_betweenness")
        }
    }

    @Test func edgeCases() {
        #expect(Centrality.edgeBetweenness(of: SmallGraphs.empty).isEmpty)
        #expect(Centrality.edgeBetweenness(of: SmallGraphs.single).isEmpty)
        // One edge, two ordered pairs through it: 2 / (2·1) = 1.
        #expect(Centrality.edgeBetweenness(of: SmallGraphs.pair) == [1])
        #expect(Centrality.edgeBetweenness(of: SmallGraphs.pair, normalized: false) == [1])
        // Path a – b – c: each edge carries 4 ordered pairs → 4/6 normalised, 2 unnormalised.
        #expect(Centrality.edgeBetweenness(of: SmallGraphs.path3) == [4.0 / 6.0, 4.0 / 6.0])
        #expect(Centrality.edgeBetweenness(of: SmallGraphs.path3, normalized: false) == [2, 2])
        // Directed 3-cycle: arc 0→1 carries (0,1), (0,2) via 1 and (2,1) via 0: 3 each, not halved.
        #expect(Centrality.edgeBetweenness(of: SmallGraphs.cycle3, normalized: false) == [3, 3, 3])
        #expect(Centrality.edgeBetweenness(of: SmallGraphs.cycle3) == [0.5, 0.5, 0.5])
        // Disconnected: edge 3–4 carries only its own pair.
        let g = SmallGraphs.disconnected
        let eb = Centrality.edgeBetweenness(of: g, normalized: false)
        #expect(eb[g.edgeID(3, 4)!] == 1 && eb[g.edgeID(0, 1)!] == 2)
    }

    /// Each shortest path of d edges is counted on d edges: Σ_e raw = Σ_{pairs} d(s, t).
    @Test(arguments: [false, true])
    func parallelEqualsSequentialAndSums(directed: Bool) {
        let g = SmallGraphs.ba(250, directed: directed)
        let seq = Centrality.edgeBetweenness(of: g, length: .hops, normalized: false, chunks: 1)
        let par = Centrality.edgeBetweenness(of: g, length: .hops, normalized: false, chunks: 16)
        expectClose(par, seq.map { $0 }, "parallel vs sequential")
        var total = 0.0
        let search = ShortestPathSearch(nodeCount: g.nodeCount)
        g.withOutAdjacency { adj in
            for s in 0..<g.nodeCount {
                search.breadthFirst(from: s, adj, counting: false)
                for i in 1..<search.reached { total += Double(search.hops[Int(search.order[i])]) }
            }
        }
        #expect(approximatelyEqual(seq.reduce(0, +), directed ? total : total / 2))
    }
}
