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
}
