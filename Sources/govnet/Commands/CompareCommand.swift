import ArgumentParser
import Foundation
import GovNet
import GovNetGraphviz

/// `govnet compare BEFORE AFTER`: what changed across a reform, merge-aware.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two versions of a network (before/after a reform): departments merged, split, renamed; ties added, removed, reweighted; metric deltas; QAP test.",
        discussion: """
        Departments are aligned by --mapping FILE (CSV `from,to`, or YAML/JSON {old: new} / {old: [new, …]}), \
        else by the `formerly:` lists of the AFTER network's departments; ids the mapping does not name map \
        to themselves when AFTER has them. The BEFORE network is collapsed onto AFTER's departments: a merged \
        department pools its predecessors' ties, a split department's ties go to every successor, weights \
        of ties landing on one pair add up, and the basis is kept when all agree, else the most formal. \
        Ties are compared after alignment. QAP: Pearson correlation of the off-diagonal cells of the two \
        adjacency matrices and the share of --permutations node relabellings (seeded) giving a correlation \
        ≥, ≤ and |·| ≥ the observed one, as statnet sna::qaptest. --diagram draws the overlay (added green, \
        removed red dashed, unchanged grey, reweighted thicker/thinner, merged departments marked); \
        --panels PREFIX also writes PREFIX-before.EXT and PREFIX-after.EXT at the same node positions.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var out: OutputOptions

    @Argument(help: "The earlier network.") var before: String
    @Argument(help: "The later network.") var after: String

    @Option(help: "Mapping of old department ids to new ones (CSV from,to; or YAML/JSON).") var mapping: String?

    @Option(name: .customLong("mechanism"), help: ArgumentHelp("Mechanism to compare (repeatable; default: every mechanism used).", valueName: "id"))
    var mechanisms: [String] = []

    @Option(help: "Output format: table, markdown or json (default: table on a terminal, markdown otherwise).")
    var format: OutputFormat?

    @Option(help: ArgumentHelp("Write the overlay diagram to this file (.svg, .png, .pdf or .dot).", valueName: "file"))
    var diagram: String?

    @Option(help: ArgumentHelp("Also write the before and after panels (same node positions) as PREFIX-before.EXT and PREFIX-after.EXT; EXT from --diagram, else svg.", valueName: "prefix"))
    var panels: String?

    @Option(help: "Number of QAP permutations.") var permutations: Int = 1000
    @Option(help: "Seed of the QAP permutations and of community detection.") var seed: UInt64 = 1
    @Flag(help: "QAP on tie weights instead of tie presence.") var weighted = false

    @Option(name: .customLong("metric"), help: ArgumentHelp("Node metric to compare (repeatable; default: \(MetricDeltas.defaultNodeMetrics.joined(separator: ", "))).", valueName: "name"))
    var nodeMetrics: [String] = []

    @Flag(help: "Skip metric deltas and diagnosis findings (faster on large networks).") var noMetrics = false

    func validate() throws {
        if permutations < 0 { throw ValidationError("--permutations must be at least 0") }
        if format == .csv { throw ValidationError("--format csv is not available for compare; use table, markdown or json") }
        if let diagram, ImageFormat(pathExtension: (diagram as NSString).pathExtension) == nil {
            throw ValidationError("--diagram needs a file name ending in .svg, .png, .pdf or .dot")
        }
        for m in nodeMetrics where !NodeMetrics.all.contains(m) {
            throw ValidationError("unknown node metric '\(m)'; expected one of \(NodeMetrics.all.joined(separator: ", "))")
        }
    }

    func run() throws {
        try reportingErrors {
            try out.checkNotOverwriting(inputs: [before, after] + (mapping.map { [$0] } ?? []))
            let b = try input.load(before), a = try input.load(after)
            let map: DepartmentMapping = try mapping.map(DepartmentMapping.read(path:))
                ?? DepartmentMapping.derived(before: b.network, after: a.network, afterFile: after, afterLines: a.sourceMap.departmentLines)
            let resolved = try map.resolve(before: b.network, after: a.network)
            if !input.quiet { for w in resolved.warnings { Stderr.print("govnet: \(w)") } }
            let known = Set(NetworkDiff.usedMechanisms(b.network, a.network) + b.network.allMechanisms.map(\.id) + a.network.allMechanisms.map(\.id))
            for m in mechanisms where !known.contains(m) {
                throw InputError(message: "error: unknown mechanism '\(m)'; these networks use \(NetworkDiff.usedMechanisms(b.network, a.network).joined(separator: ", "))")
            }
            let settings = NetworkComparison.Settings(mechanisms: mechanisms.isEmpty ? nil : mechanisms, weighted: weighted,
                                                      permutations: permutations, seed: seed,
                                                      nodeMetrics: nodeMetrics.isEmpty ? MetricDeltas.defaultNodeMetrics : nodeMetrics,
                                                      metrics: !noMetrics)
            let comparison = try NetworkComparison(before: b.network, after: a.network, mapping: resolved, settings: settings)
            if diagram != nil || panels != nil { try drawDiagrams(comparison) }
            let format = OutputFormat.resolve(self.format, fallback: .markdown, output: out.output)
            switch format {
            case .json:
                try out.emit(comparison.jsonValue(extraSettings: [
                    ("before", .string(before)), ("after", .string(after)), ("mapping_file", mapping.map { .string($0) } ?? .null),
                ]).rendered())
            default:
                try out.emit(ComparisonText.render(comparison, markdown: format == .markdown))
            }
        }
    }

    private func drawDiagrams(_ c: NetworkComparison) throws {
        let overlay = ComparisonOverlay(c)
        let ext = diagram.map { ($0 as NSString).pathExtension } ?? "svg"
        let imageFormat = ImageFormat(pathExtension: ext) ?? .svg
        do {
            let title = "\(c.alignment.before.metadata.title ?? before) → \(c.alignment.after.metadata.title ?? after)"
            let graph = try NetworkDiagram.overlay(nodes: overlay.nodes, ties: overlay.ties, options: DiagramOptions(title: title))
            if let diagram {
                try AtomicFile.write(GraphvizRenderer.render(dot: DOTWriter.write(graph), layout: .neato, format: imageFormat), to: diagram)
            }
            if let panels {
                for (suffix, keep) in [("before", overlay.beforeEdgeIDs), ("after", overlay.afterEdgeIDs)] {
                    var g = graph
                    g.edges = g.edges.filter { $0.attributes["id"].map(keep.contains) ?? false }
                    g.subgraphs = g.subgraphs.filter { $0.name != "cluster_legend" }
                    g.graphAttributes["label"] = suffix == "before" ? "Before (aligned): \(c.alignment.before.metadata.title ?? before)"
                                                                    : "After: \(c.alignment.after.metadata.title ?? after)"
                    try AtomicFile.write(GraphvizRenderer.render(dot: DOTWriter.write(g), layout: .neato, format: imageFormat),
                                         to: "\(panels)-\(suffix).\(ext)")
                }
            }
        } catch let e as RenderError {
            throw InputError(message: "error: cannot draw the diagram: \(e)", code: Exit.software)
        } catch let e as DiagramError {
            throw InputError(message: "error: cannot draw the diagram: \(e)", code: Exit.software)
        }
    }
}

/// The overlay of a comparison as plain values for ``NetworkDiagram/overlay(nodes:ties:options:)``.
struct ComparisonOverlay {
    var nodes: [OverlayNode] = []
    var ties: [OverlayTie] = []
    /// Edge ids (`e<k>`, in tie order) present in the aligned earlier / the later network.
    var beforeEdgeIDs = Set<String>()
    var afterEdgeIDs = Set<String>()

    init(_ c: NetworkComparison) {
        let a = c.alignment
        let merged = Set(c.diff.merged.map(\.into)), added = Set(a.added)
        for d in a.after.departments {
            let status: NodeStatus = added.contains(d.id) ? .added : merged.contains(d.id) ? .merged : .unchanged
            var label = d.name
            if status == .merged, let from = a.predecessors[d.id] { label += " (merged: \(from.joined(separator: ", ")))" }
            nodes.append(OverlayNode(id: d.id, label: label, status: status))
        }
        for id in a.removed { nodes.append(OverlayNode(id: id, label: a.before.name(of: id), status: .removed)) }
        let changes = (c.diff.tiesAdded + c.diff.tiesRemoved + c.diff.tiesReweighted + c.diff.tiesRebased + c.diff.tiesUnchanged)
        var seen = Set<TieKey>()
        for ch in changes.sorted(by: { $0.key < $1.key }) where seen.insert(ch.key).inserted {
            let status: TieStatus
            switch (ch.before, ch.after) {
            case (nil, _): status = .added
            case (_, nil): status = .removed
            case let (.some(x), .some(y)): status = abs(x.weight - y.weight) > 1e-12 * max(1, x.weight, y.weight) ? .reweighted(before: x.weight, after: y.weight) : .unchanged
            }
            let id = "e\(ties.count)"
            if ch.before != nil { beforeEdgeIDs.insert(id) }
            if ch.after != nil { afterEdgeIDs.insert(id) }
            ties.append(OverlayTie(from: ch.key.from, to: ch.key.to, status: status, mechanism: ch.key.mechanism, directed: ch.key.directed))
        }
    }
}
