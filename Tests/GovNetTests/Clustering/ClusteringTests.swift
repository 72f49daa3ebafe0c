import Foundation
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

    /// Forward (degree-oriented) triangle counting against the definition, node by node, weighted and
    /// not, on random graphs with hubs (Barabási–Albert) and without (G(n, m)).
    @Test func matchesNaiveDefinition() {
        var rng = SeededGenerator(seed: 33)
        for trial in 0..<40 {
            let n = 3 + rng.nextInt(below: 60)
            let edges = trial % 2 == 0
                ? RandomGraphs.barabasiAlbert(nodes: n, attach: 1 + rng.nextInt(below: 2), using: &rng)
                : RandomGraphs.gnm(nodes: n, edges: rng.nextInt(below: Swift.min(n * (n - 1) / 2, 4 * n) + 1), directed: false, using: &rng)
            let weights = edges.map { _ in 0.25 + 4 * rng.nextUnit() }
            let g = Graph(nodeCount: n, edges: edges, weights: weights, directed: false)
            let maxW = g.edgeWeights.max() ?? 1
            let unweighted = Clustering.local(of: g, weighted: false)
            let weighted = Clustering.local(of: g, weighted: true)
            var closed = 0, triples = 0
            for v in 0..<n {
                let nb = Array(g.neighbors(v)).map(Int.init)
                let d = nb.count
                triples += d * (d - 1)
                var t = 0, tw = 0.0
                for a in 0..<d { for b in (a + 1)..<Swift.max(a + 1, d) where g.hasEdge(Int32(nb[a]), Int32(nb[b])) {
                    t += 1
                    let w1 = g.edgeWeights[g.edgeID(Int32(v), Int32(nb[a]))!] / maxW
                    let w2 = g.edgeWeights[g.edgeID(Int32(v), Int32(nb[b]))!] / maxW
                    let w3 = g.edgeWeights[g.edgeID(Int32(nb[a]), Int32(nb[b]))!] / maxW
                    tw += cbrt(w1 * w2 * w3)
                } }
                closed += 2 * t
                let expected = d < 2 ? 0 : 2 * Double(t) / Double(d * (d - 1))
                let expectedW = d < 2 ? 0 : 2 * tw / Double(d * (d - 1))
                #expect(approximatelyEqual(unweighted[v], expected), "trial \(trial) node \(v)")
                #expect(approximatelyEqual(weighted[v], expectedW), "trial \(trial) node \(v)")
            }
            #expect(approximatelyEqual(Clustering.transitivity(of: g), closed == 0 ? 0 : Double(closed) / Double(triples)))
        }
    }
}
