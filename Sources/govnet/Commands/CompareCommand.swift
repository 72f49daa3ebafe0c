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
        to themselves when AFTER has them. A CSV mapping's optional third column `functions` (function ids of \
        BEFORE separated by `;`) says which duties a row carries, so a split department's duties go to the \
        successor that took them over; --function-mapping FILE (CSV from,to) matches function ids that differ \
        between the networks. Every function's lead, co-leads and support before → after are listed in the \
        departments' own names with their change (lead-moved, lead-merged, lead-gained, lead-lost, \
        co-lead-changed, unchanged), computed on the raw networks through the mapping. --align chooses how a \
        split department's ties go to its successors (duty, successor, copy); merged predecessors' weights \
        combine by --combine (max by default). Added and removed ties that exist only because of the rule are \
        labelled; the sensitivity table gives QAP r, ties added/removed, findings appeared/disappeared and the \
        centre's degree and betweenness under each rule. Findings are computed on each raw network and matched \
        through the mapping. The BEFORE network is collapsed onto AFTER's departments: a merged \
        department pools its predecessors' ties, a split department's ties follow --align, weights \
        of ties landing on one pair combine by --combine, and the basis is kept when all agree, else the most formal. \
        Ties are compared after alignment. QAP: Pearson correlation of the off-diagonal cells of the two \
        adjacency matrices and the share of --permutations node relabellings (seeded) giving a correlation \
        ≥, ≤ and |·| ≥ the observed one, as statnet sna::qaptest. --diagram draws the overlay (added green, \
        removed red dashed, unchanged grey, reweighted thicker/thinner, merged departments marked); \
        --panels PREFIX also writes PREFIX-before.EXT and PREFIX-after.EXT at the same node positions.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var out: OutputOptions

    @Argument(help: ArgumentHelp("The networks, earliest first: BEFORE AFTER, or three or more waves for a trajectory.", valueName: "network"))
    var files: [String]
    var before: String { files[0] }
    var after: String { files[1] }

    @Option(help: "Mapping of old department ids to new ones (CSV from,to[,functions]; or YAML/JSON); with three or more waves, repeat it: the i-th joins wave i and i+1.")
    var mapping: [String] = []

    @Option(help: ArgumentHelp("Mapping of old function ids to new ones when they differ between the networks (CSV from,to; or YAML/JSON {old: new}).", valueName: "file"))
    var functionMapping: String?

    @Option(name: .customLong("mechanism"), help: ArgumentHelp("Mechanism to compare (repeatable; default: every mechanism used).", valueName: "id"))
    var mechanisms: [String] = []

    @Option(help: "Output format: table, markdown or json (default: table on a terminal, markdown otherwise).")
    var format: OutputFormat?

    @Option(help: ArgumentHelp("Write the overlay diagram to this file (.svg, .png, .pdf or .dot).", valueName: "file"))
    var diagram: String?

    @Option(help: ArgumentHelp("Also write the before and after panels (same node positions) as PREFIX-before.EXT and PREFIX-after.EXT; EXT from --diagram, else svg.", valueName: "prefix"))
    var panels: String?

    @Option(help: "Number of QAP permutations, \(OptionRanges.text(OptionRanges.permutations)).") var permutations: Int = 1000
    @Option(help: "Seed of the QAP permutations and of community detection.") var seed: UInt64 = 1
    @Flag(help: "QAP on tie weights instead of tie presence.") var weighted = false

    @Option(name: .customLong("metric"), help: ArgumentHelp("Node metric to compare (repeatable; default: \(MetricDeltas.defaultNodeMetrics.joined(separator: ", "))).", valueName: "name"))
    var nodeMetrics: [String] = []

    @Flag(help: "Skip metric deltas and diagnosis findings (faster on large networks).") var noMetrics = false

    @Option(help: "Language of the table and Markdown output (sentences, headings, department and function names): en or zh.")
    var lang: ReportLanguage = .en

    @Option(help: ArgumentHelp("How a split department's ties and roles go to its successors: duty (follow the duties they serve; default when the mapping names duties), successor (the first-listed successor), copy (every successor; default otherwise).", valueName: "rule"))
    var align: String?

    @Option(help: ArgumentHelp("How weights of ties landing on one pair combine: max (default, for ordinal weights) or sum.", valueName: "rule"))
    var combine: String = "max"

    func validate() throws {
        if files.count < 2 { throw ValidationError("compare needs two networks (BEFORE AFTER) or more (waves, earliest first)") }
        if files.count > 2 {
            if !mapping.isEmpty && mapping.count != files.count - 1 {
                throw ValidationError("with \(files.count) waves give \(files.count - 1) --mapping files (the i-th joins wave i and i+1), or none")
            }
            if diagram != nil || panels != nil { throw ValidationError("--diagram and --panels compare two networks; give two files") }
            if functionMapping != nil { throw ValidationError("--function-mapping compares two networks; give two files") }
        } else if mapping.count > 1 {
            throw ValidationError("two networks take one --mapping")
        }
        if let align, AlignmentRule(rawValue: align) == nil {
            throw ValidationError("--align must be one of \(AlignmentRule.allCases.map(\.rawValue).joined(separator: ", ")); got '\(align)'")
        }
        if WeightCombination(rawValue: combine) == nil {
            throw ValidationError("--combine must be max or sum; got '\(combine)'")
        }
        try OptionRanges.check(permutations, OptionRanges.permutations, "--permutations")
        if format == .csv { throw ValidationError("--format csv is not available for compare; use table, markdown or json") }
        if let diagram, ImageFormat(pathExtension: (diagram as NSString).pathExtension) == nil {
            throw ValidationError("--diagram needs a file name ending in .svg, .png, .pdf or .dot")
        }
        for m in nodeMetrics where !NodeMetrics.all.contains(m) {
            throw ValidationError("unknown node metric '\(m)'; expected one of \(NodeMetrics.all.joined(separator: ", "))")
        }
    }

    func run() throws {
        try reportingErrors(language: lang) {
            let inputs = files + mapping + (functionMapping.map { [$0] } ?? [])
            try out.checkNotOverwriting(inputs: inputs, language: lang)
            // The diagram and the panels may be .dot files, as the inputs may be.
            let ext = diagram.map { ($0 as NSString).pathExtension } ?? "svg"
            let drawn = (diagram.map { [$0] } ?? []) + (panels.map { ["\($0)-before.\(ext)", "\($0)-after.\(ext)"] } ?? [])
            for path in drawn {
                try OutputOptions(output: path, force: out.force).checkNotOverwriting(inputs: inputs, language: lang)
            }
            if files.count > 2 { return try runWaves() }
            let b = try input.load(before, language: lang), a = try input.load(after, language: lang)
            for (f, n) in [(before, b.network), (after, a.network)] { CoordinatorNotice.warnIfMissing(n, file: f, center: nil, centerOption: false, quiet: input.quiet) }
            let map: DepartmentMapping = try mapping.first.map(DepartmentMapping.read(path:))
                ?? DepartmentMapping.derived(before: b.network, after: a.network, afterFile: after, afterLines: a.sourceMap.departmentLines)
            let resolved = try map.resolve(before: b.network, after: a.network, functionMapping: functionMapping.map(DepartmentMapping.read(path:)))
            if !input.quiet { for w in resolved.warnings { Stderr.print("govnet: " + w.description(lang)) } }
            let known = Set(NetworkDiff.usedMechanisms(b.network, a.network) + b.network.allMechanisms.map(\.id) + a.network.allMechanisms.map(\.id))
            for m in mechanisms where !known.contains(m) {
                throw CommandErrors.unknownMechanism(m, available: NetworkDiff.usedMechanisms(b.network, a.network), lang)
            }
            let comparison = try NetworkComparison(before: b.network, after: a.network, mapping: resolved, settings: settings)
            if diagram != nil || panels != nil { try drawDiagrams(comparison) }
            let format = OutputFormat.resolve(self.format, fallback: .markdown, output: out.output)
            switch format {
            case .json:
                var value = comparison.jsonValue(extraSettings: [
                    ("before", .string(before)), ("after", .string(after)), ("mapping_file", mapping.first.map { .string($0) } ?? .null),
                    ("function_mapping_file", functionMapping.map { .string($0) } ?? .null),
                ])
                // What each side's data are (observed, documentary, illustrative) travels with the comparison.
                let status: JSONValue = .object([("before", b.network.metadata.status.map(JSONValue.string) ?? .null),
                                                 ("after", a.network.metadata.status.map(JSONValue.string) ?? .null)])
                if case .object(var fields) = value { fields.insert(("status", status), at: 0); value = .object(fields) }
                try out.emit(value.rendered())
            default:
                try out.emit(ComparisonText.render(comparison, markdown: format == .markdown, language: lang))
            }
        }
    }

    /// The comparison settings of the options.
    var settings: NetworkComparison.Settings {
        NetworkComparison.Settings(mechanisms: mechanisms.isEmpty ? nil : mechanisms, weighted: weighted,
                                   permutations: permutations, seed: seed,
                                   nodeMetrics: nodeMetrics.isEmpty ? MetricDeltas.defaultNodeMetrics : nodeMetrics,
                                   metrics: !noMetrics, align: align.flatMap(AlignmentRule.init(rawValue:)),
                                   combine: WeightCombination(rawValue: combine) ?? .max)
    }

    private func drawDiagrams(_ c: NetworkComparison) throws {
        let ext = diagram.map { ($0 as NSString).pathExtension } ?? "svg"
        let imageFormat = ImageFormat(pathExtension: ext) ?? .svg
        func name(_ path: String) -> String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
        do {
            var o = DiagramOptions(title: "\(name(before)) → \(name(after))")
            if lang == .zh { o.label = .language("zh") }  // names.zh and the legend in Chinese
            let drawings = try NetworkDiagram.comparison(c, options: o)
            if let diagram {
                try AtomicFile.write(GraphvizRenderer.render(dot: DiagramDOTWriter.write(drawings.overlay), layout: .neato, format: imageFormat), to: diagram)
            }
            if let panels {
                for (suffix, g) in [("before", drawings.before), ("after", drawings.after)] {
                    try AtomicFile.write(GraphvizRenderer.render(dot: DiagramDOTWriter.write(g), layout: .neato, format: imageFormat),
                                         to: "\(panels)-\(suffix).\(ext)")
                }
            }
        } catch let e as RenderError {
            throw CommandErrors.error("cli.graphviz", [("detail", .text("\(e)"))], lang, code: Exit.software)
        }
    }
}
