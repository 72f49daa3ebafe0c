import ArgumentParser
import Foundation
import GovNet
import GovNetGraphviz
import GovNetReport

extension ReportLanguage: ExpressibleByArgument {}

/// `govnet report FILE -o DIR`: the main job — a finished report from a network (or a before/after pair).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report an analyst can hand over: report.html (self-contained), report.md, SVG diagrams and CSV tables.",
        discussion: """
        The report holds a summary, the network diagram with bottlenecks highlighted and one diagram per \
        mechanism, the diagnosis findings with recommendations, the key departments by centrality and \
        brokerage, the responsibility matrix with gaps and overlaps, resilience curves, and the methods \
        used. With --compare BEFORE it adds the before/after comparison (FILE is the later network).
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var csv: CSVOptions

    @Argument(help: "Network file (the later one with --compare).") var file: String

    @Option(name: .shortAndLong, help: "Output folder (created if needed).") var output: String = "report"

    @Option(help: "Earlier network to compare with (before the reform).") var compare: String?

    @Option(help: "Mapping of old department ids to new ones (CSV from,to[,functions] or YAML/JSON), for --compare.") var mapping: String?
    @Option(help: ArgumentHelp("Mapping of old function ids to new ones (CSV from,to or YAML/JSON), for --compare.", valueName: "file"))
    var functionMapping: String?

    @Option(help: "Report title (default: the network's title).") var title: String?

    @Option(help: "Language of the report (every sentence, heading and department name): en or zh.") var lang: ReportLanguage = .en

    @Flag(help: "Start the CSV tables with a UTF-8 byte-order mark so that Excel opens Chinese names intact (always with --lang zh).")
    var excel = false

    @Option(help: ArgumentHelp("Coordinating department (default: the emergency-management department with most ties).", valueName: "id"))
    var center: String?

    @Option(help: "Seed for communities and random failure runs.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Add an exponential random graph model section (as govnet ergm --model): coefficients with odds ratios, a plain reading, and the goodness of fit with its chart.", valueName: "formula"))
    var ergm: String?
    @Option(name: .customLong("ergm-estimate"), help: ArgumentHelp("Estimator of the --ergm section: mcmle (Monte Carlo MLE, the default) or mple.", valueName: "method"))
    var ergmEstimate: String = "mcmle"
    @Option(name: .customLong("ergm-mechanism"), help: ArgumentHelp("Mechanism whose ties the --ergm model describes (repeatable; default: every one-mode mechanism combined).", valueName: "id"))
    var ergmMechanisms: [String] = []

    @Option(help: "Random failure runs in the resilience chart, \(OptionRanges.text(OptionRanges.randomRuns)).") var randomRuns: Int = 200

    @Option(help: ArgumentHelp("How sure each finding is: DRAWS perturbed networks per perturbation (deletion at RATE, addition, non-response), seeded by --seed; 0 turns it off (default \(RobustnessSettings.defaultDraws),\(RobustnessSettings.defaultRate); docs/robustness.md).", valueName: "DRAWS[,RATE]"))
    var robustness: String = "\(RobustnessSettings.defaultDraws)"

    @Option(help: ArgumentHelp("Order of the findings: severity (the default), or robustness (severity weighted by the lowest robustness share; needs robustness draws; docs/robustness.md).", valueName: "severity|robustness"))
    var order: FindingOrder = .severity

    func robustnessSettings() throws -> RobustnessSettings {
        switch RobustnessSettings.parse(robustness, seed: seed) {
        case .success(let s): return s
        case .failure(let e): throw ValidationError("--robustness \(e.description)")
        }
    }

    func validate() throws {
        if try !robustnessSettings().isEnabled && order == .robustness {
            throw ValidationError("--order robustness needs robustness draws: give --robustness DRAWS with DRAWS above 0")
        }
        if mapping != nil && compare == nil { throw ValidationError("--mapping needs --compare") }
        if !["mple", "mcmle"].contains(ergmEstimate) { throw ValidationError("--ergm-estimate must be mple or mcmle; got '\(ergmEstimate)'") }
        if ergm == nil && (!ergmMechanisms.isEmpty || ergmEstimate != "mcmle") { throw ValidationError("--ergm-estimate and --ergm-mechanism need --ergm FORMULA") }
        if functionMapping != nil && compare == nil { throw ValidationError("--function-mapping needs --compare") }
        try OptionRanges.check(randomRuns, OptionRanges.randomRuns, "--random-runs")
    }

    func run() throws {
        try reportingErrors(language: lang) {
            let inputs = [file] + [compare, mapping, functionMapping].compactMap { $0 }
            for i in inputs where URL(fileURLWithPath: i).standardizedFileURL.path == URL(fileURLWithPath: output).standardizedFileURL.path {
                throw CommandErrors.error("cli.report.replaces-input", [("input", .text(i))], at: output, lang)
            }
            let network = try input.load(file, language: lang).network
            try OptionRanges.checkMemory("--random-runs", runs: randomRuns, departments: network.departments.count,
                                         bytes: RandomFailures.estimatedBytes(runs: randomRuns, nodes: network.departments.count), lang)
            if let center, network.department(center) == nil {
                throw CommandErrors.unknownCenter(center, file: file, lang)
            }
            CoordinatorNotice.warnIfMissing(network, file: file, center: center, quiet: input.quiet, language: lang)
            let options = ReportOptions(title: title, language: lang, seed: seed, center: center, randomRuns: randomRuns,
                                        robustness: try robustnessSettings(), order: order)
            let data: NetworkReportData
            var comparison: ComparisonSection? = nil
            // With --compare, the comparison (QAP, deltas, overlay) is computed beside the report.
            let before = try compare.map { try input.load($0, language: lang).network }
            do {
                if let before {
                    (data, comparison) = try ReportBuilder.build(network, comparedWith: before, mappingPath: mapping,
                                                                 functionMappingPath: functionMapping, options: options)
                } else {
                    data = try ReportBuilder.build(network, options: options)
                }
            } catch let e as RenderError {
                throw CommandErrors.error("cli.graphviz", [("detail", .text("\(e)"))], lang, code: Exit.software)
            }
            let modelSection = try ergm.map { try ergmSection($0, network) }
            let written = try ReportWriter.write(data, comparison: comparison, ergm: modelSection, to: output, protecting: inputs, cells: csv.cells,
                                                 byteOrderMark: excel || lang == .zh)
            if !input.quiet { Stderr.print("govnet: wrote \(written.count) files to \(output)/ (open \(output)/report.html)") }
        }
    }

    /// The ERGM section: the model fitted as `govnet ergm` fits it, with 100 goodness-of-fit simulations
    /// (both seeded by --seed).
    func ergmSection(_ text: String, _ network: Network) throws -> ERGMSection {
        let formula: ERGMFormula
        do { formula = try ERGMFormula(text) } catch let e as ERGMFormulaError {
            throw InputError(message: "error: --ergm: " + e.text(lang))
        }
        let known = Set(network.allMechanisms.map(\.id)).union(network.ties.map(\.mechanism))
        for m in ergmMechanisms where !known.contains(m) {
            throw CommandErrors.unknownMechanism(m, available: network.usedMechanismIDs, lang)
        }
        var seen = Set<String>()
        let nodes = network.departments.map(\.id).filter { seen.insert($0).inserted }
        let bound = try ERGMBinding(network: network, nodes: nodes, formula: formula, mechanisms: ergmMechanisms, undirected: false,
                                    center: center, otherWave: nil, language: lang)
        let (fit, diagnostics) = try ERGMCommand.estimate(bound.model, bound.state, mcmle: ergmEstimate == "mcmle",
                                                          settings: ERGMMCMLE.Settings(seed: seed), language: lang)
        var goodness: ERGMGoodnessOfFit.Result?
        if fit.excluded.isEmpty {
            var settings = ERGMGoodnessOfFit.Settings(seed: seed, simulations: 100)
            settings.interval = diagnostics?.interval
            goodness = ERGMGoodnessOfFit.compare(bound.model, bound.state, coefficients: fit.coefficients.map(\.estimate), settings: settings)
        }
        return ERGMSection(fit: fit, diagnostics: diagnostics, goodness: goodness,
                           gofNote: goodness == nil ? MessageCatalogue.template("ergm.gof.notRun", lang) : nil,
                           formula: formula.text, departments: nodes.count, ties: bound.state.edgeCount, directed: bound.directed, language: lang)
    }
}
