import Testing
@testable import GovNet
import GovNetTestSupport

/// One variant (unweighted, or weighted with length = 1/weight) of an oracle fixture, ready to
/// compare a centrality against the NetworkX values written by `scripts/oracle/generate.py`.
struct OracleVariant: CustomStringConvertible {
    let fixture: String
    let weighted: Bool
    let graph: Graph
    let metrics: OracleFixture.Metrics
    let nodes: [String]

    /// Path lengths the oracle used: hops unweighted, `length = 1/weight` weighted.
    var length: PathLength { weighted ? .inverseWeight : .hops }
    var description: String { "\(fixture)/\(weighted ? "weighted" : "unweighted")" }

    /// The unweighted variant and, when the fixture has one, the weighted variant.
    static func all(_ name: String) throws -> [OracleVariant] {
        let f = try OracleFixture.load(name)
        var result = [OracleVariant(fixture: name, weighted: false, graph: f.makeGraph(weighted: false),
                                    metrics: f.unweighted, nodes: f.graph.nodes)]
        if let w = f.weighted {
            result.append(OracleVariant(fixture: name, weighted: true, graph: f.makeGraph(weighted: true),
                                        metrics: w, nodes: f.graph.nodes))
        }
        return result
    }

    /// Expected node values in node-index order (`nil` where NetworkX gave null), or `nil` when the
    /// fixture does not have the metric for this variant.
    func expected(_ metric: String) -> [Double?]? {
        guard let values = metrics.node[metric] else { return nil }
        return nodes.map { values[$0] ?? nil }
    }

    /// Whether NetworkX failed on (or the oracle declared undefined) every node of `metric`.
    func allNull(_ metric: String) -> Bool {
        guard let e = expected(metric) else { return false }
        return !e.isEmpty && e.allSatisfy { $0 == nil }
    }

    /// Expected edge values in edge-id order for an edge metric (rows `[u, v, value]`).
    func expectedEdges(_ metric: String) -> [Double?]? {
        guard let rows = metrics.edge[metric] else { return nil }
        var index: [String: Int32] = [:]
        for (i, id) in nodes.enumerated() { index[id] = Int32(i) }
        var result = [Double?](repeating: nil, count: graph.edgeCount)
        for row in rows {
            guard let u = index[row[0].string], let v = index[row[1].string], let e = graph.edgeID(u, v) else {
                Issue.record("\(self): edge \(row[0].string)–\(row[1].string) of the fixture is not in the graph")
                continue
            }
            result[e] = row[2].double
        }
        return result
    }
}

/// A few small graphs drawn by hand for edge cases.
enum SmallGraphs {
    static let empty = Graph(nodeCount: 0, edges: [], directed: false)
    static let single = Graph(nodeCount: 1, edges: [], directed: false)
    /// 0 – 1
    static let pair = Graph(nodeCount: 2, edges: [(0, 1)], directed: false)
    /// 0 – 1 – 2
    static let path3 = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: false)
    /// centre 0, leaves 1…4
    static let star5 = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)], directed: false)
    /// 0 – 1 – 2   3 – 4   5 (isolated)
    static let disconnected = Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (3, 4)], directed: false)
    /// 0 → 1 → 2 → 0
    static let cycle3 = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], directed: true)
    /// 0 → 1 → 2
    static let directedPath3 = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: true)

    /// A seeded Barabási–Albert graph, optionally with weights 1…5.
    static func ba(_ n: Int, attach: Int = 3, weighted: Bool = false, directed: Bool = false, seed: UInt64 = 7) -> Graph {
        var rng = SeededGenerator(seed: seed)
        let edges = RandomGraphs.barabasiAlbert(nodes: n, attach: attach, using: &rng)
        let w: [Double]? = weighted ? edges.map { _ in Double(1 + rng.nextInt(below: 5)) } : nil
        return Graph(nodeCount: n, edges: edges, weights: w, directed: directed)
    }
}
