import Foundation
import Testing
import GovNet
@testable import GovNetReport

/// Metadata by language: `--lang zh` uses `titles`/`jurisdictions`/`sources` when the document gives
/// them and otherwise prints the written text with a visible note; the YAML and CSV-table writers keep
/// the translations; the Chinese report's CSV tables start with a UTF-8 byte-order mark.
@Suite struct ChineseMetadataTests {
    static func network(translated: Bool) -> Network {
        var net = Network(departments: [Department(id: "EMB", name: "Emergency Management Bureau", names: ["zh": "市应急管理局"]),
                                        Department(id: "WATER", name: "Water Bureau", names: ["zh": "市水利局"])],
                          ties: [Tie(from: "EMB", to: "WATER", mechanism: "information")])
        net.metadata.title = "Linkage in a city"
        net.metadata.jurisdiction = "A city"
        if translated {
            net.metadata.translations = ["title": ["zh": "某市应急联动"], "jurisdiction": ["zh": "某市"]]
        }
        return net
    }

    @Test func translationsAreUsedAndMissingOnesAreMarked() throws {
        let zh = try ReportBuilder.build(Self.network(translated: true), options: ReportOptions(language: .zh, randomRuns: 0, diagrams: false, robustness: .off))
        #expect(zh.title == "某市应急联动" && zh.metadataText("jurisdiction") == "某市")
        let fallback = try ReportBuilder.build(Self.network(translated: false), options: ReportOptions(language: .zh, randomRuns: 0, diagrams: false, robustness: .off))
        #expect(fallback.title == "Linkage in a city（原文未提供中文）")
        let en = try ReportBuilder.build(Self.network(translated: true), options: ReportOptions(language: .en, randomRuns: 0, diagrams: false, robustness: .off))
        #expect(en.title == "Linkage in a city", "English keeps the written text")
    }

    @Test func writersKeepTheTranslations() throws {
        let net = Self.network(translated: true)
        let yaml = NetworkDocumentWriter.yaml(net)
        #expect(yaml.contains("titles:") && yaml.contains("某市应急联动"))
        let meta = try #require(CSVTables.render(net).first { $0.0 == "network.csv" }?.1)
        #expect(meta.contains("title.zh,某市应急联动"))
    }

    @Test func chineseReportTablesCarryAByteOrderMark() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-bom-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data = try ReportBuilder.build(Self.network(translated: true), options: ReportOptions(language: .zh, randomRuns: 0, diagrams: false, robustness: .off))
        try ReportWriter.write(data, to: dir, byteOrderMark: true)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/departments.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let html = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
        #expect(!html.hasPrefix("\u{FEFF}"), "only the CSV tables")
    }
}
