import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Loads a network of the comparison fixtures.
func comparisonFixture(_ name: String) throws -> Network {
    try NetworkReader.read(path: RepoPaths.fixtures.appendingPathComponent("comparison/\(name)").path).network
}

/// The hand-checked small pair (see the comments of small-before.yaml): one merge, one split, one rename,
/// one removal, one addition, ties added, removed, reweighted and re-based in every mechanism.
@Suite struct ComparisonDiffTests {
    func smallDiff(mapping: String? = "small-mapping.csv") throws -> (Alignment, NetworkDiff) {
        let before = try comparisonFixture("small-before.yaml"), after = try comparisonFixture("small-after.yaml")
        let map = try mapping.map { try DepartmentMapping.read(path: RepoPaths.fixtures.appendingPathComponent("comparison/\($0)").path) }
            ?? DepartmentMapping.derived(before: before, after: after)
        // Weights of merged predecessors summed, as counted by hand below (the default, max, is checked in AlignmentRulesTests).
        let alignment = Alignment(before: before, after: after, mapping: try map.resolve(before: before, after: after), combine: .sum)
        return (alignment, NetworkDiff(alignment))
    }

    @Test func departmentsByHand() throws {
        let (alignment, d) = try smallDiff()
        #expect(d.added == ["NEWY"])
        #expect(d.removed == ["OLDX"])
        #expect(d.merged == [NetworkDiff.Merge(from: ["EMO", "SAWS"], into: "EMB")])
        #expect(d.split == [NetworkDiff.Split(from: "POLICE", into: ["FIRE", "PSB"])])
        #expect(d.renamed.map { "\($0.from)>\($0.to)" } == ["HFPC>HEALTH"])
        #expect(alignment.absorbedTies == 1)  // EMO -> SAWS falls inside EMB
        #expect(alignment.aligned.departments.map(\.id) == ["GOV", "EMB", "FIRE", "PSB", "HEALTH", "WATER", "OLDX"])
    }

    @Test func tiesByHand() throws {
        let (_, d) = try smallDiff()
        let counts = Dictionary(uniqueKeysWithValues: d.counts.map { ($0.0, $0.1) })
        func check(_ m: String, _ b: Int, _ a: Int, _ add: Int, _ rem: Int, _ rew: Int, _ reb: Int, _ unch: Int, _ j: Double) {
            let c = counts[m]!
            let got: [Int] = [c.before, c.after, c.added, c.removed, c.reweighted, c.rebased, c.unchanged], want: [Int] = [b, a, add, rem, rew, reb, unch]
            #expect(got == want, "\(m)")
            #expect(approximatelyEqual(c.jaccard, j), "\(m)")
        }
        check("command", 5, 5, 2, 2, 1, 0, 2, 3.0 / 7)
        check("information", 4, 4, 1, 1, 0, 1, 2, 3.0 / 5)
        check("operation", 3, 3, 1, 1, 1, 1, 0, 0.5)
        check("all", 12, 12, 4, 4, 2, 2, 4, 0.5)
        // Merged weights add up (3 + 2), basis the most formal (law over regulation).
        let gov = try #require(d.tiesReweighted.first { $0.key.from == "GOV" && $0.key.to == "EMB" })
        #expect(gov.before == TieValue(weight: 5, basis: .law) && gov.after?.weight == 3)
        // The split department's ties went to both successors.
        #expect(d.tiesRemoved.map { "\($0.key.from)>\($0.key.to)" }.sorted() == ["GOV>FIRE", "GOV>OLDX", "OLDX>WATER", "PSB>EMB"])
        #expect(d.tiesAdded.map { "\($0.key.from)>\($0.key.to)" }.sorted() == ["EMB>FIRE", "EMB>WATER", "GOV>NEWY", "NEWY>WATER"])
        #expect(d.tiesRebased.map { "\($0.key.from)>\($0.key.to):\($0.key.mechanism)" } == ["EMB>PSB:operation", "WATER>EMB:information"])
    }

    @Test func formerlyAndYAMLMappingsAgreeWithCSV() throws {
        let (_, csv) = try smallDiff()
        for variant in [nil, "small-mapping.yaml"] as [String?] {
            let (_, d) = try smallDiff(mapping: variant)
            #expect(d.merged == csv.merged && d.split == csv.split && d.renamed == csv.renamed)
            #expect(d.added == csv.added && d.removed == csv.removed)
            #expect(d.counts.map(\.1) == csv.counts.map(\.1))
        }
    }

    @Test func responsibilities() throws {
        let (alignment, d) = try smallDiff()
        #expect(d.responsibilities.map { "\($0.function):\($0.change)" } == ["flood:overlap-resolved", "rescue:overlap-created"])
        // A split lead stays lead in one successor and becomes co-lead in the other.
        let fire = try #require(alignment.aligned.functions.first { $0.id == "fire" })
        #expect(fire.assignments.map(\.role).sorted() == [.lead, .coLead])
        // Two merged leads become one.
        let flood = try #require(alignment.aligned.functions.first { $0.id == "flood" })
        #expect(flood.departments(withRole: .lead) == ["EMB", "WATER"])
    }

