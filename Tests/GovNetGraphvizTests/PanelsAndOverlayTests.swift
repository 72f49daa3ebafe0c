import Foundation
import GovNet
import Testing
@testable import GovNetGraphviz

@Suite struct PanelsAndOverlayTests {
    static let net = SampleNetworks.city

    @Test func panelsShareNodePositions() throws {
        let panels = try NetworkDiagram.panels(network: Self.net, options: DiagramOptions(layout: .neato))
        #expect(panels.map(\.name) == Self.net.usedMechanismIDs)
        func positions(_ g: DOTGraph) -> [String: String] {
            Dictionary(uniqueKeysWithValues: g.nodes.filter { Self.net.department($0.id) != nil }.map { ($0.id, $0.attributes["pos"]!) })
        }
        let first = positions(panels[0])
        #expect(first.count == Self.net.departments.count)
        for panel in panels {
            #expect(positions(panel) == first)
            let mechanism = panel.name
            #expect(panel.edges.count == Self.net.ties.filter { $0.mechanism == mechanism }.count)
        }
        // Rendered, the departments land on the same coordinates in every panel.
        func laidOut(_ g: DOTGraph) throws -> [String] {
            let text = String(decoding: try GraphvizRenderer.render(dot: DiagramDOTWriter.write(g), layout: .dot, format: .svg), as: UTF8.self)
            let svg = try SVGDocument(Data(text.utf8))
            return svg.nodes.filter { Self.net.department($0.title) != nil }
                .map { "\($0.title) \($0.shapes.first?["d"] ?? $0.shapes.first?["points"] ?? "")" }.sorted()
        }
        #expect(try laidOut(panels[0]) == laidOut(panels[1]))
    }

    @Test func overlayStylesStatuses() throws {
        let nodes = [OverlayNode(id: "EMB", label: "Emergency Management Bureau", status: .merged),
                     OverlayNode(id: "SAFE", label: "Work Safety Bureau", status: .removed),
                     OverlayNode(id: "FIRE", status: .unchanged), OverlayNode(id: "NEW", status: .added)]
        let ties = [OverlayTie(from: "EMB", to: "FIRE", status: .reweighted(before: 1, after: 3), directed: true),
                    OverlayTie(from: "SAFE", to: "FIRE", status: .removed), OverlayTie(from: "EMB", to: "NEW", status: .added),
                    OverlayTie(from: "NEW", to: "FIRE", status: .unchanged)]
        let g = try NetworkDiagram.overlay(nodes: nodes, ties: ties, options: DiagramOptions(title: "Before/after"))
        let svg = try SVGDocument(GraphvizRenderer.render(dot: DiagramDOTWriter.write(g), layout: .neato, format: .svg))
        let byTitle = Dictionary(uniqueKeysWithValues: svg.nodes.map { ($0.title, $0) })
        #expect(byTitle["SAFE"]?.shapes.contains { $0["stroke-dasharray"] != nil && $0["stroke"] == "#cb181d" } == true)
        #expect(byTitle["NEW"]?.shapes.contains { $0["stroke"] == "#238b45" } == true)
        let edgeColours = Set(svg.edges.flatMap { $0.shapes.compactMap { $0["stroke"] } })
        #expect(edgeColours.isSuperset(of: ["#2166ac", "#cb181d", "#238b45", "#9e9e9e"]))
        let reweighted = try #require(g.edges.first { $0.from == "EMB" && $0.to == "FIRE" })
        #expect(reweighted.attributes["penwidth"] == "4.8")
        #expect(Set(svg.allTexts).isSuperset(of: ["Department merged", "Tie removed", "Tie reweighted (thicker = stronger)"]))
    }
}
