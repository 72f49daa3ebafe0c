import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.eigenvector")
struct EigenvectorTests {
    /// NetworkX `eigenvector_centrality(G, max_iter=1000, tol=1e-10, weight=None|"weight")` (oracle).
    /// Deliberate difference: on a graph with two or more nodes but no ties NetworkX returns the
    /// uniform vector 1/√n (any vector is an eigenvector of A = 0); GovNet throws `undefined`
    /// instead. A single node has the unique unit eigenvector [1], as NetworkX returns.
    @Test(arguments: OracleFixture.allNames())
    func matchesNetworkX(_ name: String) throws {
        for v in try OracleVariant.all(name) {
            guard let e = v.expected("eigenvector") else { continue }
            if v.graph.nodeCount == 0 || (v.graph.edgeCount == 0 && v.graph.nodeCount > 1) || v.allNull("eigenvector") {
                #expect(throws: AlgorithmError.self, "\(v)") { try Centrality.eigenvector(of: v.graph, weighted: v.weighted, tolerance: 1e-10) }
                continue
            }
            expectClose(try Centrality.eigenvector(of: v.graph, weighted: v.weighted, tolerance: 1e-10), e, "\(v) eigenvector", names: v.nodes)
        }
    }

    @Test func edgeCases() throws {
        #expect(throws: AlgorithmError.undefined(algorithm: "eigenvector", reason: "the graph has no nodes")) {
            try Centrality.eigenvector(of: SmallGraphs.empty, weighted: false)
        }
        #expect(try Centrality.eigenvector(of: SmallGraphs.single, weighted: false) == [1])
        #expect(throws: AlgorithmError.self) {
            try Centrality.eigenvector(of: Graph(nodeCount: 3, edges: [], directed: false), weighted: false)
        }
        let pair = try Centrality.eigenvector(of: SmallGraphs.pair, weighted: false)
        #expect(approximatelyEqual(pair[0], 0.5.squareRoot()) && approximatelyEqual(pair[1], 0.5.squareRoot()))
        // Star K1,4 (bipartite: the A + I shift makes the iteration converge): centre 1/√2, leaves 1/√8.
        let star = try Centrality.eigenvector(of: SmallGraphs.star5, weighted: false)
        #expect(approximatelyEqual(star[0], 0.5.squareRoot()) && approximatelyEqual(star[1], 0.125.squareRoot()))
        // Directed cycle: uniform.
        let cycle = try Centrality.eigenvector(of: SmallGraphs.cycle3, weighted: false)
        #expect(cycle.allSatisfy { approximatelyEqual($0, (1.0 / 3.0).squareRoot()) })
        // A directed path (nilpotent A) has no eigenvector with a positive eigenvalue: no convergence.
        #expect(throws: AlgorithmError.notConverged(algorithm: "eigenvector", iterations: 1000)) {
            try Centrality.eigenvector(of: SmallGraphs.directedPath3, weighted: false)
        }
    }

    @Test func weightsScaleTies() throws {
        // Path 0 –w– 1 –1– 2: a heavier 0–1 tie pulls centrality towards 0.
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], weights: [3, 1], directed: false)
        let w = try Centrality.eigenvector(of: g, weighted: true)
        let u = try Centrality.eigenvector(of: g, weighted: false)
        #expect(w[0] > w[2] && approximatelyEqual(u[0], u[2]))
    }
}
