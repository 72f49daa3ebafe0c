import Foundation
import Testing
import GovNetTestSupport

@Suite struct InfoCLITests {
    @Test func tableSummary() throws {
        let r = try CLIRunner.run(["info", "networks/emon/Cheyenne.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("departments: 14   ties: 83 (as written)   linked pairs: 83 (combined view, directed: arcs)"))
        #expect(r.stdout.contains("density: 0.456 = 83 linked pairs / 182 possible (14 × 13)"))
        #expect(r.stdout.contains("weak components: 1 (largest 14)   strong components: 2   isolates: 0"))
    }

    @Test func jsonSummaryOfReformNetwork() throws {
        let r = try CLIRunner.run(["info", "networks/hubei-city-post-reform.yaml", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["departments"] as? Int == 46)
        #expect((object["mechanisms"] as? [[String: Any]])?.map { $0["id"] as? String } == ["command", "information", "material", "supervision", "operation", "membership"])
        #expect(object["functions_with_lead"] as? Int == object["functions"] as? Int)
    }

    /// Ties (as written) and linked pairs (the combined view) are labelled and agree across info,
    /// metrics --network and simulate on a network mixing directed and undirected mechanisms and
    /// with two mechanisms on one pair: 4 ties, 5 linked pairs (arcs), density 5 / (4 × 3).
    @Test func tiesAndLinkedPairsAgreeAcrossCommands() throws {
        let yaml = """
        title: Mixed directions
        mechanisms:
          - {id: command, directed: true}
          - {id: operation, directed: false}
        departments: [{id: A}, {id: B}, {id: C}, {id: D}]
        ties:
          - {from: A, to: B, mechanism: command}
          - {from: A, to: B, mechanism: operation}
          - {from: B, to: C, mechanism: operation}
          - {from: C, to: D, mechanism: command}
        """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-mixed-\(UUID()).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        // A→B (command) and A–B (operation) combine into A→B and B→A; B–C gives two arcs; C→D one.
        let info = try CLIRunner.run(["info", url.path])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("ties: 4 (as written)   linked pairs: 5 (combined view, directed: arcs)"), "\(info.stdout)")
        #expect(info.stdout.contains("density: 0.4167 = 5 linked pairs / 12 possible (4 × 3)"), "\(info.stdout)")
        let json = try CLIRunner.run(["info", url.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["ties"] as? Int == 4 && object["linked_pairs"] as? Int == 5 && object["possible_pairs"] as? Int == 12)
        let metrics = try CLIRunner.run(["metrics", url.path, "--network"])
        #expect(metrics.stdout.contains("\nties,4\nlinked_pairs,5\ndensity,0.416666666667"), "\(metrics.stdout)")
        let simulate = try CLIRunner.run(["simulate", url.path, "--order", "degree", "--format", "table"])
        #expect(simulate.stdout.contains("4 departments, 5 linked pairs (arcs of the view"), "\(simulate.stdout)\(simulate.stderr)")
    }
}
