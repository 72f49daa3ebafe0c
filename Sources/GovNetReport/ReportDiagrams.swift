import Foundation
import GovNet
import GovNetGraphviz

/// The diagrams of a report: the whole network with its bottlenecks highlighted, and one panel per
/// mechanism with the same positions (one layout for all), rendered to SVG in-process.
enum ReportDiagrams {
    /// - Returns: no diagram for a network larger than ``DiagramLimits`` (the report's tables still
    ///   cover it).
    static func draw(_ network: Network, context: DiagnosisContext, options: ReportOptions) throws -> (diagrams: [ReportDiagram], layout: ExplorerLayout) {
        do {
            return try drawAll(network, context: context, options: options)
        } catch DiagramError.tooLarge {
            return ([], ExplorerLayout())
        }
    }

    private static func drawAll(_ network: Network, context: DiagnosisContext, options: ReportOptions) throws -> (diagrams: [ReportDiagram], layout: ExplorerLayout) {
        var o = DiagramOptions()
        o.label = options.language == .zh ? .language("zh") : .name
        o.title = ""
        o.highlightBottlenecks(in: network)
        let lang = options.language
        guard network.usedMechanismIDs.count > 1 else {
            let graph = try NetworkDiagram.graph(network: network, options: o)
            return ([ReportDiagram(file: "network.svg", caption: lang.text(.overallDiagram), svg: try svg(graph))], ExplorerLayout(graph))
        }
        var panelOptions = o
        panelOptions.highlightedDepartments = []
        panelOptions.highlightedTies = []
        panelOptions.brokers = []
        // One layout for the overall diagram and the panels (every department at the same place).
        let drawing = try NetworkDiagram.graphWithPanels(network: network, options: o, panelOptions: panelOptions)
        var diagrams = [ReportDiagram(file: "network.svg", caption: lang.text(.overallDiagram), svg: try svg(drawing.graph))]
        for panel in drawing.panels {
            let name = context.mechanismName(panel.name)
            diagrams.append(ReportDiagram(file: "mechanism-\(FileNameComponent.encode(panel.name)).svg", caption: name, svg: try svg(panel)))
        }
        return (diagrams, ExplorerLayout(drawing.graph))
    }

    static func svg(_ graph: DOTGraph) throws -> String {
        let data = try GraphvizRenderer.render(dot: DiagramDOTWriter.write(graph), layout: .neato, format: .svg)
        return String(decoding: data, as: UTF8.self)
    }
}
