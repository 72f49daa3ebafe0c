import GovNet

extension DiagramModel {
    /// The styled graph: nodes, edges, engine settings, ranks and clusters (no positions, no legend).
    func styledGraph() -> DOTGraph {
        var g = DOTGraph(name: network.metadata.title ?? "network", directed: directed)
        g.graphAttributes = graphAttributes()
        g.nodeDefaults = [
            "shape": "box", "style": "rounded,filled", "fillcolor": DiagramPalette.noGroup,
            "color": DiagramPalette.border, "penwidth": "1", "fontname": options.fontName, "fontsize": "11",
            "margin": "0.12,0.05",
        ]
        g.edgeDefaults = ["arrowsize": "0.7", "fontname": options.fontName, "fontsize": "9"]
        g.nodes = departments.map(node)
        g.edges = edges()
        if let rankBy = options.rankBy, engine == .dot { appendRanks(by: rankBy, to: &g) }
        if let clusterBy = options.clusterBy { g.subgraphs += clusters(by: clusterBy) }
        // Graphviz's `curved` routing enumerates the graph's paths for every pair of departments drawn:
        // measured here, straight edges beyond the limit (``NetworkDiagram/curvedRoutingFits(network:options:)``).
        if g.graphAttributes["splines"] == "curved", CurvedRoutingBudget.estimate(g) == nil { g.graphAttributes["splines"] = "line" }
        return g
    }

