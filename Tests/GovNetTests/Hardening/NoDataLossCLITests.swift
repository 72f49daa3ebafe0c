import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// No data loss: every command refuses an output path equal to one of its inputs (and leaves
/// the input intact), and an interrupted run leaves no partial or temporary file.
@Suite(.serialized) struct NoDataLossCLITests {
    /// A scratch folder holding a copy of a curated network as `net.yaml` and as `net.dot`.
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-noloss-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let source = RepoPaths.networks.appendingPathComponent("japan-disaster-management.yaml")
        try FileManager.default.copyItem(at: source, to: dir.appendingPathComponent("net.yaml"))
        _ = try CLIRunner.run(["convert", "net.yaml", "net.dot", "--quiet"], in: dir)
        _ = try CLIRunner.run(["convert", "net.yaml", "tables", "--to", "tables", "--quiet"], in: dir)
        return dir
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let protected: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["convert", "net.yaml", "net.yaml"], protected: "net.yaml"),
        Case(arguments: ["convert", "net.yaml", "./sub/../net.yaml"], protected: "net.yaml"),
        Case(arguments: ["info", "net.yaml", "-o", "net.yaml"], protected: "net.yaml"),
        Case(arguments: ["metrics", "net.yaml", "-o", "net.yaml"], protected: "net.yaml"),
        Case(arguments: ["diagnose", "net.yaml", "-o", "net.yaml", "--robustness", "0"], protected: "net.yaml"),
        Case(arguments: ["render", "net.dot", "-o", "net.dot"], protected: "net.dot"),
        Case(arguments: ["simulate", "net.yaml", "--order", "degree", "-o", "net.yaml"], protected: "net.yaml"),
        Case(arguments: ["simulate", "net.yaml", "--order", "degree", "--plot", "net.yaml"], protected: "net.yaml"),
        Case(arguments: ["suggest", "net.yaml", "-o", "net.yaml"], protected: "net.yaml"),
        Case(arguments: ["qap", "net.yaml", "--dependent", "command", "--independent", "information", "-o", "net.yaml"], protected: "net.yaml"),
        Case(arguments: ["compare", "net.yaml", "net.dot", "-o", "net.yaml"], protected: "net.yaml"),
        Case(arguments: ["compare", "net.yaml", "net.dot", "--diagram", "net.dot"], protected: "net.dot"),
        Case(arguments: ["compare", "net.yaml", "net.dot", "--diagram", "x.dot", "--panels", "net"], protected: "net.yaml"),
        Case(arguments: ["report", "departments.csv", "-o", ".", "--robustness", "0"], protected: "departments.csv"),
        // A folder of tables is the input and the output one of its files (found by a blind review).
        Case(arguments: ["convert", "tables", "tables/ties.csv"], protected: "tables/ties.csv"),
        Case(arguments: ["convert", "tables/", "tables/departments.csv", "--to", "edgelist"], protected: "tables/departments.csv"),
        Case(arguments: ["convert", "tables", "tables", "--to", "tables"], protected: "tables/ties.csv"),
        Case(arguments: ["metrics", "tables", "-o", "tables/network.csv"], protected: "tables/network.csv"),
    ]

    @Test(arguments: cases) func outputEqualToAnInputIsRefused(c: Case) throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        // An edge list named like a report table, for `report -o .`.
        try Data("source,target\nA,B\nB,C\n".utf8).write(to: dir.appendingPathComponent("departments.csv"))
        // `compare --panels net` writes net-before.dot and net-after.dot: make one of them an input.
        var arguments = c.arguments
        if arguments.contains("--panels") {
            try FileManager.default.copyItem(at: dir.appendingPathComponent("net.dot"), to: dir.appendingPathComponent("net-after.dot"))
            arguments = ["compare", "net.yaml", "net-after.dot", "--diagram", "x.dot", "--panels", "net"]
        }
        let protected = dir.appendingPathComponent(c.protected)
        let before = try Data(contentsOf: protected)
        let r = try CLIRunner.run(arguments, in: dir)
        #expect(r.status != 0, "\(c.arguments) succeeded: \(r.stderr)")
        #expect(r.status != 70 && r.status < 128, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("overwrite"), "\(r.stderr)")
        #expect(try Data(contentsOf: protected) == before, "the input was changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// A pipe as input is refused at once (reading it could block forever); a symbolic link as output
    /// is refused (never written through) and stays a link; a pipe as output is written in place.
    @Test func specialFilesAreHandled() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.graphml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let r = try CLIRunner.run(["validate", "pipe.graphml"], in: dir)
        #expect(r.status == 66 && (r.stdout + r.stderr).contains("pipe.graphml: error: is a named pipe"), "\(r.status) \(r.stdout) \(r.stderr)")

        try Data("old".utf8).write(to: dir.appendingPathComponent("target.yaml"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.yaml").path, withDestinationPath: "target.yaml")
        // A link at the output is never written through (another user may have planted it).
        let throughLink = try CLIRunner.run(["convert", "net.dot", "link.yaml", "--quiet"], in: dir)
        #expect(throughLink.status == 73 && throughLink.stderr.contains("cannot write link.yaml: it is a symbolic link (to target.yaml)"), "\(throughLink.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("link.yaml").path)
        #expect(link == "target.yaml")
        #expect(try String(contentsOf: dir.appendingPathComponent("target.yaml"), encoding: .utf8) == "old")

        let noExtension = try CLIRunner.run(["convert", "net.yaml", "netcopy"], in: dir)
        #expect(noExtension.status == 0)  // a new name without extension is a folder of tables
        try Data().write(to: dir.appendingPathComponent("existing-file"))
        let refused = try CLIRunner.run(["convert", "net.yaml", "existing-file"], in: dir)
        #expect(refused.status == 73 && refused.stderr.contains("--to"), "\(refused.status) \(refused.stderr)")
    }

    @Test func convertWithForceReplacesTheInputWithACompleteFile() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["convert", "net.yaml", "net.yaml", "--force", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try CLIRunner.run(["validate", "net.yaml"], in: dir).status == 0)
    }

    /// SIGINT during a long run: exit 130, nothing but the input left in the folder.
    @Test func interruptLeavesNoPartialFile() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["simulate", "net.yaml", "--random", "100000", "--seed", "3", "-o", "curve.csv", "--plot", "curve.svg"]
        process.currentDirectoryURL = dir
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        #expect(process.isRunning, "the run finished before it could be interrupted")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(left == ["net.dot", "net.yaml", "tables"], "\(left)")
    }

    @Test func atomicWriteRegistersAndRemovesItsTemporaryFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-atomic-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try AtomicFile.write("x", to: dir.appendingPathComponent("a.txt").path)
        #expect(AtomicFile.temporaryFilesInFlight.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.txt"])
    }
}
