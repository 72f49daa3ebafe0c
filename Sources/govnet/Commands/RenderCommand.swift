import ArgumentParser
import Foundation
import GovNet
import GovNetGraphviz

extension LayoutEngine: ExpressibleByArgument {}
extension ImageFormat: ExpressibleByArgument {}

/// `govnet render FILE -o OUT.(svg|png|pdf|dot)`: a diagram that shows where coordination breaks down.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a network as SVG, PNG, PDF or laid-out DOT (Graphviz in-process).",
        discussion: """
        Each mechanism gets its own edge colour and style, and the diagram carries a legend. \
        --highlight bottlenecks draws articulation points with a thick red border, bridges as thick red \
        edges, and marks brokers (the top tenth by betweenness whose Burt constraint is below the median) \
        as hexagons. --split-mechanisms writes one file per mechanism (OUT-<mechanism>.<ext>; characters other than letters, digits and - in the id are written as _ and their UTF-8 hex, so `x y` gives OUT-x_20y.<ext>) with every \
        department at the same place. Chinese, Japanese or Korean labels need a CJK font for PNG and PDF \
        (e.g. Debian's fonts-noto-cjk or fonts-wqy-microhei).
        """
    )

    @OptionGroup var input: InputOptions

    @Argument(help: "Network file.") var file: String

    @Option(name: .shortAndLong, help: "Output file: .svg, .png, .pdf or .dot (laid-out DOT).") var output: String

    @Option(help: "Output format (default: from the output file's extension).") var format: ImageFormat?

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo or twopi (default: chosen by size and shape).")
    var layout: LayoutEngine?

    @Option(name: .customLong("mechanism"), help: "Draw only this mechanism (repeatable; default: all).")
    var mechanisms: [String] = []

    @Flag(help: "Write one file per mechanism, with the same node positions in each.") var splitMechanisms = false

    @Option(help: "Fill colour by kind, level, community (Louvain) or any department attribute.")
    var colorBy: String = "kind"

    @Option(help: "Node size by a node metric of `govnet metrics`: \(NodeMetrics.all.joined(separator: ", ")).")
    var sizeBy: String?

    @Option(help: "Label departments by name, id, or a language code (e.g. zh uses names.zh); default: the --lang names.")
    var label: String?

    @Option(help: "Language of the legend, mechanism names, caption, messages and (unless --label says otherwise) department names: en or zh.")
    var lang: ReportLanguage?

    @Option(help: "What to highlight: bottlenecks (articulation points, bridges, brokers).")
    var highlight: [String] = []

    @Option(help: "Draw only the ego network of this department id.") var focus: String?

    @Option(help: "With --focus: how many ties away from it to draw, \(OptionRanges.text(OptionRanges.radius)).") var radius: Int = 1

    @Option(help: "Departments with the same value of this attribute (e.g. level) share a rank in the dot layout.")
    var rankBy: String?

    @Option(help: "Box departments with the same value of this attribute together (dot and fdp layouts).")
    var clusterBy: String?

    @Option(help: "Font family list for labels.") var font: String = DiagramOptions.defaultFontName

    @Option(help: "Edge routing: true (splines around nodes), line, curved (when Graphviz's cycle listing fits its limit, docs/limits.md; else line, with a warning), polyline or ortho (default: by layout).")
    var splines: String?

    @Option(help: "Title above the diagram (default: the network's title; empty for none).") var title: String?

    @Flag(help: "Leave out the legend.") var noLegend = false

    @Option(help: "Seed for community detection (--color-by community).") var seed: UInt64 = 1

    func validate() throws {
        let ext = (output as NSString).pathExtension
        if format == nil && ImageFormat(pathExtension: ext) == nil {
            throw ValidationError("cannot tell the image format from '\(output)': use .svg, .png, .pdf or .dot, or pass --format")
        }
        for h in highlight where h != "bottlenecks" {
            throw ValidationError("unknown --highlight '\(h)' (expected: bottlenecks)")
        }
        if let sizeBy, !NodeMetrics.all.contains(sizeBy) {
            throw ValidationError("unknown metric '\(sizeBy)' for --size-by (expected one of: \(NodeMetrics.all.joined(separator: ", ")))")
        }
        try OptionRanges.check(radius, OptionRanges.radius, "--radius")
        if let splines, !["true", "false", "line", "spline", "curved", "polyline", "ortho"].contains(splines) {
            throw ValidationError("unknown --splines '\(splines)' (expected true, line, curved, polyline or ortho)")
        }
        if focus == nil && radius != 1 { throw ValidationError("--radius needs --focus") }
    }

    func run() throws {
        try reportingErrors(language: textLanguage) {
            try OutputOptions(output: output, force: false).checkNotOverwriting(inputs: [file], language: textLanguage)
            let network = try input.load(file, language: textLanguage).network
            let imageFormat = format ?? ImageFormat(pathExtension: (output as NSString).pathExtension)!
            let options = try diagramOptions(network)
            do {
                if splitMechanisms {
                    for panel in try NetworkDiagram.panels(network: network, options: options) {
                        try write(panel, format: imageFormat, to: Self.panelPath(output, mechanism: panel.name))
                    }
                } else {
                    try write(NetworkDiagram.graph(network: network, options: options), format: imageFormat, to: output)
                }
            } catch let e as DiagramError {
                let tooLarge = if case .tooLarge = e { true } else { false }
                throw InputError(message: "\(file): error: \(e)", code: tooLarge ? Exit.dataError : Exit.usage)
            } catch let e as RenderError {
                throw CommandErrors.error("cli.graphviz", [("detail", .text("\(e)"))], textLanguage, code: Exit.software)
            }
        }
    }

    /// `out.png` + `command` → `out-command.png`; the id is encoded injectively (``FileNameComponent``),
    /// so two mechanisms never share a file.
    static func panelPath(_ output: String, mechanism: String) -> String {
        let safe = FileNameComponent.encode(mechanism)
        let ext = (output as NSString).pathExtension
        let stem = ext.isEmpty ? output : String(output.dropLast(ext.count + 1))
        return ext.isEmpty ? "\(stem)-\(safe)" : "\(stem)-\(safe).\(ext)"
    }

    private func write(_ graph: DOTGraph, format: ImageFormat, to path: String) throws {
        if (format == .png || format == .pdf), graph.containsCJKText, GraphvizRenderer.cjkFontAvailable() == nil, !input.quiet {
            Stderr.print("govnet: warning: " + textLanguage.render("render.no-cjk-font"))
        }
        let data = try GraphvizRenderer.render(dot: DiagramDOTWriter.write(graph), layout: .neato, format: format)
        try AtomicFile.write(data, to: path)
    }

    /// The language of the words around the picture: `--lang`, else the language of `--label`.
    private var textLanguage: ReportLanguage { lang ?? ReportLanguage(code: label) }

    /// The diagram options for this invocation, computing bottlenecks, sizes and communities.
    private func diagramOptions(_ network: Network) throws -> DiagramOptions {
        var o = DiagramOptions(layout: layout, mechanisms: mechanisms.isEmpty ? nil : mechanisms, fontName: font,
                               splines: splines, showLegend: !noLegend, title: title)
        // The status travels with the picture, in the labels' language.
        o.caption = StatusNotice.line(network, language: textLanguage)
        o.language = lang
        for m in mechanisms where network.mechanism(m) == nil && !network.usedMechanismIDs.contains(m) {
            throw InputError(message: "\(file): error: " + textLanguage.render("render.unknown-mechanism", [("id", .text(m))]), code: Exit.usage)
        }
        if let focus {
            guard network.department(focus) != nil else {
                throw InputError(message: "\(file): error: " + textLanguage.render("render.unknown-focus", [("id", .text(focus))]), code: Exit.usage)
            }
            o.focus = (id: focus, radius: radius)
        }
        o.rankBy = rankBy
        o.clusterBy = clusterBy
        let labelChoice = label ?? (lang == .zh ? "zh" : "name")
        switch labelChoice {
        case "name": o.label = .name
        case "id": o.label = .id
        default: o.label = .language(labelChoice)
        }
        let view = GraphView(mechanisms: o.mechanisms)
        let graph = NetworkGraph(network: network, view: view)
        switch colorBy {
        case "kind": o.colorBy = .kind
        case "level": o.colorBy = .level
        case "none": o.colorBy = .none
        case "community":
            var rng = SeededGenerator(seed: seed)
            let partition = Communities.louvain(of: graph.graph, weighted: false, using: &rng)
            o.colorBy = .community(Dictionary(zip(graph.ids, partition.membership.map(Int.init)), uniquingKeysWith: { a, _ in a }))
        default: o.colorBy = .attribute(colorBy)
        }
        if let sizeBy {
            let result = try NodeMetrics.compute(network, settings: MetricSettings(view: view, seed: seed), metrics: [sizeBy])
            if let column = result.columns.first(where: { $0.name == sizeBy }) ?? result.columns.first {
                o.nodeSize = Dictionary(zip(result.ids, column.values), uniquingKeysWith: { a, _ in a })
                o.nodeSizeName = sizeBy
            }
        }
        if highlight.contains("bottlenecks") { o.highlightBottlenecks(in: network) }
        if splines == "curved", !input.quiet, try !NetworkDiagram.curvedRoutingFits(network: network, options: o) {
            Stderr.print("govnet: " + textLanguage.render("render.curved-too-costly", [
                ("departments", .count(network.departments.count)), ("ties", .count(network.ties.count)),
                ("limit", .count(CurvedRoutingBudget.limit))]))
        }
        return o
    }
}
