import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The committed `notebooks-data/` tables are exactly what the exporter writes now (the in-process
/// twin of `scripts/notebooks/check-stale.sh`): a change to a metric, a rule or a network that is not
/// followed by `make notebooks-data` fails here, naming the stale files.
@Suite struct NotebooksDataTests {
    static let folder = RepoPaths.root.appendingPathComponent("notebooks-data")

    /// Every curated network file, as `scripts/notebooks/regenerate.sh` lists them.
    static let networkFiles: [String] = {
        let root = RepoPaths.networks
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var files: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "yaml" { files.append(url.standardizedFileURL.path) }
        }
        return files.sorted()
    }()

    static let names: [String: String] = Dictionary(uniqueKeysWithValues: zip(ExportNaming.names(for: networkFiles), networkFiles))

    static func staleFiles(_ files: [(name: String, text: String)], in name: String) -> [String] {
        files.compactMap { file in
            let path = folder.appendingPathComponent(name).appendingPathComponent(file.name)
            let committed = try? Data(contentsOf: path)
            return committed == Data(file.text.utf8) ? nil : "notebooks-data/\(name)/\(file.name)"
        }
    }

    @Test(arguments: names.keys.sorted()) func networkTablesAreCurrent(name: String) throws {
        let network = try NetworkReader.read(path: try #require(Self.names[name])).network
        let export = try NetworkExport(network: network, name: name)
        let stale = Self.staleFiles(export.files, in: name)
        #expect(stale.isEmpty, "stale or missing: \(stale.joined(separator: ", ")); run `make notebooks-data` and commit notebooks-data/")
    }

    @Test func comparisonTablesAreCurrent() throws {
        func path(_ file: String) -> String { RepoPaths.networks.appendingPathComponent(file).path }
        let before = try NetworkReader.read(path: path("hubei-city-pre-reform.yaml")).network
        let after = try NetworkReader.read(path: path("hubei-city-post-reform.yaml")).network
        let mapping = try DepartmentMapping.read(path: path("hubei-city-reform-mapping.csv")).resolve(before: before, after: after)
        let export = try ComparisonExport(before: before, after: after, mapping: mapping, name: "hubei-city-reform")
        let stale = Self.staleFiles(export.files, in: "hubei-city-reform")
        #expect(stale.isEmpty, "stale or missing: \(stale.joined(separator: ", ")); run `make notebooks-data` and commit notebooks-data/")
    }

    @Test func noLeftoverFolders() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { entry in
            var isDirectory: ObjCBool = false
            return !entry.hasPrefix(".") && FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(entry).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        #expect(folders.sorted() == (Array(Self.names.keys) + ["hubei-city-reform"]).sorted())
        // The data dictionary names every table.
        let readme = try String(contentsOf: Self.folder.appendingPathComponent("README.md"), encoding: .utf8)
        for file in NetworkExport.fileNames + ComparisonExport.fileNames where file.hasSuffix(".csv") {
            #expect(readme.contains("`\(file)`"), "README.md does not document \(file)")
        }
    }
}
