import Foundation
import GovNet
import Testing
@testable import GovNetGraphviz

/// One layout for the overall diagram and the per-mechanism panels (the report's diagrams): the
/// overall diagram is exactly ``NetworkDiagram/graph(network:options:)``, the panels have its
/// positions, and edge ends at brokers (hexagons there, boxes in the panels) reach the boxes.
@Suite struct SharedLayoutTests {
    static let net = SampleNetworks.city

    static func options() -> (DiagramOptions, DiagramOptions) {
        var o = DiagramOptions(layout: .neato)
        o.highlightBottlenecks(in: net)
        var p = o
        p.highlightedDepartments = []; p.highlightedTies = []; p.brokers = []
        return (o, p)
    }

    @Test func overallDiagramIsUnchangedAndPanelsShareItsPositions() throws {
        let (o, p) = Self.options()
        #expect(!o.brokers.isEmpty, "the sample needs a broker")
        let drawing = try NetworkDiagram.graphWithPanels(network: Self.net, options: o, panelOptions: p)
        #expect(DiagramDOTWriter.write(drawing.graph) == DiagramDOTWriter.write(try NetworkDiagram.graph(network: Self.net, options: o)))
        #expect(drawing.panels.map(\.name) == Self.net.usedMechanismIDs)
        func positions(_ g: DOTGraph) -> [String: String] {
            Dictionary(uniqueKeysWithValues: g.nodes.filter { Self.net.department($0.id) != nil }.map { ($0.id, $0.attributes["pos"]!) })
        }
        let overall = positions(drawing.graph)
        #expect(overall.count == Self.net.departments.count)
        let splines = Dictionary(uniqueKeysWithValues: drawing.graph.edges.map { ($0.attributes["id"]!, $0.attributes["pos"]!) })
        for panel in drawing.panels {
            #expect(positions(panel) == overall)
            #expect(!panel.nodes.contains { $0.attributes["shape"] == "hexagon" })
            for e in panel.edges {
                let touchesBroker = o.brokers.contains(e.from) || o.brokers.contains(e.to)
                // Edges away from the brokers keep the layout's spline; those at a broker are longer.
                if touchesBroker {
                    #expect(e.attributes["pos"] != splines[e.attributes["id"]!], "\(e.from)->\(e.to)")
                } else {
                    #expect(e.attributes["pos"] == splines[e.attributes["id"]!])
                }
                #expect(EdgeSpline(e.attributes["pos"]!) != nil)
            }
            // Renders with the pinned positions.
            _ = try GraphvizRenderer.render(dot: DiagramDOTWriter.write(panel), layout: .neato, format: .svg)
        }
    }

    @Test func withoutReshapedDepartmentsThePanelsAreTheUsualOnes() throws {
        let (_, p) = Self.options()
        let drawing = try NetworkDiagram.graphWithPanels(network: Self.net, options: p, panelOptions: p)
        let usual = try NetworkDiagram.panels(network: Self.net, options: p)
        #expect(drawing.panels.map(DiagramDOTWriter.write) == usual.map(DiagramDOTWriter.write))
    }

    @Test func otherDrawingsFallBackToTheirOwnLayout() throws {
        let (o, _) = Self.options()
        var p = DiagramOptions(layout: .neato)
        p.mechanisms = [Self.net.usedMechanismIDs[0]]
        let drawing = try NetworkDiagram.graphWithPanels(network: Self.net, options: o, panelOptions: p)
        #expect(drawing.panels.map(DiagramDOTWriter.write) == (try NetworkDiagram.panels(network: Self.net, options: p)).map(DiagramDOTWriter.write))
    }

    @Test func edgeEndsMoveToTheBox() {
        // Arrow from the left into a box centred at (100, 0), half size 20 × 10, tip stopped 15 points short.
        var s = EdgeSpline("e,65,0 0,0 20,0 40,0 60,0")!
        s.extendEnd(to: (100, 0), half: (20, 10))
        #expect(s.end! == (80, 0))
        #expect(s.points.count == 7 && s.points.last! == (75, 0))
        // Without arrowheads, at the start: the first point goes to the box's right side.
        var t = EdgeSpline("150,0 170,0 190,0 210,0")!
        t.extendStart(to: (100, 0), half: (20, 10))
        #expect(t.points.count == 7 && t.points[0] == (120, 0) && t.points[3] == (150, 0))
        #expect(t.pos == "120,0 130,0 140,0 150,0 170,0 190,0 210,0")
        // A ray that misses the box goes to the centre instead; a point inside stays.
        let q = EdgeSpline.entry(from: (0, 50), direction: (1, 0), center: (100, 0), half: (20, 10))!
        #expect(abs(q.1 - 10) < 1e-9)
        #expect(EdgeSpline.entry(from: (100, 5), direction: (1, 0), center: (100, 0), half: (20, 10)) == nil)
        #expect(EdgeSpline("a,b c") == nil && EdgeSpline("0,0 1,1") == nil)
    }
}
