import Foundation
@testable import GovNet
import GovNetTestSupport

/// Reading the oracle fixtures (scripts/oracle/generate.py, NetworkX 3.6.1) for the cohesion metrics.
enum CohesionOracle {
    /// Every fixture name, for parameterised tests.
    static let names: [String] = OracleFixture.allNames()

    static func load(_ name: String) -> OracleFixture {
        // swiftlint:disable:next force_try
        try! OracleFixture.load(name)
    }

    /// Values of a node metric in node-index order (NaN for `null`), or nil when the fixture lacks it.
    static func node(_ f: OracleFixture, _ metric: String, weighted: Bool) -> [Double]? {
        guard let metrics = weighted ? f.weighted : f.unweighted, let byID = metrics.node[metric] else { return nil }
        return f.graph.nodes.map { id in (byID[id] ?? nil) ?? .nan }
    }

    /// A network metric (NaN for `null`), or nil when absent.
    static func network(_ f: OracleFixture, _ metric: String, weighted: Bool) -> Double? {
        guard let metrics = weighted ? f.weighted : f.unweighted, let v = metrics.network[metric] else { return nil }
        return v ?? .nan
    }

    /// Rows `(u index, v index, value)` of an edge metric.
    static func edge(_ f: OracleFixture, _ metric: String) -> [(Int32, Int32, Double)]? {
        guard let rows = f.unweighted.edge[metric] else { return nil }
        var index: [String: Int32] = [:]
        for (i, id) in f.graph.nodes.enumerated() { index[id] = Int32(i) }
        return rows.map { (index[$0[0].string]!, index[$0[1].string]!, $0[2].double) }
    }

    /// The fixture's `graph.groups` (`{id: group}`), as dense group indices in node order (groups
    /// numbered in sorted order of their names); nil when the fixture has none.
    static func groups(_ name: String) -> [Int32]? {
        let url = RepoPaths.oracle.appendingPathComponent(name + ".json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let graph = root["graph"] as? [String: Any],
              let nodes = graph["nodes"] as? [String],
              let groups = graph["groups"] as? [String: Any] else { return nil }
        let labels = nodes.map { groups[$0].map { "\($0)" } ?? "" }
        let distinct = Array(Set(labels)).sorted()
        return labels.map { Int32(distinct.firstIndex(of: $0)!) }
    }
}
