import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// End-to-end tests of `govnet suggest`; every claimed resolution is checked by recomputation.
@Suite struct SuggestCLITests {
    static let hubei = "networks/hubei-city-post-reform.yaml"

    static func json(_ r: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// Adds the suggested ties to the network one by one and checks that each articulation point and
    /// bridge a suggestion claims to resolve was one before it and is not one after it.
    @Test func suggestionsRemoveTheCutPointsTheyClaim() throws {
        let r = try CLIRunner.run(["suggest", Self.hubei, "--budget", "4", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let suggestions = try #require(try Self.json(r)["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 4)
        var net = try NetworkReader.read(path: RepoPaths.root.appendingPathComponent(Self.hubei).path).network
        // The default view: the working mechanisms, coordinating bodies left out (two-mode).
        let bodies = GovernanceStructure(network: net).bodies
        net.departments.removeAll { bodies.contains($0.id) }
        net.ties.removeAll { bodies.contains($0.from) || bodies.contains($0.to) }
        func weakPoints(_ net: Network) -> (cuts: Set<String>, bridges: Set<String>) {
            let ng = NetworkGraph(network: net, view: GraphView(mechanisms: ["information", "material", "operation"]))
            let (g, arcEdge) = ng.graph.undirectedProjection()
            let cut = Biconnectivity.articulationPoints(of: g)
            let bridge = Biconnectivity.bridges(of: g)
            var bridges = Set<String>()
            for e in 0..<g.edgeCount where bridge[e] {
                let a = ng.ids[Int(g.edge(e).source)], b = ng.ids[Int(g.edge(e).target)]
                bridges.insert(RemovalOrder.idPrecedes(a, b) ? "\(a)–\(b)" : "\(b)–\(a)")
            }
            _ = arcEdge
            return (Set((0..<g.nodeCount).filter { cut[$0] }.map { ng.ids[$0] }), bridges)
        }
        var resolvedAny = false
        for s in suggestions {
            let before = weakPoints(net)
            net.ties.append(Tie(from: s["from"] as! String, to: s["to"] as! String, mechanism: s["mechanism"] as! String))
            let after = weakPoints(net)
            #expect(s["objective"] as? String == "biconnectivity" || s["objective"] as? String == "efficiency")
            for claim in s["resolves"] as? [String] ?? [] {
                resolvedAny = true
                let words = claim.split(separator: " ")
                let subject = String(words[1])
                if claim.hasPrefix("single-point-of-failure ") {
                    #expect(before.cuts.contains(subject) && !after.cuts.contains(subject), "\(claim)")
                } else {
                    #expect(claim.hasPrefix("fragile-tie "))
                    #expect(before.bridges.contains(subject) && !after.bridges.contains(subject), "\(claim)")
                }
            }
            #expect(after.cuts.count == s["cut_points_after"] as? Int)
            #expect(after.bridges.count == s["bridges_after"] as? Int)
        }
        #expect(resolvedAny)
        #expect((suggestions.first?["resolves"] as? [String])?.contains("single-point-of-failure GOV (information+material+operation)") == true)
    }

    @Test func allowedPairsAreRespected() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-suggest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let allowed = dir.appendingPathComponent("allowed.csv")
        try "from,to\nVOLRESCUE,REDCROSS\nEQC,NATRES\nMSD,PSB\n".write(to: allowed, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["suggest", Self.hubei, "--budget", "5", "--allowed", allowed.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let suggestions = try #require(try Self.json(r)["suggestions"] as? [[String: Any]])
        let permitted: Set<Set<String>> = [["VOLRESCUE", "REDCROSS"], ["EQC", "NATRES"], ["MSD", "PSB"]]
        #expect(!suggestions.isEmpty && suggestions.count <= 3)
        for s in suggestions { #expect(permitted.contains([s["from"] as! String, s["to"] as! String])) }
        #expect(suggestions.first?["objective"] as? String == "biconnectivity")

        let bad = dir.appendingPathComponent("bad.csv")
        try "from,to\nEMB,NOWHERE\n".write(to: bad, atomically: true, encoding: .utf8)
        let badRun = try CLIRunner.run(["suggest", Self.hubei, "--allowed", bad.path])
        #expect(badRun.status == 65)
        #expect(badRun.stderr.contains("bad.csv:2") && badRun.stderr.contains("unknown department 'NOWHERE'"))
        let noHeader = dir.appendingPathComponent("noheader.csv")
        try "a,b\nEMB,GOV\n".write(to: noHeader, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["suggest", Self.hubei, "--allowed", noHeader.path]).status == 65)
        #expect(try CLIRunner.run(["suggest", Self.hubei, "--allowed", dir.appendingPathComponent("missing.csv").path]).status == 66)
    }

    /// On the Hubei model every command line already exists: asked for command ties, suggest proposes
    /// none (the bureau cannot be told to command departments it does not lead) and says why.
    @Test func noCommandTieWithoutALeadershipLine() throws {
        let r = try CLIRunner.run(["suggest", Self.hubei, "--mechanism", "command", "--budget", "2", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try Self.json(r)
        #expect((object["suggestions"] as? [[String: Any]])?.isEmpty == true)
        #expect(((object["refused"] as? [String: Any])?["command-without-leadership"] as? Int ?? 0) > 0)
        #expect((object["settings"] as? [String: Any])?["budget"] as? Int == 2)
        let table = try CLIRunner.run(["suggest", Self.hubei, "--mechanism", "command", "--format", "table"])
        #expect(table.stdout.contains("a department commands only the departments it leads"))
    }

    /// Each step names its objective, the level it acts on, whether it needs a leadership line and its
    /// instrument; no step skips a level, and the objectives' outcomes are reported.
    @Test func stepsNameObjectiveLevelAndLine() throws {
        let r = try CLIRunner.run(["suggest", Self.hubei, "--budget", "5", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try Self.json(r)
        let suggestions = try #require(object["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 5)
        let levels: [String: String] = Dictionary(uniqueKeysWithValues: try NetworkReader.read(path: RepoPaths.root.appendingPathComponent(Self.hubei).path)
            .network.departments.map { ($0.id, $0.level ?? "") })
        for s in suggestions {
            let keys = Set(s.keys)
            #expect(keys.isSuperset(of: ["from", "to", "mechanism", "objective", "level", "leadership_line", "instrument",
                                         "cut_points_removed", "bridges_removed", "efficiency_gain", "resolves"]))
            #expect(!keys.contains("gain"))
            let (a, b) = (s["from"] as! String, s["to"] as! String)
            let ra = RelationshipClass.levelRank(levels[a]), rb = RelationshipClass.levelRank(levels[b])
            if let ra, let rb { #expect(abs(ra - rb) <= 1, "\(a)–\(b) skips a level") }
            #expect(![a, b].contains("TA1") || [a, b].contains("CA_EMB"))
            #expect((s["leadership_line"] as? [String: Any])?["needed"] as? Bool == false)
            #expect(s["loads_overloaded"] as? Bool == false, "\(a)–\(b) loads the overloaded bureau")
        }
        #expect((object["overloaded"] as? [String]) == ["EMB"])
        let objectives = try #require(object["objectives"] as? [[String: Any]])
        #expect(objectives.map { $0["objective"] as? String } == ["biconnectivity", "efficiency"])
        let table = try CLIRunner.run(["suggest", Self.hubei, "--budget", "5", "--format", "table"])
        #expect(table.stdout.contains("Objectives") && table.stdout.contains("remove cut points and bridges:"))
        #expect(table.stdout.contains("not needed (coordination)"))
    }

    @Test func mechanismAndFormats() throws {
        let csv = try CLIRunner.run(["suggest", Self.hubei, "--budget", "1", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("rank,from,to,mechanism,objective,level,needs_leadership_line,leadership_line,instrument,cut_points_removed,bridges_removed,efficiency_gain,"))
        #expect(try CLIRunner.run(["suggest", Self.hubei, "--mechanism", "nope"]).status == 64)
        #expect(try CLIRunner.run(["suggest", Self.hubei, "--budget", "-1"]).status == 64)
    }
}
