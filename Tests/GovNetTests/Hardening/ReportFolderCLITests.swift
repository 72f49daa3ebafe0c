import Foundation
import Testing
import GovNetTestSupport

/// A report folder is written as a unit: a rerun replaces it whole (no stale diagram of the earlier
/// run), other files in a shared folder are kept, and concurrent runs into one folder leave the files
/// of exactly one run.
@Suite struct ReportFolderCLITests {
    static func scratch() throws -> URL {
        let dir = try ScratchFolder.make("reportdir", florentineAs: ["f.yaml"])
        try Data(ScratchFolder.mechanismNamesNetwork(["x y", "x_y"]).utf8).write(to: dir.appendingPathComponent("m.yaml"))
        return dir
    }

    static func entries(_ dir: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() }

    /// The manifest lists exactly the other files of the folder.
    static func consistent(_ folder: URL) throws -> Bool {
        let listed = try String(contentsOf: folder.appendingPathComponent(".govnet-files"), encoding: .utf8).split(separator: "\n").map(String.init).sorted()
        return listed == (try entries(folder)).filter { $0 != ".govnet-files" }
    }

    @Test func rerunReplacesTheFolderWhole() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLIRunner.run(["report", "m.yaml", "-o", "out", "-q", "--random-runs", "0", "--robustness", "0"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Self.entries(dir.appendingPathComponent("out")).contains("mechanism-x_20y.svg"))
        let second = try CLIRunner.run(["report", "f.yaml", "-o", "out", "-q", "--random-runs", "0", "--robustness", "0"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        let out = try Self.entries(dir.appendingPathComponent("out"))
        #expect(!out.contains { $0.hasPrefix("mechanism-x") }, "\(out)")
        #expect(try Self.consistent(dir.appendingPathComponent("out")))
        #expect(try Self.entries(dir) == ["f.yaml", "m.yaml", "out"])  // no temporary folder left
    }

    @Test func sharedFolderKeepsOtherFiles() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shared = dir.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try Data("keep\n".utf8).write(to: shared.appendingPathComponent("notes.txt"))
        for file in ["m.yaml", "f.yaml"] {
            let r = try CLIRunner.run(["report", file, "-o", "shared", "-q", "--random-runs", "0", "--robustness", "0"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let out = try Self.entries(shared)
        #expect(out.contains("notes.txt") && out.contains("report.html"))
        #expect(!out.contains { $0.hasPrefix("mechanism-x") }, "\(out)")
    }

    /// Four concurrent reports of two different networks into one folder: one run's files, whole.
    @Test func concurrentReportsLeaveOneRun() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let processes = (0..<4).map { i -> Process in
            let p = Process()
            p.executableURL = CLIRunner.executable
            p.arguments = ["report", i % 2 == 0 ? "m.yaml" : "f.yaml", "-o", "out", "-q", "--random-runs", "0", "--robustness", "0"]
            p.currentDirectoryURL = dir
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "\(processes.map(\.terminationStatus))")
        let out = dir.appendingPathComponent("out")
        #expect(try Self.consistent(out))
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let mechanismDiagrams = try Self.entries(out).filter { $0.hasPrefix("mechanism-x") }
        #expect(md.contains("mechanism-x_20y.svg") == !mechanismDiagrams.isEmpty)
        #expect(try Self.entries(dir) == ["f.yaml", "m.yaml", "out"])
    }
}
