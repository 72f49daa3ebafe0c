import ArgumentParser
import Foundation
import GovNet

extension FindingOrder: ExpressibleByArgument {}

extension Severity: ExpressibleByArgument {}

/// `govnet diagnose FILE`: where coordination breaks down, ranked, in the analyst's language.
struct DiagnoseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: "List where the linkage fails: single points of failure, unreachable departments, one-way information, responsibility gaps…",
        discussion: """
        Findings are sorted by severity, then rule. Each names the departments and ties involved, the evidence, \
        a plain explanation and a recommendation tied to one of the five remedies (unify targets; legal \
        foundation; clear rights and responsibilities; unimpeded information channels; optimised resources). \
        --fail-on SEVERITY exits 1 when any finding is at or above it (for review pipelines). Thresholds: \
        --config FILE (YAML/JSON, keys: \(DiagnosisConfig.keys.joined(separator: ", "))).
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var out: OutputOptions
    @OptionGroup var csv: CSVOptions

    @Argument(help: "Network file (any readable format; not needed with --list-rules).") var file: String?

    @Option(name: .customLong("mechanism"), help: ArgumentHelp("Mechanism to analyse (repeatable; default: all used).", valueName: "id"))
    var mechanisms: [String] = []

    @Option(help: ArgumentHelp("The coordinating department (default: the emergency-management department with most ties).", valueName: "id"))
    var center: String?

    @Option(help: "Output format: table, markdown or json (default: table on a terminal, markdown otherwise).")
    var format: OutputFormat?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: critical, high, medium or low.")
    var failOn: Severity?

    @Option(help: "YAML or JSON file of thresholds.") var config: String?

    @Option(help: ArgumentHelp("Language of department names (e.g. zh uses names.zh).", valueName: "lang"))
    var lang: String?

    @Option(help: ArgumentHelp("How sure each finding is: re-run every rule on DRAWS perturbed networks per perturbation (ties deleted at RATE, plausible missing ties added, each department's reported ties dropped) and label it robust, likely or fragile; 0 turns it off (default \(RobustnessSettings.defaultDraws),\(RobustnessSettings.defaultRate); see docs/robustness.md).", valueName: "DRAWS[,RATE]"))
    var robustness: String = "\(RobustnessSettings.defaultDraws)"

    @Option(help: "Seed of the robustness draws (same seed, same output).") var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Order of the findings: severity (most severe first; the default), or robustness (severity weighted by the lowest robustness share, so a finding that holds in every draw comes before an equally or slightly more severe one that seldom holds; needs robustness draws; docs/robustness.md).", valueName: "severity|robustness"))
    var order: FindingOrder = .severity

    @Flag(name: .customLong("include-derived"), help: "Analyse derived mechanisms too (ties with derived: true, one-mode projections of two-mode data); left out by default, as the two-mode ties say the same.")
    var includeDerived = false

    @Flag(help: "List the rules with their rationale and exit.") var listRules = false

    func validate() throws {
        if file == nil && !listRules { throw ValidationError("give a network FILE (or --list-rules)") }
        if try !robustnessSettings().isEnabled && order == .robustness {
            throw ValidationError("--order robustness needs robustness draws: give --robustness DRAWS with DRAWS above 0")
        }
    }

    func robustnessSettings() throws -> RobustnessSettings {
        switch RobustnessSettings.parse(robustness, seed: seed) {
        case .success(let s): return s
        case .failure(let e): throw ValidationError("--robustness \(e.description)")
        }
    }

    func run() throws {
        guard let file, !listRules else {
            let language = ReportLanguage(code: lang)
            try StandardOutput.write(Diagnosis.rules.map { "\($0.id)\(language.render("punct.colon"))\($0.rationale(in: language))\n" }.joined())
            return
        }
        let failing = try reportingErrors(language: ReportLanguage(code: lang)) { () -> Bool in
            try out.checkNotOverwriting(inputs: [file] + (config.map { [$0] } ?? []), language: ReportLanguage(code: lang))
            let loaded = try input.load(file, language: ReportLanguage(code: lang))
            let net = loaded.network
            let known = Set(net.allMechanisms.map(\.id)).union(net.ties.map(\.mechanism))
            for m in mechanisms where !known.contains(m) {
                throw CommandErrors.unknownMechanism(m, available: net.usedMechanismIDs, ReportLanguage(code: lang))
            }
            if let center, net.department(center) == nil {
                throw CommandErrors.unknownCenter(center, file: file, ReportLanguage(code: lang))
            }
            var cfg = try config.map(DiagnosisConfig.load(path:)) ?? DiagnosisConfig()
            if includeDerived { cfg.includeDerived = true }
            let context = DiagnosisContext(network: net, config: cfg, center: center, mechanisms: mechanisms.isEmpty ? nil : mechanisms, language: lang)
            CoordinatorNotice.warnIfMissing(net, file: file, center: center, quiet: input.quiet, language: ReportLanguage(code: lang))
            let findings = Diagnosis.run(context)
            let settings = try robustnessSettings()
            let robust = settings.isEnabled ? DiagnosisRobustness.run(findings, context: context, settings: settings) : nil
            let (ordered, orderedRobust) = order.apply(findings, robust)
            let format = OutputFormat.resolve(self.format, fallback: .markdown, output: out.output)
            try out.emit(render(ordered, context, orderedRobust, format))
            if let failOn { return findings.contains { $0.severity <= failOn } }
            return false
        }
        if failing { throw Exit.findings }
    }

    private func render(_ findings: [Finding], _ context: DiagnosisContext, _ robust: DiagnosisRobustness?, _ format: OutputFormat) -> String {
        // The network's status travels with its findings: documentary or illustrative data are not observations.
        let status = context.network.metadata.status
        let language = context.outputLanguage
        switch format {
        case .json:
            return Diagnosis.jsonValue(findings, context: context, robustness: robust).rendered()
        case .markdown:
            return DiagnosisMarkdown.render(findings, context: context, robustness: robust, order: order)
        case .csv:
            // The status rides on every row, so a row copied out of the table keeps it.
            // Robustness columns come last (empty with --robustness 0), so earlier columns keep their place.
            let robustHeader = ["robustness", "robustness_share", "robustness_se", "robustness_draws", "robustness_rate",
                                "robustness_addition_share", "robustness_nonresponse_share", "robustness_note"]
            return TableOutput(header: ["severity", "rule", "mechanism", "category", "departments", "explanation", "recommendation", "remedy",
                                        "remedies", "instrument", "status"] + robustHeader,
                               rows: findings.enumerated().map { i, f in
                                   let r = robust?.findings[i]
                                   let number = { (x: Double?) in x.map { NumberFormat.significant($0) } ?? "" }
                                   return [f.severity.rawValue, f.rule, f.mechanism, f.category, f.departments.joined(separator: ";"),
                                           f.explanation(in: language), f.recommendation(in: language), f.remedy.rawValue, f.remedies.map(\.rawValue).joined(separator: ";"),
                                           f.instrument?.rawValue ?? "", status ?? "",
                                           r?.label.rawValue ?? "", number(r?.deletion.share), number(r?.deletion.se), number(r.map { Double($0.deletion.draws) }),
                                           number(r?.rate), number(r?.addition.share), number(r?.nonresponse.share), r?.margin?.note(language) ?? ""]
                               }).rendered(.csv, cells: csv.cells)
        case .table:
            // Status, source and derivation of the data, in the output language.
            var text = context.network.provenanceLines(language).map { TerminalText.cell($0) + "\n" }.joined()
            text += language.render("diagnose.table-summary", [("findings", .message(Message("count.findings", [("n", .count(findings.count))])))])
            if let c = context.center { text += language.render("diagnose.table-centre", [("centre", .text(TerminalText.cell(context.name(c))))]) }
            text += "\n"
            let counts = Severity.allCases.map { s in
                language.render("diagnose.severity-count", [("n", .count(findings.filter { $0.severity == s }.count)), ("severity", .text(language.severity(s)))])
            }
            text += counts.joined(separator: language.render("list.comma")) + "\n\n"
            for (i, f) in findings.enumerated() {
                text += "[\(language == .en ? f.severity.rawValue.uppercased() : language.severity(f.severity))] \(DiagnosisMarkdown.ruleName(f.rule, language)) · \(TerminalText.cell(context.mechanismName(f.mechanism)))\n"
                text += "  " + TerminalText.cell(f.explanation(in: language)) + "\n"
                if let r = robust?.findings[i] {
                    text += "  \(language.text(.robustness))\(language.render("punct.colon"))" + TerminalText.cell(r.line(language)) + "\n"
                }
                text += "  → " + TerminalText.cell(f.recommendation(in: language))
                    + language.render("diagnose.remedies", [("remedies", .text(f.remedies.map { language.remedy($0) }.joined(separator: language.render("list.separator"))))]) + "\n\n"
            }
            if let robust { text += robust.lines(language).map(TerminalText.cell).joined(separator: "\n") + "\n" }
            return text
        }
    }
}
