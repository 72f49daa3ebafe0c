import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// `govnet compare` matches diagnosis findings through the mapping: a network compared with itself
/// under other ids (renamed departments, undirected ties written the other way round) has every
/// finding persisted, none listed as both disappeared and appeared.
@Suite struct FindingMatchingTests {
    static let renames = ["EMB": "ZEMB", "FIRE": "AFIRE", "WATER": "ZZWATER", "CIVIL": "URBANMGMT"]

    /// The Hubei post-reform network with departments renamed in the text (every reference follows)
    /// and every undirected tie reversed; the mapping renames them back.
    static func renamedCopy() throws -> (before: Network, after: Network, mapping: DepartmentMapping) {
        let path = RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path
        let after = try NetworkReader.read(path: path).network
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for (old, new) in renames {
            text = text.replacingOccurrences(of: "\\b\(old)\\b", with: new, options: .regularExpression)
        }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-renamed-\(UUID()).yaml")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: copy) }
        var before = try NetworkReader.read(path: copy.path).network
        before.ties = before.ties.map { t in
            guard !before.isDirected(t) else { return t }
            var r = t
            (r.from, r.to) = (t.to, t.from)
            return r
        }
        let back = Dictionary(uniqueKeysWithValues: renames.map { ($1, $0) })
        let pairs = before.departments.map { DepartmentMapping.Pair(from: $0.id, to: back[$0.id] ?? $0.id) }
        return (before, after, DepartmentMapping(pairs: pairs, file: "<test>", origin: "test"))
    }

    @Test func renamedNetworkHasOnlyPersistingFindings() throws {
        let (before, after, mapping) = try Self.renamedCopy()
        let alignment = Alignment(before: before, after: after, mapping: try mapping.resolve(before: before, after: after))
        let deltas = try MetricDeltas(alignment, mechanisms: after.mechanisms.map(\.id), settings: MetricSettings(), nodeMetrics: [])
        #expect(!deltas.persisted.isEmpty)
        #expect(deltas.appeared.isEmpty, "\(deltas.appeared.map(\.identity))")
        #expect(deltas.disappeared.isEmpty, "\(deltas.disappeared.map(\.identity))")
    }

    /// The identity ignores the order and orientation of a finding's ties, not their ends.
    @Test func identityIgnoresTieOrderAndOrientation() {
        func finding(_ ties: [TieRef]) -> Finding {
            Finding(rule: "fragile-tie", severity: .low, mechanism: "operation", category: "structure", departments: ["A"], ties: ties,
                    explanation: Message(""), recommendation: Message(""), problem: .missingInformation)
        }
        let ab = TieRef(from: "A", to: "B", mechanism: "operation"), ba = TieRef(from: "B", to: "A", mechanism: "operation")
        let cd = TieRef(from: "C", to: "D", mechanism: "operation")
        #expect(finding([cd, ab]).identity == finding([ba, cd]).identity)
        #expect(finding([cd]).identity != finding([ab]).identity)
    }
}
