import Foundation
import Testing
import GovNetTestSupport

/// `govnet export`: the folder layout, names of networks in subfolders, identical bytes on two runs,
/// usage errors.
@Suite struct ExportCLITests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let files = ["departments.csv", "ties.csv", "network.csv", "findings.csv", "functions.csv", "resilience.csv", "tables.json"]

    @Test func writesOneFolderPerNetwork() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["export", "networks/hubei-city-post-reform.yaml", "networks/emon/MtSi.yaml",
                                   "networks/florentine/florentine.yaml", "--runs", "10", "-q", "-o", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty && r.stderr.isEmpty)
        let folders = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(folders == ["emon-MtSi", "florentine", "hubei-city-post-reform"])
        for folder in folders {
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(folder).path).sorted()
            #expect(names == Self.files.sorted(), "\(folder)")
        }
        let departments = try String(contentsOf: dir.appendingPathComponent("emon-MtSi/departments.csv"), encoding: .utf8)
        let lines = departments.split(separator: "\n")
        #expect(lines.first?.hasPrefix("id,name,name_zh,kind,level,degree,in_degree,out_degree,strength,betweenness,") == true)
        #expect(lines.first?.contains(",degree@contact,") == true)
        #expect(lines.count == 1 + 13)  // MtSi has 13 departments
        let network = try String(contentsOf: dir.appendingPathComponent("emon-MtSi/network.csv"), encoding: .utf8)
        #expect(network.contains("\nemon-MtSi,all,nodes,13\n"))
        #expect(network.contains("\nemon-MtSi,contact,nodes,13\n"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("hubei-city-post-reform/tables.json")))
        let object = try #require(json as? [String: Any])
        #expect(object["name"] as? String == "hubei-city-post-reform")
        #expect((object["network"] as? [Any])?.isEmpty == false)
        #expect((object["departments"] as? [Any])?.count == 46)
        #expect(object["settings"] is [String: Any])
    }

    @Test func sameBytesTwiceAndAloneGivesTheStem() throws {
        let a = try Self.temporaryDirectory(), b = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        for dir in [a, b] {
            let r = try CLIRunner.run(["export", "networks/emon/Cheyenne.yaml", "--runs", "5", "-o", dir.path])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("wrote 7 files to"))
        }
        for file in Self.files {
            let x = try Data(contentsOf: a.appendingPathComponent("Cheyenne/\(file)"))
            let y = try Data(contentsOf: b.appendingPathComponent("Cheyenne/\(file)"))
            #expect(x == y, "\(file)")
        }
    }

    @Test func comparisonTables() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["export", "-q", "-o", dir.path, "--compare", "networks/hubei-city-pre-reform.yaml",
                                   "networks/hubei-city-post-reform.yaml", "--mapping", "networks/hubei-city-reform-mapping.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let folder = dir.appendingPathComponent("hubei-city-pre-reform-vs-hubei-city-post-reform")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["comparison.json", "comparison_department_metrics.csv", "comparison_departments.csv", "comparison_findings.csv",
                          "comparison_network.csv", "comparison_qap.csv", "comparison_responsibilities.csv", "comparison_ties.csv"])
        let departments = try String(contentsOf: folder.appendingPathComponent("comparison_departments.csv"), encoding: .utf8)
        #expect(departments.contains("\nhubei-city-pre-reform-vs-hubei-city-post-reform,EMB,Emergency Management Bureau,市应急管理局,merged,EMO;SAWS;"))
        let clash = try CLIRunner.run(["export", "-q", "-o", dir.path, "networks/emon/Texas.yaml", "--compare-name", "Texas", "--compare",
                                       "networks/hubei-city-pre-reform.yaml", "networks/hubei-city-post-reform.yaml"])
        #expect(clash.status == 64, "\(clash.stderr)")
    }

    @Test func usageErrors() throws {
        let noInput = try CLIRunner.run(["export", "-o", "/tmp/never-written"])
        #expect(noInput.status == 64)
        #expect(noInput.stderr.contains("give at least one network FILE"))
        let missing = try CLIRunner.run(["export", "networks/nope.yaml", "-o", "/tmp/never-written"])
        #expect(missing.status == 66)
        let clash = try CLIRunner.run(["export", "networks/emon/Texas.yaml", "networks/emon/Texas.yaml", "-o", "/tmp/never-written"])
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("would both be exported"))
        let badMapping = try CLIRunner.run(["export", "networks/emon/Texas.yaml", "--mapping", "x.csv", "-o", "/tmp/never-written"])
        #expect(badMapping.status == 64)
    }
}
