import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The tidy tables of `govnet export`: columns and their order, one row per department, per-mechanism
/// columns checked by hand, deterministic bytes, CSV safe against formula injection.
@Suite struct NetworkExportTests {
    /// Four departments, two mechanisms:
    ///
    ///     command (directed):    A → B → C
    ///     operation (undirected): A ── B   C ── D
    ///
    /// plus a function with a lead and a support and one with nobody assigned.
    static func small() -> Network {
        var net = Network()
        net.departments = [
            Department(id: "B", name: "Bureau B", names: ["zh": "乙局"], kind: "fire-rescue", level: "municipal"),
            Department(id: "A", name: "Emergency Management Bureau", kind: "emergency-management", level: "municipal"),
            Department(id: "D", name: "Bureau D", kind: "health"),
            Department(id: "C", name: "Bureau C", kind: "water"),
        ]
        net.ties = [
            Tie(from: "A", to: "B", mechanism: "command", weight: 2, basis: .law),
            Tie(from: "B", to: "C", mechanism: "command"),
            Tie(from: "A", to: "B", mechanism: "operation"),
            Tie(from: "D", to: "C", mechanism: "operation", basis: .informal),
        ]
        net.functions = [
            Function(id: "rescue", name: "Rescue", names: ["zh": "救援"],
                     assignments: [Assignment(department: "B", role: .support), Assignment(department: "A", role: .lead)]),
            Function(id: "orphan", name: "Orphan"),
        ]
        return net
    }

    static func export(_ net: Network = small(), runs: Int = 20) throws -> NetworkExport {
        try NetworkExport(network: net, name: "small", settings: ExportSettings(seed: 7, randomRuns: runs))
    }

    static func records(_ csv: String) throws -> [[String]] {
        try CSVReader.records(Array(csv.utf8), file: "test.csv").map(\.fields)
    }

