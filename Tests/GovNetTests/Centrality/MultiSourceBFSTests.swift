import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct MultiSourceBFSTests {
    /// The 64-source bit-parallel search gives the same totals as one BFS per node.
    @Test(arguments: [(false, 150), (true, 150), (false, 64), (true, 65), (true, 1), (false, 2)])
    func matchesOneSearchPerNode(directed: Bool, n: Int) {
        var rng = SeededGenerator(seed: UInt64(n))
        let m = Swift.min(n * (n - 1) / (directed ? 1 : 2), 2 * n)
        let edges = n > 1 ? RandomGraphs.gnm(nodes: n, edges: m, directed: directed, using: &rng) : []
        let g = Graph(nodeCount: n, edges: edges, directed: directed)
        let totals = Centrality.inwardHopTotals(g, chunks: 3)
        let counts = Centrality.perNodeInwardSearch(g, length: .hops) { s, _ in Double(s.reached - 1) }
        let sums = Centrality.perNodeInwardSearch(g, length: .hops) { s, _ in
            (1..<s.reached).reduce(0.0) { $0 + Double(s.hops[Int(s.order[$1])]) }
        }
        let harmonic = Centrality.perNodeInwardSearch(g, length: .hops) { s, _ in
            (1..<s.reached).reduce(0.0) { $0 + 1 / Double(s.hops[Int(s.order[$1])]) }
        }
        #expect(totals.reached.map(Double.init) == counts)
        #expect(totals.distance.map(Double.init) == sums)
        expectClose(totals.harmonic, harmonic.map { $0 }, "harmonic")
    }
}
