import Testing
@testable import GovNet
import GovNetTestSupport

/// Krackhardt's dimensions against R's sna 2.7 `connectedness`, `hierarchy`, `efficiency` and `lubness`
/// on the adjacency matrices of Fixtures/structural/one-mode.json (scripts/oracle/structural.R).
@Suite struct KrackhardtTests {
    @Test func dimensionsMatchSna() throws {
        for g in try StructuralFixture.load().graphs where !g.nodes.isEmpty {
            let graph = g.graph
            let pairs: [(String, Double)] = [
                ("krackhardt_connectedness", Krackhardt.connectedness(of: graph)),
                ("krackhardt_hierarchy", Krackhardt.hierarchy(of: graph)),
                ("hierarchy_reciprocity", Krackhardt.reciprocityHierarchy(of: graph)),
                ("krackhardt_efficiency", Krackhardt.efficiency(of: graph)),
                ("krackhardt_lub", Krackhardt.leastUpperBoundedness(of: graph)),
            ]
            for (key, value) in pairs {
                let expected = g.value(key)
                if let expected {
                    #expect(approximatelyEqual(value, expected), "\(g.name) \(key): \(value) vs sna \(expected)")
                } else {
                    #expect(!value.isFinite, "\(g.name) \(key): \(value) where sna gives NA/NaN/Inf")
                }
            }
        }
    }

    @Test func outTreeIsPerfectHierarchy() {
        let tree = Graph(nodeCount: 7, edges: [(0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (2, 6)], directed: true)
        #expect(Krackhardt.connectedness(of: tree) == 1)
        #expect(Krackhardt.hierarchy(of: tree) == 1)
        #expect(Krackhardt.efficiency(of: tree) == 1)
        #expect(Krackhardt.leastUpperBoundedness(of: tree) == 1)
    }
}
