import Testing
@testable import GovNet

@Suite struct GraphUndirectedTests {
    /// 0 ⇄ 1 → 2, 3 → 0 (weights 1, 2, 4, 8): three unordered pairs.
    @Test func directedProjectionMergesReciprocatedArcs() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 0), (1, 2), (3, 0)], weights: [1, 2, 4, 8], directed: true)
        let (p, edgeOfArc) = g.undirectedProjection()
        p._checkInvariants()
        #expect(!p.isDirected && p.isWeighted)
        #expect(p.edgeCount == 3)
        #expect(p.edgeWeights[p.edgeID(0, 1)!] == 3)   // 1 + 2 summed
        #expect(p.edgeWeights[p.edgeID(0, 3)!] == 8)
        for e in 0..<g.edgeCount {
            let s = g.edgeSources[e], t = g.edgeTargets[e]
            #expect(Int(edgeOfArc[e]) == p.edgeID(s, t)!)
        }
    }

    @Test func undirectedIsIdentity() {
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: false)
        let (p, edgeOfArc) = g.undirectedProjection()
        #expect(p.edgeSources == g.edgeSources && edgeOfArc == [0, 1])
    }

    @Test func unweightedStaysUnweightedAndEmptyWorks() {
        let g = Graph(nodeCount: 2, edges: [(0, 1), (1, 0)], directed: true)
        #expect(!g.undirectedProjection().graph.isWeighted)
        #expect(g.undirectedProjection().graph.edgeWeights == [1])
        let empty = Graph(nodeCount: 0, edges: [], directed: true)
        #expect(empty.undirectedProjection().graph.nodeCount == 0)
    }

    @Test func randomProjectionsMatchRebuild() {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<50 {
            let n = 2 + rng.nextInt(below: 20)
            let m = rng.nextInt(below: n * (n - 1) / 2 + 1)
            let g = Graph(nodeCount: n, edges: RandomGraphs.gnm(nodes: n, edges: m, directed: true, using: &rng), directed: true)
            let weighted = rng.nextInt(below: 2) == 0
            let weights = (0..<g.edgeCount).map { _ in Double(1 + rng.nextInt(below: 5)) }
            let w = Graph(nodeCount: n, edges: (0..<g.edgeCount).map { (g.edgeSources[$0], g.edgeTargets[$0]) },
                          weights: weighted ? weights : nil, directed: true)
            let (p, edgeOfArc) = w.undirectedProjection()
            p._checkInvariants()
            let rebuilt = Graph(nodeCount: n, edges: (0..<w.edgeCount).map { (w.edgeSources[$0], w.edgeTargets[$0]) },
                                weights: weighted ? w.edgeWeights : nil, directed: false)
            #expect(p.edgeSources == rebuilt.edgeSources && p.edgeTargets == rebuilt.edgeTargets && p.offsets == rebuilt.offsets)
            #expect(p.targets == rebuilt.targets && p.slotEdges == rebuilt.slotEdges && p.isWeighted == rebuilt.isWeighted)
            // Unweighted: every projected weight is 1 (Graph.init would count the two arcs as 2).
            #expect(weighted ? p.weights == rebuilt.weights && p.edgeWeights == rebuilt.edgeWeights
                             : p.weights.allSatisfy { $0 == 1 } && p.edgeWeights.allSatisfy { $0 == 1 })
            #expect(p.inOffsets == rebuilt.inOffsets && p.inSources == rebuilt.inSources && p.inSlotEdges == rebuilt.inSlotEdges)
            for e in 0..<w.edgeCount { #expect(Int(edgeOfArc[e]) == p.edgeID(w.edgeSources[e], w.edgeTargets[e])) }
        }
    }
}
