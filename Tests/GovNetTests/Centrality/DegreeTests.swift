import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.degree / inDegree / outDegree / strength")
struct DegreeTests {
    /// NetworkX `G.degree()`, `G.in_degree()`, `G.out_degree()`, `G.degree(weight="weight")` (oracle).
    @Test(arguments: OracleFixture.allNames())
    func matchesNetworkX(_ name: String) throws {
        for v in try OracleVariant.all(name) {
            if let e = v.expected("degree") { expectClose(Centrality.degree(of: v.graph), e, "\(v) degree") }
            if let e = v.expected("in_degree") { expectClose(Centrality.inDegree(of: v.graph), e, "\(v) in_degree") }
            if let e = v.expected("out_degree") { expectClose(Centrality.outDegree(of: v.graph), e, "\(v) out_degree") }
            if let e = v.expected("strength") { expectClose(Centrality.strength(of: v.graph), e, "\(v) strength") }
        }
    }

    @Test func edgeCases() {
        #expect(Centrality.degree(of: SmallGraphs.empty).isEmpty)
        #expect(Centrality.degree(of: SmallGraphs.single) == [0])
        #expect(Centrality.degree(of: SmallGraphs.star5) == [4, 1, 1, 1, 1])
        #expect(Centrality.degree(of: SmallGraphs.disconnected) == [1, 2, 1, 1, 1, 0])
        // Directed: degree = in + out; a pair tied both ways counts twice, as in NetworkX.
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)], directed: true)
        #expect(Centrality.degree(of: g) == [2, 3, 1])
        #expect(Centrality.inDegree(of: g) == [1, 1, 1])
        #expect(Centrality.outDegree(of: g) == [1, 2, 0])
    }

    @Test func strengthSumsWeights() {
        // 0 –2.5– 1 –1– 2 (undirected), parallel ties summed by the builder: 1 – 2 twice → 1 + 0.5.
        let u = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 1)], weights: [2.5, 1, 0.5], directed: false)
        #expect(Centrality.strength(of: u) == [2.5, 4, 1.5])
        // Directed: in + out.
        let d = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], weights: [2, 3], directed: true)
        #expect(Centrality.strength(of: d) == [2, 5, 3])
        // Unweighted: strength = degree.
        #expect(Centrality.strength(of: SmallGraphs.star5) == Centrality.degree(of: SmallGraphs.star5))
    }
}