    @Test func identicalNetworksHaveNoChanges() throws {
        let net = try comparisonFixture("small-after.yaml")
        let a = Alignment(before: net, after: net, mapping: .identity(before: net, after: net))
        let d = NetworkDiff(a)
        #expect(d.added.isEmpty && d.removed.isEmpty && d.merged.isEmpty && d.split.isEmpty && d.renamed.isEmpty)
        #expect(d.tiesAdded.isEmpty && d.tiesRemoved.isEmpty && d.tiesReweighted.isEmpty && d.tiesRebased.isEmpty)
        #expect(d.counts.last!.1.jaccard == 1)
    }

    @Test func emptyNetworks() throws {
        let empty = Network()
        let d = NetworkDiff(Alignment(before: empty, after: empty, mapping: .identity(before: empty, after: empty)))
        #expect(d.mechanisms.isEmpty)
        #expect(d.counts.count == 1 && d.counts[0].1.jaccard.isNaN)
        let one = Network(departments: [Department(id: "A")])
        let c = try NetworkComparison(before: one, after: one, mapping: .identity(before: one, after: one),
                                      settings: .init(permutations: 10))
        #expect(c.qap.count == 1 && c.qap[0].1.correlation.isNaN && c.qap[0].1.pGreater.isNaN)
    }

    @Test func mappingErrorsCarryFileAndLine() throws {
        let before = try comparisonFixture("small-before.yaml"), after = try comparisonFixture("small-after.yaml")
        let path = RepoPaths.fixtures.appendingPathComponent("comparison/bad-mapping.csv").path
        let map = try DepartmentMapping.read(path: path)
        let error = try #require(throws: FormatError.self) { try map.resolve(before: before, after: after) }
        #expect(error.diagnostics.map { $0.line } == [3, 4])
        #expect(error.description.contains("bad-mapping.csv:3: error: field 'to': 'EMBX' is not a department of the later network"))
        #expect(error.description.contains("bad-mapping.csv:4: error: field 'from': 'NOPE' is not a department of the earlier network"))
    }

    @Test func mappingFileSyntaxErrors() throws {
        #expect(throws: FormatError.self) { try DepartmentMapping.parseCSV(Array("old,new\nA,B\n".utf8), file: "m.csv") }
        let empty = try #require(throws: FormatError.self) { try DepartmentMapping.parseCSV(Array("from,to\nA,\n".utf8), file: "m.csv") }
        #expect(empty.diagnostics.first?.line == 2)
        let doc = try JSONDocumentReader.parse(Array("{\"A\": [\"B\", \"C\"],\n \"D\": {}}".utf8), file: "m.json")
        let bad = try #require(throws: FormatError.self) { try DepartmentMapping.parseDocument(doc, file: "m.json") }
        #expect(bad.diagnostics.first?.line == 2)
        let ok = try DepartmentMapping.parseDocument(try JSONDocumentReader.parse(Array("{\"A\": [\"B\", \"C\"], \"D\": \"E\"}".utf8), file: "m.json"), file: "m.json")
        #expect(ok.pairs.map { "\($0.from)>\($0.to)" } == ["A>B", "A>C", "D>E"])
    }
}

@Suite struct ComparisonHighlightsTests {
    @Test func smallPairSentences() throws {
        let before = try comparisonFixture("small-before.yaml"), after = try comparisonFixture("small-after.yaml")
        let c = try NetworkComparison(before: before, after: after, mapping: DepartmentMapping.derived(before: before, after: after).resolve(before: before, after: after),
                                      settings: .init(permutations: 50))
        let h = c.highlights
        #expect(h.first == "Departments 7 → 7: 1 merged, 1 split, 1 renamed, 1 added, 1 removed.")
        // Merged weights by max: GOV → EMB is max(3, 2) = 3 before and 3 after, so only one tie is reweighted.
        #expect(h[1] == "Ties after alignment 12 → 12: 4 added, 4 removed, 1 reweighted, 2 re-based; Jaccard similarity 0.5.")
        // By hand: flood's leads WATER and EMO → EMB (EMO merged, WATER dropped): lead-merged; fire POLICE → FIRE
        // (the split's continuation, by the later network's order): unchanged; health (support only before)
        // and rescue (new): lead-gained.
        #expect(h.contains { $0 == "Functions (roles on each network's own departments, through the mapping): 4 functions; lead moved 0, merged 1, "
                                 + "gained 2, lost 0, co-lead changed 0, unchanged 1; 1 lead overlap resolved, 1 created." })
        #expect(h.last?.hasPrefix("Diagnosis findings:") == true)
    }
}
