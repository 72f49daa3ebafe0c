import GovNet
import Testing
@testable import GovNetGraphviz

/// The work of Graphviz's `curved` routing, counted before Graphviz starts (``CurvedRoutingBudget``).
/// Expected counts are worked by hand from Graphviz's search (lib/common/routespl.c, `find_all_cycles`):
/// a depth-first search from each node in order, one unit per node of the path at each step, one per
/// cycle kept so far at each closed cycle, and one per edge and kept cycle for the per-edge scan.
@Suite struct CurvedRoutingBudgetTests {
    /// A random directed network: a random spanning tree plus random extra ties, all `command`
    /// (directed), from a seeded generator.
    static func random(departments n: Int, ties m: Int, seed: UInt64) -> Network {
        var rng = SeededGenerator(seed: seed)
        let ids = (0..<n).map { "D\($0)" }
        var pairs = Set<[Int]>()
        var order: [[Int]] = []
        func add(_ a: Int, _ b: Int) { if a != b, pairs.insert([a, b]).inserted { order.append([a, b]) } }
        for i in 1..<n {
            let j = Int.random(in: 0..<i, using: &rng)
            Bool.random(using: &rng) ? add(j, i) : add(i, j)
        }
        while order.count < m { add(Int.random(in: 0..<n, using: &rng), Int.random(in: 0..<n, using: &rng)) }
        return Network(metadata: NetworkMetadata(title: "random"), departments: ids.map { Department(id: $0) },
                       ties: order.map { Tie(from: ids[$0[0]], to: ids[$0[1]], mechanism: "command") })
    }

    @Test func aDirectedTriangleCountsItsOneCycle() {
        let g = DOTGraph(nodes: [DOTNode("a"), DOTNode("b"), DOTNode("c")],
                         edges: [DOTEdge("a", "b"), DOTEdge("b", "c"), DOTEdge("c", "a")])
        // Path units: 1 + 2 + 3 from each of the three starts (18); the cycle closes three times,
        // compared with 0, 1 and 1 kept cycles (2); kept once, scanned for 3 edges (3).
        #expect(CurvedRoutingBudget.estimate(g) == 23)
        #expect(CurvedRoutingBudget.estimate(g, limit: 22) == nil)
        // A path has no cycle: a → b → c from a (1 + 2), b → c from b (1).
        #expect(CurvedRoutingBudget.estimate(DOTGraph(edges: [DOTEdge("a", "b"), DOTEdge("b", "c")])) == 4)
    }

    @Test func denseRandomNetworksFallBackToStraightEdges() throws {
        var options = DiagramOptions(splines: "curved")
        options.showLegend = false
        let large = Self.random(departments: 50, ties: 125, seed: 7)
        #expect(CurvedRoutingBudget.estimate(try NetworkDiagram.styledGraph(network: large, options: options)) == nil)
        #expect(try NetworkDiagram.curvedRoutingFits(network: large, options: options) == false)
        #expect(try NetworkDiagram.styledGraph(network: large, options: options).graphAttributes["splines"] == "line")
        let small = Self.random(departments: 12, ties: 20, seed: 7)
        #expect(try NetworkDiagram.curvedRoutingFits(network: small, options: options))
        #expect(try NetworkDiagram.styledGraph(network: small, options: options).graphAttributes["splines"] == "curved")
    }
}
