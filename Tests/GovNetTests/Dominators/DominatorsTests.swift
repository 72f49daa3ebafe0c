import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct DominatorsTests {
    /// NetworkX `immediate_dominators` from the first node (extra fixtures carry `dominators`).
    @Test(arguments: StructureFixture.allNames()) func oracle(name: String) throws {
        let f = try StructureFixture.load(name)
        guard let expected = f.dominators else { return }
        let g = f.graph(weighted: false)
        guard g.nodeCount > 0 else { return }
        let idom = Dominators.immediateDominators(of: g, root: 0)
        let index = f.index
        let nodes = f.fixture.graph.nodes
        for v in 0..<g.nodeCount where v != 0 {
            if let d = expected[nodes[v]] { #expect(Int(idom[v]) == index[d], "\(name) idom[\(nodes[v])]") } else { #expect(idom[v] == -1) }
        }
        #expect(idom[0] == 0)
    }

    /// The NetworkX docstring example: 1→2, 1→3, 2→5, 3→4, 4→5 (0-based: subtract 1):
    /// idoms 2:1, 3:1, 4:3, 5:1.
    @Test func networkxExample() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (1, 4), (2, 3), (3, 4)], directed: true)
        #expect(Dominators.immediateDominators(of: g, root: 0) == [0, 0, 0, 2, 0])
    }

    /// Cooper–Harvey–Kennedy's irreducible example (Figure 4): 6→5, 6→4, 5→1, 4→2, 4→3, 1→2, 2→1,
    /// 2→3, 3→2 — every node's idom is 6. Plus an unreachable node.
    @Test func irreducibleGraphAndUnreachable() {
        // Map 6→0, 5→1, 4→2, 1→3, 2→4, 3→5; node 6 unreachable.
        let g = Graph(nodeCount: 7, edges: [(0, 1), (0, 2), (1, 3), (2, 4), (2, 5), (3, 4), (4, 3), (4, 5), (5, 4), (6, 0)],
                      directed: true)
        #expect(Dominators.immediateDominators(of: g, root: 0) == [0, 0, 0, 0, 0, 0, -1])
    }

    @Test func edgeCases() {
        #expect(Dominators.immediateDominators(of: Graph(nodeCount: 1, edges: [], directed: true), root: 0) == [0])
        let chain = Graph(nodeCount: 100_000, edges: (0..<99_999).map { (Int32($0), Int32($0 + 1)) }, directed: true)
        let idom = Dominators.immediateDominators(of: chain, root: 0)
        #expect(idom[99_999] == 99_998 && idom[1] == 0)
    }
}
