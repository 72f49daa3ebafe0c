import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct ClusteringTests {
    @Test(arguments: StructureFixture.allNames()) func oracle(name: String) throws {
        let f = try StructureFixture.load(name)
        for (weighted, m) in f.variants {
            let g = f.graph(weighted: weighted)
            expectNodeMetric("clustering", Clustering.local(of: g, weighted: weighted), f, m)
            let average = g.nodeCount == 0 ? nil : Clustering.average(of: g, weighted: weighted)
            expectNetworkMetric("average_clustering", average, f, m)
            expectNetworkMetric("transitivity", Clustering.transitivity(of: g), f, m)
            expectNetworkMetric("transitivity_undirected", Clustering.transitivity(of: g.undirectedProjection().graph), f, m)
        }
    }

    /// Krackhardt kite: values from NetworkX 3.6.1 `nx.clustering(nx.krackhardt_kite_graph())`.
    @Test func kite() {
        let edges: [(Int32, Int32)] = [(0, 1), (0, 2), (0, 3), (0, 5), (1, 3), (1, 4), (1, 6), (2, 3), (2, 5),
                                       (3, 4), (3, 5), (3, 6), (4, 6), (5, 6), (5, 7), (6, 7), (7, 8), (8, 9)]
        let g = Graph(nodeCount: 10, edges: edges, directed: false)
        let expected = [2.0 / 3, 2.0 / 3, 1, 8.0 / 15, 1, 0.5, 0.5, 1.0 / 3, 0, 0]
        for (a, b) in zip(Clustering.local(of: g, weighted: false), expected) { #expect(approximatelyEqual(a, b)) }
        #expect(approximatelyEqual(Clustering.transitivity(of: g), 0.5789473684210527))
    }

    /// Directed triangle 0→1→2→0 (a cycle): Fagiolo's T = 2 for every node, d_tot = 2, no reciprocity:
    /// c = 2 / (2·(2·1 − 0)) = 0.5, as `nx.clustering(nx.DiGraph([(0,1),(1,2),(2,0)]))`.
    @Test func directedCycle() {
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], directed: true)
        #expect(Clustering.local(of: g, weighted: false) == [0.5, 0.5, 0.5])
        let complete = Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2), (2, 1), (0, 2), (2, 0)], directed: true)
        #expect(Clustering.local(of: complete, weighted: false) == [1, 1, 1])
    }

    /// Weighted triangle with weights 1, 2, 4 (max 4): every node c = (¼·½·1)^{1/3} = 0.5.
    @Test func weightedTriangle() {
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)], weights: [1, 2, 4], directed: false)
        for c in Clustering.local(of: g, weighted: true) { #expect(approximatelyEqual(c, 0.5)) }
        for c in Clustering.local(of: g, weighted: false) { #expect(c == 1) }
    }

    @Test func edgeCases() {
        let empty = Graph(nodeCount: 0, edges: [], directed: false)
        #expect(Clustering.local(of: empty, weighted: false).isEmpty)
        #expect(Clustering.average(of: empty, weighted: false).isNaN)
        #expect(Clustering.transitivity(of: empty) == 0)
        let one = Graph(nodeCount: 1, edges: [], directed: true)
        #expect(Clustering.local(of: one, weighted: true) == [0] && Clustering.average(of: one, weighted: false) == 0)
        let two = Graph(nodeCount: 2, edges: [(0, 1)], directed: false)
        #expect(Clustering.local(of: two, weighted: false) == [0, 0] && Clustering.transitivity(of: two) == 0)
    }
}
