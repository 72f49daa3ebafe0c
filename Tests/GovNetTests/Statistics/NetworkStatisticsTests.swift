import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct NetworkStatisticsTests {
    @Test(arguments: StructureFixture.allNames()) func oracle(name: String) throws {
        let f = try StructureFixture.load(name)
        let m = f.fixture.unweighted
        let g = f.graph(weighted: false)
        expectNetworkMetric("nodes", Double(g.nodeCount), f, m)
        expectNetworkMetric("ties", Double(g.edgeCount), f, m)
        expectNetworkMetric("density", NetworkStatistics.density(of: g), f, m)
        expectNetworkMetric("reciprocity", NetworkStatistics.reciprocity(of: g), f, m)
        expectNetworkMetric("degree_assortativity", NetworkStatistics.degreeAssortativity(of: g), f, m)
        expectEdgeMetric("embeddedness", NetworkStatistics.embeddedness(of: g).map(Double.init), graph: g, f, m)
        if let groups = f.groups {
            expectNetworkMetric("attribute_assortativity", NetworkStatistics.attributeAssortativity(of: g, groups: groups), f, m)
            expectNetworkMetric("ei_index", NetworkStatistics.eiIndex(of: g, groups: groups), f, m)
        }
        // Centralization from the centrality values the fixture carries (computed by NetworkX).
        let n = g.nodeCount
        if n > 1 {
            // Degree centralization of the undirected projection (the oracle's and UCINET's convention).
            let u = g.undirectedProjection().graph
            let degree = (0..<n).map { Double(u.outDegree($0)) / Double(n - 1) }
            expectNetworkMetric("degree_centralization", NetworkStatistics.freemanCentralization(degree, kind: .degree), f, m)
        }
        for (metric, kind) in [("betweenness", CentralizationKind.betweenness), ("closeness", .closeness)] {
            guard let values = m.node[metric] else { continue }
            let ordered = f.fixture.graph.nodes.map { (values[$0] ?? nil) ?? .nan }
            expectNetworkMetric("\(metric)_centralization", NetworkStatistics.freemanCentralization(ordered, kind: kind), f, m)
        }
    }

    @Test func densityAndReciprocity() {
        let d = Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)], directed: true)
        #expect(NetworkStatistics.density(of: d) == 0.5)
        #expect(approximatelyEqual(NetworkStatistics.reciprocity(of: d)!, 2.0 / 3))
        let u = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: false)
        #expect(approximatelyEqual(NetworkStatistics.density(of: u), 2.0 / 3))
        #expect(NetworkStatistics.reciprocity(of: u) == nil)
        #expect(NetworkStatistics.reciprocity(of: Graph(nodeCount: 2, edges: [], directed: true)) == nil)
        #expect(NetworkStatistics.density(of: Graph(nodeCount: 1, edges: [], directed: false)) == 0)
        #expect(NetworkStatistics.density(of: Graph(nodeCount: 0, edges: [], directed: false)) == 0)
    }

    /// Star on 5 nodes: degree, betweenness and closeness centralization are all 1; a cycle gives 0.
    @Test func freemanCentralizationOfStar() {
        let n = 5.0
        let degree = [1.0] + Array(repeating: 1 / (n - 1), count: 4)
        let betweenness = [1.0, 0, 0, 0, 0]
        let closeness = [1.0] + Array(repeating: (n - 1) / (2 * n - 3), count: 4)
        #expect(approximatelyEqual(NetworkStatistics.freemanCentralization(degree, kind: .degree)!, 1))
        #expect(approximatelyEqual(NetworkStatistics.freemanCentralization(betweenness, kind: .betweenness)!, 1))
        #expect(approximatelyEqual(NetworkStatistics.freemanCentralization(closeness, kind: .closeness)!, 1))
        #expect(NetworkStatistics.freemanCentralization([0.5, 0.5, 0.5, 0.5], kind: .degree) == 0)
        #expect(NetworkStatistics.freemanCentralization([1, 1], kind: .degree) == nil)
        #expect(NetworkStatistics.freemanCentralization([1, .nan, 0], kind: .closeness) == nil)
    }

    @Test func assortativityAndGroups() {
        // Star: every tie joins degree 4 to degree 1: r = −1 (NetworkX gives −1.0).
        let star = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)], directed: false)
        #expect(approximatelyEqual(NetworkStatistics.degreeAssortativity(of: star)!, -1))
        // Cycle: all degrees equal, variance 0: undefined.
        let cycle = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)], directed: false)
        #expect(NetworkStatistics.degreeAssortativity(of: cycle) == nil)
        // Two groups {0,1} {2,3}, ties 0–1, 2–3 inside and 1–2 between: E–I = (1 − 2)/3.
        let g = Graph(nodeCount: 4, edges: [(0, 1), (2, 3), (1, 2)], directed: false)
        let groups: [Int32] = [7, 7, 9, 9]
        #expect(approximatelyEqual(NetworkStatistics.eiIndex(of: g, groups: groups)!, -1.0 / 3))
        // e = [[2,1],[1,2]]/6: trace 4/6, Σ a b = 2·(1/2)² = 1/2: r = (2/3 − 1/2)/(1/2) = 1/3.
        #expect(approximatelyEqual(NetworkStatistics.attributeAssortativity(of: g, groups: groups)!, 1.0 / 3))
        #expect(NetworkStatistics.attributeAssortativity(of: g, groups: [1, 1, 1, 1]) == nil)
        #expect(NetworkStatistics.eiIndex(of: Graph(nodeCount: 2, edges: [], directed: false), groups: [0, 1]) == nil)
    }

    @Test func embeddedness() {
        // Triangle 0–1–2 plus 2–3; directed arcs 0→1, 1→0 both get the undirected value.
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (0, 2), (2, 3)], directed: false)
        let e = NetworkStatistics.embeddedness(of: g)
        #expect(e[g.edgeID(0, 1)!] == 1 && e[g.edgeID(2, 3)!] == 0)
        let d = Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2), (2, 0)], directed: true)
        #expect(NetworkStatistics.embeddedness(of: d) == [1, 1, 1, 1])
    }
}
