import Foundation

/// Where a layout engine put every node, edge and cluster of a graph, read back from Graphviz's
/// `json` output, and the assembly of a pinned graph from it.
///
/// A pinned graph has `pos="x,y!"` on every node and the engine's spline in `pos` on every edge, and
/// `layout="nop2"` (Graphviz's `neato -n2`: use the given positions and splines as they are). Panels
/// that share one layout therefore show every department at exactly the same place, and a legend can be
/// placed beside the drawing without disturbing it.
///
/// References: Graphviz output formats `json` (<https://graphviz.org/docs/outputs/json/>) and the
/// `neato -n2` mode (<https://graphviz.org/faq/#FaqDotWithNodeCoords>); NetworkX's
/// `nx.nx_agraph.graphviz_layout` reads positions back the same way.
struct PinnedLayout {
    /// Node position (points) in the order of the graph's nodes.
    var nodes: [String: String]
    /// Edge spline (`pos`) by the edge's `id` attribute.
    var edges: [String: String]
    /// Bounding box (points): x0, y0, x1, y1.
    var bb: (Double, Double, Double, Double)
    /// Cluster name → (bb, label position).
    var clusters: [String: (bb: String, lp: String?)]
    /// Position of the graph's own label (title), if any.
    var labelPosition: String?

    /// Lays `graph` out with `engine` and reads the positions back.
    static func compute(_ graph: DOTGraph, engine: LayoutEngine) throws -> PinnedLayout {
        let data = try GraphvizRenderer.render(dot: DiagramDOTWriter.write(graph), engine: engine.rawValue, format: "json")
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw RenderError.graphviz(messages: ["could not read Graphviz's json layout output"])
        }
        var layout = PinnedLayout(nodes: [:], edges: [:], bb: (0, 0, 0, 0), clusters: [:], labelPosition: root["lp"] as? String)
        if let bb = root["bb"] as? String {
            let v = bb.split(separator: ",").compactMap { Double($0) }
            if v.count == 4 { layout.bb = (v[0], v[1], v[2], v[3]) }
        }
        var nodeIndex = 0
        for case let object as [String: Any] in (root["objects"] as? [Any]) ?? [] {
            if object["nodes"] != nil || object["edges"] != nil || object["pos"] == nil {
                if let name = object["name"] as? String, name.hasPrefix("cluster"), let bb = object["bb"] as? String {
                    layout.clusters[name] = (bb, object["lp"] as? String)
                }
                continue
            }
            guard nodeIndex < graph.nodes.count, let pos = object["pos"] as? String else { continue }
            layout.nodes[graph.nodes[nodeIndex].id] = pos
            nodeIndex += 1
        }
        for case let edge as [String: Any] in (root["edges"] as? [Any]) ?? [] {
            if let id = edge["id"] as? String, let pos = edge["pos"] as? String { layout.edges[id] = pos }
        }
        return layout
    }

    /// Graph attributes that only matter to the engines, dropped from a pinned graph.
    static let engineAttributes: Set<String> = [
        "overlap", "sep", "splines", "mode", "smoothing", "mindist", "ranksep", "root", "nodesep",
        "rankdir", "newrank", "K", "concentrate", "pack",
    ]

    /// The pinned graph: `graph` with positions, only the edges `keepEdge` accepts, clusters with their
    /// boxes, and the legend on the right.
    static func assemble(_ graph: DOTGraph, layout: PinnedLayout, legend: [LegendRow], fontName: String,
                         keepEdge: (DOTEdge) -> Bool = { _ in true }) throws -> DOTGraph {
        var g = graph
        for key in engineAttributes { g.graphAttributes[key] = nil }
        g.graphAttributes["layout"] = "nop2"
        if let lp = layout.labelPosition, g.graphAttributes["label"] != nil { g.graphAttributes["lp"] = lp }
        g.nodes = graph.nodes.map { node in
            var n = node
            if let p = layout.nodes[node.id] { n.attributes["pos"] = p + "!" }
            return n
        }
        g.edges = graph.edges.compactMap { edge in
            guard let id = edge.attributes["id"], let pos = layout.edges[id], keepEdge(edge) else { return nil }
            var e = edge
            e.attributes["pos"] = pos
            return e
        }
        g.subgraphs = graph.subgraphs.compactMap { sub in
            guard let box = layout.clusters[sub.name] else { return nil }
            var s = sub
            s.graphAttributes["bb"] = box.bb
            if let lp = box.lp { s.graphAttributes["lp"] = lp }
            return s
        }
        if !legend.isEmpty { try placeLegend(legend, into: &g, besides: layout.bb, fontName: fontName) }
        return g
    }

    // MARK: - Legend

    private static let rowHeight = 22.0
    private static let sampleWidth = 40.0
    private static let gap = 10.0

    private static func fontSize(_ row: LegendRow) -> String { row.sample == .header ? "13" : "11" }

    /// Lays the legend rows out top-down to the right of `bb`, inside a framed cluster.
    private static func placeLegend(_ rows: [LegendRow], into g: inout DOTGraph, besides bb: (Double, Double, Double, Double),
                                    fontName: String) throws {
        let widths = try measure(rows, fontName: fontName)
        let x0 = bb.2 + 30
        let top = max(bb.3 - 14, Double(rows.count) * rowHeight + 4)
        let textLeft = x0 + sampleWidth + gap
        var legend = DOTSubgraph(name: "cluster_legend")
        for (i, row) in rows.enumerated() {
            let y = top - Double(i) * rowHeight
            let width = widths[i]
            let indented = row.sample == .header || row.sample == .text ? x0 : textLeft
            legend.nodes.append(DOTNode("legend:\(i)", [
                "shape": "plaintext", "label": row.text, "fontsize": fontSize(row), "margin": "0",
                "width": "0", "height": "0", "pos": "\(DiagramDOTWriter.number(indented + width / 2)),\(DiagramDOTWriter.number(y))!",
            ]))
            switch row.sample {
            case .header, .text:
                break
            case .node(let attributes):
                var a = attributes
                a["label"] = ""; a["width"] = "0.45"; a["height"] = "0.22"; a["fixedsize"] = "true"
                a["pos"] = "\(DiagramDOTWriter.number(x0 + sampleWidth / 2)),\(DiagramDOTWriter.number(y))!"
                legend.nodes.append(DOTNode("legend:\(i):sample", a))
            case .edge(let attributes, let arrow):
                let a = "legend:\(i):a", b = "legend:\(i):b"
                for (id, x) in [(a, x0), (b, x0 + sampleWidth)] {
                    legend.nodes.append(DOTNode(id, ["shape": "point", "style": "invis", "width": "0.01", "height": "0.01",
                                                     "label": "", "pos": "\(DiagramDOTWriter.number(x)),\(DiagramDOTWriter.number(y))!"]))
                }
                var e = attributes
                let ys = DiagramDOTWriter.number(y)
                func p(_ x: Double) -> String { "\(DiagramDOTWriter.number(x)),\(ys)" }
                if arrow && g.directed {
                    let end = x0 + sampleWidth - 8
                    e["pos"] = "e,\(p(x0 + sampleWidth)) \(p(x0)) \(p(x0 + (end - x0) / 3)) \(p(x0 + 2 * (end - x0) / 3)) \(p(end))"
                } else {
                    e["pos"] = "\(p(x0)) \(p(x0 + sampleWidth / 3)) \(p(x0 + 2 * sampleWidth / 3)) \(p(x0 + sampleWidth))"
                    if g.directed { e["dir"] = "none" }
                }
                legend.edges.append(DOTEdge(a, b, e))
            }
        }
        var right = textLeft
        for (row, w) in zip(rows, widths) {
            let left = (row.sample == .header || row.sample == .text) ? x0 : textLeft
            right = max(right, left + w)
        }
        let bottom = top - Double(rows.count - 1) * rowHeight
        let box = [x0 - 12, bottom - 14, right + 12, top + 14].map(DiagramDOTWriter.number).joined(separator: ",")
        legend.graphAttributes = [
            "bb": box,
            "style": "rounded", "color": "#9a9a9a", "label": "",
        ]
        g.subgraphs.append(legend)
    }

    /// Width (points) of each row's text in its font, measured by Graphviz's own text layout.
    private static func measure(_ rows: [LegendRow], fontName: String) throws -> [Double] {
        let probe = DOTGraph(name: "legend", directed: false,
                             nodeDefaults: ["shape": "plaintext", "margin": "0", "width": "0", "height": "0", "fontname": fontName],
                             nodes: rows.enumerated().map { i, row in DOTNode("m\(i)", ["label": row.text, "fontsize": fontSize(row)]) })
        let data = try GraphvizRenderer.render(dot: DiagramDOTWriter.write(probe), engine: "dot", format: "json")
        var widths = rows.map { Double($0.text.count) * 7 }
        if let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            for case let object as [String: Any] in (root["objects"] as? [Any]) ?? [] {
                guard let name = object["name"] as? String, name.hasPrefix("m"), let i = Int(name.dropFirst()),
                      i < widths.count, let w = (object["width"] as? String).flatMap(Double.init) else { continue }
                widths[i] = w * 72
            }
        }
        return widths
    }
}
