import Foundation
import GovNet
import GovNetTestSupport

/// `Fixtures/structural/one-mode.json`, written by `scripts/oracle/structural.py`: graphs with their
/// triad census from NetworkX 3.6.1 (`triadic_census`) and, from R's sna (scripts/oracle/structural.R),
/// `triad.census`, `dyad.census`, `connectedness`, `hierarchy` (both variants), `efficiency` and
/// `lubness`; plus U|MAN expectations averaged over every digraph with a given dyad census.
struct StructuralFixture: Decodable {
    struct Graph: Decodable {
        let name: String
        let directed: Bool
        let nodes: [String]
        let edges: [[String]]
        let networkx: [String: [Double]]
        let sna: [String: SnaValue]
        /// Exhaustive core–periphery optimum per treatment of core–periphery cells (n ≤ 12 only).
        let core_periphery: [String: CoreOptimum]?
        var corePeriphery: [String: CoreOptimum]? { core_periphery }

        /// The graph as a CSR graph, node index i = nodes[i].
        var graph: GovNet.Graph {
            let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, Int32($0)) })
            return GovNet.Graph(nodeCount: nodes.count, edges: edges.map { (index[$0[0]]!, index[$0[1]]!) }, directed: directed)
        }

        /// sna's value (nil = NA/NaN in R).
        func value(_ key: String) -> Double? {
            if case .number(let x)? = sna[key] { return x }
            return nil
        }
        func list(_ key: String) -> [Double]? {
            if case .list(let x)? = sna[key] { return x }
            return nil
        }
    }
    struct CoreOptimum: Decodable {
        let core: [String]
        let fit: Double?
    }
    enum SnaValue: Decodable {
        case number(Double), list([Double]), missing
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .missing }
            else if let x = try? c.decode(Double.self) { self = .number(x) }
            else { self = .list(try c.decode([Double?].self).map { $0 ?? .nan }) }
        }
    }
    struct Expectation: Decodable {
        let nodes: Int
        let mutual: Int
        let asymmetric: Int
        let expected: [Double]
    }
    let graphs: [Graph]
    let uman_exhaustive: [Expectation]

    static func load() throws -> StructuralFixture {
        let url = RepoPaths.fixtures.appendingPathComponent("structural/one-mode.json")
        return try JSONDecoder().decode(StructuralFixture.self, from: Data(contentsOf: url))
    }
}
