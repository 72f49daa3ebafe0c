import Foundation
import GovNet

/// Turns a ``GovNet/Network`` into a styled diagram whose look encodes the analysis.
///
/// Definition of the drawing:
/// - departments are rounded boxes filled by ``DiagramOptions/colorBy`` (kind, level, an attribute or
///   a community), sized by a metric (``DiagramOptions/nodeSize``), labelled by name, id or a
///   language's name (long names wrap onto two or three lines);
/// - every drawn mechanism has its own edge colour and line style (command solid blue, information
///   dashed green, material thick orange, supervision dotted purple, operation thin teal, others from a
///   fixed list); parallel ties of several mechanisms are separate edges; heavier ties are thicker;
///   undirected ties have no arrowhead;
/// - articulation points have a thick red border, bridges are thick red edges, brokers are hexagons,
///   and the legend says so;
/// - ``graph(network:options:)`` lays the network out once with the chosen engine, pins every node and
///   edge where the engine put them (`pos="x,y!"`, Graphviz's `nop2` = `neato -n2`) and adds a legend
///   to the right, so the legend never disturbs the layout and the result renders the same with any
///   ``LayoutEngine``.
///
/// References: Graphviz attributes <https://graphviz.org/doc/info/attrs.html>; styling by analysis as
/// in NetworkX's `draw_networkx` (`node_color`, `node_size`, `edge_color`) and igraph's `plot`
/// (`vertex_color`, `vertex_size`, `edge_color`, `edge_lty`).
public enum NetworkDiagram {
    /// The styled network before layout: departments and ties with their attributes, layout-engine
    /// settings, ranks and clusters, but no positions and no legend.
    ///
    /// Useful to inspect or snapshot the styling; render it with any engine. ``graph(network:options:)``
    /// is the finished diagram.
    /// - Parameters:
    ///   - network: the network.
    ///   - options: what to draw and how.
    /// - Returns: the DOT graph; node ids are department ids, edge `id`s are `e0`, `e1`, … in tie order.
    /// - Throws: ``DiagramError`` for an unknown focus department or mechanism.
    /// - Complexity: O(n + m) plus sorting the group values.
    public static func styledGraph(network: Network, options: DiagramOptions = DiagramOptions()) throws -> DOTGraph {
        try DiagramModel(network: network, options: options).styledGraph()
    }

    /// Whether Graphviz can route this diagram's edges with `splines=curved` within
    /// ``CurvedRoutingBudget/limit``; when not, every diagram asked for `curved` is drawn with straight
    /// edges (`line`) instead, and a caller may say so. True when `curved` is not asked for.
    /// - Complexity: that of ``styledGraph(network:options:)`` plus at most the limit's steps.
    public static func curvedRoutingFits(network: Network, options: DiagramOptions) throws -> Bool {
        let model = try DiagramModel(network: network, options: options)
        let g = model.styledGraph()
        return options.splines != "curved" || g.graphAttributes["splines"] == "curved"
    }

    /// The layout engine a diagram uses: ``DiagramOptions/layout``, else the recommendation for the
    /// drawn part of the network (``LayoutEngine/recommended(nodes:edges:directed:)``).
    /// - Throws: ``DiagramError`` as ``styledGraph(network:options:)``.
    /// - Complexity: O(n + m).
    public static func engine(network: Network, options: DiagramOptions = DiagramOptions()) throws -> LayoutEngine {
        try DiagramModel(network: network, options: options).engine
    }

    /// The finished diagram: laid out with the engine, every position pinned, legend added on the right.
    ///
    /// Renders identically with any engine passed to ``GraphvizRenderer/render(dot:layout:format:)``
    /// (the graph carries `layout="nop2"`).
    /// - Parameters:
    ///   - network: the network.
    ///   - options: what to draw and how.
    /// - Returns: the DOT graph with positions.
    /// - Throws: ``DiagramError`` for bad options; ``RenderError`` when Graphviz fails to lay it out.
    /// - Complexity: one layout with the engine plus one small layout measuring the legend text.
    public static func graph(network: Network, options: DiagramOptions = DiagramOptions()) throws -> DOTGraph {
        let model = try DiagramModel(network: network, options: options)
        let styled = model.styledGraph()
        let layout = try PinnedLayout.compute(styled, engine: model.engine)
        return try PinnedLayout.assemble(styled, layout: layout, legend: options.showLegend ? model.legendRows() : [],
                                         fontName: options.fontName)
    }

