import ArgumentParser
import Foundation
import GovNet

/// `govnet metrics FILE`: node, tie or network metrics of a view, agreeing with NetworkX.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Compute centrality, cohesion, bottleneck, redundancy, structural-hole and brokerage metrics.",
        discussion: """
        Node metrics (default): \(NodeMetrics.all.joined(separator: ", ")).
        Tie metrics (--ties): \(TieMetrics.all.joined(separator: ", ")).
        Network metrics (--network): density, reciprocity, transitivity, components, diameter, efficiency, \
        centralization, connectivity, modularity, E–I index, assortativity, Jaccard overlap of mechanisms, \
        Krackhardt's hierarchy dimensions, the triad census with its U|MAN expectation.
        Definitions follow NetworkX on the same graph (see docs/metrics.md). Weighted views treat weight \
        as strength: shortest paths use length = 1/weight unless --weight-as-length.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var view: ViewOptions
    @OptionGroup var out: OutputOptions
    @OptionGroup var csv: CSVOptions

    @Argument(help: "Network file (any readable format).") var file: String

    @Option(help: "Output format: table, csv, json or markdown (default: table on a terminal, csv otherwise).")
    var format: OutputFormat?

    @Option(help: "Language of the table and Markdown headings and department names (zh: Chinese metric names and names.zh); CSV and JSON keep the column ids: en or zh.")
    var lang: ReportLanguage = .en

    @Flag(help: "Tie-level metrics instead of node metrics.") var ties = false
    @Flag(help: "Network-level metrics instead of node metrics.") var network = false

    @Option(name: .customLong("metric"), help: ArgumentHelp("Metric column to compute (repeatable; default: all).", valueName: "name"))
    var metrics: [String] = []

    @Option(help: ArgumentHelp("Estimate betweenness from K sampled sources (faster on large graphs), \(OptionRanges.text(OptionRanges.sample)).", valueName: "K"))
    var sample: Int?

    @Option(help: ArgumentHelp("Estimate betweenness within additive error E of the exact (normalised) value for every department at once, with probability at least 1 − delta (Riondato–Kornaropoulos 2016 pair sampling; sample size from a vertex-diameter bound; seeded by --seed), \(OptionRanges.text(OptionRanges.epsilon)).", valueName: "E"))
    var epsilon: Double?

    @Option(help: ArgumentHelp("Failure probability of the --epsilon guarantee, \(OptionRanges.text(OptionRanges.delta)).", valueName: "D"))
    var delta: Double = 0.1

    @Option(help: ArgumentHelp("Add a community column: louvain or leiden (modularity, seeded by --seed).", valueName: "method"))
    var communities: CommunityMethod?

    enum CommunityMethod: String, ExpressibleByArgument, CaseIterable { case louvain, leiden }

    @Option(name: .customLong("two-mode"), help: ArgumentHelp("Two-mode (affiliation) analysis instead of the one-mode view: membership (departments × coordinating bodies), drafting (departments × plans) or functions (departments × functions); bipartite degree, closeness and betweenness (docs/metrics.md).", valueName: "kind"))
    var twoMode: TwoModeMetrics.Kind?

    @Flag(help: "Positions of departments: structural-equivalence clustering or CONCOR (--method), the partition and the blockmodel image of tie densities between positions.")
    var positions = false

    @Option(help: ArgumentHelp("With --positions: se (structural-equivalence distances, complete-linkage clustering, as sna::equiv.clust) or concor (UCINET's CONCOR).", valueName: "method"))
    var method: Positions.Method = .se

    @Option(name: .customLong("k"), help: ArgumentHelp("With --positions: number of positions (default 4, at most the departments; CONCOR splits to depth ⌈log₂ K⌉).", valueName: "K"))
    var positionCount: Int?

    @Option(help: ArgumentHelp("With --positions --method se: distance between tie profiles, euclidean, correlation or hamming.", valueName: "distance"))
    var distance: StructuralEquivalence.Distance = .euclidean

    @Option(name: .customLong("core-periphery"), help: ArgumentHelp("Core–periphery partition (Borgatti & Everett 2000) and continuous coreness per department; the value says what the ideal pattern expects of core–periphery ties: ignore (Borgatti & Everett's choice), present or absent.", valueName: "ties"))
    var corePeriphery: CorePeriphery.Between?

    @Option(help: ArgumentHelp("With --two-mode: instead of the measures, the projection onto departments weighted by count (shared affiliations), newman (collaboration weighting) or overlap (Jaccard).", valueName: "weighting"))
    var projection: Bipartite.ProjectionWeighting?

    @Option(help: ArgumentHelp("List the dominators of every department along directed ties from this root (which departments every path from it must pass through).", valueName: "id"))
    var root: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Redundancy between two departments: node- and edge-disjoint paths and the minimum cuts.", valueName: "A B"))
    var between: [String] = []

    @Option(help: ArgumentHelp("Sensitivity to missing ties: recompute the node metrics on DRAWS networks with ties deleted at RATE (default 0.1; weighted views also jitter ordinal weights ±1), seeded by --seed, and give per department the median, the 90% interval and the share of draws in the top --top (docs/robustness.md).", valueName: "DRAWS[,RATE]"))
    var robustness: String?

    @Option(help: ArgumentHelp("With --robustness: k of the top-k rank share (default 5).", valueName: "k"))
    var top: Int = 5

    func robustnessSettings() throws -> RobustnessSettings? {
        guard let robustness else { return nil }
        switch RobustnessSettings.parse(robustness, seed: view.seed) {
        case .success(let s): return s.isEnabled ? s : nil
        case .failure(let e): throw ValidationError("--robustness \(e.description)")
        }
    }

    func validate() throws {
        if robustness != nil {
            _ = try robustnessSettings()
            if ties || network || root != nil || !between.isEmpty || communities != nil || sample != nil || epsilon != nil {
                throw ValidationError("--robustness gives the sensitivity of node metrics: it cannot be combined with --ties, --network, --root, --between, --communities, --sample or --epsilon")
            }
            if top < 1 { throw ValidationError("--top must be at least 1") }
        }
        if ties && network { throw ValidationError("--ties and --network are exclusive") }
        if positions || corePeriphery != nil {
            if ties || network || twoMode != nil || root != nil || !between.isEmpty || communities != nil || robustness != nil || !metrics.isEmpty || (positions && corePeriphery != nil) {
                throw ValidationError("--positions and --core-periphery are analyses of their own: they cannot be combined with each other or with --ties, --network, --two-mode, --metric, --root, --between, --communities or --robustness")
            }
        }
        if let positionCount, positionCount < 1 { throw ValidationError("--k must be at least 1") }
        if projection != nil && twoMode == nil { throw ValidationError("--projection needs --two-mode membership|drafting|functions") }
        if twoMode != nil && (ties || network || root != nil || !between.isEmpty || communities != nil || robustness != nil || !metrics.isEmpty) {
            throw ValidationError("--two-mode analyses the affiliations alone: it cannot be combined with --ties, --network, --metric, --root, --between, --communities or --robustness")
        }
        if !network {
            let known = ties ? TieMetrics.all : NodeMetrics.all
            for m in metrics where !known.contains(m) {
                throw ValidationError("unknown \(ties ? "tie " : "")metric '\(m)'; expected one of \(known.joined(separator: ", "))")
            }
        }
        if let sample { try OptionRanges.check(sample, OptionRanges.sample, "--sample") }
        if let epsilon { try OptionRanges.check(epsilon, OptionRanges.epsilon, "--epsilon") }
        try OptionRanges.check(delta, OptionRanges.delta, "--delta")
        if sample != nil && epsilon != nil { throw ValidationError("--sample and --epsilon are exclusive") }
        if !between.isEmpty && between.count != 2 { throw ValidationError("--between takes exactly two department ids") }
        if (root != nil || !between.isEmpty) && (ties || network) { throw ValidationError("--root and --between cannot be combined with --ties or --network") }
    }

    func run() throws {
        try reportingErrors(language: lang) {
            try out.checkNotOverwriting(inputs: [file], language: lang)
            var settings = view.settings
            settings.betweennessSamples = sample
            settings.betweennessEpsilon = epsilon
            settings.betweennessDelta = delta
            let format = OutputFormat.resolve(self.format, fallback: .csv, output: out.output)
            if let robust = try robustnessSettings() {
                let loaded = try input.load(file, language: lang)
                try view.check(against: loaded.network, language: lang)
                try out.emit(sensitivityOutput(loaded.network, settings, robust, format))
                return
            }
            if let twoMode {
                let loaded = try input.load(file)
                try out.emit(twoModeOutput(loaded.network, twoMode, format))
                return
            }
            if positions || corePeriphery != nil {
                let loaded = try input.load(file)
                try view.check(against: loaded.network, language: lang)
                try out.emit(positions ? positionsOutput(loaded.network, settings, format) : corePeripheryOutput(loaded.network, settings, format))
                return
            }
            if root == nil, between.isEmpty, !ties, !network, communities == nil, let large = try input.loadLarge(file) {
                try out.emit(LargeEdgeListMetrics.compute(large, settings: settings, metrics: metrics, quiet: input.quiet, language: lang).rendered(format == .json ? .csv : format, cells: csv.cells))
                return
            }
            let loaded = try input.load(file, language: lang)
            try view.check(against: loaded.network, language: lang)
            let brokerage: Set<String> = ["coordinator", "itinerant", "gatekeeper", "representative", "liaison"]
            let grouped = network || (root == nil && between.isEmpty && !ties && (metrics.isEmpty || metrics.contains { brokerage.contains($0) }))
            settings.groupAttribute = view.settings(for: loaded.network, quiet: input.quiet, warnSingletons: grouped, language: lang).groupAttribute
            if let root {
                try out.emit(dominatorOutput(loaded.network, settings, root, format))
            } else if between.count == 2 {
                try out.emit(pairOutput(loaded.network, settings, format))
            } else if network {
                try out.emit(networkOutput(loaded.network, settings, format))
            } else if ties {
                try out.emit(tieOutput(loaded.network, settings, format))
            } else {
                try out.emit(nodeOutput(loaded.network, settings, format))
            }
        }
    }

    private func nodeOutput(_ net: Network, _ settings: MetricSettings, _ format: OutputFormat) throws -> String {
        let selected = metrics.isEmpty ? NodeMetrics.all : metrics
        if net.departments.count > ExactCost.largeGraph, !input.quiet {
            let exact = selected.filter { ["closeness", "harmonic"].contains($0) || ($0 == "betweenness" && sample == nil && epsilon == nil) }
            if !exact.isEmpty {
                var v = settings.view
                v.weighted = settings.weighted
                ExactCost.warn(exact.joined(separator: ", "), NetworkGraph(network: net, view: v).graph, length: settings.length, quiet: false)
            }
        }
        let exactNames = selected.filter { ["closeness", "harmonic", "betweenness"].contains($0) }.joined(separator: ", ")
        var result = try ExactCost.withProgress(exactNames.isEmpty ? "metrics" : exactNames, nodes: net.departments.count,
                                                quiet: input.quiet) {
            try NodeMetrics.compute(net, settings: settings, metrics: selected)
        }
        if let communities {
            var rng = SeededGenerator(seed: settings.seed)
            var v = settings.view
            v.weighted = settings.weighted
            let g = NetworkGraph(network: net, view: v).graph
            let p = communities == .louvain ? Communities.louvain(of: g, weighted: settings.weighted, using: &rng)
                                            : Communities.leiden(of: g, weighted: settings.weighted, using: &rng)
            result.columns.append(MetricColumn(name: "community", values: p.membership.map(Double.init)))
            result.notes["community"] = "\(communities.rawValue), modularity \(NumberFormat.significant(p.modularity)), seed \(settings.seed)"
        }
        for (metric, note) in result.notes.sorted(by: { $0.key < $1.key }) where !input.quiet {
            Stderr.print("govnet: note: \(heading(metric, .table)): \(note)")
        }
        let names = Dictionary(net.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Table and Markdown in the chosen language; CSV keeps the column ids scripts read.
        let shownNames = format == .csv ? names
            : Dictionary(net.departments.map { ($0.id, $0.label(language: lang.departmentLanguage)) }, uniquingKeysWith: { a, _ in a })
        let order = result.ids.indices.sorted { result.ids[$0] < result.ids[$1] }
        if format == .json {
            return JSONValue.object(Self.status(net) + [
                ("settings", settings.jsonValue(directed: result.directed)),
                ("notes", .object(result.notes.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
                ("nodes", .array(order.map { i in
                    .object([("id", .string(result.ids[i])), ("name", .string(names[result.ids[i]] ?? result.ids[i]))]
                            + result.columns.map { ($0.name, .finite($0.values[i])) })
                })),
            ]).rendered()
        }
        let table = TableOutput(header: heading(["id", "name"], format) + result.columns.map { heading($0.name, format) },
                                rows: order.map { i in [result.ids[i], shownNames[result.ids[i]] ?? result.ids[i]] + result.columns.map { metricText($0.values[i]) } },
                                numeric: Set(2..<(2 + result.columns.count)))
        return table.rendered(format, cells: csv.cells)
    }

    /// `--robustness`: per department and metric the recorded value, the median and 90% interval over
    /// the deletion draws, and the share of draws in the top k.
    private func sensitivityOutput(_ net: Network, _ settings: MetricSettings, _ robust: RobustnessSettings, _ format: OutputFormat) throws -> String {
        let selected = metrics.isEmpty ? ["degree", "betweenness", "closeness", "pagerank"] : metrics
        let s = try MetricSensitivity.compute(net, settings: settings, metrics: selected, robustness: robust, top: top)
        let names = Dictionary(net.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let position = Dictionary(selected.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = s.rows.sorted { (position[$0.metric] ?? 0, $0.id) < (position[$1.metric] ?? 0, $1.id) }
        let topName = "top\(top)_share"
        if format == .json {
            return JSONValue.object(Self.status(net) + [
                ("settings", settings.jsonValue(directed: NetworkGraph(network: net, view: settings.view).graph.isDirected)),
                ("robustness", .object([("draws", .number(Double(robust.draws))), ("rate", .number(robust.rate)), ("seed", .number(Double(robust.seed))),
                                        ("weight_jitter", .bool(s.jittered)), ("top", .number(Double(top))), ("interval", .string("5th-95th percentile"))])),
                ("nodes", .array(rows.map { r in
                    .object([("id", .string(r.id)), ("name", .string(names[r.id] ?? r.id)), ("metric", .string(r.metric)), ("value", .finite(r.observed)),
                             ("median", .finite(r.median)), ("low", .finite(r.low)), ("high", .finite(r.high)), (topName, .number(r.topShare))])
                })),
            ]).rendered()
        }
        return TableOutput(header: heading(["id", "name", "metric", "value", "median", "p05", "p95"], format)
                               + [format == .csv || lang == .en ? topName : lang.render("metrics.col.top-share", [("k", .count(top))])],
                           rows: rows.map { r in [r.id, shownName(net, r.id, format), heading(r.metric, format), metricText(r.observed), metricText(r.median), metricText(r.low),
                                                  metricText(r.high), NumberFormat.significant(r.topShare)] },
                           numeric: Set(3..<8)).rendered(format)
    }

    /// The network's `status` as a leading JSON member (metrics of documentary or illustrative data are
    /// not measurements of observed interaction), or nothing when the file states none.
    static func status(_ net: Network) -> [(String, JSONValue)] {
        net.metadata.status.map { [("status", .string($0))] } ?? []
    }

    private func tieOutput(_ net: Network, _ settings: MetricSettings, _ format: OutputFormat) throws -> String {
        let result = try TieMetrics.compute(net, settings: settings, metrics: metrics.isEmpty ? TieMetrics.all : metrics)
        if format == .json {
            return JSONValue.object(Self.status(net) + [
                ("settings", settings.jsonValue(directed: result.directed)),
                ("ties", .array(result.sources.indices.map { i in
                    .object([("source", .string(result.sources[i])), ("target", .string(result.targets[i])), ("mechanism", .string(result.mechanisms[i]))]
                            + result.columns.map { ($0.name, .finite($0.values[i])) })
                })),
            ]).rendered()
        }
        return TableOutput(header: heading(["source", "target", "mechanism"], format) + result.columns.map { heading($0.name, format) },
                           rows: result.sources.indices.map { i in
                               [result.sources[i], result.targets[i], format == .csv ? result.mechanisms[i] : net.mechanismLabel(result.mechanisms[i]).text(lang)]
                                   + result.columns.map { metricText($0.values[i]) }
                           },
                           numeric: Set(3..<(3 + result.columns.count))).rendered(format, cells: csv.cells)
    }

    /// A column id as the table shows it: the id in CSV and English, the catalogue's term in Chinese
    /// (`metric.<id>`, `metrics.col.<id>`).
    private func heading(_ id: String, _ format: OutputFormat) -> String {
        guard lang != .en, format != .csv else { return id }
        if let term = MessageCatalogue.table(lang)["metric.\(id)"] { return term }
        return MessageCatalogue.table(lang)["metrics.col.\(id)"] ?? id
    }

    private func heading(_ ids: [String], _ format: OutputFormat) -> [String] { ids.map { heading($0, format) } }

    /// A network metric's row name: the id in CSV and English; in Chinese the catalogue's term, and the
    /// mechanism overlaps (`jaccard_A_B`) as the Jaccard similarity of the two mechanisms by name.
    private func networkMetricName(_ id: String, _ net: Network, _ format: OutputFormat) -> String {
        guard lang != .en, format != .csv, id.hasPrefix("jaccard_") else { return heading(id, format) }
        let ids = net.usedMechanismIDs.sorted()
        for a in ids {
            for b in ids where id == "jaccard_\(a)_\(b)" {
                return lang.render("metrics.jaccard-pair", [("a", .text(net.mechanismLabel(a).text(lang))), ("b", .text(net.mechanismLabel(b).text(lang)))])
            }
        }
        return id
    }

    /// A department's name as the table shows it: `names.zh` in Chinese tables and Markdown, the
    /// canonical name in CSV (the column scripts read) and in English; the id when it names no department.
    private func shownName(_ net: Network, _ id: String, _ format: OutputFormat) -> String {
        guard let d = net.department(id) else { return id }
        return format == .csv ? d.name : d.label(language: lang.departmentLanguage)
    }

    private func networkOutput(_ net: Network, _ settings: MetricSettings, _ format: OutputFormat) throws -> String {
        let result = NetworkMetrics.compute(net, settings: settings)
        let selected = metrics.isEmpty ? result.values : result.values.filter { metrics.contains($0.0) }
        let tables = metrics.isEmpty ? result.tables : result.tables.filter { metrics.contains($0.0) }
        for m in metrics where result[m] == nil && !result.tables.contains(where: { $0.0 == m }) {
            throw CommandErrors.error("cli.unknown-network-metric", [("metric", .text(m)),
                ("list", .text((result.values.map(\.0) + result.tables.map(\.0)).joined(separator: lang.render("list.enumeration"))))], lang)
        }
        if format == .json {
            // Tables (the triad census) are objects keyed by MAN code inside "network".
            return JSONValue.object(Self.status(net) + [
                ("settings", settings.jsonValue(directed: result.directed)),
                ("network", .object(selected.map { ($0.0, .finite($0.1)) }
                                    + tables.map { ($0.0, .object($0.1.map { ($0.0, .finite($0.1)) })) })),
            ]).rendered()
        }
        // Table and CSV: one row per cell, named TABLE_CODE (triad_census_030T).
        let rows = selected.map { [networkMetricName($0.0, net, format), metricText($0.1)] }
            + tables.flatMap { t in t.1.map { [format == .csv ? "\(t.0)_\($0.0)" : "\(heading(t.0, format)) \($0.0)", metricText($0.1)] } }
        return TableOutput(header: heading(["metric", "value"], format), rows: rows, numeric: [1]).rendered(format, cells: csv.cells)
    }

    /// The binary view the structural analyses read (weights ignored).
    private func binaryView(_ net: Network, _ settings: MetricSettings) -> Graph {
        var v = settings.view
        v.weighted = false
        return NetworkGraph(network: net, view: v).graph
    }

    /// `--positions`: `{"positions": {id: block}, "image": [[density]]}` (CSV/table: id,name,position).
    private func positionsOutput(_ net: Network, _ settings: MetricSettings, _ format: OutputFormat) throws -> String {
        let g = binaryView(net, settings)
        let k = positionCount ?? Positions.defaultK(nodes: g.nodeCount)
        let r = Positions.compute(g, method: method, k: k, distance: distance)
        let ids = net.departments.map(\.id)
        if format == .json {
            var s: [(String, JSONValue)] = [("method", .string(method.rawValue)), ("k", .number(Double(k)))]
            if method == .se { s += [("distance", .string(distance.rawValue)), ("linkage", .string("complete"))] }
            return JSONValue.object(Self.status(net) + [
                ("settings", settings.jsonValue(directed: g.isDirected)),
                ("positions_settings", .object(s)),
                ("positions", .object(ids.indices.map { (ids[$0], .number(Double(r.blocks[$0]))) })),
                ("image", .array(r.image.map { .array($0.map { .finite($0) }) })),
            ]).rendered()
        }
        let order = ids.indices.sorted { (r.blocks[$0], ids[$0]) < (r.blocks[$1], ids[$1]) }
        return TableOutput(header: heading(["id", "name", "position"], format), rows: order.map { [ids[$0], shownName(net, ids[$0], format), "\(r.blocks[$0])"] },
                           numeric: [2]).rendered(format, cells: csv.cells)
    }

    /// `--core-periphery`: per department `core` (1/0) and `coreness`, with both fits.
    private func corePeripheryOutput(_ net: Network, _ settings: MetricSettings, _ format: OutputFormat) throws -> String {
        let g = binaryView(net, settings)
        let between = corePeriphery ?? .ignore
        let p = CorePeriphery.discrete(of: g, between: between, seed: settings.seed)
        let (c, cfit) = CorePeriphery.coreness(of: g)
        let ids = net.departments.map(\.id)
        if !input.quiet {
            Stderr.print("govnet: note: " + lang.render(p.exhaustive ? "metrics.core-periphery.exact" : "metrics.core-periphery.search",
                                                                    [("n", .count(g.nodeCount)), ("seed", .text("\(settings.seed)"))]))
        }
        if format == .json {
            return JSONValue.object(Self.status(net) + [
                ("settings", settings.jsonValue(directed: g.isDirected)),
                ("core_periphery", .object([("between", .string(between.rawValue)), ("fit", .finite(p.fit)), ("exhaustive", .bool(p.exhaustive)),
                                            ("core_size", .number(Double(p.core.filter { $0 }.count))), ("coreness_fit", .finite(cfit))])),
                ("nodes", .array(ids.indices.sorted { ids[$0] < ids[$1] }.map { i in
                    .object([("id", .string(ids[i])), ("name", .string(net.departments[i].name)), ("core", .number(p.core[i] ? 1 : 0)), ("coreness", .finite(c[i]))])
                })),
            ]).rendered()
        }
        return TableOutput(header: heading(["id", "name", "core", "coreness"], format),
                           rows: ids.indices.sorted { ids[$0] < ids[$1] }.map { [ids[$0], shownName(net, ids[$0], format), p.core[$0] ? "1" : "0", metricText(c[$0])] },
                           numeric: [2, 3]).rendered(format, cells: csv.cells)
    }

    /// `--two-mode KIND`: bipartite measures per node (`id,name,mode,degree,closeness,betweenness`), or
    /// with `--projection` the weighted projection onto departments (`source,target,weight`).
    private func twoModeOutput(_ net: Network, _ kind: TwoModeMetrics.Kind, _ format: OutputFormat) throws -> String {
        let a = TwoModeMetrics.affiliations(of: net, kind: kind)
        let kindName = lang.render("metrics.two-mode.kind.\(kind.rawValue)")
        guard a.graph.firstCount > 0 && a.graph.secondCount > 0 else {
            throw InputError(message: "error: " + lang.render("metrics.two-mode.none", [("file", .text(file)), ("kind", .text(kindName))]))
        }
        if a.skipped > 0 && !input.quiet {
            Stderr.print("govnet: warning: " + lang.render("metrics.two-mode.skipped", [("n", .count(a.skipped)), ("kind", .text(kindName))]))
        }
        if let projection {
            let ties = Bipartite.projection(of: a.graph, weighting: projection)
            if format == .json {
                return JSONValue.object(Self.status(net) + [
                    ("two_mode", .string(kind.rawValue)), ("projection", .string(projection.rawValue)),
                    ("ties", .array(ties.map { .object([("source", .string(a.ids[Int($0.u)])), ("target", .string(a.ids[Int($0.v)])), ("weight", .finite($0.weight))]) })),
                ]).rendered()
            }
            return TableOutput(header: heading(["source", "target", "weight"], format),
                               rows: ties.map { [a.ids[Int($0.u)], a.ids[Int($0.v)], metricText($0.weight)] }, numeric: [2]).rendered(format, cells: csv.cells)
        }
        let columns = TwoModeMetrics.centralities(of: a)
        // Departments first, then the second mode; by id within each.
        let order = a.ids.indices.sorted { (a.graph.isFirst($0) ? 0 : 1, a.ids[$0]) < (a.graph.isFirst($1) ? 0 : 1, a.ids[$1]) }
        if format == .json {
            return JSONValue.object(Self.status(net) + [
                ("two_mode", .string(kind.rawValue)),
                ("nodes", .array(order.map { i in
                    .object([("id", .string(a.ids[i])), ("name", .string(a.names[i])), ("mode", .string(a.modes[i]))]
                            + columns.map { ($0.name, .finite($0.values[i])) })
                })),
            ]).rendered()
        }
        let shownNames = format == .csv || lang == .en ? a.names : a.ids.indices.map { i in
            a.modes[i] == TwoModeMetrics.Kind.functions.secondMode
                ? (net.functions.first { $0.id == a.ids[i] }.flatMap { $0.names[lang.rawValue] } ?? a.names[i])
                : shownName(net, a.ids[i], format)
        }
        let shownModes = format == .csv || lang == .en ? a.modes : a.modes.map { lang.render("metrics.two-mode.mode.\($0)") }
        return TableOutput(header: heading(["id", "name", "mode"] + columns.map(\.name), format),
                           rows: order.map { i in [a.ids[i], shownNames[i], shownModes[i]] + columns.map { metricText($0.values[i]) } },
                           numeric: Set(3..<(3 + columns.count))).rendered(format, cells: csv.cells)
    }

    private func dominatorOutput(_ net: Network, _ settings: MetricSettings, _ root: String, _ format: OutputFormat) throws -> String {
        guard net.department(root) != nil else {
            throw InputError(message: "error: " + lang.render("metrics.root.unknown", [("id", .text(root)), ("file", .text(file))]), code: Exit.usage)
        }
        let table = try DominatorTable.compute(net, settings: settings, root: root)
        if format == .json {
            return JSONValue.object([
                ("settings", settings.jsonValue(directed: true)), ("root", .string(root)),
                ("dominators", .array(table.rows.map { .object([("id", .string($0.department)), ("reachable", .bool($0.reachable)),
                                                                  ("immediate_dominator", $0.immediateDominator.map { .string($0) } ?? .null),
                                                                  ("dominators", .array($0.dominators.map { .string($0) }))]) })),
            ]).rendered()
        }
        return TableOutput(header: heading(["id", "reachable", "immediate_dominator", "dominators"], format),
                           rows: table.rows.map { [$0.department, $0.reachable ? "1" : "0", $0.immediateDominator ?? "", $0.dominators.joined(separator: ";")] }).rendered(format, cells: csv.cells)
    }

    private func pairOutput(_ net: Network, _ settings: MetricSettings, _ format: OutputFormat) throws -> String {
        for id in between where net.department(id) == nil {
            throw InputError(message: "error: " + lang.render("metrics.between.unknown", [("id", .text(id)), ("file", .text(file))]), code: Exit.usage)
        }
        let r = try PairRedundancy.compute(net, settings: settings, from: between[0], to: between[1])
        if format == .json {
            return JSONValue.object([("settings", settings.jsonValue(directed: NetworkGraph(network: net, view: settings.view).graph.isDirected)),
                                     ("between", r.jsonValue)]).rendered()
        }
        var rows: [[String]] = []
        // CSV keeps the English row names scripts read; the table and Markdown speak the chosen language.
        let words = format == .csv ? ReportLanguage.en : lang
        let separator = words.render("list.enumeration")
        for (i, p) in r.nodeDisjointPaths.enumerated() { rows.append([words.render("metrics.pair.node-disjoint-path"), "\(i + 1)", p.joined(separator: " → ")]) }
        for (i, p) in r.edgeDisjointPaths.enumerated() { rows.append([words.render("metrics.pair.edge-disjoint-path"), "\(i + 1)", p.joined(separator: " → ")]) }
        rows.append([words.render("metrics.pair.node-cut"), "\(r.nodeCut.count)",
                     r.adjacent ? words.render("metrics.pair.directly-tied") : r.nodeCut.joined(separator: separator)])
        rows.append([words.render("metrics.pair.edge-cut"), "\(r.edgeCut.count)", r.edgeCut.map { "\($0.0)–\($0.1)" }.joined(separator: separator)])
        return TableOutput(header: heading(["what", "count", "departments"], format), rows: rows).rendered(format, cells: csv.cells)
    }
}