    private func graphAttributes() -> [String: String] {
        var a: [String: String] = [
            "fontname": options.fontName, "fontsize": "16", "outputorder": "edgesfirst", "pad": "0.3",
            "bgcolor": "white",
        ]
        let title = [options.title ?? network.metadata.title ?? "", options.caption ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
        if !title.isEmpty { a["label"] = title; a["labelloc"] = "t" }
        // Routing splines around nodes costs about O(n²) per edge in neato's router: 23 s for 200
        // departments and 400 ties (43 s for 900 ties). Large drawings get straight edges (parallel
        // ties fanned out): Graphviz 2.42's `curved` enumerates every cycle of the graph for every edge
        // (get_cycle_centroid → find_all_cycles), which ran for over 30 minutes on 200 departments and
        // 900 ties around a hub; `line` takes 0.4 s there.
        let routed = departments.count <= 80 && ties.count <= 300 ? "true" : "line"
        switch engine {
        case .dot:
            a["rankdir"] = "TB"; a["nodesep"] = "0.3"; a["ranksep"] = "0.6"; a["splines"] = "true"
            a["newrank"] = "true"
        case .neato:
            a["overlap"] = "prism"; a["sep"] = "+10"; a["splines"] = routed; a["mode"] = "major"
        case .fdp:
            a["overlap"] = "prism"; a["sep"] = "+10"; a["splines"] = routed
        case .sfdp:
            a["overlap"] = "prism"; a["sep"] = "+8"; a["splines"] = routed; a["smoothing"] = "triangle"
        case .circo:
            // Straight edges: spline routing of parallel ties (makeMultiSpline) writes out of bounds in
            // Graphviz 2.42's circo (valgrind on the EMON Texas and Hurricane Frederic networks).
            a["splines"] = "line"; a["mindist"] = "0.6"
        case .twopi:
            // Straight edges: Graphviz 2.42's twopi crashes in makeSpline (splines=true) on some graphs
            // (seen on the EMON Texas and Wichita networks with highlighted nodes).
            a["overlap"] = "prism"; a["sep"] = "+10"; a["splines"] = "line"; a["ranksep"] = "1.6"
            if let root = options.focus?.id ?? largestNode() { a["root"] = root }
        }
        if let splines = options.splines { a["splines"] = splines }
        return a
    }

    /// The department with the largest size metric, else the one with the most ties.
    private func largestNode() -> String? {
        if let sizes = options.nodeSize {
            return departments.max { (sizes[$0.id] ?? -.infinity, $1.id) < (sizes[$1.id] ?? -.infinity, $0.id) }?.id
        }
        var degree: [String: Int] = [:]
        for t in ties { degree[t.from, default: 0] += 1; degree[t.to, default: 0] += 1 }
        return departments.max { (degree[$0.id] ?? 0, $1.id) < (degree[$1.id] ?? 0, $0.id) }?.id
    }

    private func node(_ d: Department) -> DOTNode {
        var a: [String: String] = ["label": label(d)]
        if let fill = fills[d.id], fill != DiagramPalette.noGroup { a["fillcolor"] = fill }
        if options.brokers.contains(d.id) { a["shape"] = "hexagon"; a["style"] = "filled" }
        if options.focus?.id == d.id {
            a["penwidth"] = "2.5"
            a["fontsize"] = "13"
        }
        if options.highlightedDepartments.contains(d.id) {
            a["color"] = DiagramPalette.highlight
            a["penwidth"] = "4"
        }
        if let t = sizeFraction(d.id) {
            a["width"] = DiagramDOTWriter.number(0.9 + 1.3 * t)
            a["height"] = DiagramDOTWriter.number(0.42 + 0.5 * t)
            a["fontsize"] = DiagramDOTWriter.number((10 + 6 * t).rounded())
        }
        return DOTNode(d.id, a)
    }

    /// Position of a department's metric between the smallest and largest drawn value (0…1), or `nil`
    /// without a size metric.
    func sizeFraction(_ id: String) -> Double? {
        guard let sizes = options.nodeSize else { return nil }
        let values = departments.compactMap { sizes[$0.id] }.filter(\.isFinite)
        guard let lo = values.min(), let hi = values.max(), hi > lo,
              let v = sizes[id], v.isFinite else { return 0 }
        return (v - lo) / (hi - lo)
    }

    private func edges() -> [DOTEdge] {
        // Dense drawings: translucent edges so that crossings stay legible.
        let dense = ties.count > 3 * max(1, departments.count)
        let weights = ties.map(\.weight).filter { $0.isFinite && $0 > 0 }
        let lo = weights.min() ?? 1, hi = weights.max() ?? 1
        return ties.enumerated().map { k, t in
            let style = styles[t.mechanism]!
            var scale = 1.0
            if hi > lo, t.weight.isFinite { scale = 0.75 + 1.0 * (t.weight - lo) / (hi - lo) }
            var a: [String: String] = [
                "id": "e\(k)", "color": style.color + (dense ? "a0" : ""),
                "penwidth": DiagramDOTWriter.number(style.penwidth * scale),
            ]
            if style.style != "solid" { a["style"] = style.style }
            if directed && !network.isDirected(t) { a["dir"] = "none" }
            if options.highlightedTies.contains(TiePair(t.from, t.to)) {
                a["color"] = DiagramPalette.highlight
                a["penwidth"] = DiagramDOTWriter.number(max(4, style.penwidth * scale + 2))
            }
            return DOTEdge(t.from, t.to, a)
        }
    }

    /// Orders the groups of an attribute top-down in the `dot` layout, without forcing each group onto
    /// one wide row: an invisible anchor per group sits above all its departments and below all the
    /// departments of the group before, and real ties that point up the order stop constraining ranks.
    private func appendRanks(by attribute: String, to g: inout DOTGraph) {
        var groups: [String: [String]] = [:]
        var groupOf: [String: Int] = [:]
        for d in departments { if let v = d.group(attribute) { groups[v, default: []].append(d.id) } }
        let order = attribute == "level" ? groups.keys.sorted(by: DiagramModel.levelOrder) : groups.keys.sorted()
        guard order.count > 1 else { return }
        for (i, v) in order.enumerated() { for id in groups[v]! { groupOf[id] = i } }
        for k in g.edges.indices {
            if let a = groupOf[g.edges[k].from], let b = groupOf[g.edges[k].to], a > b {
                g.edges[k].attributes["constraint"] = "false"
            }
        }
        let invisible = ["style": "invis", "weight": "0"]
        for (i, v) in order.enumerated() {
            let anchor = "rank:\(attribute):\(i)"
            g.nodes.append(DOTNode(anchor, ["shape": "point", "style": "invis", "width": "0.01", "height": "0.01", "label": ""]))
            for id in groups[v]! { g.edges.append(DOTEdge(anchor, id, invisible)) }
            if i > 0 { for id in groups[order[i - 1]]! { g.edges.append(DOTEdge(id, anchor, invisible)) } }
        }
    }

    /// One cluster per value of the attribute (departments without a value stay outside).
    private func clusters(by attribute: String) -> [DOTSubgraph] {
        var groups: [String: [String]] = [:]
        for d in departments { if let v = d.group(attribute) { groups[v, default: []].append(d.id) } }
        let order = attribute == "level" ? groups.keys.sorted(by: DiagramModel.levelOrder) : groups.keys.sorted()
        return order.enumerated().map { i, v in
            DOTSubgraph(name: "cluster_\(i)", graphAttributes: [
                "label": v, "style": "rounded,dashed", "color": "#9a9a9a", "fontcolor": "#555555", "fontsize": "11",
            ], nodes: groups[v]!.map { DOTNode($0) })
        }
    }
}
