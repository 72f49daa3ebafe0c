import ArgumentParser
import Foundation
import GovNet

/// `govnet suggest FILE`: new ties that would most improve redundancy.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Propose new ties that remove single points of failure and fragile ties, then shorten paths.",
        discussion: """
        Greedy, on the undirected view (the working mechanisms — information, operation, material and any \
        declared ones, not command, supervision or membership — or those given with --mechanism): while \
        articulation points or bridges remain, the non-adjacent pair whose tie leaves the fewest (articulation \
        points, then bridges) — ties broken by the larger efficiency gain, then by department ids — with \
        objective "biconnectivity"; then the pair with the largest global-efficiency gain (lazy greedy, CELF), \
        objective "efficiency". Every step names its objective; the objectives section says, for each, whether \
        it was met, the budget ran out, or no admissible tie improves it, and what is left. Columns keep one \
        unit each: cut_points_removed and bridges_removed (counts), efficiency_gain (global efficiency). \
        Only pairs the governance structure supports are candidates: a command tie only where one department \
        leads the other (the emergency management bureau coordinates same-level departments, it does not lead \
        them), a supervision tie only from a leader or a same-level assessor, and working ties that neither \
        skip a level, nor link adjacent levels outside a leadership or guidance line, nor reach into another \
        department's own unit, nor bypass a coordinating body (--allow-cross-lines lifts these, never the \
        command rule). Each step names the level it acts on, whether it needs a leadership line (command \
        does) and the line it follows, and the instrument (information platform, linkage agreement, material \
        agreement, plan provision, assessment line). Departments the overloaded-broker rule would flag \
        (connected-pair betweenness at least broker_betweenness, 0.35) get a new tie only when no other pair \
        improves the objective. Each suggestion lists the diagnosis findings it resolves (single-point-of-failure, \
        fragile-tie), verified by recomputing articulation points and bridges with the tie added. --allowed FILE \
        restricts the candidates further: a CSV with header from,to (unordered pairs).
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

    @Option(help: ArgumentHelp("The coordinating department (default: found by role).", valueName: "id"))
    var center: String?

    @Flag(name: .customLong("allow-cross-lines"), help: "Also propose working ties that skip an administrative level, link adjacent levels outside a leadership or guidance line, reach into another department's own unit or bypass a coordinating body (never a command tie without a leadership line).")
    var allowCrossLines = false

    @Option(help: "Output format: table, csv, json or markdown (default: table on a terminal, csv otherwise).")
    var format: OutputFormat?

    @Option(help: "Language of the table and Markdown output (sentences, headings, department names): en or zh.")
    var lang: ReportLanguage = .en

    func validate() throws {
        try OptionRanges.check(budget, OptionRanges.budget, "--budget")
    }

    func run() throws {
        try reportingErrors(language: lang) {
            try out.checkNotOverwriting(inputs: [file] + (allowed.map { [$0] } ?? []), language: lang)
            let loaded = try input.load(file, language: lang)
            let net = loaded.network
            try view.check(against: net, language: lang)
            let settings = view.settings(for: net, quiet: true, warnSingletons: false)
            let pairs = try allowed.map { try readAllowed($0, net) }
            if let center, net.departmentIndex[center] == nil {
                throw CommandErrors.unknownCenter(center, file: file, lang)
            }
            CoordinatorNotice.warnIfMissing(net, file: file, center: center, quiet: input.quiet)
            let mechanism = view.mechanisms.first ?? "operation"
            // Default view: the working mechanisms, the ones single-point-of-failure and fragile-tie look at
            // (leadership and assessment lines are structure, not redundancy to add).
            var graphView = settings.view
            if view.mechanisms.isEmpty {
                let working = net.usedMechanismIDs.filter { !DiagnosisContext.structuralMechanisms.contains($0) && $0 != Mechanism.drafting.id }
                if !working.isEmpty && working.count < net.usedMechanismIDs.count { graphView.mechanisms = working }
            }
            let report = try TieSuggestions.suggest(network: net, view: graphView, mechanism: mechanism, budget: budget, allowed: pairs,
                                                    center: center, crossLines: allowCrossLines)
            let format = OutputFormat.resolve(self.format, fallback: .csv, output: out.output)
            try out.emit(StatusNotice.apply(render(report, net, settings, format), format: format, network: net, language: lang, cells: csv.cells))
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

    /// A finding a tie resolves or leaves ("single-point-of-failure EMB (information+operation)") in the
    /// output language: the rule's name, the ids as written, the mechanisms' names.
    private func findingLabel(_ label: String, _ net: Network) -> String {
        guard lang != .en, let space = label.firstIndex(of: " ") else { return label }
        let rule = String(label[..<space])
        var rest = String(label[label.index(after: space)...])
        var view = ""
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
            let inner = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            view = inner.split(separator: "+").map { net.mechanismLabel(String($0)).text(lang) }.joined(separator: "+")
            rest = rest[..<open].trimmingCharacters(in: .whitespaces)
        }
        return DiagnosisMarkdown.ruleName(rule, lang) + lang.render("punct.colon") + rest
            + (view.isEmpty ? "" : lang.render("punct.paren", [("text", .text(view))]))
    }

    private func render(_ r: TieSuggestionReport, _ net: Network, _ settings: MetricSettings, _ format: OutputFormat) -> String {
        func lineCell(_ l: TieAdmissibility.Line) -> String {
            switch l {
            case .notNeeded: return "-"
            case .within(let leader, let led): return "\(leader)>\(led)"
            case .assessment(let assessor): return "assessed-by:\(assessor)"
            }
        }
        let header = ["rank", "from", "to", "mechanism", "objective", "level", "needs_leadership_line", "leadership_line", "instrument",
                      "cut_points_removed", "bridges_removed", "efficiency_gain", "loads_overloaded", "resolves",
                      "cut_points_after", "bridges_after", "efficiency_after"]
        let rows = r.suggestions.enumerated().map { i, s in
            ["\(i + 1)", s.from, s.to, s.mechanism, s.objective.rawValue, s.level, s.needsLeadershipLine ? "yes" : "no", lineCell(s.line),
             s.instrument.rawValue, "\(s.cutPointsRemoved)", "\(s.bridgesRemoved)", metricText(s.efficiencyGain),
             s.loadsOverloaded ? "yes" : "no", s.resolves.joined(separator: "; "),
             "\(s.cutPointsAfter)", "\(s.bridgesAfter)", metricText(s.efficiencyAfter)]
        }
        switch format {
        case .csv:
            return TableOutput(header: header, rows: rows).rendered(.csv, cells: csv.cells)
        case .json:
            var s = settings.jsonValue(directed: NetworkGraph(network: net, view: settings.view).graph.isDirected)
            if case .object(var m) = s {
                m += [("budget", .number(Double(budget))), ("allowed", allowed.map { .string($0) } ?? .null),
                      ("allow_cross_lines", .bool(allowCrossLines)),
                      ("candidates", .number(Double(r.candidates))), ("view", .string(r.viewLabel)),
                      ("center", r.center.map { .string($0) } ?? .null),
                      ("cut_points", .number(Double(r.cutPoints))), ("bridges", .number(Double(r.bridges))),
                      ("efficiency", .finite(r.efficiency))]
                s = .object(m)
            }
            func line(_ l: TieAdmissibility.Line, _ needed: Bool) -> JSONValue {
                var leader: String? = nil, led: String? = nil, assessor: String? = nil
                switch l {
                case .notNeeded: break
                case .within(let a, let b): leader = a; led = b
                case .assessment(let a): assessor = a
                }
                return .object([("needed", .bool(needed)), ("leader", leader.map { .string($0) } ?? .null),
                                ("led", led.map { .string($0) } ?? .null), ("assessor", assessor.map { .string($0) } ?? .null)])
            }
            return StatusNotice.json(JSONValue.object([
                ("suggestions", .array(r.suggestions.map { s in .object([
                    ("from", .string(s.from)), ("to", .string(s.to)), ("mechanism", .string(s.mechanism)),
                    ("objective", .string(s.objective.rawValue)), ("level", .string(s.level)),
                    ("leadership_line", line(s.line, s.needsLeadershipLine)), ("instrument", .string(s.instrument.rawValue)),
                    ("cut_points_removed", .number(Double(s.cutPointsRemoved))), ("bridges_removed", .number(Double(s.bridgesRemoved))),
                    ("efficiency_gain", .finite(s.efficiencyGain)), ("loads_overloaded", .bool(s.loadsOverloaded)),
                    ("resolves", .array(s.resolves.map { .string($0) })),
                    ("cut_points_after", .number(Double(s.cutPointsAfter))), ("bridges_after", .number(Double(s.bridgesAfter))),
                    ("efficiency_after", .finite(s.efficiencyAfter)),
                ]) })),
                ("objectives", .array(r.outcomes.map { o in .object([
                    ("objective", .string(o.objective.rawValue)), ("status", .string(o.status.rawValue)),
                    ("ranks", .array(o.ranks.map { .number(Double($0)) })), ("remaining", .array(o.remaining.map { .string($0) })),
                ]) })),
                ("refused", .object(r.refused.map { ($0.reason.rawValue, .number(Double($0.pairs))) })),
                ("overloaded", .array(r.overloaded.map { .string($0) })),
                ("settings", s),
            ]), net).rendered() + "\n"
        case .table, .markdown:
            let md = format == .markdown
            func t(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { lang.render("suggest.text.\(key)", arguments) }
            let title = lang.suggestionText(.title), colon = lang.render("punct.colon")
            let shownTitle = net.metadataText("title", lang) ?? file
            var text = md ? "# \(title)\(colon)\(MarkdownText.cell(shownTitle))\n\n" : "\(title)\(colon)\(TerminalText.cell(shownTitle))\n"
            let view = r.viewLabel.split(separator: "+").map { net.mechanismLabel(String($0)).text(lang) }.joined(separator: "+")
            text += t("now", [("view", .text(lang == .en ? r.viewLabel : view)), ("cutPoints", .count(r.cutPoints)), ("bridges", .count(r.bridges)),
                              ("efficiency", .text(metricText(r.efficiency))), ("candidates", .count(r.candidates))]) + "\n"
            func heading(_ s: String) -> String { md ? "\n## \(s)\n\n" : "\n\(s)\n" }
            func bullet(_ s: String) -> String { (md ? "- " + MarkdownText.cell(s) : "  " + TerminalText.cell(s)) + "\n" }
            func named(_ id: String) -> String { net.departmentWithID(id, lang) }
            if !r.refused.isEmpty {
                text += heading(lang.suggestionText(.leftOut))
                for (reason, pairs) in r.refused { text += bullet(t("refused", [("n", .count(pairs)), ("reason", .text(lang.refusal(reason)))])) }
            }
            if !r.overloaded.isEmpty {
                text += heading(lang.suggestionText(.overloaded))
                text += bullet(r.overloaded.map(named).joined(separator: lang.render("list.enumeration")))
            }
            text += heading(lang.suggestionText(.objectives))
            for o in r.outcomes { text += bullet(lang.outcome(o) { findingLabel($0, net) }) }
            text += "\n"
            if rows.isEmpty {
                let hint = r.refused.contains { $0.reason == .commandWithoutLeadership } ? lang.render("list.separator") + lang.suggestionText(.commandHint) : ""
                return text + lang.suggestionText(.none) + hint + (lang == .zh ? "。" : "") + "\n"
            }
            let named = r.suggestions.enumerated().map { i, s in
                ["\(i + 1)", named(s.from), named(s.to), net.mechanismLabel(s.mechanism).text(lang), lang.objective(s.objective),
                 lang == .en ? s.level : lang.level(s.level),
                 lang.leadershipLine(s.line, needed: s.needsLeadershipLine, name: { net.name(of: $0, language: lang.departmentLanguage) }),
                 lang.instrument(s.instrument) + (s.loadsOverloaded ? t("loads-overloaded") : ""),
                 "\(s.cutPointsRemoved) / \(s.bridgesRemoved)", metricText(s.efficiencyGain),
                 s.resolves.isEmpty ? "-" : s.resolves.map { findingLabel($0, net) }.joined(separator: lang.render("list.separator")),
                 "\(s.cutPointsAfter) / \(s.bridgesAfter) / \(metricText(s.efficiencyAfter))"]
            }
            return text + TableOutput(header: ["rank", "from", "to", "mechanism", "objective", "level", "leadership-line", "instrument",
                                               "removes", "efficiency-gain", "resolves", "after"].map { t("col.\($0)") },
                                      rows: named, numeric: [0, 9]).rendered(md ? .markdown : .table)
        }
    }
}
