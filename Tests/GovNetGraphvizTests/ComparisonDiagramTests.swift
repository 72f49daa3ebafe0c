import Foundation
import GovNet
import GovNetTestSupport
import Testing
@testable import GovNetGraphviz

/// The overlay and panels of a comparison: every added and removed tie drawn, positions shared.
@Suite struct ComparisonDiagramTests {
    static func comparison() throws -> NetworkComparison {
        let dir = RepoPaths.fixtures.appendingPathComponent("comparison")
        let before = try NetworkReader.read(path: dir.appendingPathComponent("small-before.yaml").path).network
        let after = try NetworkReader.read(path: dir.appendingPathComponent("small-after.yaml").path).network
        let mapping = try DepartmentMapping.read(path: dir.appendingPathComponent("small-mapping.csv").path).resolve(before: before, after: after)
        return try NetworkComparison(before: before, after: after, mapping: mapping, settings: .init(permutations: 0, metrics: false))
    }

    @Test func overlayShowsEveryChange() throws {
        let c = try Self.comparison()
        let d = try NetworkDiagram.comparison(c, options: DiagramOptions(layout: .neato))
        #expect(d.overlay.edges.count == 16)  // union of 12 aligned-before and 12 after tie keys
        #expect(d.before.edges.count == 12 && d.after.edges.count == 12)
        let svg = try SVGDocument(GraphvizRenderer.render(dot: DiagramDOTWriter.write(d.overlay), layout: .neato, format: .svg))
        let drawn = svg.edges.filter { !$0.title.hasPrefix("legend") }
        func count(_ colour: String) -> Int { drawn.filter { $0.shapes.contains { $0["stroke"] == colour } }.count }
        #expect(count("#238b45") == c.diff.tiesAdded.count)
        #expect(count("#cb181d") == c.diff.tiesRemoved.count)
        #expect(d.overlay.nodes.contains { $0.id == "EMB" && ($0.attributes["label"] ?? "").contains("merged") })
        #expect(d.overlay.nodes.contains { $0.id == "OLDX" && $0.attributes["style"]?.contains("dashed") == true })
        func positions(_ g: DOTGraph) -> [String: String] {
            Dictionary(uniqueKeysWithValues: g.nodes.filter { !$0.id.hasPrefix("legend") }.map { ($0.id, $0.attributes["pos"] ?? "") })
        }
        #expect(positions(d.before) == positions(d.overlay) && positions(d.after) == positions(d.overlay))
        #expect(d.before.subgraphs.allSatisfy { $0.name != "cluster_legend" })
    }
}
