import ArgumentParser
import Foundation
import GovNet

/// `govnet simulate FILE`: how much linkage survives as departments fail, and what a given loss breaks.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate department failures: attack and random-failure curves, or what a given loss breaks.",
        discussion: """
        With FILE alone, the curve of a targeted attack by degree (as --order degree). \
        Curves (--order METRIC, --random N, and --remove with either): departments are removed one by one; after \
        each step: largest_component_fraction (largest weak component over the original number of departments), \
        largest_strong_component_fraction (directed views), efficiency (global efficiency of the remaining \
        departments, undirected hop distances: NetworkX global_efficiency, which can rise when a poorly connected \
        department goes) and efficiency_retained (the share of the intact network's efficiency that remains, over \
        the original pairs of departments, a removed one unreachable: never above 1, never rising), disconnected_pairs \
        (remaining pairs in different weak components). R is the robustness index of Schneider et al. (2011): the \
        mean largest_component_fraction over steps 1…L. --order METRIC ranks by a node metric of `govnet metrics` \
        (degree = in + out degree), highest first, ties by department id; with --adaptive the metric is recomputed \
        after each removal. Random runs report the mean and the 5 % and 95 % quantiles per step (linear \
        interpolation, NumPy's default), identical under the same --seed.
        Where each column comes from: the component columns by one union–find pass over the reversed order (any \
        size); efficiency by one pass over the reversed order too (all-pairs distances updated as departments \
        are put back) up to 5000 departments, else by a recomputation per step; strong components by a \
        recomputation per step. Efficiency and strong components are computed for up to --recompute-limit \
        departments (default 5000) and skipped with a note above that, or with --no-efficiency.
        Scenario (--remove alone): per mechanism, the departments that lose their path from and to the \
        coordinating department (--center, default: the emergency-management department with most ties) and \
        those cut off; who carries the paths afterwards, per mechanism (re-centring: the department with the \
        largest share of shortest paths among the pairs that can still reach each other — the overloaded-broker \
        quantity — with its share before and after and the centre's share before); functions that lose their \
        lead or all their support; diagnosis findings that appear. When the centre itself is removed, the \
        findings are stated relative to the government that leads it, else the coordinating body (with most \
        member units) whose office it hosted, else the department found by role, and the output says which.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var view: ViewOptions
    @OptionGroup var out: OutputOptions
    @OptionGroup var csv: CSVOptions

    @Argument(help: "Network file (any readable format).") var file: String

    @Option(name: .customLong("order"), help: ArgumentHelp("Targeted attack by this node metric, highest first (repeatable): degree, betweenness, or any `govnet metrics` column.", valueName: "metric"))
    var orders: [String] = []

    @Flag(help: "Recompute the --order metric on the remaining network after each removal.")
    var adaptive = false

    @Option(name: .customLong("remove"), help: ArgumentHelp("Departments to remove, in order, comma-separated (repeatable).", valueName: "id,id,…"))
    var removeLists: [String] = []

    @Option(help: ArgumentHelp("Number of random failure runs (seeded by --seed), \(OptionRanges.text(OptionRanges.simulateRuns)).", valueName: "N"))
    var random: Int?

    @Flag(name: .customLong("no-efficiency"), help: "Skip the per-step efficiency (and strong component) recomputation.")
    var noEfficiency = false

    @Option(name: .customLong("recompute-limit"), help: ArgumentHelp("Largest network for per-step efficiency and strong components, \(OptionRanges.text(OptionRanges.recomputeLimit)).", valueName: "n"))
    var recomputeLimit = 5_000

    @Option(help: ArgumentHelp("The coordinating department for scenarios.", valueName: "id"))
    var center: String?

    @Option(help: "Output format: table, csv, json or markdown (default: table on a terminal, csv otherwise).")
    var format: OutputFormat?

    @Option(help: ArgumentHelp("Also draw the curves as an SVG line chart to this file.", valueName: "file.svg"))
    var plot: String?

    @Option(help: "Language of the table, Markdown and chart text (sentences, headings, department and function names): en or zh.")
    var lang: ReportLanguage = .en

    func validate() throws {
        if let random { try OptionRanges.check(random, OptionRanges.simulateRuns, "--random") }
        if adaptive && orders.isEmpty { throw ValidationError("--adaptive needs --order METRIC") }
        try OptionRanges.check(recomputeLimit, OptionRanges.recomputeLimit, "--recompute-limit")
    }

    func run() throws {
        try reportingErrors(language: lang) { try execute() }
    }

    private func execute() throws {
        // FILE alone: the classic targeted attack, highest degree first.
        let defaulted = self.orders.isEmpty && random == nil && removeLists.isEmpty
        let orders = defaulted ? ["degree"] : self.orders
        if defaulted && !input.quiet {
            Stderr.print("govnet: " + lang.render("cli.note", [("note", .text(lang.render("simulate.text.default-order")))]))
        }
        do {
            try out.checkNotOverwriting(inputs: [file], language: lang)
            if let plot { try checkPlotPath(plot) }
            let loaded = try input.load(file, language: lang)
            let net = loaded.network
            try view.check(against: net, language: lang)
            let settings = view.settings(for: net, quiet: true, warnSingletons: false)
            let ng = NetworkGraph(network: net, view: settings.view)
            let removeIDs = try parsedRemovals(ng)
            if let center, ng.index(of: center) == nil {
                throw CommandErrors.unknownCenter(center, file: file, lang)
            }
            CoordinatorNotice.warnIfMissing(net, file: file, center: center, quiet: input.quiet)
            for m in orders where m != "degree" && !NodeMetrics.all.contains(m) {
                throw CommandErrors.error("cli.unknown-order", [("metric", .text(m)), ("list", .text(NodeMetrics.all.joined(separator: lang.render("list.enumeration"))))], lang)
            }
            let options = FailureCurveOptions(efficiency: !noEfficiency, strongComponents: !noEfficiency,
                                              recomputationLimit: recomputeLimit)
            let format = OutputFormat.resolve(self.format, fallback: .csv, output: out.output)
            let listOrder = removeIDs.map { ng.index(of: $0)! }
            if orders.isEmpty && random == nil {
                let scenario = try FailureScenario.run(network: net, removing: removeIDs, center: center,
                                                       mechanisms: view.mechanisms.isEmpty ? nil : view.mechanisms, language: lang.departmentLanguage)
                let curve = FailureCurve.compute(graph: ng.graph, order: listOrder, label: "list", options: options)
                let report = SimulationReport(network: net, graph: ng, settings: settings, curves: [curve], random: nil,
                                              scenario: scenario, seed: settings.seed, language: lang)
                try emitAll(report, format)
                return
            }
            var curves: [FailureCurve] = []
            for metric in orders {
                let order = try removalOrder(metric, net, ng, settings)
                curves.append(FailureCurve.compute(graph: ng.graph, order: order, label: metric + (adaptive ? " (adaptive)" : ""), options: options))
            }
            if !listOrder.isEmpty {
                curves.append(FailureCurve.compute(graph: ng.graph, order: listOrder, label: "list", options: options))
            }
            var randomRuns: RandomFailures? = nil
            if let random {
                try OptionRanges.checkMemory("--random", runs: random, departments: ng.graph.nodeCount,
                                             bytes: RandomFailures.estimatedBytes(runs: random, nodes: ng.graph.nodeCount), lang)
                let bar = ProgressBar(total: random, enabled: Stderr.isTerminal && !input.quiet && random >= 20)
                let update: @Sendable (Int) -> Void = { [bar] done in bar.update(done) }
                let progress: (@Sendable (Int) -> Void)? = bar.enabled ? update : nil
                randomRuns = RandomFailures(graph: ng.graph, runs: random, seed: settings.seed, options: options,
                                            progress: progress)
                bar.finish()
            }
            let report = SimulationReport(network: net, graph: ng, settings: settings, curves: curves, random: randomRuns,
                                          scenario: nil, seed: settings.seed, language: lang)
            try emitAll(report, format)
        }
    }

    private func emitAll(_ report: SimulationReport, _ format: OutputFormat) throws {
        if !input.quiet { for note in report.notes { Stderr.print("govnet: " + lang.render("cli.note", [("note", .text(note))])) } }
        try out.emit(report.rendered(format, cells: csv.cells))
        if let plot { try AtomicFile.write(report.svg(), to: plot) }
    }

    /// The --remove ids, split on commas, in order, duplicates dropped; unknown ids are a usage error.
    private func parsedRemovals(_ ng: NetworkGraph) throws -> [String] {
        var ids: [String] = []
        for list in removeLists {
            for part in list.split(separator: ",", omittingEmptySubsequences: true) {
                let id = part.trimmingCharacters(in: .whitespaces)
                guard !id.isEmpty else { continue }
                guard ng.index(of: id) != nil else {
                    throw CommandErrors.error("cli.remove-unknown", [("id", .text(id)), ("file", .text(file))], lang)
                }
                if !ids.contains(id) { ids.append(id) }
            }
        }
        return ids
    }

    /// Refuses a plot path that is the input file or the --output file.
    private func checkPlotPath(_ plot: String) throws {
        if FileIdentity.same(plot, file) && !out.force {
            throw CommandErrors.error("cli.plot-overwrite", [], at: plot, lang)
        }
        if let o = out.output, o == plot || FileIdentity.same(o, plot) {
            throw CommandErrors.error("cli.plot-same-as-output", [], at: plot, lang)
        }
    }

    /// The removal order of a targeted attack by `metric`.
    private func removalOrder(_ metric: String, _ net: Network, _ ng: NetworkGraph, _ settings: MetricSettings) throws -> [Int32] {
        if metric == "degree" {
            return adaptive ? RemovalOrder.adaptiveDegree(of: ng.graph, ids: ng.ids)
                            : RemovalOrder.targeted(values: RemovalOrder.totalDegree(of: ng.graph), ids: ng.ids)
        }
        if !adaptive {
            let result = try NodeMetrics.compute(net, settings: settings, metrics: [metric])
            precondition(result.ids == ng.ids, "metrics and graph index departments alike")
            return RemovalOrder.targeted(values: result.columns[0].values, ids: ng.ids)
        }
        return try RemovalOrder.adaptive(ids: ng.ids) { removed in
            var reduced = net
            let gone = Set((0..<removed.count).filter { removed[$0] }.map { ng.ids[$0] })
            reduced.departments.removeAll { gone.contains($0.id) }
            reduced.ties.removeAll { gone.contains($0.from) || gone.contains($0.to) }
            let result = try NodeMetrics.compute(reduced, settings: settings, metrics: [metric])
            var byID: [String: Double] = [:]
            for (id, v) in zip(result.ids, result.columns[0].values) { byID[id] = v }
            return ng.ids.map { byID[$0] ?? .nan }
        }
    }
}
