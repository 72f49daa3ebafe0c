import Foundation
import Testing
import GovNetTestSupport

/// `govnet metrics --network` structural values end to end: Krackhardt's dimensions and the triad census
/// under the pinned JSON keys, on a graph whose sna values are in Fixtures/structural/one-mode.json
/// (`tree_violations`: R sna 2.7 connectedness 0.6444…, hierarchy 13/14, efficiency 0.96, lubness 5/7).
@Suite struct StructuralCLITests {
    static let treeViolations = "source,target\n0,1\n0,2\n1,3\n1,4\n2,5\n2,6\n3,4\n5,2\n7,6\n8,9\n"

    func temporary(_ name: String, _ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-structural-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func networkJSONHasKrackhardtAndTriadCensus() throws {
        let file = try temporary("tree.csv", Self.treeViolations)
        let r = try CLIRunner.run(["metrics", file.path, "--network", "--directed", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let net = try #require(o["network"] as? [String: Any])
        #expect(approximatelyEqual(try #require(net["krackhardt_connectedness"] as? Double), 0.64444444444444449))
        #expect(approximatelyEqual(try #require(net["krackhardt_hierarchy"] as? Double), 13.0 / 14))
        #expect(approximatelyEqual(try #require(net["krackhardt_efficiency"] as? Double), 0.96))
        #expect(approximatelyEqual(try #require(net["krackhardt_lub"] as? Double), 5.0 / 7))
        let census = try #require(net["triad_census"] as? [String: Double])
        #expect(census.count == 16 && census.values.reduce(0, +) == 120)
        #expect(census["003"] != nil && census["300"] != nil && census["030T"] == 1)
        let csv = try CLIRunner.run(["metrics", file.path, "--network", "--directed", "--format", "csv", "--metric", "triad_census"])
        #expect(csv.status == 0)
        #expect(csv.stdout.contains("triad_census_030T,1"))
    }
}
