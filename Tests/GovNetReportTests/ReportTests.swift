import Foundation
import Testing
@testable import GovNet
@testable import GovNetReport
import GovNetTestSupport

/// Reports on every shipped network: all sections present, user text escaped, nothing external loaded,
/// deterministic bytes, Chinese headings and names with `--lang zh`.
@Suite struct ReportTests {
    static let files: [String] = {
        let fm = FileManager.default
        return (fm.enumerator(atPath: RepoPaths.networks.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    static func load(_ relative: String) throws -> Network {
        try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent(relative).path).network
    }

    @Test(arguments: files) func everyShippedNetworkReports(file: String) throws {
        let data = try ReportBuilder.build(try Self.load(file), options: ReportOptions(randomRuns: 10, diagrams: false, robustness: .off))
        let html = HTMLReport.render(data)
        for id in ["summary", "findings", "departments", "methods"] { #expect(html.contains("<section id=\"\(id)\">"), "\(file): \(id)") }
        if !data.network.functions.isEmpty { #expect(html.contains("<section id=\"responsibilities\">")) }
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(Self.externalReferences(html).isEmpty, "\(file): \(Self.externalReferences(html))")
        let md = MarkdownReport.render(data)
        #expect(md.hasPrefix("# "))
    }

    @Test func diagramsAndResilienceOnTheReformNetwork() throws {
        let data = try ReportBuilder.build(try Self.load("hubei-city-post-reform.yaml"), options: ReportOptions(randomRuns: 20, robustness: .off))
        #expect(data.diagrams.map(\.file) == ["network.svg", "mechanism-command.svg", "mechanism-information.svg",
                                              "mechanism-material.svg", "mechanism-supervision.svg", "mechanism-operation.svg",
                                              "mechanism-membership.svg"])
        let html = HTMLReport.render(data)
        #expect(html.contains("<section id=\"diagrams\">") && html.contains("<section id=\"resilience\">"))
        #expect(html.components(separatedBy: "<svg").count - 1 == data.diagrams.count + 2)  // + the resilience chart and the explorer
        #expect(!html.contains("<?xml"), "inline SVG has no XML prolog")
        #expect(Self.externalReferences(html).isEmpty)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-report-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let written = try ReportWriter.write(data, to: dir).map { ($0 as NSString).lastPathComponent }.sorted()
        for f in ["report.html", "report.md", "network.svg", "resilience.svg", "departments.csv", "findings.csv", "responsibilities.csv"] {
            #expect(written.contains(f), "\(f)")
        }
    }

    @Test func hostileNamesAreEscaped() throws {
        var net = Network()
        net.metadata.title = "<img src=x onerror=alert(1)> & \"quotes\""
        net.departments = [
            Department(id: "EMB", name: "<script>alert(1)</script>", kind: "emergency-management"),
            Department(id: "B", name: "Bureau & <b>bold</b>"),
            Department(id: "C", name: "C'); DROP TABLE --"),
        ]
        net.ties = [Tie(from: "EMB", to: "B", mechanism: "command"), Tie(from: "B", to: "C", mechanism: "operation", basis: .informal)]
        net.functions = [Function(id: "f", name: "<i>Flood</i>", assignments: [Assignment(department: "B", role: .lead)])]
        let data = try ReportBuilder.build(net, options: ReportOptions(randomRuns: 5, robustness: .off))
        let html = HTMLReport.render(data)
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>bold</b>") && !html.contains("<i>Flood</i>"))
        #expect(html.components(separatedBy: "<script>").count - 1 == 2, "only the report's own scripts (tables, explorer)")
        let md = MarkdownReport.render(data)
        #expect(!md.contains("<script>") && md.contains("&lt;script&gt;"))
    }

    @Test func chineseReport() throws {
        let data = try ReportBuilder.build(try Self.load("hubei-city-post-reform.yaml"),
                                           options: ReportOptions(language: .zh, randomRuns: 5, diagrams: false, robustness: .off))
        let html = HTMLReport.render(data)
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("联动薄弱环节") && html.contains("职责矩阵"))
        #expect(html.contains("市应急管理局"))
    }

    @Test func deterministicBytes() throws {
        let net = try Self.load("hubei-city-pre-reform.yaml")
        let a = HTMLReport.render(try ReportBuilder.build(net, options: ReportOptions(randomRuns: 20, robustness: .off)))
        let b = HTMLReport.render(try ReportBuilder.build(net, options: ReportOptions(randomRuns: 20, robustness: .off)))
        #expect(a == b)
    }

    /// `src`, `href`, `url(…)` and `@import` targets that would load something from outside the file.
    static func externalReferences(_ html: String) -> [String] {
        var found: [String] = []
        let pattern = #"(?:src|href)\s*=\s*["']?([^"'\s>]+)|url\(\s*["']?([^"')]+)|@import"#
        let regex = try! NSRegularExpression(pattern: pattern)
        for m in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let target = [1, 2].compactMap { Range(m.range(at: $0), in: html).map { String(html[$0]) } }.first ?? "@import"
            if !(target.hasPrefix("#") || target.hasPrefix("data:")) { found.append(target) }
        }
        return found
    }
}

/// The before/after section: overlay, diff tables and QAP from the bundled reform pair.
@Suite struct ReportComparisonTests {
    @Test func reformPairSection() throws {
        let before = try ReportTests.load("hubei-city-pre-reform.yaml"), after = try ReportTests.load("hubei-city-post-reform.yaml")
        let mapping = RepoPaths.networks.appendingPathComponent("hubei-city-reform-mapping.csv").path
        let section = try ReportComparison.section(before: before, after: after, mappingPath: mapping,
                                                   options: ReportOptions(randomRuns: 5, robustness: .off), permutations: 50)
        #expect(section.overlaySVG?.contains("<svg") == true)
        #expect(section.tables.map(\.file) == ["comparison-departments.csv", "comparison-functions.csv", "comparison-ties.csv", "comparison-sensitivity.csv", "comparison-qap.csv",
                                               "comparison-network-metrics.csv", "comparison-betweenness.csv", "comparison-findings.csv"])
        #expect(section.highlights.contains { $0.contains("merged") })
        let data = try ReportBuilder.build(after, options: ReportOptions(randomRuns: 5, diagrams: false, robustness: .off))
        let html = HTMLReport.render(data, comparison: section)
        #expect(html.contains("<section id=\"comparison\">"))
        #expect(ReportTests.externalReferences(html).isEmpty)
        let md = MarkdownReport.render(data, comparison: section)
        #expect(md.contains("![") && md.contains("comparison-overlay.svg"))
    }
}
