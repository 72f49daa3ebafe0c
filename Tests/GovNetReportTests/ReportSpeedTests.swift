import Foundation
import Testing
@testable import GovNet
@testable import GovNetReport
import GovNetTestSupport

/// The faster report paths give the same bytes as the plain ones: the one-pass `inlineSVG` against
/// the search-and-remove definition, and the concurrent report with comparison against the two
/// builders called one after the other.
@Suite struct ReportSpeedTests {
    /// The definition `inlineSVG` had before (search from the start after every removal, Foundation's
    /// replacements), kept as the oracle.
    static func reference(_ svg: String, idPrefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        while let c = body.range(of: "<!--"), let e = body.range(of: "-->", range: c.upperBound..<body.endIndex) {
            body.removeSubrange(c.lowerBound..<e.upperBound)
        }
        body = body.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)-")
        body = body.replacingOccurrences(of: "url(#", with: "url(#\(idPrefix)-")
        body = body.replacingOccurrences(of: "xlink:href=\"#", with: "xlink:href=\"#\(idPrefix)-")
        return body
    }

    static let samples = [
        "", "no svg here", "<svg/>", "<?xml version=\"1.0\"?>\n<!-- a --><svg id=\"x\"><!-- 部门 &#45; A --><g id=\"node1\"/></svg>",
        "<svg><!-- unclosed <g id=\"a\"/></svg>", "<svg><!-- a --><!-- b -->x<!-->y-->z</svg>",
        "<svg>a<!<!-- x -->-- joined -->b<!-- c --></svg>", "<svg><a xlink:href=\"#e1\" fill=\"url(#g)\"/><g id=\"e1\"/></svg>",
        "<!-- before --><svg><!--x--><!--y--></svg><!-- after", "<svg>--><!--<!---->-->end</svg>",
    ]

    @Test(arguments: samples) func inlineSVGMatchesTheDefinition(svg: String) {
        #expect(HTMLText.inlineSVG(svg, idPrefix: "d0") == Self.reference(svg, idPrefix: "d0"))
    }

    @Test func inlineSVGOfARealDiagramMatchesTheDefinition() throws {
        let data = try ReportBuilder.build(try ReportTests.load("hubei-city-post-reform.yaml"), options: ReportOptions(randomRuns: 5, robustness: .off))
        for (i, d) in data.diagrams.enumerated() {
            #expect(HTMLText.inlineSVG(d.svg, idPrefix: "d\(i)") == Self.reference(d.svg, idPrefix: "d\(i)"), "\(d.file)")
        }
    }

    @Test func concurrentComparisonReportEqualsTheSequentialOne() throws {
        let after = try ReportTests.load("hubei-city-post-reform.yaml"), before = try ReportTests.load("hubei-city-pre-reform.yaml")
        let mapping = RepoPaths.networks.appendingPathComponent("hubei-city-reform-mapping.csv").path
        let options = ReportOptions(randomRuns: 20, robustness: .off)
        let (data, comparison) = try ReportBuilder.build(after, comparedWith: before, mappingPath: mapping, options: options, permutations: 200)
        let data1 = try ReportBuilder.build(after, options: options)
        let comparison1 = try ReportComparison.section(before: before, after: after, mappingPath: mapping, options: options, permutations: 200)
        #expect(HTMLReport.render(data, comparison: comparison) == HTMLReport.render(data1, comparison: comparison1))
        #expect(MarkdownReport.render(data, comparison: comparison) == MarkdownReport.render(data1, comparison: comparison1))
        #expect(comparison.overlaySVG != nil && comparison.overlaySVG == comparison1.overlaySVG)
    }

    @Test func errorsOfEitherHalfArePassedOn() throws {
        let after = try ReportTests.load("hubei-city-post-reform.yaml"), before = try ReportTests.load("hubei-city-pre-reform.yaml")
        #expect(throws: (any Error).self) {
            _ = try ReportBuilder.build(after, comparedWith: before, mappingPath: "/nonexistent/mapping.csv",
                                        options: ReportOptions(randomRuns: 0, diagrams: false, robustness: .off))
        }
    }
}
