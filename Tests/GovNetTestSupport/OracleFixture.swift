import Foundation
import GovNet

/// Expected values computed by NetworkX (and Python formulas where NetworkX lacks a metric) on one
/// graph, written by `scripts/oracle/generate.py`. See `scripts/oracle/README.md` for the format and
/// for which NetworkX call produced each metric.
public struct OracleFixture: Decodable, Sendable {
    public struct GraphSpec: Decodable, Sendable {
        public let name: String
        public let source: String
        public let directed: Bool
        public let weighted: Bool
        public let nodes: [String]
        /// `[source, target, weight]`.
        public let edges: [[JSONScalar]]
        /// Group of each node (brokerage roles, E–I index), when the fixture has one.
        public let groups: [String: JSONScalar]?
    }
    /// Metrics of one variant (unweighted or weighted).
    public struct Metrics: Decodable, Sendable {
        /// metric → node id → value (`nil` where the library gives NaN/undefined).
        public let node: [String: [String: Double?]]
        /// metric → value.
        public let network: [String: Double?]
        /// metric → list of `[source, target, value]`.
        public let edge: [String: [[JSONScalar]]]

        enum CodingKeys: String, CodingKey { case node, network, edge }
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            node = try c.decodeIfPresent([String: [String: Double?]].self, forKey: .node) ?? [:]
            network = try c.decodeIfPresent([String: Double?].self, forKey: .network) ?? [:]
            edge = try c.decodeIfPresent([String: [[JSONScalar]]].self, forKey: .edge) ?? [:]
        }
    }
    public let graph: GraphSpec
    public let unweighted: Metrics
    public let weighted: Metrics?

    /// Loads `Fixtures/oracle/<name>.json`.
    public static func load(_ name: String) throws -> OracleFixture {
        let url = RepoPaths.oracle.appendingPathComponent(name + ".json")
        return try JSONDecoder().decode(OracleFixture.self, from: Data(contentsOf: url))
    }

    /// Names of every fixture in the oracle folder, sorted.
    public static func allNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: RepoPaths.oracle.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The fixture graph as a network with one mechanism (`link`, directed as the fixture says) and
    /// departments in fixture node order, so node index `i` is `graph.nodes[i]`.
    public var network: Network {
        var net = Network()
        net.mechanisms = [Mechanism(id: "link", directed: graph.directed)]
        net.departments = graph.nodes.map { id in
            var d = Department(id: id)
            if let g = graph.groups?[id] { d.attributes["group"] = .string(g.string) }
            return d
        }
        net.ties = graph.edges.map { e in
            Tie(from: e[0].string, to: e[1].string, mechanism: "link", weight: e.count > 2 ? e[2].double : 1)
        }
        return net
    }

    /// The fixture graph as a CSR graph (weighted when `weighted`).
    public func makeGraph(weighted: Bool) -> Graph {
        NetworkGraph(network: network, view: GraphView(weighted: weighted)).graph
    }
}

/// A JSON scalar in a fixture edge row: a node id (string) or a number.
public enum JSONScalar: Decodable, Sendable {
    case string(String), number(Double)
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .string(try c.decode(String.self)) }
    }
    public var string: String { switch self { case .string(let s): s; case .number(let d): NumberFormat.canonical(d) } }
    public var double: Double { switch self { case .string(let s): Double(s) ?? .nan; case .number(let d): d } }
}
