import Foundation
import Testing
import GovNetTestSupport

/// `--robustness DRAWS[,RATE]` and `--seed` on diagnose and report: every format carries each
/// finding's robustness, the same seed gives the same bytes, 0 turns it off, bad values are refused.
@Suite struct RobustnessCLITests {
    static let file = "networks/hubei-city-post-reform.yaml"

    @Test(arguments: ["table", "markdown", "json", "csv"]) func everyFormatCarriesRobustness(format: String) throws {
        let r = try CLIRunner.run(["diagnose", Self.file, "--robustness", "20,0.1", "--seed", "4", "--format", format])
        #expect(r.status == 0, "\(r.stderr)")
        switch format {
        case "json":
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let findings = try #require(object["findings"] as? [[String: Any]])
            #expect(!findings.isEmpty)
            for f in findings {
                let rob = try #require(f["robustness"] as? [String: Any])
                #expect(Set(rob.keys) == ["share", "draws", "rate", "se", "addition", "nonresponse", "label"])
                #expect(rob["draws"] as? Int == 20 && rob["rate"] as? Double == 0.1)
                #expect((rob["addition"] as? [String: Any])?["share"] is Double && (rob["nonresponse"] as? [String: Any])?["share"] is Double)
                #expect(["robust", "likely", "fragile"].contains(rob["label"] as? String ?? ""))
            }
            let top = try #require(object["robustness"] as? [String: Any])
            #expect(top["seed"] as? Int == 4 && top["new_findings"] is [String: Any])
        case "csv":
            let header = r.stdout.split(separator: "\n").first.map(String.init) ?? ""
            #expect(header.hasSuffix("robustness,robustness_share,robustness_se,robustness_draws,robustness_rate,robustness_addition_share,robustness_nonresponse_share,robustness_note"))
            #expect(r.stdout.contains(",robust,") || r.stdout.contains(",likely,") || r.stdout.contains(",fragile,"))
        default:
            #expect(r.stdout.contains("Robustness"))
            #expect(r.stdout.contains("deletion") && r.stdout.contains("non-response"))
        }
    }

    @Test func sameSeedSameBytesAndZeroTurnsItOff() throws {
        let args = ["diagnose", Self.file, "--robustness", "15", "--format", "json"]
        let a = try CLIRunner.run(args + ["--seed", "9"]), b = try CLIRunner.run(args + ["--seed", "9"])
        #expect(a.status == 0 && a.stdout == b.stdout)
        let off = try CLIRunner.run(["diagnose", Self.file, "--robustness", "0", "--format", "json"])
        #expect(off.status == 0 && !off.stdout.contains("\"robustness\""))
    }

    @Test func chineseOutputLabelsInChinese() throws {
        let r = try CLIRunner.run(["diagnose", Self.file, "--robustness", "10", "--lang", "zh", "--format", "markdown"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("稳健性"))
        #expect(r.stdout.contains("稳健") || r.stdout.contains("较可信") || r.stdout.contains("脆弱"))
    }

    @Test(arguments: ["x", "10,0", "10,1.5", "-3", "1,2,3"]) func badValuesAreRefused(value: String) throws {
        let r = try CLIRunner.run(["diagnose", Self.file, "--robustness", value])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--robustness"))
    }

    @Test func reportCarriesRobustnessInBothLanguages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-robust-report-\(UUID())")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (lang, word) in [("en", "Robustness"), ("zh", "稳健性")] {
            let out = dir.appendingPathComponent(lang).path
            let r = try CLIRunner.run(["report", Self.file, "-o", out, "--robustness", "10", "--lang", lang, "--random-runs", "10", "-q"])
            #expect(r.status == 0, "\(r.stderr)")
            let md = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
            let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
            let csv = try String(contentsOfFile: out + "/findings.csv", encoding: .utf8)
            #expect(md.contains(word) && html.contains(word))
            #expect(csv.split(separator: "\n").first?.contains("robustness_share") == true)
        }
    }

    /// `metrics --robustness`: per department and metric the value, median, 90% interval and top-k
    /// share, in JSON and in tables; the same seed gives the same bytes.
    @Test func metricsSensitivity() throws {
        let args = ["metrics", Self.file, "--robustness", "20,0.1", "--top", "3", "--metric", "degree", "--metric", "betweenness"]
        let json = try CLIRunner.run(args + ["--format", "json", "--seed", "2"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let settings = try #require(object["robustness"] as? [String: Any])
        #expect(settings["draws"] as? Int == 20 && settings["top"] as? Int == 3 && settings["seed"] as? Int == 2)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["metric"] as? String }) == ["degree", "betweenness"])
        for n in nodes {
            let low = try #require(n["low"] as? Double), median = try #require(n["median"] as? Double), high = try #require(n["high"] as? Double)
            #expect(low <= median && median <= high)
            let share = try #require(n["top3_share"] as? Double)
            #expect((0...1).contains(share))
        }
        // Per metric the top-3 shares sum to 3 (three departments are in the top 3 in every draw).
        for metric in ["degree", "betweenness"] {
            let sum = nodes.filter { $0["metric"] as? String == metric }.compactMap { $0["top3_share"] as? Double }.reduce(0, +)
            #expect(abs(sum - 3) < 1e-9, "\(metric): \(sum)")
        }
        let again = try CLIRunner.run(args + ["--format", "json", "--seed", "2"])
        #expect(again.stdout == json.stdout)
        let csv = try CLIRunner.run(args + ["--format", "csv", "--seed", "2"])
        #expect(csv.status == 0 && csv.stdout.hasPrefix("id,name,metric,value,median,p05,p95,top3_share\n"))
    }

    /// `--order robustness`: findings by severity weight (critical 4 … low 1) × lowest share, highest first.
    @Test func orderBySeverityTimesRobustness() throws {
        let r = try CLIRunner.run(["diagnose", Self.file, "--robustness", "20", "--order", "robustness", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let weight = ["critical": 4.0, "high": 3.0, "medium": 2.0, "low": 1.0]
        let scores = try findings.map { f -> Double in
            let rob = try #require(f["robustness"] as? [String: Any])
            let lowest = [rob["share"] as? Double, (rob["addition"] as? [String: Any])?["share"] as? Double,
                          (rob["nonresponse"] as? [String: Any])?["share"] as? Double].compactMap { $0 }.min() ?? 0
            return (weight[f["severity"] as? String ?? ""] ?? 0) * lowest
        }
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 }, "\(scores)")
        let bySeverity = try CLIRunner.run(["diagnose", Self.file, "--robustness", "20", "--format", "json"])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(bySeverity.stdout.utf8)) as? [String: Any])
        #expect((plain["findings"] as? [[String: Any]])?.count == findings.count)
        let off = try CLIRunner.run(["diagnose", Self.file, "--robustness", "0", "--order", "robustness"])
        #expect(off.status != 0 && off.stderr.contains("--order robustness needs robustness draws"))
    }
}
