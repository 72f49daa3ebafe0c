import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct BrokerageTests {
    /// Every reference graph against the Gould–Fernandez counts computed in Python from the definition
    /// (statnet `sna::brokerage` raw counts; groups: karate's club, EMON sponsorship, else index mod 3).
    @Test(arguments: ReferenceCase.names)
    func matchesReference(name: String) {
        let ref = ReferenceCase.named(name)
        let roles = Brokerage.roles(of: ref.graph(weighted: false), groups: ref.groups)
        let computed = ["coordinator": roles.coordinator, "itinerant": roles.itinerant, "gatekeeper": roles.gatekeeper,
                        "representative": roles.representative, "liaison": roles.liaison]
        for (metric, values) in computed {
            #expect(values == ref.expected(metric, weighted: false), "\(name) \(metric)")
        }
    }

    /// One two-path per role, checked by hand: a → b → c with groups (ga, gb, gc).
    @Test(arguments: [
        ([0, 0, 0], "coordinator"), ([0, 1, 0], "itinerant"), ([0, 1, 1], "gatekeeper"),
        ([0, 0, 1], "representative"), ([0, 1, 2], "liaison"),
    ] as [([Int32], String)])
    func singleTwoPath(groups: [Int32], role: String) {
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: true)
        let r = Brokerage.roles(of: g, groups: groups)
        let all = ["coordinator": r.coordinator, "itinerant": r.itinerant, "gatekeeper": r.gatekeeper,
                   "representative": r.representative, "liaison": r.liaison]
        for (name, values) in all { #expect(values == (name == role ? [0, 1, 0] : [0, 0, 0]), "\(name)") }
        #expect(r.total == [0, 1, 0])
    }

    /// A closed two-path (arc a → c present) brokers nothing; the reverse direction still counts.
    @Test func closedTriadAndUndirected() {
        let closed = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)], directed: true)
        #expect(Brokerage.roles(of: closed, groups: [0, 0, 0]).total == [0, 0, 0])
        // Undirected path: 0—1—2 gives 0→1→2 and 2→1→0.
        let path = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: false)
        #expect(Brokerage.roles(of: path, groups: [0, 0, 0]).coordinator == [0, 2, 0])
        let r = Brokerage.roles(of: path, groups: [0, 0, 1])
        #expect(r.representative == [0, 1, 0] && r.gatekeeper == [0, 1, 0])
    }

    @Test func emptyGraphs() {
        #expect(Brokerage.roles(of: Graph(nodeCount: 0, edges: [], directed: true), groups: []).total == [])
        #expect(Brokerage.roles(of: Graph(nodeCount: 2, edges: [], directed: true), groups: [0, 1]).total == [0, 0])
    }
}

@Suite struct BrokerageOracleTests {
    /// Oracle fixtures that carry brokerage counts (directed graphs; groups from `graph.groups`).
    @Test(arguments: CohesionOracle.names)
    func matchesOracle(name: String) {
        let f = CohesionOracle.load(name)
        guard CohesionOracle.node(f, "coordinator", weighted: false) != nil, let groups = CohesionOracle.groups(name) else { return }
        let r = Brokerage.roles(of: f.makeGraph(weighted: false), groups: groups)
        let computed = ["coordinator": r.coordinator, "itinerant": r.itinerant, "gatekeeper": r.gatekeeper,
                        "representative": r.representative, "liaison": r.liaison]
        for (metric, values) in computed {
            #expect(values == CohesionOracle.node(f, metric, weighted: false), "\(name) \(metric)")
        }
    }
}
