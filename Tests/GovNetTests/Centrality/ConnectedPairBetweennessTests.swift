import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// ``Centrality/connectedPairBetweenness(of:)`` against NetworkX: unnormalised
/// `betweenness_centrality` divided by the pairs (s, t), s ≠ v ≠ t, with t reachable from s (ordered on
/// a DiGraph, unordered on a Graph), both computed by the script below on the same edge lists.
@Suite(.enabled(if: TestPython.runs(needing: "networkx"), "the test Python has no networkx (scripts/setup/deps.sh test)"))
struct ConnectedPairBetweennessTests {
    static let script = """
    import json, sys, networkx as nx
    out = []
    for case in json.load(sys.stdin):
        G = nx.DiGraph() if case["directed"] else nx.Graph()
        G.add_nodes_from(range(case["n"]))
        G.add_edges_from(case["edges"])
        raw = nx.betweenness_centrality(G, normalized=False)
        shares = []
        for v in G:
            pairs = 0
            for s in G:
                if s == v: continue
                reach = nx.descendants(G, s) if case["directed"] else nx.node_connected_component(G, s) - {s}
                pairs += sum(1 for t in reach if t != v)
            if not case["directed"]: pairs //= 2
            shares.append(raw[v] / pairs if pairs else 0.0)
        out.append(shares)
    print(json.dumps(out))
    """

    struct Case: Encodable { let n: Int; let directed: Bool; let edges: [[Int]] }

    static let cases: [Case] = {
        var rng = SeededGenerator(seed: 7)
        var list = [
            Case(n: 4, directed: false, edges: [[0, 1], [1, 2]]),                       // path + isolate: b carries 100%
            Case(n: 6, directed: true, edges: [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5]]), // two pieces, one-way chain
            Case(n: 7, directed: false, edges: [[0, 1], [0, 2], [0, 3], [4, 5]]),        // star + pair + isolate
        ]
        for directed in [false, true] {
            for _ in 0..<3 {
                let n = 25
                var edges: [[Int]] = []
                for a in 0..<n { for b in 0..<n where a != b && (directed || a < b) && Double.random(in: 0..<1, using: &rng) < 0.06 { edges.append([a, b]) } }
                list.append(Case(n: n, directed: directed, edges: edges))
            }
        }
        return list
    }()

    @Test func matchesNetworkX() throws {
        let input = try JSONEncoder().encode(Self.cases)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-cpb-\(UUID()).json").path
        try input.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try TestPython.run(["-c", "import sys; sys.stdin = open(sys.argv[1]); exec(sys.argv[2])", path, Self.script])
        #expect(r.status == 0, "\(r.stderr)")
        let expected = try JSONDecoder().decode([[Double]].self, from: r.stdout)
        for (c, want) in zip(Self.cases, expected) {
            let g = Graph(nodeCount: c.n, edges: c.edges.map { (Int32($0[0]), Int32($0[1])) }, directed: c.directed)
            let got = Centrality.connectedPairBetweenness(of: g)
            for v in 0..<c.n { #expect(abs(got[v] - want[v]) < 1e-9, "n=\(c.n) directed=\(c.directed) v=\(v): \(got[v]) vs \(want[v])") }
        }
        #expect(expected[0][1] == 1)
    }
}
