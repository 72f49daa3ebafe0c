import Foundation
import Testing
import GovNetTestSupport

/// `govnet init`: the worked example validates as written (no warnings) and `report` runs on it, in
/// both languages and every form (YAML, CSV folder, Excel workbook); an existing path is kept
/// without --force.
@Suite struct InitCLITests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-init-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test(arguments: ["en", "zh"], ["yaml", "csv", "xlsx"])
    func theExampleValidatesAndReports(_ lang: String, _ format: String) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(format == "csv" ? "net" : "net.\(format)").path
        let made = try CLIRunner.run(["init", "--lang", lang, "--format", format, path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("govnet validate \(path)"))
        if format == "csv" {
            for name in ["departments.csv", "ties.csv", "functions.csv", "README.md"] {
                #expect(FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(name)), "\(name)")
            }
        }
        let checked = try CLIRunner.run(["validate", "--strict", path])
        #expect(checked.status == 0, "\(checked.stdout)")
        #expect(checked.stdout.contains("ok — 7 departments, 14 ties, 2 functions, 0 warnings"))
        let report = try CLIRunner.run(["report", "--robustness", "0", path, "-o", dir.appendingPathComponent("report").path])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report/report.html").path))
        // The coordinating department is recognised: no warning about it.
        #expect(!report.stderr.contains("coordinating department"))
    }

    @Test func anExistingPathIsKeptWithoutForce() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("mine.yaml").path
        try "departments: [A]\n".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["init", path])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("already exists") && refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "departments: [A]\n")
        let forced = try CLIRunner.run(["init", "--force", path])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("coordinator: true"))
        // A folder too.
        let tables = dir.appendingPathComponent("tables").path
        try FileManager.default.createDirectory(atPath: tables, withIntermediateDirectories: true)
        #expect(try CLIRunner.run(["init", "--format", "csv", tables]).status == 73)
    }

    @Test func unknownLanguagesAreUsageErrorsAndDashIsStandardOutput() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["init", "--lang", "fr", dir.appendingPathComponent("b.yaml").path]).status == 64)
        let out = try CLIRunner.run(["init", "--lang", "zh", "-"])
        #expect(out.status == 0 && out.stdout.contains("coordinator: true") && out.stdout.hasPrefix("# "))
        #expect(try CLIRunner.run(["init", "--format", "csv", "-"]).status == 64)
    }
}
