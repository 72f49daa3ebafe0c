import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.closeness")
struct ClosenessTests {
    /// NetworkX `closeness_centrality(G, distance=None|"length")` (wf_improved; inward on DiGraph) (oracle).
    @Test(arguments: OracleFixture.allNames())
    func matchesNetworkX(_ name: String) throws {
        for v in try OracleVariant.all(name) {
            guard let e = v.expected("closeness") else { continue }
            expectClose(Centrality.closeness(of: v.graph, length: v.length), e, "\(v) closeness", names: v.nodes)
        }
    }

    @Test func edgeCases() {
        #expect(Centrality.closeness(of: SmallGraphs.empty).isEmpty)
        #expect(Centrality.closeness(of: SmallGraphs.single) == [0])
        #expect(Centrality.closeness(of: SmallGraphs.pair) == [1, 1])
        #expect(Centrality.closeness(of: SmallGraphs.path3) == [2.0 / 3.0, 1, 2.0 / 3.0])
        #expect(Centrality.closeness(of: SmallGraphs.star5) == [1, 4.0 / 7.0, 4.0 / 7.0, 4.0 / 7.0, 4.0 / 7.0])
        // Wasserman–Faust: node 1 reaches 2 of 5 others at total distance 2 → (2/2)·(2/5).
        let c = Centrality.closeness(of: SmallGraphs.disconnected)
        #expect(c[1] == 0.4 && c[3] == 0.2 && c[5] == 0)
        // Directed, inward: node 0 of 0 → 1 → 2 is reached by nobody; node 2 by 1 (d 1) and 0 (d 2).
        #expect(Centrality.closeness(of: SmallGraphs.directedPath3) == [0, 0.5, (2.0 / 3.0) * 1])
        #expect(Centrality.closeness(of: SmallGraphs.cycle3) == [2.0 / 3.0, 2.0 / 3.0, 2.0 / 3.0])
    }

    @Test(arguments: [PathLength.hops, .inverseWeight])
    func parallelEqualsSequential(length: PathLength) {
        let g = SmallGraphs.ba(300, weighted: true, directed: true)
        #expect(Centrality.closeness(of: g, length: length, chunks: 1) == Centrality.closeness(of: g, length: length, chunks: 16))
    }
}