    @Test func everyTableHasItsColumnsInOrder() throws {
        let e = try Self.export()
        #expect(e.tables.map(\.name) == ["departments", "ties", "network", "findings", "functions", "resilience"])
        #expect(e.files.map(\.name) == NetworkExport.fileNames)
        let perMechanism = ["command", "operation"].flatMap { m in NodeMetrics.all.map { "\($0)@\(m)" } }
        #expect(e.table("departments")?.columns == ["id", "name", "name_zh", "kind", "level"] + NodeMetrics.all + perMechanism)
        #expect(e.table("ties")?.columns == ["from", "to", "mechanism", "weight", "directed", "basis", "edge_betweenness",
                                             "bridge", "embeddedness", "redundancy", "mechanisms"])
        #expect(e.table("network")?.columns == ["network", "mechanism", "metric", "value"])
        #expect(e.table("findings")?.columns == ["network", "severity", "rule", "mechanism", "category", "departments", "ties",
                                                 "functions", "explanation", "recommendation", "remedy"])
        #expect(e.table("functions")?.columns == ["network", "function", "name", "name_zh", "department", "role"])
        #expect(e.table("resilience")?.columns == ["network", "strategy", "step", "department", "largest_component_fraction",
                                                   "efficiency_retained", "disconnected_pairs"])
        // The CSV header is the column list.
        for (table, file) in zip(e.tables, e.files) {
            #expect(try Self.records(file.text).first == table.columns)
        }
    }

    @Test func oneRowPerDepartmentSortedByID() throws {
        let table = try #require(try Self.export().table("departments"))
        #expect(table.column("id") == ["A", "B", "C", "D"].map { .text($0) })
        #expect(table.column("name_zh") == [.missing, .text("乙局"), .missing, .missing])
        #expect(table.column("level") == [.text("municipal"), .text("municipal"), .missing, .missing])
    }

    @Test func perMechanismColumnsByHand() throws {
        let table = try #require(try Self.export().table("departments"))
        func column(_ name: String) throws -> [Double] {
            try #require(table.column(name)).map { cell in
                guard case .number(let x) = cell else { return .nan }
                return x
            }
        }
        // All mechanisms: DiGraph A→B, B→A (operation), B→C, C↔D: degree = in + out (NetworkX G.degree).
        #expect(try column("degree") == [2, 3, 3, 2])
        // Command alone (DiGraph A→B→C, D isolated).
        #expect(try column("degree@command") == [1, 2, 1, 0])
        // B is the only broker on command paths: betweenness (A→C through B) / ((n−1)(n−2)) = 1/6.
        #expect(try column("betweenness@command").enumerated().allSatisfy { approximatelyEqual($1, [0, 1.0 / 6, 0, 0][$0]) })
        // Operation alone (Graph A–B, C–D): every department has degree 1.
        #expect(try column("degree@operation") == [1, 1, 1, 1])
        // Strength sums weights (A→B command weighs 2), even though the view is otherwise unweighted.
        #expect(try column("strength@command") == [2, 3, 1, 0])
        // Equal to the metrics engine on each view.
        for mechanism in ["command", "operation"] {
            let r = try NodeMetrics.compute(Self.small(), settings: ExportSettings(seed: 7).metricSettings(mechanism: mechanism))
            let order = r.ids.indices.sorted { r.ids[$0] < r.ids[$1] }
            for c in r.columns {
                let got = try column("\(c.name)@\(mechanism)")
                for (row, i) in order.enumerated() {
                    let want = ExportCell.number(c.values[i]).roundedNumber!
                    #expect(got[row] == want || (got[row].isNaN && want.isNaN) || approximatelyEqual(got[row], want, relative: 1e-11),
                            "\(c.name)@\(mechanism)[\(r.ids[i])]")
                }
            }
        }
    }

    @Test func tiesOnePerTieWithinTheirMechanism() throws {
        let e = try Self.export()
        let rows = Array(try Self.records(try #require(e.files.first { $0.name == "ties.csv" }).text).dropFirst())
        #expect(rows.map { Array($0.prefix(6)) } == [
            ["A", "B", "command", "2", "true", "law"],
            ["A", "B", "operation", "1", "false", ""],
            ["B", "C", "command", "1", "true", ""],
            ["D", "C", "operation", "1", "false", "informal"],
        ])
        // Within command (a directed path of two arcs) both arcs are bridges; A–B is doubly linked.
        #expect(rows.map { $0[7] } == ["1", "1", "1", "1"])
        #expect(rows.map { $0[10] } == ["2", "2", "1", "1"])
        // nx.edge_betweenness_centrality(DiGraph A→B→C, D) normalised by n(n−1) = 12: A→B on 2 paths.
        #expect(rows[0][6] == NumberFormat.significant(2.0 / 12))
    }

    @Test func networkFindingsFunctionsResilience() throws {
        let e = try Self.export(runs: 20)
        let network = try #require(e.table("network"))
        let mechanisms = network.column("mechanism")!.compactMap { if case .text(let s) = $0 { s } else { nil } }
        #expect(Array(Set(mechanisms)).sorted() == ["all", "command", "operation"])
        #expect(mechanisms.first == "all")
        #expect(network.rows.contains { $0[1] == .text("all") && $0[2] == .text("jaccard_command_operation") })
        #expect(!network.rows.contains { $0[1] != .text("all") && $0[2] == .text("jaccard_command_operation") })

        let functions = try #require(e.table("functions"))
        #expect(functions.rows.map { Array($0[1...]) } == [
            [.text("orphan"), .text("Orphan"), .missing, .missing, .missing],
            [.text("rescue"), .text("Rescue"), .text("救援"), .text("A"), .text("lead")],
            [.text("rescue"), .text("Rescue"), .text("救援"), .text("B"), .text("support")],
        ])

        let findings = try #require(e.table("findings"))
        #expect(!findings.rows.isEmpty)
        #expect(findings.rows.allSatisfy { $0[0] == .text("small") })

        let resilience = try #require(e.table("resilience"))
        #expect(resilience.rows.count == ExportTable.resilienceStrategies.count * 5)
        let strategies = resilience.column("strategy")!.map { if case .text(let s) = $0 { s } else { "" } }
        #expect(Array(strategies.enumerated().filter { $0.offset % 5 == 0 }.map(\.element)) == ExportTable.resilienceStrategies)
        // Step 0 is the intact network for every strategy.
        for row in resilience.rows where row[2] == .number(0) {
            #expect(row[4] == .number(1) && row[5] == .number(1) && row[6] == .number(0) && row[3] == .missing)
        }
        // Degree attack: B and C (total degree 3) first, then A and D (2), ties broken by id.
        #expect(resilience.column("department")!.prefix(5) == [.missing, .text("B"), .text("C"), .text("A"), .text("D")])
    }

    @Test func deterministicBytesAcrossRuns() throws {
        let path = RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path
        let net = try NetworkReader.read(path: path).network
        let a = try NetworkExport(network: net, name: "hubei", settings: ExportSettings(randomRuns: 30))
        let b = try NetworkExport(network: net, name: "hubei", settings: ExportSettings(randomRuns: 30))
        #expect(a.files.map(\.name) == b.files.map(\.name))
        for (x, y) in zip(a.files, b.files) { #expect(x.text == y.text, "\(x.name) differs between two runs") }
        #expect(a.table("departments")?.rows.count == net.departments.count)
        let json = try #require(a.files.last?.text)
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    @Test func formulaInjectionIsNeutralisedInCSV() throws {
        var net = Self.small()
        net.departments[0].name = "=HYPERLINK(\"http://evil.example\",\"click\")"
        net.departments[2].name = "@SUM(A1:A9)"
        net.departments[3].name = "-2+3"
        let e = try Self.export(net, runs: 0)
        let csv = try #require(e.files.first { $0.name == "departments.csv" }).text
        let rows = try Self.records(csv)
        let names = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0[1]) })
        #expect(names["B"] == "'=HYPERLINK(\"http://evil.example\",\"click\")")
        #expect(names["C"] == "'-2+3")
        #expect(names["D"] == "'@SUM(A1:A9)")
        #expect(names["A"] == "Emergency Management Bureau")
        #expect(!csv.contains("\n=") && !csv.contains(",=") && !csv.contains(",@"))
        // Numbers stay numbers, even negative ones; JSON keeps the name as written.
        #expect(FormulaGuard.cell("-0.25", .guarded) == "-0.25")
        let json = try #require(e.files.last?.text)
        #expect(json.contains("\"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")\""))
    }

    @Test func edgeCases() throws {
        let empty = try NetworkExport(network: Network(), name: "empty", settings: ExportSettings(randomRuns: 3))
        #expect(empty.table("departments")?.rows.isEmpty == true)
        #expect(empty.table("ties")?.rows.isEmpty == true)
        #expect(empty.table("resilience")?.rows.count == ExportTable.resilienceStrategies.count)
        var one = Network()
        one.departments = [Department(id: "X")]
        let single = try NetworkExport(network: one, name: "one", settings: ExportSettings(randomRuns: 3))
        #expect(single.table("departments")?.rows.count == 1)
        #expect(single.table("departments")?.columns.count == 5 + NodeMetrics.all.count)
        #expect(try Self.records(single.files[0].text).count == 2)
    }
}
