import Foundation
import Testing
import GovNetTestSupport

/// End-to-end: spawn the built `govnet`, check stdout, stderr and exit codes.
@Suite struct ValidateConvertCLITests {
    let malformed = RepoPaths.fixtures.appendingPathComponent("malformed")

    @Test func validateGoodFile() throws {
        let r = try CLIRunner.run(["validate", "networks/hubei-city-post-reform.yaml"])
        #expect(r.status == 0, "\(r.stderr)\(r.stdout)")
        #expect(r.stdout.contains("networks/hubei-city-post-reform.yaml: ok — "))
    }

    @Test func validateBadFileExits65WithLocations() throws {
        let r = try CLIRunner.run(["validate", "weight-negative.yaml", "unknown-department.yaml"], in: malformed)
        #expect(r.status == 65)
        #expect(r.stdout.contains("weight-negative.yaml:6:50: error: field 'weight': weight -1 must be > 0"))
        #expect(r.stdout.contains("unknown-department.yaml:7: error: field 'to': tie A → C (command) names unknown department 'C'"))
    }

    @Test func missingFileExits66() throws {
        let r = try CLIRunner.run(["validate", "no-such-file.yaml"])
        #expect(r.status == 66)
        #expect(r.stdout.contains("no-such-file.yaml: error: no such file"))
    }

    @Test func usageErrorExits64() throws {
        let r = try CLIRunner.run(["validate", "--no-such-option"])
        #expect(r.status == 64)
    }

    @Test func convertRoundTripAndRefusesToOverwriteInput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-cli-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path
        for (from, to) in [(input, dir.path + "/a"), (dir.path + "/a", dir.path + "/b.json"), (dir.path + "/b.json", dir.path + "/c.yaml")] {
            let r = try CLIRunner.run(["convert", "--quiet", from, to])
            #expect(r.status == 0, "\(r.stderr)")
        }
        // The network survives YAML → CSV tables → JSON → YAML (comments aside): same JSON rendering.
        let direct = try CLIRunner.run(["convert", "--quiet", input, "-", "--to", "json"])
        let chained = try CLIRunner.run(["convert", "--quiet", dir.path + "/c.yaml", "-", "--to", "json"])
        #expect(direct.status == 0 && !direct.stdout.isEmpty)
        #expect(direct.stdout == chained.stdout)
        let copy = dir.path + "/c.yaml"
        let before = try String(contentsOfFile: copy, encoding: .utf8)
        let r = try CLIRunner.run(["convert", copy, copy])
        #expect(r.status == 64)
        #expect(r.stderr.contains("would overwrite the input"))
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == before)
    }

    /// An edge list with a mechanism column: command ties directed (two opposite rows stay two ties),
    /// operation undirected, as in the YAML; `--undirected` / `--directed` override, together a usage error.
    @Test func edgeListDirectionsFollowMechanisms() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-cli-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.path + "/t.csv"
        try "source,target,weight,mechanism\nA,B,1,command\nB,A,1,command\nA,C,2,operation\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let yaml = try CLIRunner.run(["convert", "-q", csv, "-", "--to", "yaml"])
        #expect(yaml.status == 0, "\(yaml.stderr)")
        #expect(yaml.stdout.components(separatedBy: "mechanism: command").count == 3, "\(yaml.stdout)")
        #expect(!yaml.stdout.contains("directed:"), "every tie has its mechanism's direction: \(yaml.stdout)")
        let undirected = try CLIRunner.run(["convert", "-q", "--undirected", csv, "-", "--to", "edgelist"])
        #expect(undirected.status == 0, "\(undirected.stderr)")
        #expect(undirected.stdout == "source,target,weight,mechanism,directed\nA,B,1,command,false\nB,A,1,command,false\nA,C,2,operation,false\n", "\(undirected.stdout)")
        let both = try CLIRunner.run(["convert", "--directed", "--undirected", csv, "-", "--to", "yaml"])
        #expect(both.status == 64, "\(both.stderr)")
    }

    @Test func badInputToConvertLeavesNoOutput() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-cli-\(UUID()).yaml").path
        let r = try CLIRunner.run(["convert", malformed.appendingPathComponent("weight-abc.yaml").path, out])
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("govnet: "))
        #expect(r.stderr.contains("weight-abc.yaml:6:50: error:"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
