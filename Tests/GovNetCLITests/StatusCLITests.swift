import Foundation
import Testing
import GovNetTestSupport

/// A network's status travels with every summary and diagnosis: documentary data are prescribed by
/// published documents, not observed interaction (networks/xiangyang/ carries status `documentary data`).
@Suite struct StatusCLITests {
    static let file = "networks/xiangyang/xiangyang-post-reform.yaml"

    @Test func infoShowsTheStatusAndWhatItMeans() throws {
        let r = try CLIRunner.run(["info", Self.file])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("status: documentary data — prescribed by published plans"))
    }

    @Test(arguments: ["markdown", "table", "json"]) func diagnoseShowsTheStatus(format: String) throws {
        let r = try CLIRunner.run(["diagnose", Self.file, "--center", "EMB", "--format", format, "--robustness", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        if format == "json" {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            #expect(object["status"] as? String == "documentary data")
        } else {
            #expect(r.stdout.lowercased().contains("status: documentary data"))
        }
    }

    @Test(arguments: ["markdown", "json"]) func compareShowsBothStatuses(format: String) throws {
        let r = try CLIRunner.run(["compare", "networks/xiangyang/xiangyang-pre-reform.yaml", Self.file, "--mapping",
                                   "networks/xiangyang/xiangyang-reform-mapping.csv", "--no-metrics", "--format", format])
        #expect(r.status == 0, "\(r.stderr)")
        if format == "json" {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            #expect(object["status"] as? [String: String] == ["before": "documentary data", "after": "documentary data"])
        } else {
            #expect(r.stdout.contains("status: documentary data — prescribed by published plans"))
            #expect(r.stdout.contains("| lead-moved | Water Resources Bureau | Emergency Management Bureau (hosts the HQ office) | WATER moved → EMB |"))
        }
    }

    @Test(arguments: [[], ["--network"], ["--ties"]]) func metricsJSONCarriesTheStatus(mode: [String]) throws {
        let r = try CLIRunner.run(["metrics", Self.file, "--format", "json", "--metric", ["--ties": "edge_betweenness", "--network": "density"][mode.first ?? ""] ?? "degree"] + mode)
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "documentary data")
    }
}
