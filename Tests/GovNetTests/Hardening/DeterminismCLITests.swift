import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Determinism: every command run twice on the same input (and seed) writes the same bytes.
@Suite(.serialized) struct DeterminismCLITests {
    static let network = RepoPaths.networks.appendingPathComponent("japan-disaster-management.yaml").path

    /// Commands whose standard output is compared.
    static let stdoutCommands: [[String]] = [
        ["validate", network],
        ["info", network, "--format", "json"],
        ["metrics", network, "--format", "csv"],
        ["metrics", network, "--format", "json"],
        ["metrics", network, "--ties", "--format", "csv"],
        ["metrics", network, "--network", "--format", "json"],
        ["diagnose", network, "--format", "json"],
        ["diagnose", network, "--format", "markdown", "--robustness", "0"],
        ["simulate", network, "--random", "20", "--seed", "7", "--format", "csv"],
        ["suggest", network, "--format", "json"],
    ]

    @Test(arguments: stdoutCommands) func sameBytesOnStdout(arguments: [String]) throws {
        let a = try CLIRunner.run(arguments), b = try CLIRunner.run(arguments)
        #expect(a.status == b.status)
        #expect(a.status == 0 || a.status == 1, "\(a.stderr)")
        #expect(!a.stdout.isEmpty)
        #expect(a.stdout == b.stdout, "\(arguments) differs between runs")
    }

    /// File outputs: convert to every format, render DOT and SVG, a report folder.
    @Test func sameBytesInFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-determinism-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var pairs: [(String, String)] = []
        for ext in ["yaml", "json", "csv", "graphml", "gexf", "net", "dl", "dot"] {
            for run in 1...2 {
                _ = try CLIRunner.run(["convert", Self.network, "run\(run).\(ext)", "--quiet"], in: dir)
            }
            pairs.append(("run1.\(ext)", "run2.\(ext)"))
        }
        for run in 1...2 {
            _ = try CLIRunner.run(["convert", Self.network, "tables\(run)", "--to", "tables", "--quiet"], in: dir)
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("tables1").path) {
            pairs.append(("tables1/\(name)", "tables2/\(name)"))
        }
        let hasGraphviz = try CLIRunner.run(["render", Self.network, "-o", "r1.svg"], in: dir).status == 0
        if hasGraphviz {
            _ = try CLIRunner.run(["render", Self.network, "-o", "r2.svg"], in: dir)
            _ = try CLIRunner.run(["render", Self.network, "-o", "r1.dot"], in: dir)
            _ = try CLIRunner.run(["render", Self.network, "-o", "r2.dot"], in: dir)
            pairs += [("r1.svg", "r2.svg"), ("r1.dot", "r2.dot")]
            for run in 1...2 {
                let r = try CLIRunner.run(["report", Self.network, "-o", "report\(run)", "--random-runs", "20", "--robustness", "20", "--quiet"], in: dir)
                #expect(r.status == 0, "\(r.stderr)")
            }
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("report1").path) {
                pairs.append(("report1/\(name)", "report2/\(name)"))
            }
        }
        for (a, b) in pairs {
            let da = try Data(contentsOf: dir.appendingPathComponent(a)), db = try Data(contentsOf: dir.appendingPathComponent(b))
            #expect(!da.isEmpty, "\(a) is empty")
            #expect(da == db, "\(a) and \(b) differ")
        }
    }
}
