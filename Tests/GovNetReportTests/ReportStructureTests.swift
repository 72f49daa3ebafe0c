import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport
@testable import GovNetReport

/// The report's core–periphery and positions section: the same partition, coreness and positions as
/// `govnet metrics --core-periphery` and `--positions` on the same file (whose values the oracle tests
/// check against an exhaustive search and R's sna), the caveat that the core is not a hierarchy, in both
/// languages, and no section for a handful of departments.
@Suite struct ReportStructureTests {
    static let file = "networks/hubei-city-post-reform.yaml"

    static func data(_ language: ReportLanguage) throws -> NetworkReportData {
        let network = try NetworkReader.read(path: RepoPaths.root.appendingPathComponent(file).path).network
        return try ReportBuilder.build(network, options: ReportOptions(language: language, randomRuns: 0, diagrams: false, robustness: .off))
    }

    @Test func agreesWithTheCommandLine() throws {
        let structure = try #require(try Self.data(.en).structure)
        let cp = try CLIRunner.run(["metrics", Self.file, "--core-periphery", "ignore", "--format", "json", "--quiet"])
        #expect(cp.status == 0, "\(cp.stderr)")
        let cpJSON = try #require(try JSONSerialization.jsonObject(with: Data(cp.stdout.utf8)) as? [String: Any])
        let summary = try #require(cpJSON["core_periphery"] as? [String: Any])
        #expect(abs((summary["fit"] as? Double ?? .nan) - structure.partition.fit) < 1e-9)
        for node in try #require(cpJSON["nodes"] as? [[String: Any]]) {
            let id = try #require(node["id"] as? String)
            let i = try #require(structure.ids.firstIndex(of: id))
            #expect((node["core"] as? Int == 1) == structure.partition.core[i], "\(id)")
            #expect(abs((node["coreness"] as? Double ?? .nan) - structure.coreness[i]) < 1e-9, "\(id)")
        }
        let pos = try CLIRunner.run(["metrics", Self.file, "--positions", "--distance", "correlation", "--format", "json"])
        #expect(pos.status == 0, "\(pos.stderr)")
        let posJSON = try #require(try JSONSerialization.jsonObject(with: Data(pos.stdout.utf8)) as? [String: Any])
        let blocks = try #require(posJSON["positions"] as? [String: Int])
        for (i, id) in structure.ids.enumerated() { #expect(blocks[id] == structure.positions.blocks[i], "\(id)") }
    }

    @Test(arguments: [ReportLanguage.en, .zh]) func sectionInBothFormatsAndTables(language: ReportLanguage) throws {
        let data = try Self.data(language)
        let structure = try #require(data.structure)
        let html = HTMLReport.render(data), md = MarkdownReport.render(data)
        let heading = language.render("report.structure"), caveat = language.render("report.structure.caveat")
        #expect(html.contains("<section id=\"structure\">") && html.contains("href=\"#structure\""))
        #expect(html.contains(HTMLText.escape(heading)) && html.contains(HTMLText.escape(caveat)))
        #expect(md.contains("## " + MarkdownText.inline(heading)) && md.contains(MarkdownText.inline(caveat)))
        // Every core department is named in the sentence about the core.
        let coreLine = try #require(structure.corePeripheryParagraphs(data).dropFirst().first)
        for id in structure.coreIDs { #expect(coreLine.contains(data.name(id)), "\(id)") }
        // The tables beside the report: one row per department; positions' sizes add up.
        let table = try #require(data.tables.first { $0.file == "structure.csv" })
        #expect(table.rows.count == structure.ids.count)
        let positions = try #require(data.tables.first { $0.file == "positions.csv" })
        #expect(positions.rows.map { Int($0[1]) ?? 0 }.reduce(0, +) == structure.ids.count)
        #expect(data.tables.contains { $0.file == "positions-image.csv" })
        if language == .zh {
            let written = data.network.departments.flatMap { [$0.id, $0.name] + $0.names.values }
            #expect(EnglishSentences.find(in: structure.html(data), allowing: written).isEmpty)
        }
    }

    @Test func noSectionForAHandfulOfDepartments() throws {
        let data = try ReportBuilder.build(weightedSquare(strong: 5), options: ReportOptions(randomRuns: 0, diagrams: false, robustness: .off))
        #expect(data.structure == nil)
        #expect(!HTMLReport.render(data).contains("id=\"structure\""))
    }
}
