import Foundation
import Testing
import GovNetTestSupport

/// Excel workbooks from the command line: validate with errors at cells, refusals with exit 65, convert
/// both ways, metrics equal to the YAML's, export --to xlsx. Fixtures: Fixtures/xlsx/, made by
/// scripts/fixtures/make_workbooks.py (openpyxl, LibreOffice Calc, msoffcrypto-tool).
@Suite struct WorkbookCLITests {
    let xlsx = RepoPaths.fixtures.appendingPathComponent("xlsx")

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-xlsx-cli-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func validateReportsEveryMistakeAtItsCell() throws {
        let r = try CLIRunner.run(["validate", "linkage-zh-mistakes.xlsx"], in: xlsx)
        #expect(r.status == 65)
        for cell in ["联系!A3", "联系!C3", "联系!E3", "联系!B6", "联系!E6", "联系!F6", "职能!C4"] {
            #expect(r.stdout.contains("linkage-zh-mistakes.xlsx:\(cell): error: "), "\(cell) missing in:\n\(r.stdout)")
        }
        #expect(r.stdout.contains("linkage-zh-mistakes.xlsx: 7 errors"))
    }

    @Test(arguments: ["encrypted.xlsx", "macro.xlsx", "bomb-ratio.xlsx", "bomb-lying.xlsx"])
    func hostileWorkbookExits65(name: String) throws {
        let r = try CLIRunner.run(["validate", name], in: xlsx)
        #expect(r.status == 65)
        #expect(r.stdout.contains("\(name): error: "), "\(r.stdout)\(r.stderr)")
    }

    @Test func workbookHasTheMetricsOfItsYAML() throws {
        for name in ["linkage-zh.xlsx", "linkage-zh-libreoffice.xlsx"] {
            let book = try CLIRunner.run(["metrics", name, "--format", "csv"], in: xlsx)
            let yaml = try CLIRunner.run(["metrics", "linkage-zh.yaml", "--format", "csv"], in: xlsx)
            #expect(book.status == 0 && yaml.status == 0, "\(book.stderr)\(yaml.stderr)")
            #expect(book.stdout == yaml.stdout && !book.stdout.isEmpty)
        }
    }

    @Test func convertToWorkbookAndBack() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path
        let book = dir.appendingPathComponent("hubei.xlsx").path, back = dir.appendingPathComponent("back.yaml").path
        let again = dir.appendingPathComponent("again.yaml").path
        #expect(try CLIRunner.run(["convert", source, book]).status == 0)
        #expect(try CLIRunner.run(["convert", book, back]).status == 0)
        #expect(try CLIRunner.run(["convert", source, again]).status == 0)
        #expect(try String(contentsOfFile: back, encoding: .utf8) == String(contentsOfFile: again, encoding: .utf8))
        let first = try Data(contentsOf: URL(fileURLWithPath: book))
        #expect(try CLIRunner.run(["convert", source, book, "--force"]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: book)) == first, "the same network must give the same bytes")
    }

    @Test func exportToWorkbook() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path
        let r = try CLIRunner.run(["export", source, "--to", "xlsx", "-o", dir.path, "--runs", "10"])
        #expect(r.status == 0, "\(r.stderr)")
        let book = dir.appendingPathComponent("hubei-city-post-reform.xlsx")
        let bytes = try Data(contentsOf: book)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        // The workbook's departments sheet holds the rows of departments.csv, read by govnet's own reader
        // as a one-sheet-per-table workbook would be: check through the CSV export of the same run.
        let csv = try CLIRunner.run(["export", source, "-o", dir.path, "--runs", "10"])
        #expect(csv.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("hubei-city-post-reform/departments.csv").path))
    }
}
