import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Bipartite degree, closeness and betweenness and the three projections against NetworkX 3.6.1
/// (`networkx.algorithms.bipartite`) on Fixtures/structural/two-mode.json (scripts/oracle/structural.py):
/// Davis's southern women, random bipartite graphs, and the membership and function affiliations of the
/// shipped networks, built by the script with the rule TwoModeMetrics.affiliations documents.
@Suite struct TwoModeTests {
    struct Fixture: Decodable {
        struct PerMode: Decodable { let first: [Double?]; let second: [Double?] }
        struct Record: Decodable {
            let name: String
            let first: [String]
            let second: [String]
            let edges: [[String]]
            let degree: PerMode
            let closeness: PerMode
            let betweenness: PerMode?
            let projection: [String: [String: [[Double]]]]
        }
        let graphs: [Record]
    }

    static func load() throws -> Fixture {
        try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: RepoPaths.fixtures.appendingPathComponent("structural/two-mode.json")))
    }

    static func graph(_ r: Fixture.Record) -> TwoModeGraph {
        let a = Dictionary(uniqueKeysWithValues: r.first.enumerated().map { ($1, Int32($0)) })
        let b = Dictionary(uniqueKeysWithValues: r.second.enumerated().map { ($1, Int32($0)) })
        return TwoModeGraph(firstCount: r.first.count, secondCount: r.second.count, affiliations: r.edges.map { (a[$0[0]]!, b[$0[1]]!) })
    }

    func compare(_ values: [Double], _ expected: Fixture.PerMode, _ label: String) {
        let all = expected.first + expected.second
        #expect(values.count == all.count, "\(label)")
        for (v, e) in zip(values, all) {
            #expect(approximatelyEqual(v, e ?? .nan), "\(label): \(v) vs NetworkX \(String(describing: e))")
        }
    }

    @Test func centralitiesMatchNetworkX() throws {
        for r in try Self.load().graphs {
            let g = Self.graph(r)
            compare(Bipartite.degree(of: g), r.degree, "\(r.name) degree")
            compare(Bipartite.closeness(of: g), r.closeness, "\(r.name) closeness")
            let b = Bipartite.betweenness(of: g)
            if let expected = r.betweenness {
                compare(b, expected, "\(r.name) betweenness")
            } else {
                // NetworkX divides by zero: one mode's largest possible betweenness is 0 (GovNet: NaN there).
                #expect(b.contains { $0.isNaN }, "\(r.name)")
            }
        }
    }

    @Test func projectionsMatchNetworkX() throws {
        for r in try Self.load().graphs {
            let g = Self.graph(r)
            for (mode, first) in [("first", true), ("second", false)] {
                for w in Bipartite.ProjectionWeighting.allCases {
                    let ties = Bipartite.projection(of: g, firstMode: first, weighting: w)
                    let expected = r.projection[mode]![w.rawValue]!
                    #expect(ties.count == expected.count, "\(r.name) \(mode) \(w)")
                    for (t, e) in zip(ties, expected) {
                        #expect(Double(t.u) == e[0] && Double(t.v) == e[1] && approximatelyEqual(t.weight, e[2]), "\(r.name) \(mode) \(w): \(t) vs \(e)")
                    }
                }
            }
        }
    }

    /// The shipped networks' affiliations are built as the oracle script builds them.
    @Test func affiliationsOfTheShippedNetworks() throws {
        for r in try Self.load().graphs where r.name.contains(":") {
            let parts = r.name.split(separator: ":").map(String.init)
            let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent(parts[0] + ".yaml").path).network
            let a = TwoModeMetrics.affiliations(of: net, kind: TwoModeMetrics.Kind(rawValue: parts[1])!)
            #expect(a.ids == r.first + r.second, "\(r.name)")
            #expect(a.graph.firstCount == r.first.count && a.graph.graph.edgeCount == r.edges.count, "\(r.name)")
            compare(a.graph.isFirst(0) ? Bipartite.closeness(of: a.graph) : [], r.closeness, "\(r.name) closeness")
        }
    }
}
