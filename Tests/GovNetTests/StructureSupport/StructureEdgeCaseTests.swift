import Testing
@testable import GovNet
import GovNetTestSupport

/// The igraph edge-case checklist run over every structural algorithm: empty graph, one node, two
/// nodes, a disconnected graph, self-loops and parallel ties (dropped/combined by ``Graph``), directed
/// against its undirected projection, weighted against unweighted. Nothing may trap, and the
/// direction- or weight-blind results must agree across the variants.
@Suite struct StructureEdgeCaseTests {
    struct Case: CustomStringConvertible, Sendable {
        let description: String
        let nodeCount: Int
        let edges: [(Int32, Int32)]
    }

    static let cases: [Case] = [
        Case(description: "empty", nodeCount: 0, edges: []),
        Case(description: "one node", nodeCount: 1, edges: []),
        Case(description: "one node with a self-loop", nodeCount: 1, edges: [(0, 0)]),
        Case(description: "two nodes", nodeCount: 2, edges: [(0, 1)]),
        Case(description: "two isolates", nodeCount: 2, edges: []),
        Case(description: "disconnected with isolate", nodeCount: 7, edges: [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5)]),
        Case(description: "self-loops and parallel ties", nodeCount: 4, edges: [(0, 1), (1, 0), (0, 1), (1, 1), (1, 2), (2, 3), (3, 3), (3, 2)]),
        Case(description: "star", nodeCount: 6, edges: [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5)]),
        Case(description: "complete K5", nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]),
    ]

    @Test(arguments: cases) func everyAlgorithmOnEveryVariant(c: Case) {
        let weights = c.edges.indices.map { Double($0 % 3 + 1) }
        let undirected = Graph(nodeCount: c.nodeCount, edges: c.edges, directed: false)
        let weighted = Graph(nodeCount: c.nodeCount, edges: c.edges, weights: weights, directed: false)
        let directed = Graph(nodeCount: c.nodeCount, edges: c.edges, directed: true)
        let directedWeighted = Graph(nodeCount: c.nodeCount, edges: c.edges, weights: weights, directed: true)
        let (projection, edgeOfArc) = directed.undirectedProjection()
        #expect(projection.edgeCount == undirected.edgeCount)

        for g in [undirected, weighted, directed, directedWeighted] {
            let n = g.nodeCount
            // Direction- and weight-blind results equal those of the undirected unweighted graph.
            #expect(Components.weak(of: g) == Components.weak(of: undirected))
            #expect(Biconnectivity.articulationPoints(of: g) == Biconnectivity.articulationPoints(of: undirected))
            #expect(Efficiency.global(of: g) == Efficiency.global(of: undirected))
            #expect(Efficiency.local(of: g) == Efficiency.local(of: undirected))
            let v = Efficiency.vulnerability(of: g), v0 = Efficiency.vulnerability(of: undirected)
            #expect(v.count == n && zip(v, v0).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
            #expect(ShortestPaths.diameter(of: g) == ShortestPaths.diameter(of: undirected))
            #expect(ShortestPaths.averagePathLength(of: g) == ShortestPaths.averagePathLength(of: undirected))
            #expect(Biconnectivity.biconnectedComponents(of: g).count == Biconnectivity.biconnectedComponents(of: undirected).count)
            let bridges = Biconnectivity.bridges(of: g), undirectedBridges = Biconnectivity.bridges(of: undirected)
            #expect(bridges.count == g.edgeCount)
            for e in 0..<g.edgeCount {
                let id = g.isDirected ? Int(edgeOfArc[e]) : e
                let s = projection.edgeSources[id], t = projection.edgeTargets[id]
                #expect(bridges[e] == undirectedBridges[undirected.edgeID(s, t)!])
            }
            // Shape and range checks on the rest.
            #expect(Components.strong(of: g).labels.count == n)
            #expect(Components.unreachablePairs(of: g) >= Components.unreachablePairs(of: undirected))
            #expect(Cores.coreNumber(of: g).count == n)
            for weightedClustering in [false, true] {
                let local = Clustering.local(of: g, weighted: weightedClustering)
                #expect(local.count == n && local.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
            }
            let t = Clustering.transitivity(of: g)
            #expect(t >= 0 && t <= 1)
            #expect(NetworkStatistics.embeddedness(of: g).count == g.edgeCount)
            let density = NetworkStatistics.density(of: g)
            #expect(density >= 0 && density <= 1)
            #expect((NetworkStatistics.reciprocity(of: g) == nil) == (!g.isDirected || g.edgeCount == 0))
            let groups = (0..<n).map { Int32($0 % 2) }
            if let ei = NetworkStatistics.eiIndex(of: g, groups: groups) { #expect(ei >= -1 && ei <= 1) }
            if let r = NetworkStatistics.attributeAssortativity(of: g, groups: groups) { #expect(r >= -1 - 1e-12 && r <= 1 + 1e-12) }
            if let r = NetworkStatistics.degreeAssortativity(of: g) { #expect(r >= -1 - 1e-12 && r <= 1 + 1e-12) }
            if n > 0 {
                let idom = Dominators.immediateDominators(of: g, root: 0)
                #expect(idom.count == n && idom[0] == 0)
                #expect(ShortestPaths.distances(from: 0, in: g, length: .inverseWeight).count == n)
            }
            #expect(ShortestPaths.diameter(of: g, length: .weight).map { $0 >= 0 } ?? (n == 0))
        }
        // Weighted and unweighted directed graphs have the same strong components and cores.
        #expect(Components.strong(of: directed) == Components.strong(of: directedWeighted))
        #expect(Cores.coreNumber(of: directed) == Cores.coreNumber(of: directedWeighted))
    }
}
