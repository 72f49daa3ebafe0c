import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.pagerank")
struct PageRankTests {
    /// NetworkX `pagerank(G, alpha=0.85, tol=1e-12, max_iter=1000, weight=None|"weight")` (oracle).
    @Test(arguments: OracleFixture.allNames())
    func matchesNetworkX(_ name: String) throws {
        for v in try OracleVariant.all(name) {
            guard let e = v.expected("pagerank") else { continue }
            expectClose(try Centrality.pagerank(of: v.graph, weighted: v.weighted, tolerance: 1e-12), e, "\(v) pagerank", names: v.nodes)
        }
    }

    @Test func edgeCases() throws {
        #expect(try Centrality.pagerank(of: SmallGraphs.empty, weighted: false).isEmpty)
        #expect(try Centrality.pagerank(of: SmallGraphs.single, weighted: false) == [1])
        let cycle = try Centrality.pagerank(of: SmallGraphs.cycle3, weighted: false)
        #expect(cycle.allSatisfy { approximatelyEqual($0, 1.0 / 3.0) })
        // Isolated nodes are dangling: their mass spreads uniformly; values still sum to 1.
        let d = try Centrality.pagerank(of: SmallGraphs.disconnected, weighted: false)
        #expect(approximatelyEqual(d.reduce(0, +), 1))
        #expect(approximatelyEqual(d[0], d[2]) && approximatelyEqual(d[3], d[4]))
        // Directed path 0 → 1 → 2 with node 2 dangling; exact solution of the linear system
        // x = 0.85 (xP + x₂/3) + 0.05: x₀ = 0.05 + 0.85·x₂/3, x₁ = x₀ + 0.85·x₀, x₂ = x₀ + 0.85·x₁.
        let p = try Centrality.pagerank(of: SmallGraphs.directedPath3, weighted: false)
        let x0 = 1 / (1 + 1.85 + 1 + 0.85 * 1.85)
        #expect(approximatelyEqual(p[0], x0) && approximatelyEqual(p[1], 1.85 * x0))
        #expect(throws: AlgorithmError.self) { try Centrality.pagerank(of: SmallGraphs.pair, alpha: 1.5, weighted: false) }
    }

    @Test func weightedFollowsStrength() throws {
        // 0 → 1 (weight 3), 0 → 2 (weight 1), 1 → 0, 2 → 0.
        let g = Graph(nodeCount: 3, edges: [(0, 1), (0, 2), (1, 0), (2, 0)], weights: [3, 1, 1, 1], directed: true)
        let w = try Centrality.pagerank(of: g, weighted: true)
        let u = try Centrality.pagerank(of: g, weighted: false)
        #expect(w[1] > w[2] && approximatelyEqual(u[1], u[2]))
    }
}
