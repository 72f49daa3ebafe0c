import Foundation
import Testing
import GovNetTestSupport

@Suite struct ReportCLITests {
    @Test func reportOnTheReformPair() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-report-cli-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLIRunner.run(["report", "networks/hubei-city-post-reform.yaml", "--compare", "networks/hubei-city-pre-reform.yaml",
                                   "--mapping", "networks/hubei-city-reform-mapping.csv", "-o", dir, "--random-runs", "5", "--lang", "zh", "--robustness", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir)
        for f in ["report.html", "report.md", "network.svg", "comparison-overlay.svg", "comparison-qap.csv", "resilience.svg"] {
            #expect(files.contains(f), "\(f)")
        }
        let html = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
        #expect(html.contains("改革前后对比") && html.contains("市应急管理局"))
    }

    @Test func badCenterIsAUsageError() throws {
        let r = try CLIRunner.run(["report", "networks/hubei-city-post-reform.yaml", "--center", "NOPE", "-o", "/tmp/govnet-never"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--center 'NOPE'"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/govnet-never/report.html"))
    }

    @Test func mappingWithoutCompareIsRejected() throws {
        let r = try CLIRunner.run(["report", "networks/hubei-city-post-reform.yaml", "--mapping", "networks/hubei-city-reform-mapping.csv"])
        #expect(r.status == 64)
    }
}
