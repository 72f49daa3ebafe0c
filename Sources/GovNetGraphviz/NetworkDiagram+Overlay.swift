import GovNet

/// What happened to a department between two versions of a network (for ``NetworkDiagram/overlay(nodes:ties:options:)``).
public enum NodeStatus: String, CaseIterable, Hashable, Sendable {
    /// Only in the later version.
    case added
    /// Only in the earlier version.
    case removed
    /// In both.
    case unchanged
    /// The result of merging departments of the earlier version.
    case merged
}

/// What happened to a tie between two versions of a network.
public enum TieStatus: Hashable, Sendable {
    /// Only in the later version.
    case added
    /// Only in the earlier version.
    case removed
    /// In both, same weight.
    case unchanged
    /// The tie exists in both versions with a different weight (`before` → `after`).
    case reweighted(before: Double, after: Double)
}

/// A department in a before/after overlay.
public struct OverlayNode: Hashable, Sendable {
    /// Node id (a department id of either version).
    public var id: String
    /// Display text.
    public var label: String
    /// What happened to it.
    public var status: NodeStatus

    /// Creates an overlay department; the label defaults to the id.
    public init(id: String, label: String? = nil, status: NodeStatus) {
        self.id = id
        self.label = label ?? id
        self.status = status
    }
}

/// A tie in a before/after overlay.
public struct OverlayTie: Hashable, Sendable {
    /// Tail (or one end) id.
    public var from: String
    /// Head (or other end) id.
    public var to: String
    /// What happened to it.
    public var status: TieStatus
    /// Mechanism id, shown in the edge tooltip only (colour encodes the status).
    public var mechanism: String?
    /// Draw an arrowhead.
    public var directed: Bool

    /// Creates an overlay tie (undirected unless `directed`).
    public init(from: String, to: String, status: TieStatus, mechanism: String? = nil, directed: Bool = false) {
        self.from = from
        self.to = to
        self.status = status
        self.mechanism = mechanism
        self.directed = directed
    }
}

extension NetworkDiagram {
    /// A before/after overlay: one drawing of the union of two versions of a network, with what changed.
    ///
    /// Definition of the styles: departments added — green border and fill; removed — red dashed border,
    /// grey text; merged — thick purple border; unchanged — plain. Ties added — green; removed — red
    /// dashed; unchanged — grey; reweighted — blue, thicker when the weight grew and thinner when it
    /// fell (pen width × after/before, clamped to 0.4…3). A legend lists the statuses that occur. The
    /// inputs are plain values: the comparison itself (alignment, mappings of merged departments) is the
    /// caller's.
    /// - Parameters:
    ///   - nodes: departments of the union with their status, in drawing order.
    ///   - ties: ties of the union with their status. Ties naming an id missing from `nodes` add a
    ///     plain node for it.
    ///   - options: only ``DiagramOptions/layout``, ``DiagramOptions/fontName``,
    ///     ``DiagramOptions/showLegend`` and ``DiagramOptions/title`` apply.
    /// - Returns: the pinned diagram (positions from one layout with the engine, legend on the right).
    /// - Throws: ``RenderError`` when Graphviz fails to lay it out.
    /// - Complexity: one layout plus O(n + m).
    public static func overlay(nodes: [OverlayNode], ties: [OverlayTie], options: DiagramOptions = DiagramOptions()) throws -> DOTGraph {
        let directed = ties.contains(where: \.directed)
        var g = DOTGraph(name: options.title ?? "overlay", directed: directed)
        let engine = options.layout ?? LayoutEngine.recommended(nodes: nodes.count, edges: ties.count, directed: directed)
        g.graphAttributes = ["fontname": options.fontName, "fontsize": "16", "outputorder": "edgesfirst", "pad": "0.3",
                             "bgcolor": "white", "overlap": "prism", "sep": "+10", "splines": "true"]
        if engine == .dot { g.graphAttributes["overlap"] = nil; g.graphAttributes["sep"] = nil }
        if let title = options.title, !title.isEmpty { g.graphAttributes["label"] = title; g.graphAttributes["labelloc"] = "t" }
        g.nodeDefaults = ["shape": "box", "style": "rounded,filled", "fillcolor": "#ffffff", "color": "#7a7a7a",
                          "fontname": options.fontName, "fontsize": "11", "margin": "0.12,0.05"]
        g.edgeDefaults = ["arrowsize": "0.7"]
        var seen = Set<String>()
        for n in nodes where !seen.contains(n.id) {
            seen.insert(n.id)
            g.nodes.append(DOTNode(n.id, nodeStyle(n.status).merging(["label": DiagramModel.wrap(n.label)]) { $1 }))
        }
        for t in ties {
            for id in [t.from, t.to] where !seen.contains(id) {
                seen.insert(id)
                g.nodes.append(DOTNode(id, ["label": DiagramModel.wrap(id)]))
            }
        }
        g.edges = ties.enumerated().map { k, t in
            var a = tieStyle(t.status)
            a["id"] = "e\(k)"
            if directed && !t.directed { a["dir"] = "none" }
            if let m = t.mechanism { a["tooltip"] = m }
            return DOTEdge(t.from, t.to, a)
        }
        let layout = try PinnedLayout.compute(g, engine: engine)
        var rows: [LegendRow] = [LegendRow(sample: .header, text: "Legend")]
        let nodeStatuses = Set(nodes.map(\.status))
        for s in NodeStatus.allCases where nodeStatuses.contains(s) {
            rows.append(LegendRow(sample: .node(nodeStyle(s)), text: "Department \(s.rawValue)"))
        }
        let tieKinds: [(String, TieStatus)] = [("added", .added), ("removed", .removed), ("unchanged", .unchanged),
                                               ("reweighted (thicker = stronger)", .reweighted(before: 1, after: 1))]
        for (text, status) in tieKinds where ties.contains(where: { sameKind($0.status, status) }) {
            rows.append(LegendRow(sample: .edge(tieStyle(status), arrow: false), text: "Tie \(text)"))
        }
        return try PinnedLayout.assemble(g, layout: layout, legend: options.showLegend ? rows : [], fontName: options.fontName)
    }

    private static func sameKind(_ a: TieStatus, _ b: TieStatus) -> Bool {
        switch (a, b) {
        case (.added, .added), (.removed, .removed), (.unchanged, .unchanged), (.reweighted, .reweighted): return true
        default: return false
        }
    }

    static func nodeStyle(_ status: NodeStatus) -> [String: String] {
        switch status {
        case .added: return ["fillcolor": "#c7e9c0", "color": "#238b45", "penwidth": "2.5"]
        case .removed: return ["fillcolor": "#f5f5f5", "color": "#cb181d", "penwidth": "2", "style": "rounded,filled,dashed",
                               "fontcolor": "#777777"]
        case .merged: return ["fillcolor": "#dadaeb", "color": "#54278f", "penwidth": "3.5"]
        case .unchanged: return [:]
        }
    }

    static func tieStyle(_ status: TieStatus) -> [String: String] {
        switch status {
        case .added: return ["color": "#238b45", "penwidth": "2.2"]
        case .removed: return ["color": "#cb181d", "penwidth": "1.6", "style": "dashed"]
        case .unchanged: return ["color": "#9e9e9e", "penwidth": "1.2"]
        case .reweighted(let before, let after):
            var ratio = before > 0 && after.isFinite ? after / before : 1
            if !ratio.isFinite { ratio = 1 }
            return ["color": "#2166ac", "penwidth": DiagramDOTWriter.number(1.6 * min(3, max(0.4, ratio)))]
        }
    }
}
