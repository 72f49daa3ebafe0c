import Foundation
import Testing
import GovNetTestSupport

@Suite struct CompareCLITests {
    static let fixtures = "Tests/GovNetTests/Fixtures/comparison/"

    func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLIRunner.run(["compare"] + args + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func smallPairJSONInterface() throws {
        let o = try json([Self.fixtures + "small-before.yaml", Self.fixtures + "small-after.yaml", "--mapping", Self.fixtures + "small-mapping.csv",
                          "--permutations", "100", "--seed", "7"])
        let deps = try #require(o["departments"] as? [String: Any])
        #expect(deps["added"] as? [String] == ["NEWY"])
        #expect(deps["removed"] as? [String] == ["OLDX"])
        let merged = try #require(deps["merged"] as? [[String: Any]])
        #expect(merged.count == 1 && merged[0]["into"] as? String == "EMB" && merged[0]["from"] as? [String] == ["EMO", "SAWS"])
        let split = try #require(deps["split"] as? [[String: Any]])
        #expect(split.count == 1 && split[0]["from"] as? String == "POLICE" && split[0]["into"] as? [String] == ["FIRE", "PSB"])
        #expect((deps["renamed"] as? [[String: Any]])?.first?["to"] as? String == "HEALTH")
        let ties = try #require(o["ties"] as? [String: [[String: Any]]])
        #expect(ties["added"]?.count == 4 && ties["removed"]?.count == 4 && ties["reweighted"]?.count == 1 && ties["rebased"]?.count == 2)  // merged weights by max
        #expect(ties["added"]?.allSatisfy { $0["from"] is String && $0["to"] is String && $0["mechanism"] is String } == true)
        let jaccard = try #require(o["jaccard"] as? [String: Double])
        #expect(jaccard["all"] == 0.5 && jaccard["operation"] == 0.5)
        let qap = try #require(o["qap"] as? [String: [String: Any]])
        #expect(Set(qap.keys) == ["command", "information", "operation", "all"])
        for key in ["correlation", "p_greater", "p_less", "p_two_sided", "permutations"] { #expect(qap["all"]?[key] != nil, "\(key)") }
        #expect(qap["all"]?["permutations"] as? Int == 100)
        #expect(o["network_metrics"] is [String: Any] && o["departments_metrics"] is [Any] && o["findings"] is [String: Any] && o["settings"] is [String: Any])
    }

    /// A mapping that names the duties each successor took over reads the same from CSV, YAML and JSON.
    @Test func dutiesInYAMLAndJSONMappings() throws {
        func run(_ mapping: String) throws -> String {
            let r = try CLIRunner.run(["compare", Self.fixtures + "duties-before.yaml", Self.fixtures + "duties-after.yaml", "--mapping", Self.fixtures + mapping,
                                       "--function-mapping", Self.fixtures + "duties-function-mapping.csv", "--permutations", "10", "--no-metrics", "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            // The settings name the mapping file; everything else must agree.
            return r.stdout.replacingOccurrences(of: mapping, with: "MAPPING")
        }
        let csv = try run("duties-mapping.csv")
        #expect(try run("duties-mapping.yaml") == csv)
        #expect(try run("duties-mapping.json") == csv)
        #expect(csv.contains("\"lead-moved\""))
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-duties-\(UUID().uuidString).yaml").path
        try "POLICE:\n  FIRE: [fir]\n".write(toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let r = try CLIRunner.run(["compare", Self.fixtures + "duties-before.yaml", Self.fixtures + "duties-after.yaml", "--mapping", bad, "--no-metrics"])
        #expect(r.status == 65 && r.stderr.contains("'fir' is not a function of either network (did you mean 'fire'?)"), "\(r.stderr)")
    }

    @Test func functionsJSONInterface() throws {
        let o = try json([Self.fixtures + "duties-before.yaml", Self.fixtures + "duties-after.yaml", "--mapping", Self.fixtures + "duties-mapping.csv",
                          "--function-mapping", Self.fixtures + "duties-function-mapping.csv", "--permutations", "10", "--no-metrics"])
        let fs = try #require(o["functions"] as? [[String: Any]])
        // Hand-derived in FunctionChangesTests.everyFunctionByHand.
        #expect(fs.map { $0["change"] as? String ?? "" } == ["lead-moved", "lead-merged", "lead-moved", "unchanged", "unchanged", "co-lead-changed",
                                                             "lead-gained", "lead-lost", "lead-merged", "co-lead-changed", "unchanged"])
        let flood = fs[0]
        #expect(flood["id"] as? String == "flood" && flood["name"] as? String == "Flood control")
        let b = try #require(flood["before"] as? [String: [String]]), a = try #require(flood["after"] as? [String: [String]])
        #expect(b == ["lead": ["WATER"], "co_lead": [], "support": ["EMO"]])
        #expect(a == ["lead": ["EMB"], "co_lead": ["WATER"], "support": []])
        #expect(fs[10]["id"] as? String == "medical" && fs[10]["id_before"] as? String == "med")
        let table = try CLIRunner.run(["compare", Self.fixtures + "duties-before.yaml", Self.fixtures + "duties-after.yaml", "--mapping",
                                       Self.fixtures + "duties-mapping.csv", "--format", "markdown", "--permutations", "10", "--no-metrics"])
        #expect(table.stdout.contains("| Flood control | lead-moved | Water Bureau | Emergency Management Bureau (Water Bureau co-lead) | WATER moved → EMB |"))
    }

    @Test func alignmentAndSensitivityJSONInterface() throws {
        let base = [Self.fixtures + "duties-before.yaml", Self.fixtures + "duties-after.yaml", "--mapping", Self.fixtures + "duties-mapping.csv",
                    "--permutations", "10"]
        let o = try json(base)
        #expect(o["alignment"] as? String == "duty")
        let sens = try #require(o["sensitivity"] as? [String: [String: Any]])
        #expect(Set(sens.keys) == ["duty", "successor", "copy"])
        for (rule, v) in sens {
            for key in ["qap_r", "ties_added", "ties_removed", "findings_appeared", "findings_disappeared", "centre_degree_before",
                        "centre_degree_after", "centre_betweenness_before", "centre_betweenness_after"] { #expect(v[key] != nil, "\(rule) \(key)") }
        }
        // Hand-derived in AlignmentRulesTests: the copy rule removes 3 ties, all copies.
        #expect(sens["copy"]?["ties_removed"] as? Int == 3 && sens["duty"]?["ties_removed"] as? Int == 0)
        let copy = try json(base + ["--align", "copy", "--combine", "sum"])
        #expect(copy["alignment"] as? String == "copy")
        let removed = try #require((copy["ties"] as? [String: Any])?["removed"] as? [[String: Any]])
        #expect(removed.count == 3 && removed.allSatisfy { $0["attributed_by_alignment"] as? Bool == true })
        let bad = try CLIRunner.run(["compare"] + base + ["--align", "nearest"])
        #expect(bad.status == 64 && bad.stderr.contains("--align"))
    }

    @Test func threeWaveTrajectory() throws {
        let f = Self.fixtures
        let o = try json([f + "duties-before.yaml", f + "duties-after.yaml", f + "duties-after.yaml",
                          "--mapping", f + "duties-mapping.csv", "--mapping", f + "identity-mapping.csv", "--permutations", "20"])
        let waves = try #require(o["waves"] as? [[String: Any]])
        #expect(waves.count == 3)
        #expect(waves.map { $0["centre"] as? String ?? "" } == ["EMO", "EMB", "EMB"])
        #expect(waves.map { $0["ties"] as? Int ?? -1 } == [8, 8, 8])
        // EMB after: ties to GOV, FIRE and WATER (degree 3).
        #expect(waves[1]["centre_degree"] as? Double == 3)
        let steps = try #require(o["steps"] as? [[String: Any]])
        // Step 1 as in FunctionChangesTests without the function mapping (med lost, medical gained); step 2 compares a network with itself.
        #expect((steps[0]["function_changes"] as? [String: Int]) == ["lead-moved": 2, "lead-merged": 2, "lead-gained": 2, "lead-lost": 2,
                                                                     "co-lead-changed": 2, "unchanged": 2])
        #expect(steps[1]["qap_r"] as? Double == 1 && steps[1]["ties_added"] as? Int == 0 && steps[1]["ties_removed"] as? Int == 0)
        #expect((steps[1]["p_greater_text"] as? String)?.hasPrefix("p") == true)
        let fs = try #require(o["functions"] as? [[String: Any]])
        let flood = try #require(fs.first { $0["id"] as? String == "flood" }?["leads"] as? [[String: [String]]])
        #expect(flood.map { $0["lead"]! } == [["WATER"], ["EMB"], ["EMB"]] && flood[1]["co_lead"] == ["WATER"])
        let bad = try CLIRunner.run(["compare", f + "duties-before.yaml", f + "duties-after.yaml", f + "duties-after.yaml", "--mapping", f + "duties-mapping.csv"])
        #expect(bad.status == 64)
    }

    @Test func outputIsDeterministic() throws {
        let args = ["compare", "networks/hubei-city-pre-reform.yaml", "networks/hubei-city-post-reform.yaml",
                    "--mapping", "networks/hubei-city-reform-mapping.csv", "--format", "json", "--permutations", "200"]
        let a = try CLIRunner.run(args), b = try CLIRunner.run(args)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
    }

    @Test func hubeiPairComparesCleanlyWithAndWithoutMapping() throws {
        // The `formerly:` lists carry no duties, so both use the copy rule here.
        let withMapping = try json(["networks/hubei-city-pre-reform.yaml", "networks/hubei-city-post-reform.yaml",
                                    "--mapping", "networks/hubei-city-reform-mapping.csv", "--permutations", "200", "--align", "copy"])
        let formerly = try json(["networks/hubei-city-pre-reform.yaml", "networks/hubei-city-post-reform.yaml", "--permutations", "200"])
        #expect(withMapping["departments"] as? NSDictionary == formerly["departments"] as? NSDictionary)
        #expect(withMapping["ties"] as? NSDictionary == formerly["ties"] as? NSDictionary)
        let deps = try #require(withMapping["departments"] as? [String: Any])
        #expect((deps["merged"] as? [Any])?.isEmpty == false)
        #expect((deps["removed"] as? [String])?.isEmpty == true)
        // The moved duties of the 2018 reform as the files record them (illustrative model).
        let fs = try #require(withMapping["functions"] as? [[String: Any]])
        let change = Dictionary(uniqueKeysWithValues: fs.map { ($0["id"] as! String, $0["change"] as! String) })
        for id in ["flood-control", "disaster-relief", "earthquake-relief", "forest-fire"] { #expect(change[id] == "lead-moved", "\(id)") }
        #expect(change["work-safety"] == "lead-merged" && change["public-health"] == "unchanged")
        let chem = try #require(fs.first { $0["id"] as? String == "hazardous-chemicals" })
        #expect((chem["before"] as? [String: [String]])?["lead"]?.contains("PSB") == true && (chem["after"] as? [String: [String]])?["lead"]?.contains("PSB") == false)
        #expect(withMapping["qap_caveat"] is String)
    }

    @Test func unknownIdInMappingIsADataError() throws {
        let r = try CLIRunner.run(["compare", Self.fixtures + "small-before.yaml", Self.fixtures + "small-after.yaml",
                                   "--mapping", Self.fixtures + "bad-mapping.csv"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad-mapping.csv:3: error: field 'to': 'EMBX' is not a department of the later network"))
        #expect(r.stderr.contains("bad-mapping.csv:4: error:"))
    }

    @Test func tableAndMarkdown() throws {
        for format in ["table", "markdown"] {
            let r = try CLIRunner.run(["compare", Self.fixtures + "small-before.yaml", Self.fixtures + "small-after.yaml",
                                       "--permutations", "50", "--format", format])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("EMO+SAWS → EMB"))
            #expect(r.stdout.contains("POLICE → FIRE+PSB"))
        }
    }

    @Test func overlayDiagramAndPanels() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("overlay.svg").path
        let r = try CLIRunner.run(["compare", Self.fixtures + "small-before.yaml", Self.fixtures + "small-after.yaml",
                                   "--permutations", "10", "--diagram", svg, "--panels", dir.appendingPathComponent("p").path, "-o",
                                   dir.appendingPathComponent("out.md").path])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        // Every added tie is drawn green and every removed tie red dashed.
        #expect(text.components(separatedBy: "stroke=\"#238b45\"").count - 1 >= 4)
        #expect(text.components(separatedBy: "stroke=\"#cb181d\"").count - 1 >= 4)
        for suffix in ["before", "after"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("p-\(suffix).svg").path))
        }
    }
}
