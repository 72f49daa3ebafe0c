import Foundation
import GovNet
import Testing
@testable import GovNetGraphviz

/// Writes example diagrams to `$DIAGRAM_OUT` for a person to look at (reported as skipped when unset).
@Suite struct DiagramGallery {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DIAGRAM_OUT"] != nil,
                   "writes diagrams for a person to look at: set DIAGRAM_OUT=folder to run it"))
    func writeGallery() throws {
        let out = try #require(ProcessInfo.processInfo.environment["DIAGRAM_OUT"])
        let net = SampleNetworks.city
        let cuts = SampleNetworks.articulationPoints(net)
        let bridges = SampleNetworks.bridges(net)
        var degree: [String: Double] = [:]
        for t in net.ties { degree[t.from, default: 0] += 1; degree[t.to, default: 0] += 1 }
        let engines: [LayoutEngine?] = [nil, .dot, .neato, .fdp, .sfdp, .circo, .twopi]
        for engine in engines {
            for lang in ["en", "zh"] {
                var o = DiagramOptions(layout: engine, nodeSize: degree, nodeSizeName: "degree",
                                       label: lang == "zh" ? .language("zh") : .name,
                                       highlightedDepartments: cuts, highlightedTies: bridges, brokers: ["HQ"])
                if engine == .dot { o.rankBy = "level" }
                let png = try NetworkDiagram.render(network: net, options: o, format: .png)
                let name = "\(out)/city-\(engine?.rawValue ?? "default")-\(lang).png"
                try png.write(to: URL(fileURLWithPath: name))
                let dot = DiagramDOTWriter.write(try NetworkDiagram.graph(network: net, options: o))
                try dot.write(toFile: name.replacingOccurrences(of: ".png", with: ".dot"), atomically: true, encoding: .utf8)
            }
        }
    }
}
