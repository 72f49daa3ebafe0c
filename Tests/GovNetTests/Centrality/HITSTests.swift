import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.hits")
struct HITSTests {
    /// NetworkX `hits(G, max_iter=10000, tol=1e-12, nstart=ones, normalized=True)` (oracle). The oracle
    /// writes null (hits_failed = 1) when the largest singular value of A is not simple — then HITS is
    /// not unique and GovNet must throw.
    @Test(arguments: OracleFixture.allNames())
    func matchesNetworkX(_ name: String) throws {
        for v in try OracleVariant.all(name) {
            guard let hubs = v.expected("hub"), let auths = v.expected("authority") else { continue }
            if v.allNull("hub") {
                #expect(throws: AlgorithmError.self, "\(v)") { try Centrality.hits(of: v.graph, weighted: v.weighted) }
                continue
            }
            let r = try Centrality.hits(of: v.graph, weighted: v.weighted)
            expectClose(r.hubs, hubs, "\(v) hub", names: v.nodes)
            expectClose(r.authorities, auths, "\(v) authority", names: v.nodes)
        }
    }

    @Test func edgeCases() throws {
        let empty = try Centrality.hits(of: SmallGraphs.empty, weighted: false)
        #expect(empty.hubs.isEmpty && empty.authorities.isEmpty)
        #expect(throws: AlgorithmError.self) { try Centrality.hits(of: SmallGraphs.single, weighted: false) }
        // Undirected bipartite graphs (pair, star, path) have a repeated σ₁: undefined.
        #expect(throws: AlgorithmError.self) { try Centrality.hits(of: SmallGraphs.pair, weighted: false) }
        #expect(throws: AlgorithmError.self) { try Centrality.hits(of: SmallGraphs.star5, weighted: false) }
        #expect(throws: AlgorithmError.self) { try Centrality.hits(of: SmallGraphs.path3, weighted: false) }
        // Directed cycle: A is a permutation, all σ = 1: undefined.
        #expect(throws: AlgorithmError.self) { try Centrality.hits(of: SmallGraphs.cycle3, weighted: false) }
        // a → c, b → c: hubs a, b; authority c.
        let g = Graph(nodeCount: 3, edges: [(0, 2), (1, 2)], directed: true)
        let r = try Centrality.hits(of: g, weighted: false)
        #expect(r.hubs == [0.5, 0.5, 0] && r.authorities == [0, 0, 1])
        // A triangle with a pendant (not bipartite): hubs = authorities on an undirected graph.
        let t = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], directed: false)
        let h = try Centrality.hits(of: t, weighted: false)
        for i in 0..<4 { #expect(approximatelyEqual(h.hubs[i], h.authorities[i])) }
    }
}
