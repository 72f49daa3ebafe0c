import ArgumentParser
import Foundation
import GovNet

/// `govnet info FILE`: what a network holds, at a glance.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Summarise a network: departments by kind and level, ties per mechanism, connectedness, responsibilities."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var out: OutputOptions

    @Argument(help: "Network file.") var file: String

    @Option(help: "Output format: table or json.") var format: InfoFormat = .table

    enum InfoFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func run() throws {
        try reportingErrors {
            try out.checkNotOverwriting(inputs: [file])
            if let large = try input.loadLarge(file) {
                try out.emit(LargeEdgeListSummary.render(large, file: file, json: format == .json))
                return
            }
            let loaded = try input.load(file)
            let s = NetworkSummary(loaded.network)
            try out.emit(format == .json ? json(s, loaded) : TerminalText.safeLines(table(s, loaded)))
        }
    }

    private func table(_ s: NetworkSummary, _ loaded: LoadedNetwork) -> String {
        let clean = TextTable.sanitize
        var text = ""
        if let t = s.title { text += clean(t) + "\n" }
        let meta = loaded.network.metadata
        for (k, v) in [("jurisdiction", meta.jurisdiction), ("period", meta.period), ("status", meta.status.map(ReportLanguage.en.status)), ("source", meta.source)] {
            if let v { text += "\(k): \(clean(v))\n" }
        }
        text += "format: \(loaded.format.rawValue)\n\n"
        text += "departments: \(s.departments)   ties: \(s.ties) (as written)   linked pairs: \(s.linkedPairs) (combined view, \(s.directed ? "directed: arcs" : "undirected: edges"))\n"
        text += "density: \(NumberFormat.significant(s.density, digits: 4)) = \(s.linkedPairs) linked pairs / \(s.possiblePairs) possible (\(s.departments) × \(max(0, s.departments - 1))\(s.directed ? "" : " / 2"))\n"
        text += "weak components: \(s.weakComponents) (largest \(s.largestComponent))"
        if let sc = s.strongComponents { text += "   strong components: \(sc)" }
        text += "   isolates: \(s.isolates.count)\n"
        if !s.isolates.isEmpty { text += "isolated: \(s.isolates.map(clean).joined(separator: ", "))\n" }
        if s.selfLoops > 0 { text += "self-loops (ignored by analyses): \(s.selfLoops)\n" }
        text += "\nTies per mechanism\n"
        text += TextTable.render(header: ["mechanism", "name", "ties", "directed", "undirected", "linked pairs", "density"],
                                 rows: s.mechanisms.map { [clean($0.id), clean($0.name), "\($0.ties)", "\($0.directedTies)", "\($0.undirectedTies)", "\($0.linkedPairs)", NumberFormat.significant($0.density, digits: 4)] },
                                 rightAligned: [2, 3, 4, 5, 6])
        text += "ties: as written, typed by mechanism; linked pairs: arcs or edges of the view (parallel ties once); density = linked pairs / possible pairs\n"
        text += "\nDepartments by kind\n"
        text += TextTable.render(header: ["kind", "departments"], rows: s.byKind.map { [clean($0.0), "\($0.1)"] }, rightAligned: [1])
        text += "\nDepartments by level\n"
        text += TextTable.render(header: ["level", "departments"], rows: s.byLevel.map { [clean($0.0), "\($0.1)"] }, rightAligned: [1])
        text += "\nfunctions: \(s.functions)   with a lead: \(s.functionsWithLead)"
        if !s.functionsWithoutLead.isEmpty { text += "   without a lead: \(s.functionsWithoutLead.map(clean).joined(separator: ", "))" }
        return text + "\n"
    }

    private func json(_ s: NetworkSummary, _ loaded: LoadedNetwork) -> String {
        let m = loaded.network.metadata
        var meta: [(String, JSONValue)] = []
        for (k, v) in [("title", m.title), ("jurisdiction", m.jurisdiction), ("period", m.period), ("status", m.status), ("source", m.source)] {
            if let v { meta.append((k, .string(v))) }
        }
        return JSONValue.object([
            ("file", .string(file)),
            ("format", .string(loaded.format.rawValue)),
            ("metadata", .object(meta)),
            ("departments", .number(Double(s.departments))),
            ("ties", .number(Double(s.ties))),
            ("linked_pairs", .number(Double(s.linkedPairs))),
            ("directed", .bool(s.directed)),
            ("density", .finite(s.density)),
            ("possible_pairs", .number(Double(s.possiblePairs))),
            ("weak_components", .number(Double(s.weakComponents))),
            ("largest_component", .number(Double(s.largestComponent))),
            ("strong_components", s.strongComponents.map { .number(Double($0)) } ?? .null),
            ("isolates", .array(s.isolates.map { .string($0) })),
            ("self_loops", .number(Double(s.selfLoops))),
            ("mechanisms", .array(s.mechanisms.map { .object([("id", .string($0.id)), ("name", .string($0.name)), ("ties", .number(Double($0.ties))),
                                                                ("linked_pairs", .number(Double($0.linkedPairs))),
                                                                ("directed_ties", .number(Double($0.directedTies))), ("undirected_ties", .number(Double($0.undirectedTies))),
                                                                ("density", .finite($0.density))]) })),
            ("by_kind", .object(s.byKind.map { ($0.0, .number(Double($0.1))) })),
            ("by_level", .object(s.byLevel.map { ($0.0, .number(Double($0.1))) })),
            ("functions", .number(Double(s.functions))),
            ("functions_with_lead", .number(Double(s.functionsWithLead))),
            ("functions_without_lead", .array(s.functionsWithoutLead.map { .string($0) })),
            ("warnings", .number(Double(loaded.diagnostics.filter { $0.severity == .warning }.count))),
        ]).rendered()
    }
}
