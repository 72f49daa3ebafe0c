import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The three split rules on the hand-checked duty-transfer pair (Fixtures/comparison/duties-*). Every
/// expected tie is derived by hand in the comments from the fixture, the mapping and the rules of
/// ``Alignment``; the QAP correlation is recomputed here from those hand-derived tie lists by the plain
/// Pearson formula over the 7 × 6 off-diagonal cells (an implementation independent of ``QAP``).
@Suite struct AlignmentRulesTests {
    static func pair() throws -> (Network, Network, ResolvedMapping) {
        let before = try comparisonFixture("duties-before.yaml"), after = try comparisonFixture("duties-after.yaml")
        let map = try DepartmentMapping.read(path: RepoPaths.fixtures.appendingPathComponent("comparison/duties-mapping.csv").path)
        return (before, after, try map.resolve(before: before, after: after))
    }

    static func keys(_ t: TieTable) -> [String] {
        t.keys.map { "\($0.from)\($0.directed ? ">" : "-")\($0.to):\($0.mechanism)" }.sorted()
    }

    // Served functions (inferred: one end leads or co-leads f — or is a coordinating body whose office such a
    // lead hosts — and the other holds a role in f):
    // WATER>EMO serves flood, POLICE-HFPC serves fire, POLICE-ENV serves chem; the other 5 ties serve none.

