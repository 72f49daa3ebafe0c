import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import GovNetTestSupport

/// End-to-end tests of `govnet simulate`: the built executable, its output bytes and exit codes.
@Suite struct SimulateCLITests {
    static let hubei = "networks/hubei-city-post-reform.yaml"

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-simulate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The removal of the EMB cuts off exactly the departments the curated data documents
    /// (networks/README.md): the military sub-district and armed police, the earthquake centre, the
    /// provincial department and the volunteer team.
    @Test func scenarioRemovingEMB() throws {
        let r = try CLIRunner.run(["simulate", Self.hubei, "--remove", "EMB", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let scenario = try #require(object["scenario"] as? [String: Any])
        #expect(scenario["removed"] as? [String] == ["EMB"])
        #expect(scenario["center"] as? String == "EMB")
        #expect(scenario["center_removed"] as? Bool == true)
        let mechanisms = try #require(scenario["mechanisms"] as? [[String: Any]])
        let all = try #require(mechanisms.first { $0["mechanism"] as? String == "all" })
        #expect(Set(all["cut_off"] as? [String] ?? []) == ["MSD", "APF", "EQC", "PROVEMD", "VOLRESCUE"])
        let functions = try #require(scenario["functions"] as? [[String: Any]])
        #expect(functions.contains { $0["function"] as? String == "emergency-coordination" && $0["lost_lead"] as? Bool == true })
        let findings = try #require(scenario["new_findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "isolated-department" && ($0["departments"] as? [String])?.first == "EQC" })
        #expect(object["settings"] != nil)
        // The table names the cut-off departments too.
        let table = try CLIRunner.run(["simulate", Self.hubei, "--remove", "EMB", "--format", "table"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("5: EQC, MSD, APF, VOLRESCUE, PROVEMD"))
        // Re-centring: the findings refer to the government that leads the bureau, not to a county
        // bureau, and the output says who carries the paths per mechanism (values checked against
        // NetworkX in RecentringOracleTests).
        #expect(scenario["diagnosis_center"] as? String == "GOV")
        #expect(scenario["diagnosis_center_basis"] as? String == "leader-of-removed-centre")
        let recentring = try #require(scenario["recentring"] as? [[String: Any]])
        #expect(recentring.map { $0["mechanism"] as? String }.last == "all")
        #expect(recentring.first { $0["mechanism"] as? String == "operation" }?["broker"] as? String == "FIRE")
        #expect(!findings.contains { ($0["explanation"] as? String ?? "").contains("County A Emergency Management Bureau") && $0["rule"] as? String == "low-redundancy" })
        #expect(table.stdout.contains("findings stated relative to GOV (Municipal People's Government), which leads the removed coordinating department"))
        #expect(table.stdout.contains("Who carries the paths now (re-centring), per mechanism"))
    }

    /// A scenario that keeps the centre: losing County A's EMB cuts its township off (a documented cut point).
    @Test func scenarioKeepingTheCentre() throws {
        let r = try CLIRunner.run(["simulate", Self.hubei, "--remove", "CA_EMB", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let scenario = try #require(object["scenario"] as? [String: Any])
        #expect(scenario["center_removed"] as? Bool == false)
        let all = try #require((scenario["mechanisms"] as? [[String: Any]])?.first { $0["mechanism"] as? String == "all" })
        #expect(all["cut_off"] as? [String] == ["TA1"])
        let command = try #require((scenario["mechanisms"] as? [[String: Any]])?.first { $0["mechanism"] as? String == "command" })
        #expect(command["lost_from_center"] as? [String] == ["TA1"])
    }

    @Test func tidyCSVOfATargetedCurve() throws {
        let r = try CLIRunner.run(["simulate", Self.hubei, "--order", "degree", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        // The illustrative model's status rides on every row.
        #expect(lines[0] == "step,department,largest_component_fraction,largest_strong_component_fraction,efficiency,efficiency_retained,disconnected_pairs,status")
        #expect(lines.count == 1 + 47)
        #expect(lines[1].hasPrefix("0,,1,") && lines[1].hasSuffix(",illustrative model"))
        #expect(lines[2].hasPrefix("1,EMB,"))
    }

    @Test func randomRunsAreIdenticalUnderTheSameSeed() throws {
        let args = ["simulate", Self.hubei, "--random", "25", "--order", "degree", "--seed", "7", "--format", "csv"]
        let a = try CLIRunner.run(args), b = try CLIRunner.run(args)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        let header = a.stdout.prefix { $0 != "\n" }
        #expect(header.hasPrefix("curve,run,step,department,largest_component_fraction"))
        #expect(a.stdout.contains("\nrandom,25,43,"))
        let c = try CLIRunner.run(["simulate", Self.hubei, "--random", "25", "--order", "degree", "--seed", "8", "--format", "csv"])
        #expect(c.stdout != a.stdout)
        let json1 = try CLIRunner.run(["simulate", Self.hubei, "--random", "10", "--seed", "7", "--format", "json"])
        let json2 = try CLIRunner.run(["simulate", Self.hubei, "--random", "10", "--seed", "7", "--format", "json"])
        #expect(json1.status == 0 && json1.stdout == json2.stdout)
    }

    @Test func plotIsDeterministicSVG() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let p1 = dir.appendingPathComponent("a.svg").path, p2 = dir.appendingPathComponent("b.svg").path
        for p in [p1, p2] {
            let r = try CLIRunner.run(["simulate", Self.hubei, "--order", "degree", "--random", "20", "--seed", "1", "--plot", p, "--format", "csv"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: p1)), b = try Data(contentsOf: URL(fileURLWithPath: p2))
        #expect(a == b)
        let svg = String(decoding: a, as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<polyline") && svg.contains("<polygon"))  // lines, and the random band
        #expect(svg.contains(">degree</text>"))
        // Well-formed XML.
        let parser = XMLParser(data: a)
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }

    @Test func badInputs() throws {
        let unknown = try CLIRunner.run(["simulate", Self.hubei, "--remove", "EMB,NOPE"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'NOPE' is not a department"))
        let metric = try CLIRunner.run(["simulate", Self.hubei, "--order", "popularity"])
        #expect(metric.status == 64)
        #expect(metric.stderr.contains("unknown --order metric 'popularity'"))
        // FILE alone runs the targeted attack by degree (ConventionsCLITests); --adaptive alone still needs --order.
        let adaptiveAlone = try CLIRunner.run(["simulate", Self.hubei, "--adaptive"])
        #expect(adaptiveAlone.status == 64 && adaptiveAlone.stderr.contains("--adaptive needs --order METRIC"))
        let center = try CLIRunner.run(["simulate", Self.hubei, "--remove", "FIRE", "--center", "NOPE"])
        #expect(center.status == 64)
        let missing = try CLIRunner.run(["simulate", "no-such-file.yaml", "--order", "degree"])
        #expect(missing.status == 66)
        let overwrite = try CLIRunner.run(["simulate", Self.hubei, "--order", "degree", "--plot", Self.hubei])
        #expect(overwrite.status == 64)
    }

    @Test func adaptiveBetweennessAndNoEfficiency() throws {
        let r = try CLIRunner.run(["simulate", Self.hubei, "--order", "betweenness", "--adaptive", "--no-efficiency", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let curve = try #require((object["curves"] as? [[String: Any]])?.first)
        #expect(curve["label"] as? String == "betweenness (adaptive)")
        #expect((curve["order"] as? [String])?.first == "EMB")
        let steps = try #require(curve["steps"] as? [[String: Any]])
        #expect(steps.count == 47)
        #expect(steps[1]["efficiency"] is NSNull)
    }
}
