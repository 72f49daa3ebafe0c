import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Failure curve chart")
struct FailureCurveChartTests {
    static let panels = [
        FailureCurveChart.Panel(title: "Largest <group> & more", series: [
            .init(label: "degree \"attack\"", x: [0, 0.5, 1], y: [1, 0.5, 0]),
            .init(label: "random", x: [0, 0.5, 1], y: [1, 0.7, 0], band: (lower: [1, 0.6, 0], upper: [1, 0.8, 0])),
        ]),
    ]

    @Test func escapedAndDeterministic() {
        let a = FailureCurveChart.svg(title: "A & B <C>", subtitle: "x'y", panels: Self.panels)
        let b = FailureCurveChart.svg(title: "A & B <C>", subtitle: "x'y", panels: Self.panels)
        #expect(a == b)
        #expect(a.contains("A &amp; B &lt;C&gt;") && a.contains("x&apos;y"))
        #expect(a.contains("Largest &lt;group&gt; &amp; more") && a.contains("degree &quot;attack&quot;"))
        #expect(!a.contains("<C>"))
        #expect(a.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(a.components(separatedBy: "<polygon").count - 1 == 1)
        #expect(a.contains(">40%</text>") && a.contains(">100%</text>") && a.contains(">0.4</text>"))
    }

    @Test func skipsNonFiniteAndThinsLongCurves() {
        let n = 5_000
        let x = (0...n).map { Double($0) / Double(n) }
        let y = x.map { $0 < 0.5 ? 1 - $0 : Double.nan }
        let svg = FailureCurveChart.svg(title: "t", panels: [.init(title: "p", series: [.init(label: "s", x: x, y: y)])])
        let points = svg.components(separatedBy: "<polyline points=\"")[1].prefix { $0 != "\"" }.split(separator: " ")
        #expect(points.count <= 1_200 && points.count > 500)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }
}