    /// Renders the finished diagram (``graph(network:options:)``) to an image.
    /// - Parameters:
    ///   - network: the network.
    ///   - options: what to draw and how.
    ///   - format: output format.
    /// - Returns: the image bytes.
    /// - Throws: ``DiagramError`` or ``RenderError``.
    /// - Complexity: that of ``graph(network:options:)`` plus rendering.
    public static func render(network: Network, options: DiagramOptions = DiagramOptions(),
                              format: ImageFormat) throws -> Data {
        let g = try graph(network: network, options: options)
        return try GraphvizRenderer.render(dot: DiagramDOTWriter.write(g), layout: .neato, format: format)
    }
}

/// Everything a diagram needs, computed once from the network and the options.
struct DiagramModel {
    let network: Network
    let options: DiagramOptions
    /// Drawn departments, in network order.
    let departments: [Department]
    /// Drawn ties, in network order (both ends drawn, mechanism drawn).
    let ties: [Tie]
    /// Drawn mechanism ids, in order.
    let mechanisms: [String]
    let styles: [String: DiagramPalette.EdgeStyle]
    /// Fill per department id.
    let fills: [String: String]
    /// Legend of fills: (text, colour), in order.
    let fillLegend: [(String, String)]
    let directed: Bool
    let engine: LayoutEngine

    init(network: Network, options: DiagramOptions) throws {
        self.network = network
        self.options = options
        let index = network.departmentIndex

        // Mechanisms.
        let used = network.usedMechanismIDs
        if let wanted = options.mechanisms {
            var seen = Set<String>()
            var list: [String] = []
            for m in wanted where !seen.contains(m) {
                guard network.mechanism(m) != nil || used.contains(m) else { throw DiagramError.unknownMechanism(m) }
                seen.insert(m)
                list.append(m)
            }
            mechanisms = list
        } else {
            mechanisms = used
        }
        let drawn = Set(mechanisms)
        styles = DiagramPalette.edgeStyles(for: network.allMechanisms.map(\.id) + mechanisms)
        // Self-loops are ignored by the analyses and not drawn; a tie repeated with the same ends,
        // mechanism and direction is drawn once.
        var repeated = Set<[String]>()
        var ties = network.ties.filter { t in
            guard drawn.contains(t.mechanism), index[t.from] != nil, index[t.to] != nil, t.from != t.to else { return false }
            let directed = network.isDirected(t)
            let ends = directed || t.from < t.to ? [t.from, t.to] : [t.to, t.from]
            return repeated.insert(ends + [t.mechanism, directed ? ">" : "-"]).inserted
        }

        // Departments (ego network when focused).
        var keep: Set<String>
        if let focus = options.focus {
            guard index[focus.id] != nil else { throw DiagramError.unknownDepartment(focus.id) }
            keep = DiagramModel.ego(of: focus.id, radius: max(0, focus.radius), ties: ties)
        } else {
            keep = Set(index.keys)
        }
        var seen = Set<String>()
        departments = network.departments.filter { d in
            guard keep.contains(d.id), !seen.contains(d.id) else { return false }
            seen.insert(d.id)
            return true
        }
        keep = seen
        ties = ties.filter { keep.contains($0.from) && keep.contains($0.to) }
        if departments.count > DiagramLimits.maxDepartments || ties.count > DiagramLimits.maxTies {
            throw DiagramError.tooLarge(departments: departments.count, ties: ties.count)
        }
        self.ties = ties
        directed = ties.contains { network.isDirected($0) }
        (fills, fillLegend) = DiagramModel.fills(departments, colorBy: options.colorBy)
        engine = options.layout ?? LayoutEngine.recommended(nodes: departments.count, edges: ties.count, directed: directed)
    }

    /// Departments within `radius` ties of `center`, ignoring direction. Breadth-first search.
    static func ego(of center: String, radius: Int, ties: [Tie]) -> Set<String> {
        var neighbours: [String: [String]] = [:]
        for t in ties {
            neighbours[t.from, default: []].append(t.to)
            neighbours[t.to, default: []].append(t.from)
        }
        var found: Set<String> = [center]
        var frontier = [center]
        var depth = 0
        while depth < radius && !frontier.isEmpty {
            depth += 1
            var next: [String] = []
            for u in frontier {
                for v in neighbours[u] ?? [] where !found.contains(v) {
                    found.insert(v)
                    next.append(v)
                }
            }
            frontier = next
        }
        return found
    }

