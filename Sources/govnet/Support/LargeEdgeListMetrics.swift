import Foundation
import GovNet

/// `govnet metrics` (node metrics) on a ``LargeEdgeList``: the graph-only metrics, straight on the CSR graph.
enum LargeEdgeListMetrics {
    /// Metrics available on the streaming path (the rest need the `Network`: attributes, mechanisms).
    static let available = ["degree", "in_degree", "out_degree", "strength", "betweenness", "closeness", "harmonic",
                            "pagerank", "clustering", "core_number"]

    static func compute(_ e: LargeEdgeList, settings: MetricSettings, metrics requested: [String], quiet: Bool,
                        language: ReportLanguage = .en) throws -> TableOutput {
        let g = e.graph
        let chosen = requested.isEmpty ? available.filter { g.isDirected || ($0 != "in_degree" && $0 != "out_degree") } : requested
        for m in chosen where !available.contains(m) {
            throw CommandErrors.error("cli.streaming-metric", [("metric", .text(m)), ("bytes", .count(EdgeListLoader.thresholdBytes)),
                                                                ("list", .text(available.joined(separator: language.render("list.enumeration"))))], language)
        }
        let length = settings.length
        let unweighted = g.isWeighted && !settings.weighted
            ? Graph(nodeCount: g.nodeCount, edges: (0..<g.edgeCount).map { (g.edge($0).source, g.edge($0).target) }, directed: g.isDirected) : g
        var columns: [(String, [Double])] = []
        for m in chosen {
            let values: [Double]
            switch m {
            case "degree": values = Centrality.degree(of: g)
            case "in_degree": values = Centrality.inDegree(of: g)
            case "out_degree": values = Centrality.outDegree(of: g)
            case "strength": values = Centrality.strength(of: g)
            case "betweenness":
                if let k = settings.betweennessSamples, k < g.nodeCount {
                    var rng = SeededGenerator(seed: settings.seed)
                    values = Centrality.sampledBetweenness(of: g, length: length, samples: k, using: &rng)
                } else if let eps = settings.betweennessEpsilon {
                    var rng = SeededGenerator(seed: settings.seed)
                    let est = Centrality.approximateBetweenness(of: g, length: length, epsilon: eps, delta: settings.betweennessDelta, using: &rng)
                    if !quiet { Stderr.print("govnet: note: betweenness: Riondato–Kornaropoulos estimate from \(est.samples) sampled pairs, within \(eps)·n/(n−2) of the exact value for every department with probability ≥ \(1 - settings.betweennessDelta) (seed \(settings.seed))") }
                    values = est.scores
                } else {
                    ExactCost.warn("betweenness", g, length: length, quiet: quiet)
                    values = ExactCost.withProgress("betweenness", nodes: g.nodeCount, quiet: quiet) { Centrality.betweenness(of: g, length: length) }
                }
            case "closeness":
                ExactCost.warn("closeness", g, length: length, quiet: quiet)
                values = ExactCost.withProgress("closeness", nodes: g.nodeCount, quiet: quiet) { Centrality.closeness(of: g, length: length) }
            case "harmonic":
                ExactCost.warn("harmonic", g, length: length, quiet: quiet)
                values = ExactCost.withProgress("harmonic", nodes: g.nodeCount, quiet: quiet) { Centrality.harmonic(of: g, length: length) }
            case "pagerank":
                values = (try? Centrality.pagerank(of: settings.weighted ? g : unweighted, weighted: settings.weighted, maxIterations: 10_000,
                                                   tolerance: settings.tolerance)) ?? [Double](repeating: .nan, count: g.nodeCount)
            case "clustering": values = Clustering.local(of: settings.weighted ? g : unweighted, weighted: settings.weighted)
            default: values = Cores.coreNumber(of: g).map(Double.init)
            }
            columns.append((m, values))
        }
        let order = e.ids.indices.sorted { e.ids[$0] < e.ids[$1] }
        return TableOutput(header: ["id", "name"] + columns.map(\.0),
                           rows: order.map { i in [e.ids[i], e.ids[i]] + columns.map { $0.1[i].isFinite ? NumberFormat.significant($0.1[i]) : "" } },
                           numeric: Set(2..<(2 + columns.count)))
    }
}

/// The warning that exact all-sources algorithms print on large graphs.
enum ExactCost {
    /// Graphs above this many departments get an estimate of the time of exact shortest-path metrics.
    static let largeGraph = 20_000

    /// Times a sample of 16 sources and prints the extrapolated time of the exact metric on stderr.
    static func warn(_ metric: String, _ g: Graph, length: PathLength, quiet: Bool) {
        guard !quiet, g.nodeCount > largeGraph else { return }
        let k = 16
        var rng = SeededGenerator(seed: 1)
        let start = DispatchTime.now().uptimeNanoseconds
        _ = Centrality.sampledBetweenness(of: g, length: length, samples: k, using: &rng)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 * Double(g.nodeCount) / Double(k)
        let text = seconds < 120 ? "\(Int(seconds.rounded())) s" : seconds < 7200 ? "\(Int((seconds / 60).rounded())) min" : "\(NumberFormat.significant(seconds / 3600, digits: 3)) h"
        Stderr.print("govnet: note: exact \(metric) on \(g.nodeCount) departments: about \(text) (timed on \(k) sources); --sample K or --epsilon E estimate betweenness faster")
    }

    /// Runs `body`, showing the progress of its per-source passes on stderr (a bar on a terminal, a
    /// line per tenth otherwise) when the graph is large (see ``largeGraph``) and not `quiet`.
    static func withProgress<T>(_ metric: String, nodes: Int, quiet: Bool, _ body: () throws -> T) rethrows -> T {
        guard !quiet, nodes > largeGraph else { return try body() }
        let bar = ProgressBar(total: nodes, enabled: true, label: "exact \(metric)", unit: "sources", lines: true)
        defer { bar.finish() }
        return try SourceProgress.observing({ done, total in bar.update(done, total: total) }) { try body() }
    }
}
