import Testing
@testable import GovNet
import GovNetTestSupport

/// Triad census against NetworkX `triadic_census` and sna `triad.census`; U|MAN expectations against
/// the exact average over every digraph with the same dyad census (Fixtures/structural/one-mode.json).
@Suite struct TriadCensusTests {
    @Test func censusMatchesNetworkXAndSna() throws {
        let fixture = try StructuralFixture.load()
        #expect(fixture.graphs.count >= 30)
        for g in fixture.graphs {
            let census = Triads.census(of: g.graph).map(Double.init)
            #expect(census == g.networkx["triad_census"]!, "\(g.name): NetworkX triadic_census")
            if g.nodes.count >= 3 {
                #expect(census == g.list("triad_census")!, "\(g.name): sna triad.census")
            }
        }
    }

    @Test func dyadCensusMatchesSna() throws {
        for g in try StructuralFixture.load().graphs where !g.nodes.isEmpty {
            let d = DyadNeighborhood(g.graph).dyadCensus(nodeCount: g.nodes.count)
            #expect([Double(d.mutual), Double(d.asymmetric), Double(d.null)] == g.list("dyad_census")!, "\(g.name)")
        }
    }

    @Test func expectationUnderUMANIsTheAverageOverEveryDigraph() throws {
        for e in try StructuralFixture.load().uman_exhaustive {
            let x = Triads.expectedCensusUMAN(nodes: e.nodes, mutual: e.mutual, asymmetric: e.asymmetric)
            for (a, b) in zip(x, e.expected) {
                #expect(approximatelyEqual(a, b), "n=\(e.nodes) M=\(e.mutual) A=\(e.asymmetric): \(x) vs \(e.expected)")
            }
            #expect(approximatelyEqual(x.reduce(0, +), Double(e.nodes * (e.nodes - 1) * (e.nodes - 2) / 6)))
        }
    }

    @Test func undirectedTiesAreMutualDyads() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (0, 2), (2, 3)], directed: false)
        let c = Triads.census(of: g)
        #expect(c[Triads.codes.firstIndex(of: "300")!] == 1)
        #expect(c[Triads.codes.firstIndex(of: "201")!] == 2)
        #expect(c[Triads.codes.firstIndex(of: "102")!] == 1)
        #expect(c.reduce(0, +) == 4)
    }
}
