import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The comparison tables of `govnet export --compare`, on the curated Hubei before/after pair and on a
/// small hand-made merge.
@Suite struct ComparisonExportTests {
    static func hubei() throws -> ComparisonExport {
        let before = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-pre-reform.yaml").path).network
        let after = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
        let mapping = try DepartmentMapping.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-reform-mapping.csv").path)
            .resolve(before: before, after: after)
        return try ComparisonExport(before: before, after: after, mapping: mapping, name: "hubei", permutations: 200)
    }

    @Test func tablesAndColumns() throws {
        let e = try Self.hubei()
        #expect(e.files.map(\.name) == ComparisonExport.fileNames)
        #expect(e.table("comparison_departments")?.columns == ["comparison", "department", "name", "name_zh", "status", "predecessors", "predecessor_names"])
        #expect(e.table("comparison_ties")?.columns == ["comparison", "from", "to", "mechanism", "directed", "change", "weight_before",
                                                        "weight_after", "basis_before", "basis_after"])
        #expect(e.table("comparison_department_metrics")?.columns == ["comparison", "department", "metric", "before", "after", "change",
                                                                      "rank_before", "rank_after"])
        #expect(e.table("comparison_findings")?.columns.prefix(3) == ["comparison", "status", "severity"])
        for (table, file) in zip(e.tables, e.files) {
            let header = try CSVReader.records(Array(file.text.utf8), file: file.name).first?.fields
            #expect(header == table.columns)
        }
    }

    @Test func hubeiReform() throws {
        let e = try Self.hubei()
        let departments = try #require(e.table("comparison_departments"))
        // Every post-reform department has one row (no pre-reform department is dropped by the mapping).
        #expect(departments.rows.count == 46)
        func row(_ id: String) -> [ExportCell]? { departments.rows.first { $0[1] == .text(id) } }
        // The Emergency Management Bureau absorbs the emergency office, work safety and six more bureaus.
        #expect(row("EMB")?[4] == .text("merged"))
        #expect(row("EMB")?[5] == .text("EMO;SAWS;CIVIL;LAND;WATER;FORESTRY;AGRI;EQ"))
        #expect(row("HEALTH")?[4] == .text("renamed"))
        // Tie changes: each aligned tie key once; the change labels come from the diff's lists.
        let ties = try #require(e.table("comparison_ties"))
        let changes = ties.column("change")!.map { if case .text(let s) = $0 { s } else { "" } }
        #expect(Set(changes).isSubset(of: ["added", "removed", "unchanged", "reweighted", "rebased", "reweighted;rebased"]))
        #expect(changes.contains("added") && changes.contains("removed"))
        // Department metrics: every node metric for every department present in both.
        let metrics = try #require(e.table("comparison_department_metrics"))
        #expect(metrics.rows.count == 46 * NodeMetrics.all.count)
        let network = try #require(e.table("comparison_network"))
        #expect(network.rows.first.map { Array($0[1...4]) } == [.text("all"), .text("nodes"), .number(46), .number(46)])
    }

    @Test func deterministic() throws {
        let a = try Self.hubei(), b = try Self.hubei()
        for (x, y) in zip(a.files, b.files) { #expect(x.text == y.text, "\(x.name)") }
    }

    /// Before: A, B, C with A→B, B→C (command). After: AB (merge of A and B), C, D with AB→C, AB→D.
    @Test func smallMerge() throws {
        var before = Network()
        before.departments = ["A", "B", "C"].map { Department(id: $0) }
        before.ties = [Tie(from: "A", to: "B", mechanism: "command"), Tie(from: "B", to: "C", mechanism: "command")]
        var after = Network()
        after.departments = [Department(id: "AB", formerly: ["A", "B"]), Department(id: "C"), Department(id: "D")]
        after.ties = [Tie(from: "AB", to: "C", mechanism: "command"), Tie(from: "AB", to: "D", mechanism: "command")]
        let mapping = try DepartmentMapping.derived(before: before, after: after).resolve(before: before, after: after)
        let e = try ComparisonExport(before: before, after: after, mapping: mapping, name: "m", permutations: 10)
        let departments = try #require(e.table("comparison_departments"))
        #expect(departments.rows.map { [$0[1], $0[4], $0[5]] } == [
            [.text("AB"), .text("merged"), .text("A;B")],
            [.text("C"), .text("kept"), .text("C")],
            [.text("D"), .text("added"), .text("")],
        ])
        let ties = try #require(e.table("comparison_ties"))
        // A→B falls inside AB (absorbed); B→C becomes AB→C (unchanged); AB→D is new.
        #expect(ties.rows.map { [$0[1], $0[2], $0[5]] } == [
            [.text("AB"), .text("C"), .text("unchanged")],
            [.text("AB"), .text("D"), .text("added")],
        ])
    }
}
