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

    /// --ergm: the model section in both languages (coefficients with odds ratios, readings, goodness of fit
    /// table, verdict and chart), the same bytes for the same seed.
    @Test func reportWithAnERGMSection() throws {
        var outputs: [String] = []
        for (k, lang) in ["en", "zh", "en"].enumerated() {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-report-ergm-\(UUID())").path
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let r = try CLIRunner.run(["report", "networks/florentine/florentine.yaml", "-o", dir, "--random-runs", "5", "--robustness", "0",
                                       "--ergm", "edges + triangle", "--ergm-estimate", "mple", "--lang", lang, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            let files = try FileManager.default.contentsOfDirectory(atPath: dir)
            for f in ["ergm-coefficients.csv", "ergm-gof.csv", "ergm-gof.svg"] { #expect(files.contains(f), "\(f)") }
            let md = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
            let svg = try String(contentsOfFile: dir + "/ergm-gof.svg", encoding: .utf8)
            if lang == "zh" {
                #expect(md.contains("## 指数随机图模型") && md.contains("拟合优度") && md.contains("发生比"), "\(md)")
            } else {
                #expect(md.contains("## Exponential random graph model") && md.contains("95% interval") && md.contains("Verdict:")
                        && md.contains("unreliable"), "\(md)")
                #expect(svg.hasPrefix("<?xml") && svg.contains("edgewise shared partners"))
                let html = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
                #expect(html.contains("<section id=\"ergm\">") && html.contains("href=\"#ergm\""))
            }
            if k != 1 { outputs.append(md + svg) }
        }
        #expect(outputs[0] == outputs[1])
        let bad = try CLIRunner.run(["report", "networks/florentine/florentine.yaml", "--ergm-estimate", "mple", "-o", "/tmp/govnet-never"])
        #expect(bad.status == 64)
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
