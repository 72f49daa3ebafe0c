import Foundation
import Testing
import GovNetTestSupport

/// Every output of diagnose, compare, simulate, suggest and render says that the bundled Hubei pair is
/// an illustrative model, in the output's language; diagnose JSON carries the top-level status and
/// synthesis, and the Markdown ends with the synthesis.
@Suite struct IllustrativeStatusCLITests {
    static let post = "networks/hubei-city-post-reform.yaml", pre = "networks/hubei-city-pre-reform.yaml"

    @Test(arguments: ["diagnose", "suggest", "simulate"], ["table", "markdown", "json", "csv"])
    func everyFormatSaysIllustrative(command: String, format: String) throws {
        var args = [command, Self.post, "--format", format]
        if command == "simulate" { args += ["--remove", "EMB"] }
        if command == "diagnose" { args += ["--robustness", "0"] }
        let r = try CLIRunner.run(args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("illustrative model"), "\(command) --format \(format)")
    }

    @Test(arguments: ["markdown", "json"]) func compareSaysIllustrative(format: String) throws {
        let r = try CLIRunner.run(["compare", Self.pre, Self.post, "--mapping", "networks/hubei-city-reform-mapping.csv", "--format", format, "--permutations", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("illustrative model"))
    }

    @Test func chineseDiagnosisSaysSoInChinese() throws {
        let r = try CLIRunner.run(["diagnose", Self.post, "--lang", "zh", "--format", "markdown", "--robustness", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("性质") && r.stdout.contains("综合分析") && r.stdout.contains("防灾救灾一体化运行"))
    }

    @Test func renderCaptionCarriesTheStatus() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-status-\(UUID()).dot").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try CLIRunner.run(["render", Self.post, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("illustrative model"))
    }

    @Test func diagnoseJSONHasStatusAndSynthesis() throws {
        let r = try CLIRunner.run(["diagnose", Self.post, "--format", "json", "--robustness", "0"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "illustrative model")
        let synthesis = try #require(object["synthesis"] as? [String: Any])
        let failing = try #require(synthesis["failing_mechanisms"] as? [String: Any])
        #expect(Set(failing.keys) == ["integrated-operation", "supervision", "information-sharing", "material-support"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.allSatisfy { ($0["remedies"] as? [String])?.first == $0["remedy"] as? String && $0["instrument"] != nil })
        // No recommendation of command from the bureau to a department it does not lead.
        #expect(!findings.contains { ($0["recommendation"] as? String ?? "").lowercased().contains("command channel") })
        #expect(!findings.contains { $0["mechanism"] as? String == "command" })
    }
}