    @Test func dutyRule() throws {
        let (b, a, m) = try Self.pair()
        let al = Alignment(before: b, after: a, mapping: m)
        #expect(al.rule == .duty)  // the mapping names duties
        #expect(al.tieFunctions.recorded == 0 && al.tieFunctions.inferred == 3 && al.tieFunctions.none == 5)
        // GOV>EMO and GOV>SAWS pool on GOV>EMB (max 3); GOV>WATER and GOV>POLICE serve no named duty: continuation
        // (WATER itself; PSB); WATER>EMO serves flood, which WATER's row hands to EMB: inside EMB, absorbed;
        // POLICE-HFPC serves fire → FIRE-HEALTH; POLICE-ENV serves chem, no row names it → PSB (unattributed).
        #expect(Self.keys(al.beforeTies) == ["ENV-PSB:operation", "ENV>GOV:information", "FIRE-HEALTH:operation",
                                             "GOV>EMB:command", "GOV>PSB:command", "GOV>WATER:command"])
        #expect(al.beforeTies.values[TieKey(from: "GOV", to: "EMB", mechanism: "command", directed: true)]?.weight == 3)
        #expect(al.absorbedTies == 1)
        // (POLICE-ENV is an undirected operation tie, stored with the smaller id first.)
        #expect(al.unattributed.map { "\($0.from)>\($0.to)" } == ["ENV>POLICE", "GOV>POLICE", "GOV>WATER"])
        let d = NetworkDiff(al)
        // Added: EMB>FIRE (no earlier tie between predecessors); WATER>EMB information (WATER>EMO existed: the
        // rule sent it inside EMB, so it is labelled). Removed: none.
        #expect(d.tiesAdded.map { "\($0.key.from)>\($0.key.to):\($0.byAlignment)" } == ["EMB>FIRE:false", "WATER>EMB:true"])
        #expect(d.tiesRemoved.isEmpty)
        #expect(d.counts.last!.1.unchanged == 6)
        // The roles follow the duty: flood's WATER lead goes to EMB, fire's POLICE lead to FIRE, order's to PSB.
        let roles = Dictionary(uniqueKeysWithValues: al.aligned.functions.map { ($0.id, $0.assignments.map { "\($0.department):\($0.role.rawValue)" }) })
        #expect(roles["flood"] == ["EMB:lead"] && roles["fire"] == ["FIRE:lead", "HEALTH:support"] && roles["order"] == ["PSB:lead"])
    }

    @Test func successorRule() throws {
        let (b, a, m) = try Self.pair()
        let al = Alignment(before: b, after: a, mapping: m, rule: .successor)
        // First-listed successors: WATER → WATER, POLICE → PSB. WATER>EMO becomes WATER>EMB (not absorbed).
        #expect(Self.keys(al.beforeTies) == ["ENV-PSB:operation", "ENV>GOV:information", "GOV>EMB:command", "GOV>PSB:command",
                                             "GOV>WATER:command", "HEALTH-PSB:operation", "WATER>EMB:information"])
        let d = NetworkDiff(al)
        #expect(d.tiesAdded.map { "\($0.key.from)-\($0.key.to):\($0.byAlignment)" } == ["EMB-FIRE:false", "FIRE-HEALTH:true"])
        #expect(d.tiesRemoved.map { "\($0.key.from)-\($0.key.to):\($0.byAlignment)" } == ["HEALTH-PSB:true"])
    }

    @Test func copyRule() throws {
        let (b, a, m) = try Self.pair()
        let al = Alignment(before: b, after: a, mapping: m, rule: .copy)
        #expect(Self.keys(al.beforeTies) == ["ENV-FIRE:operation", "ENV-PSB:operation", "ENV>GOV:information", "FIRE-HEALTH:operation",
                                             "GOV>EMB:command", "GOV>FIRE:command", "GOV>PSB:command", "GOV>WATER:command",
                                             "HEALTH-PSB:operation", "WATER>EMB:information"])
        let d = NetworkDiff(al)
        // Every removed tie is a copy the rule made (phantoms), and labelled so.
        #expect(d.tiesRemoved.map { "\($0.key.from)-\($0.key.to):\($0.byAlignment)" } == ["ENV-FIRE:true", "GOV-FIRE:true", "HEALTH-PSB:true"])
        #expect(d.tiesAdded.map { "\($0.key.from)-\($0.key.to)" } == ["EMB-FIRE"])
    }

    @Test func weightsOfMergedPredecessorsCombineByMaxOrSum() throws {
        let (b, a, m) = try Self.pair()
        let key = TieKey(from: "GOV", to: "EMB", mechanism: "command", directed: true)
        #expect(Alignment(before: b, after: a, mapping: m).beforeTies.values[key]?.weight == 3)  // max(3, 2)
        #expect(Alignment(before: b, after: a, mapping: m, combine: .sum).beforeTies.values[key]?.weight == 5)  // 3 + 2
    }

    /// Pearson r of two 0/1 matrices given by their ties (undirected ties fill both cells).
    static func pearson(_ x: [String], _ y: [String], nodes: [String]) -> Double {
        func cells(_ ties: [String]) -> Set<String> {
            var s = Set<String>()
            for t in ties {
                let undirected = t.contains("-")
                let ends = t.split(whereSeparator: { $0 == ">" || $0 == "-" }).map(String.init)
                s.insert(ends[0] + "|" + ends[1])
                if undirected { s.insert(ends[1] + "|" + ends[0]) }
            }
            return s
        }
        let cx = cells(x), cy = cells(y)
        var xs: [Double] = [], ys: [Double] = []
        for i in nodes { for j in nodes where i != j { xs.append(cx.contains(i + "|" + j) ? 1 : 0); ys.append(cy.contains(i + "|" + j) ? 1 : 0) } }
        let n = Double(xs.count), mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for k in xs.indices { sxy += (xs[k] - mx) * (ys[k] - my); sxx += (xs[k] - mx) * (xs[k] - mx); syy += (ys[k] - my) * (ys[k] - my) }
        return sxy / (sxx * syy).squareRoot()
    }

    @Test func sensitivityTableRecomputed() throws {
        let (b, a, m) = try Self.pair()
        let c = try NetworkComparison(before: b, after: a, mapping: m, settings: .init(permutations: 0))
        let nodes = ["GOV", "EMB", "WATER", "PSB", "FIRE", "HEALTH", "ENV"]
        // The later ties; the aligned earlier ties of each rule as derived above (mechanisms pooled).
        let after = ["GOV>EMB", "GOV>WATER", "GOV>PSB", "EMB>FIRE", "WATER>EMB", "FIRE-HEALTH", "PSB-ENV", "ENV>GOV"]
        let expected: [AlignmentRule: (ties: [String], added: Int, removed: Int, byAlignment: (Int, Int))] = [
            .duty: (["GOV>EMB", "GOV>WATER", "GOV>PSB", "FIRE-HEALTH", "PSB-ENV", "ENV>GOV"], 2, 0, (1, 0)),
            .successor: (["GOV>EMB", "GOV>WATER", "GOV>PSB", "WATER>EMB", "PSB-HEALTH", "PSB-ENV", "ENV>GOV"], 2, 1, (1, 1)),
            .copy: (["GOV>EMB", "GOV>WATER", "GOV>PSB", "GOV>FIRE", "WATER>EMB", "PSB-HEALTH", "FIRE-HEALTH", "PSB-ENV", "FIRE-ENV", "ENV>GOV"], 1, 3, (0, 3)),
        ]
        #expect(c.sensitivity.map(\.0) == [.duty, .successor, .copy])
        for (rule, s) in c.sensitivity {
            let e = expected[rule]!
            #expect(abs(s.qapR - Self.pearson(e.ties, after, nodes: nodes)) < 1e-9, "\(rule)")
            #expect(s.tiesAdded == e.added && s.tiesRemoved == e.removed, "\(rule)")
            #expect(s.tiesAddedByAlignment == e.byAlignment.0 && s.tiesRemovedByAlignment == e.byAlignment.1, "\(rule)")
        }
        // Centre EMB (the later network's emergency-management department): degree after = GOV, FIRE, WATER = 3;
        // aligned before under duty = GOV only = 1, under copy = GOV and WATER = 2.
        #expect(c.centre == "EMB")
        let byRule = Dictionary(uniqueKeysWithValues: c.sensitivity.map { ($0.0, $0.1) })
        #expect(byRule[.duty]!.centreDegreeAfter == 3 && byRule[.duty]!.centreDegreeBefore == 1 && byRule[.copy]!.centreDegreeBefore == 2)
    }

    /// The office half of the inference rule: a headquarters whose office the split POLICE hosts acts for
    /// POLICE's duties, so its direction tie to POLICE follows them (fire → FIRE; order and chem → PSB)
    /// instead of going, unattributed, to the continuation only.
    @Test func headquartersOfficeActsForItsHostsDuties() throws {
        var (b, a, m) = try Self.pair()
        let hq = Department(id: "FIREHQ", name: "Fire Headquarters", kind: "coordinating-body", attributes: ["office_host": .string("POLICE")])
        b.departments.append(hq)
        a.departments.append(hq)
        b.ties.append(Tie(from: "FIREHQ", to: "POLICE", mechanism: "command", relation: .direction))
        m = try DepartmentMapping.read(path: RepoPaths.fixtures.appendingPathComponent("comparison/duties-mapping.csv").path).resolve(before: b, after: a)
        let al = Alignment(before: b, after: a, mapping: m)
        #expect(al.tieFunctions.inferred == 4)
        #expect(Self.keys(al.beforeTies).filter { $0.hasPrefix("FIREHQ") } == ["FIREHQ>FIRE:command", "FIREHQ>PSB:command"])
        #expect(!al.unattributed.contains { $0.from == "FIREHQ" })
        #expect(Alignment.inferenceRule.contains("coordinating body whose office"))
    }
}
