import Foundation
import Testing
import GovNetTestSupport

/// `govnet export` never replaces an input file with a table (unless --force).
@Suite struct ExportOverwriteCLITests {
    @Test func exportRefusesToOverwriteItsInput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-export-ow-\(UUID())")
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("departments")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let input = sub.appendingPathComponent("departments.csv")
        let original = "source,target\nA,B\nB,C\n"
        try original.write(to: input, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["export", "-q", input.path, "-o", dir.path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("would overwrite an input file"))
        #expect(try String(contentsOf: input, encoding: .utf8) == original)
    }
}
