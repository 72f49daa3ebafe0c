import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.katz")
struct KatzTests {
    /// NetworkX `katz_centrality(G, alpha=0.1, beta=1, tol=1e-12, max_iter=10000, normalized=True,
    /// weight=None|"weight")` (oracle; null where NetworkX does not converge: α ≥ 1/λ_max).
    @Test(arguments: OracleFixture.allNames())
    func matchesNetworkX(_ name: String) throws {
        for v in try OracleVariant.all(name) {
            guard let e = v.expected("katz") else { continue }
            if v.allNull("katz") {
                #expect(throws: AlgorithmError.self, "\(v)") { try Centrality.katz(of: v.graph, weighted: v.weighted, tolerance: 1e-12) }
                continue
            }
            expectClose(try Centrality.katz(of: v.graph, weighted: v.weighted, tolerance: 1e-12), e, "\(v) katz", names: v.nodes)
        }
    }

    @Test func edgeCases() throws {
        #expect(try Centrality.katz(of: SmallGraphs.empty, weighted: false).isEmpty)
        #expect(try Centrality.katz(of: SmallGraphs.single, weighted: false) == [1])
        // No ties: every node has β, normalised to 1/√n.
        let iso = Graph(nodeCount: 4, edges: [], directed: false)
        #expect(try Centrality.katz(of: iso, weighted: false).allSatisfy { approximatelyEqual($0, 0.5) })
        // Path a – b – c, α = 0.1: x_b = 1 + 0.2 x_a, x_a = 1 + 0.1 x_b → x_b = 1.2/0.98, x_a = 1 + 0.12/0.98.
        let k = try Centrality.katz(of: SmallGraphs.path3, weighted: false)
        let a = 1 + 0.12 / 0.98, b = 1.2 / 0.98
        let norm = (2 * a * a + b * b).squareRoot()
        #expect(approximatelyEqual(k[0], a / norm) && approximatelyEqual(k[1], b / norm))
        // α above 1/λ_max = 1/2 on the star K1,4 (λ_max = 2): diverges, reported, not garbage.
        #expect(throws: AlgorithmError.self) { try Centrality.katz(of: SmallGraphs.star5, alpha: 0.6, weighted: false) }
    }
}
