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

    @Option(help: "Language of the table (labels, kinds, levels, mechanism and function names): en or zh.")
    var lang: ReportLanguage = .en

    enum InfoFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func run() throws {
        try reportingErrors(language: lang) {
            try out.checkNotOverwriting(inputs: [file], language: lang)
            if let large = try input.loadLarge(file) {
                try out.emit(LargeEdgeListSummary.render(large, file: file, json: format == .json))
                return
            }
            let loaded = try input.load(file, language: lang)
            let s = NetworkSummary(loaded.network)
            try out.emit(format == .json ? json(s, loaded) : TerminalText.safeLines(table(s, loaded)))
        }
    }

    private func table(_ s: NetworkSummary, _ loaded: LoadedNetwork) -> String {
        let clean = TerminalText.cell
        func t(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { lang.render("info.\(key)", arguments) }
        func term(_ prefix: String, _ value: String) -> String {
            value == "(none)" ? t("none") : lang == .en ? value : MessageCatalogue.term(prefix, value).text(lang)
        }
        let net = loaded.network, sep = lang.render("list.enumeration")
        var text = ""
        if let title = net.metadataText("title", lang) { text += clean(title) + "\n" }
        let meta = net.metadata
        for (k, v) in [("jurisdiction", net.metadataText("jurisdiction", lang)), ("period", meta.period), ("status", meta.status.map(lang.status)),
                       ("source", net.metadataText("source", lang))] {
            if let v { text += t("field.\(k)", [("value", .text(clean(v)))]) + "\n" }
        }
        if let d = meta.derivedFrom { text += clean(lang.render("provenance.derived-from", [("file", .text(d))])) + "\n" }
        text += t("format", [("format", .text(loaded.format.rawValue))]) + "\n\n"
        text += t("counts", [("departments", .count(s.departments)), ("ties", .count(s.ties)), ("pairs", .count(s.linkedPairs)),
                             ("view", .text(t(s.directed ? "directed" : "undirected")))]) + "\n"
        text += t("density", [("density", .text(NumberFormat.significant(s.density, digits: 4))), ("pairs", .count(s.linkedPairs)),
                              ("possible", .count(s.possiblePairs)), ("formula", .text("\(s.departments) × \(max(0, s.departments - 1))\(s.directed ? "" : " / 2")"))]) + "\n"
        text += t("components", [("weak", .count(s.weakComponents)), ("largest", .count(s.largestComponent))])
        if let sc = s.strongComponents { text += t("strong", [("n", .count(sc))]) }
        text += t("isolates", [("n", .count(s.isolates.count))]) + "\n"
        if !s.isolates.isEmpty { text += t("isolated", [("ids", .text(s.isolates.map(clean).joined(separator: sep)))]) + "\n" }
        if s.selfLoops > 0 { text += t("self-loops", [("n", .count(s.selfLoops))]) + "\n" }
        text += "\n" + t("ties-per-mechanism") + "\n"
        text += TextTable.render(header: ["mechanism", "name", "ties", "directed-ties", "undirected-ties", "linked-pairs", "mechanism-density"].map { t("col.\($0)") },
                                 rows: s.mechanisms.map { [clean($0.id), clean(lang == .en ? $0.name : net.mechanismLabel($0.id).text(lang)), "\($0.ties)",
                                                           "\($0.directedTies)", "\($0.undirectedTies)", "\($0.linkedPairs)", NumberFormat.significant($0.density, digits: 4)] },
                                 rightAligned: [2, 3, 4, 5, 6])
        text += t("ties-note") + "\n"
        text += "\n" + t("by-kind") + "\n"
        text += TextTable.render(header: [t("col.kind"), t("col.departments")], rows: s.byKind.map { [clean(term("kind", $0.0)), "\($0.1)"] }, rightAligned: [1])
        text += "\n" + t("by-level") + "\n"
        text += TextTable.render(header: [t("col.level"), t("col.departments")], rows: s.byLevel.map { [clean(term("level", $0.0)), "\($0.1)"] }, rightAligned: [1])
        text += "\n" + t("functions", [("n", .count(s.functions)), ("led", .count(s.functionsWithLead))])
        if !s.functionsWithoutLead.isEmpty {
            text += t("without-lead", [("ids", .text(s.functionsWithoutLead.map { clean(lang == .en ? $0 : net.localizedFunction($0).text(lang)) }.joined(separator: sep)))])
        }
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
