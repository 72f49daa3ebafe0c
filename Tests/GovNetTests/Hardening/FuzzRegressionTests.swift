import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Inputs libFuzzer found (`scripts/fuzz/run.sh` copies them to `Fixtures/regressions/<Target>-<kind>-<hash>`):
/// each must now be read — or refused with a ``FormatError`` — without a crash; ``HangGuard`` catches one that never finishes (no speed budget).
@Suite struct FuzzRegressionTests {
    static let folder = RepoPaths.fixtures.appendingPathComponent("regressions")
    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()

    static let formats: [String: NetworkFormat] = [
        "YAML": .yaml, "JSON": .json, "EdgeList": .edgelist, "GraphML": .graphml, "GEXF": .gexf,
        "Pajek": .pajek, "DL": .dl, "DOT": .dot, "Render": .dot, "XLSX": .xlsx,
    ]

    @Test(arguments: files) func readsOrRefusesInBoundedTime(name: String) throws {
        let target = String(name.prefix { $0 != "-" })
        let url = Self.folder.appendingPathComponent(name)
        let (_, seconds) = try HangGuard.timed {
            if target == "Tables" {
                // The Tables target splits its input at the first 0x1E byte into departments.csv and ties.csv.
                let bytes = [UInt8](try Data(contentsOf: url))
                let cut = bytes.firstIndex(of: 0x1E) ?? bytes.count
                let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-regression-\(UUID())")
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: dir) }
                try Data(bytes[..<cut]).write(to: dir.appendingPathComponent("departments.csv"))
                try Data(cut < bytes.count ? Array(bytes[(cut + 1)...]) : []).write(to: dir.appendingPathComponent("ties.csv"))
                do { _ = try NetworkReader.read(path: dir.path, format: .tables) } catch is FormatError {}
            } else {
                let format = try #require(Self.formats[target], "unknown fuzz target prefix in \(name)")
                do { _ = try NetworkReader.read(path: url.path, format: format) } catch is FormatError {}
            }
        }
        #expect(HangGuard.finished(seconds), "\(name) took \(seconds) s")
    }

    /// A workbook whose central directory sends an entry's local header past the end of the file
    /// (offset 4294967294): ZIPFoundation seeks there and traps reading its in-memory archive, so the
    /// directory scan refuses it first, as a damaged package.
    @Test func workbookEntryOutsideTheFileIsRefusedBeforeZIPFoundation() throws {
        let url = Self.folder.appendingPathComponent("XLSX-crash-local-header-offset-past-the-end")
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: url.path, format: .xlsx) }
        #expect(error.errors.first?.message.hasPrefix("the ZIP package is damaged (an entry's local header is missing or malformed)") == true,
                "\(error)")
    }
}
