import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Oracle fixtures as the structural-algorithm tests use them: the fixture, its graph in both
/// variants, node indices by id, and the fields OracleFixture does not decode (groups, dominators).
///
/// Fixtures come from `Tests/GovNetTests/Fixtures/oracle/` and, when the environment variable
/// `GOVNET_EXTRA_ORACLE_DIR` names a folder, from there too (ad-hoc NetworkX cross-checks on random
/// graphs, same format).
struct StructureFixture: Sendable {
    let name: String
    let fixture: OracleFixture
    /// Group code per node when the fixture has `graph.groups`.
    let groups: [Int32]?
    /// NetworkX `immediate_dominators` from the first node, when the fixture has `dominators`.
    let dominators: [String: String]?

    /// Every fixture file: `name` is the path for extra fixtures, the bare name for repository ones.
    static func allNames() -> [String] {
        var names = OracleFixture.allNames()
        if let dir = ProcessInfo.processInfo.environment["GOVNET_EXTRA_ORACLE_DIR"],
           let files = try? FileManager.default.contentsOfDirectory(atPath: dir) {
            names += files.filter { $0.hasSuffix(".json") }.sorted().map { dir + "/" + $0 }
        }
        return names
    }

    static func load(_ name: String) throws -> StructureFixture {
        let url = name.hasPrefix("/") ? URL(fileURLWithPath: name)
                                      : RepoPaths.oracle.appendingPathComponent(name + ".json")
        let data = try Data(contentsOf: url)
        let fixture = try JSONDecoder().decode(OracleFixture.self, from: data)
        let extras = try JSONDecoder().decode(Extras.self, from: data)
        var groups: [Int32]?
        if let raw = extras.graph?.groups {
            let labels: [String]
            switch raw {
            case .list(let list): labels = list.map(\.string)
            case .map(let map): labels = fixture.graph.nodes.map { map[$0]?.string ?? "" }
            }
            let codes = Dictionary(uniqueKeysWithValues: Array(Set(labels)).sorted().enumerated().map { ($1, Int32($0)) })
            groups = labels.map { codes[$0]! }
        }
        return StructureFixture(name: name, fixture: fixture, groups: groups, dominators: extras.dominators)
    }

    private struct Extras: Decodable {
        struct GraphPart: Decodable { let groups: Groups? }
        let graph: GraphPart?
        let dominators: [String: String]?
    }

    private enum Groups: Decodable {
        case list([JSONScalar]), map([String: JSONScalar])
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let l = try? c.decode([JSONScalar].self) { self = .list(l) } else { self = .map(try c.decode([String: JSONScalar].self)) }
        }
    }

    /// The metric variants present: unweighted always, weighted when the fixture has it.
    var variants: [(weighted: Bool, metrics: OracleFixture.Metrics)] {
        var result = [(false, fixture.unweighted)]
        if let w = fixture.weighted { result.append((true, w)) }
        return result
    }

    func graph(weighted: Bool) -> Graph { fixture.makeGraph(weighted: weighted) }

    /// Node index of each fixture node id.
    var index: [String: Int] {
        Dictionary(uniqueKeysWithValues: fixture.graph.nodes.enumerated().map { ($1, $0) })
    }
}

/// Compares a per-node result with a fixture's node metric (absent metric: nothing to check; `nil`
/// expected values stand for NaN).
func expectNodeMetric(_ name: String, _ values: [Double], _ f: StructureFixture, _ m: OracleFixture.Metrics,
                      sourceLocation: SourceLocation = #_sourceLocation) {
    guard let expected = m.node[name] else { return }
    let index = f.index
    for (id, value) in expected {
        guard let i = index[id] else { Issue.record("unknown node \(id)", sourceLocation: sourceLocation); continue }
        let want = value ?? .nan
        #expect(approximatelyEqual(values[i], want), "\(f.name) \(name)[\(id)] = \(values[i]), expected \(want)",
                sourceLocation: sourceLocation)
    }
}

/// Compares a network-level value with the fixture (absent key: nothing to check).
func expectNetworkMetric(_ name: String, _ value: Double?, _ f: StructureFixture, _ m: OracleFixture.Metrics,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    guard let entry = m.network[name] else { return }
    switch (entry, value) {
    case (nil, nil): return
    case (let want?, let got?):
        #expect(approximatelyEqual(got, want), "\(f.name) \(name) = \(got), expected \(want)", sourceLocation: sourceLocation)
    default:
        if let got = value, got.isNaN, entry == nil { return }
        Issue.record("\(f.name) \(name) = \(String(describing: value)), expected \(String(describing: entry))",
                     sourceLocation: sourceLocation)
    }
}

/// Compares a per-edge result (indexed by edge id of `graph`) with a fixture's edge metric.
func expectEdgeMetric(_ name: String, _ values: [Double], graph: Graph, _ f: StructureFixture,
                      _ m: OracleFixture.Metrics, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let rows = m.edge[name] else { return }
    let index = f.index
    for row in rows {
        guard let u = index[row[0].string], let v = index[row[1].string],
              let e = graph.edgeID(Int32(u), Int32(v)) else {
            Issue.record("\(f.name) \(name): no edge \(row[0].string)→\(row[1].string)", sourceLocation: sourceLocation)
            continue
        }
        let want = row[2].double
        #expect(approximatelyEqual(values[e], want), "\(f.name) \(name)[\(row[0].string)→\(row[1].string)] = \(values[e]), expected \(want)",
                sourceLocation: sourceLocation)
    }
}
