import Testing
@testable import GovNet

@Suite struct GraphTests {
    /// 0 — 1 — 2, plus a parallel 1—0 tie and a self-loop on 2.
    ///
    ///     0 ── 1 ── 2 ⟲
    @Test func undirectedCombinesParallelAndDropsLoops() {
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (1, 0), (2, 2)], weights: [1, 2, 3, 5], directed: false)
        g._checkInvariants()
        #expect(g.edgeCount == 2)
        #expect(g.droppedSelfLoops == 1)
        #expect(Array(g.neighbors(1)) == [0, 2])
        #expect(g.edgeWeights == [4, 2])
        #expect(g.edgeID(1, 0) == 0 && g.edgeID(0, 1) == 0)
        #expect(g.edgeID(0, 2) == nil)
    }

    @Test func directedKeepsBothArcs() {
        let g = Graph(nodeCount: 3, edges: [(2, 0), (0, 1), (1, 0), (0, 2)], directed: true)
        g._checkInvariants()
        #expect(g.edgeCount == 4)
        #expect(Array(g.neighbors(0)) == [1, 2])
        #expect(Array(g.inNeighbors(0)) == [1, 2])
        #expect(g.outDegree(2) == 1 && g.inDegree(2) == 1)
        #expect(!g.isWeighted)
    }

    @Test(arguments: ParallelTieRule.allCases) func combineRules(rule: ParallelTieRule) {
        let g = Graph(nodeCount: 2, edges: [(0, 1), (0, 1), (1, 0)], weights: [1, 4, 2], directed: false, combine: rule)
        let expected: Double = switch rule { case .sum: 7; case .max: 4; case .min: 1; case .count: 3 }
        #expect(g.edgeWeights == [expected])
    }

    @Test func emptyAndSingleNode() {
        let empty = Graph(nodeCount: 0, edges: [], directed: false)
        #expect(empty.nodeCount == 0 && empty.edgeCount == 0 && empty.offsets == [0])
        let one = Graph(nodeCount: 1, edges: [], directed: true)
        #expect(one.outDegree(0) == 0 && one.inDegree(0) == 0)
    }

    @Test func networkViewDirectionAndMechanisms() {
        var net = Network()
        net.departments = ["A", "B", "C"].map { Department(id: $0) }
        net.ties = [
            Tie(from: "A", to: "B", mechanism: "command"),
            Tie(from: "B", to: "C", mechanism: "operation"),  // undirected by default
            Tie(from: "A", to: "B", mechanism: "information", weight: 3),
        ]
        let all = NetworkGraph(network: net, view: GraphView(weighted: true))
        #expect(all.graph.isDirected)
        #expect(all.graph.edgeCount == 3)  // A→B, B→C, C→B
        #expect(all.graph.edgeWeights[all.graph.edgeID(0, 1)!] == 4)
        #expect(all.edgeMechanisms[all.graph.edgeID(0, 1)!] == ["command", "information"])
        let op = NetworkGraph(network: net, view: GraphView(mechanisms: ["operation"]))
        #expect(!op.graph.isDirected && op.graph.edgeCount == 1)
        let und = NetworkGraph(network: net, view: GraphView(forceUndirected: true))
        #expect(!und.graph.isDirected && und.graph.edgeCount == 2)
        #expect(und.index(of: "C") == 2)
    }
}
