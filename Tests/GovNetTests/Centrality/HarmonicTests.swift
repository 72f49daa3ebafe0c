import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.harmonic")
struct HarmonicTests {
    /// NetworkX `harmonic_centrality(G, distance=None|"length")` (oracle).
    @Test(arguments: OracleFixture.allNames())
    func matchesNetworkX(_ name: String) throws {
        for v in try OracleVariant.all(name) {
            guard let e = v.expected("harmonic") else { continue }
            expectClose(Centrality.harmonic(of: v.graph, length: v.length), e, "\(v) harmonic", names: v.nodes)
        }
    }

    @Test func edgeCases() {
        #expect(Centrality.harmonic(of: SmallGraphs.empty).isEmpty)
        #expect(Centrality.harmonic(of: SmallGraphs.single) == [0])
        #expect(Centrality.harmonic(of: SmallGraphs.pair) == [1, 1])
        #expect(Centrality.harmonic(of: SmallGraphs.path3) == [1.5, 2, 1.5])
        #expect(Centrality.harmonic(of: SmallGraphs.disconnected) == [1.5, 2, 1.5, 1, 1, 0])
        // Directed, inward distances: 0 → 1 → 2.
        #expect(Centrality.harmonic(of: SmallGraphs.directedPath3) == [0, 1, 1.5])
        // Weighted, length = 1/weight: 0 –4– 1 → d = 0.25 → 4.
        let w = Graph(nodeCount: 2, edges: [(0, 1)], weights: [4], directed: false)
        #expect(Centrality.harmonic(of: w, length: .inverseWeight) == [4, 4])
        #expect(Centrality.harmonic(of: w, length: .weight) == [0.25, 0.25])
    }

    @Test func parallelEqualsSequential() {
        let g = SmallGraphs.ba(300, weighted: true)
        #expect(Centrality.harmonic(of: g, length: .inverseWeight, chunks: 1)
                == Centrality.harmonic(of: g, length: .inverseWeight, chunks: 16))
    }
}