    /// Fill per department and the legend of fills.
    static func fills(_ departments: [Department], colorBy: ColorBy) -> ([String: String], [(String, String)]) {
        var value: [String: String] = [:]
        var fixed: [String: String] = [:]
        var order: (String, String) -> Bool = { $0 < $1 }
        var caption: (String) -> String = { $0 }
        switch colorBy {
        case .none:
            return ([:], [])
        case .kind:
            for d in departments { value[d.id] = d.kind }
            fixed = DiagramPalette.kindColors
        case .level:
            for d in departments { value[d.id] = d.level }
            fixed = DiagramPalette.levelColors
            order = levelOrder
        case .attribute(let name):
            for d in departments { value[d.id] = d.group(name) }
            if name == "kind" { fixed = DiagramPalette.kindColors }
            if name == "level" { fixed = DiagramPalette.levelColors; order = levelOrder }
            let values = Set(value.values)
            if !values.isEmpty, values.allSatisfy({ Double($0) != nil }) {
                order = { Double($0)! < Double($1)! }
            }
        case .community(let map):
            for d in departments { value[d.id] = map[d.id].map { String($0) } }
            order = { Int($0)! < Int($1)! }
            caption = { "Community \($0)" }
        }
        var values = Set(value.values).sorted(by: order)
        var others = 0
        if values.count > DiagramPalette.maxColouredGroups {
            // Keep the groups with a fixed colour (standard kinds, levels), then the most common ones
            // (ties by name); lump the rest as "other".
            var count: [String: Int] = [:]
            for v in value.values { count[v, default: 0] += 1 }
            let rank = { (v: String) in (fixed[v] != nil ? 1 : 0, count[v]!) }
            let kept = Set(values.sorted { a, b in rank(a) != rank(b) ? rank(a) > rank(b) : a < b }
                .prefix(DiagramPalette.maxColouredGroups - 1))
            others = values.count - kept.count
            values = values.filter(kept.contains)
        }
        let colours = DiagramPalette.fills(for: values, fixed: fixed)
        var fills: [String: String] = [:]
        for d in departments {
            guard let v = value[d.id] else { fills[d.id] = DiagramPalette.noGroup; continue }
            fills[d.id] = colours[v] ?? DiagramPalette.otherGroup
        }
        var legend = values.map { (caption($0), colours[$0]!) }
        if others > 0 { legend.append(("\(others) other values", DiagramPalette.otherGroup)) }
        if departments.contains(where: { value[$0.id] == nil }) { legend.append(("(not recorded)", DiagramPalette.noGroup)) }
        return (fills, legend)
    }

    /// National → township first, other values alphabetically after them.
    static func levelOrder(_ a: String, _ b: String) -> Bool {
        let ia = DiagramPalette.levels.firstIndex(of: a) ?? Int.max
        let ib = DiagramPalette.levels.firstIndex(of: b) ?? Int.max
        return ia != ib ? ia < ib : a < b
    }

    /// The text of a department's label, wrapped.
    func label(_ d: Department) -> String {
        let text: String
        switch options.label {
        case .name: text = d.name
        case .id: text = d.id
        case .language(let lang): text = d.label(language: lang)
        }
        return DiagramModel.wrap(text)
    }

    /// Breaks a long label onto lines: at spaces near `width` characters, or (CJK text without spaces)
    /// into equal chunks of at most 8 characters. Text with line breaks is left alone.
    static func wrap(_ text: String, width: Int = 20) -> String {
        if text.contains(where: \.isNewline) { return text }
        let chars = Array(text)
        if !text.contains(" ") {
            guard chars.count > 10, DOTGraph.isCJK(text) else { return text }
            let lines = (chars.count + 7) / 8
            let per = (chars.count + lines - 1) / lines
            return stride(from: 0, to: chars.count, by: per)
                .map { String(chars[$0..<min($0 + per, chars.count)]) }.joined(separator: "\n")
        }
        guard chars.count > width else { return text }
        let lineCount = (chars.count + width - 1) / width
        let target = (chars.count + lineCount - 1) / lineCount + 3  // balanced lines
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > target {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// The mechanism's display name in the diagram's text language.
    func mechanismName(_ id: String) -> String {
        guard let m = network.mechanism(id) else { return id }
        if options.textLanguage == .zh, let zh = m.nameZh { return zh }
        return m.name
    }
}
