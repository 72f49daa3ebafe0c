import ArgumentParser
import Foundation
import GovNet

/// `govnet suggest FILE`: new ties that would most improve redundancy.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Propose new ties that remove single points of failure and fragile ties, then shorten paths.",
        discussion: """
        Greedy, on the undirected view (all mechanisms, or those given with --mechanism): while articulation \
        points or bridges remain, the non-adjacent pair whose tie leaves the fewest (articulation points, then \
        bridges) — ties broken by the larger efficiency gain, then by department ids — with objective \
        "biconnectivity" and gain = the drop in articulation points + bridges; then the pair with the largest \
        global-efficiency gain (lazy greedy, CELF), objective "efficiency". Each suggestion lists the \
        diagnosis findings it resolves (single-point-of-failure, fragile-tie), verified by recomputing \
        articulation points and bridges with the tie added. --allowed FILE restricts the candidates to \
        institutionally plausible pairs: a CSV with header from,to (unordered pairs).
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var view: ViewOptions
    @OptionGroup var out: OutputOptions
    @OptionGroup var csv: CSVOptions

    @Argument(help: "Network file (any readable format).") var file: String

    @Option(help: ArgumentHelp("Number of ties to propose, \(OptionRanges.text(OptionRanges.budget)).", valueName: "K")) var budget = 5

    @Option(help: ArgumentHelp("CSV of allowed pairs (header from,to); only these are considered.", valueName: "file"))
    var allowed: String?

    @Option(help: "Output format: table, csv, json or markdown (default: table on a terminal, csv otherwise).")
    var format: OutputFormat?

    func validate() throws {
        try OptionRanges.check(budget, OptionRanges.budget, "--budget")
    }

    func run() throws {
        try reportingErrors {
            try out.checkNotOverwriting(inputs: [file] + (allowed.map { [$0] } ?? []))
            let loaded = try input.load(file)
            let net = loaded.network
            try view.check(against: net)
            let settings = view.settings
            let pairs = try allowed.map { try readAllowed($0, net) }
            let mechanism = view.mechanisms.first ?? "operation"
            let report = try TieSuggestions.suggest(network: net, view: settings.view, mechanism: mechanism, budget: budget, allowed: pairs)
            let format = OutputFormat.resolve(self.format, fallback: .csv, output: out.output)
            try out.emit(StatusNotice.apply(render(report, net, settings, format), format: format, network: net, cells: csv.cells))
        }
    }

    /// Reads the allowed pairs; unknown ids and malformed rows are data errors with the line.
    private func readAllowed(_ path: String, _ net: Network) throws -> [(String, String)] {
        let records = try CSVReader.records(try InputFile.bytes(path), file: path)
        guard let header = records.first else { throw FormatError(file: path, "empty file; expected a header from,to") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let fi = names.firstIndex(of: "from"), let ti = names.firstIndex(of: "to") else {
            throw FormatError(file: path, line: header.line, "expected a header with columns from,to")
        }
        let index = net.departmentIndex
        var pairs: [(String, String)] = []
        var errors: [Diagnostic] = []
        for r in records.dropFirst() {
            if r.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard r.fields.count > Swift.max(fi, ti) else {
                errors.append(Diagnostic(.error, file: path, line: r.line, message: "expected \(names.count) fields, found \(r.fields.count)"))
                continue
            }
            let a = r.fields[fi].trimmingCharacters(in: .whitespaces), b = r.fields[ti].trimmingCharacters(in: .whitespaces)
            for (id, column) in [(a, "from"), (b, "to")] where index[id] == nil {
                errors.append(Diagnostic(.error, file: path, line: r.line, field: column, message: "unknown department '\(id)'"))
            }
            pairs.append((a, b))
        }
        if !errors.isEmpty { throw FormatError(errors) }
        return pairs
    }

    private func render(_ r: TieSuggestionReport, _ net: Network, _ settings: MetricSettings, _ format: OutputFormat) -> String {
        let rows = r.suggestions.enumerated().map { i, s in
            ["\(i + 1)", s.from, s.to, s.mechanism, s.objective.rawValue, metricText(s.gain),
             s.resolves.joined(separator: "; "), "\(s.cutPointsAfter)", "\(s.bridgesAfter)", metricText(s.efficiencyAfter)]
        }
        let header = ["rank", "from", "to", "mechanism", "objective", "gain", "resolves", "cut_points_after", "bridges_after", "efficiency_after"]
        switch format {
        case .csv:
            return TableOutput(header: header, rows: rows).rendered(.csv, cells: csv.cells)
        case .json:
            var s = settings.jsonValue(directed: NetworkGraph(network: net, view: settings.view).graph.isDirected)
            if case .object(var m) = s {
                m += [("budget", .number(Double(budget))), ("allowed", allowed.map { .string($0) } ?? .null),
                      ("candidates", .number(Double(r.candidates))), ("view", .string(r.viewLabel)),
                      ("cut_points", .number(Double(r.cutPoints))), ("bridges", .number(Double(r.bridges))),
                      ("efficiency", .finite(r.efficiency))]
                s = .object(m)
            }
            return StatusNotice.json(JSONValue.object([
                ("suggestions", .array(r.suggestions.map { s in .object([
                    ("from", .string(s.from)), ("to", .string(s.to)), ("mechanism", .string(s.mechanism)),
                    ("gain", .finite(s.gain)), ("objective", .string(s.objective.rawValue)),
                    ("resolves", .array(s.resolves.map { .string($0) })),
                    ("cut_points_after", .number(Double(s.cutPointsAfter))), ("bridges_after", .number(Double(s.bridgesAfter))),
                    ("efficiency_after", .finite(s.efficiencyAfter)),
                ]) })),
                ("settings", s),
            ]), net).rendered() + "\n"
        case .table, .markdown:
            let md = format == .markdown
            var text = md ? "# Suggested ties: \(MarkdownText.cell(net.metadata.title ?? file))\n\n" : "Suggested ties: \(TextTable.sanitize(net.metadata.title ?? file))\n"
            func count(_ k: Int, _ noun: String) -> String { "\(k) \(noun)\(k == 1 ? "" : "s")" }
            text += "view: \(r.viewLabel) (undirected); now \(count(r.cutPoints, "articulation point")), \(count(r.bridges, "bridge")), efficiency \(metricText(r.efficiency)); \(count(r.candidates, "candidate pair"))\n\n"
            if rows.isEmpty { return text + "no tie improves redundancy or efficiency\n" }
            let named = r.suggestions.enumerated().map { i, s in
                ["\(i + 1)", "\(s.from) (\(net.name(of: s.from)))", "\(s.to) (\(net.name(of: s.to)))", s.mechanism, s.objective.rawValue,
                 metricText(s.gain), s.resolves.isEmpty ? "-" : s.resolves.joined(separator: "; "),
                 "\(s.cutPointsAfter) / \(s.bridgesAfter) / \(metricText(s.efficiencyAfter))"]
            }
            return text + TableOutput(header: ["rank", "from", "to", "mechanism", "objective", "gain", "resolves", "after: cut points / bridges / efficiency"],
                                      rows: named, numeric: [0, 5]).rendered(md ? .markdown : .table)
        }
    }
}
