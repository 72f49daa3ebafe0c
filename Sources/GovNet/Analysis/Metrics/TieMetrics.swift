/// Tie-level metrics (`govnet metrics --ties`): one row per edge of the view's graph (parallel ties of
/// several mechanisms between one pair combined into one row, whose `mechanism` lists them).
public enum TieMetrics {
    /// Every tie metric, in output order.
    public static let all: [String] = ["edge_betweenness", "bridge", "embeddedness", "redundancy", "mechanisms"]

    public struct Result: Sendable {
        /// Source and target department ids of each row (the smaller id first when undirected).
        public var sources: [String]
        public var targets: [String]
        /// Mechanisms combined in each row, `;`-separated.
        public var mechanisms: [String]
        public var columns: [MetricColumn]
        public var directed: Bool
    }

    /// Computes `metrics` (names from ``all``); rows sorted by (source, target).
    public static func compute(_ network: Network, settings: MetricSettings, metrics: [String] = all) throws -> Result {
        for m in metrics where !all.contains(m) {
            throw AlgorithmError.invalidArgument("unknown tie metric '\(m)'; expected one of \(all.joined(separator: ", "))")
        }
        var view = settings.view
        view.weighted = settings.weighted
        let ng = NetworkGraph(network: network, view: view)
        let g = ng.graph
        var columns: [String: [Double]] = [:]
        for m in metrics {
            switch m {
            case "edge_betweenness": columns[m] = Centrality.edgeBetweenness(of: g, length: settings.length)
            case "bridge": columns[m] = Biconnectivity.bridges(of: g).map { $0 ? 1 : 0 }
            case "embeddedness": columns[m] = NetworkStatistics.embeddedness(of: g).map(Double.init)
            case "redundancy": columns[m] = Connectivity.tieRedundancy(of: g).map(Double.init)
            case "mechanisms": columns[m] = ng.edgeMechanisms.map { Double($0.count) }
            default: break
            }
        }
        var rows = Array(0..<g.edgeCount)
        func ends(_ e: Int) -> (String, String) {
            let a = ng.ids[Int(g.edgeSources[e])], b = ng.ids[Int(g.edgeTargets[e])]
            return g.isDirected || a <= b ? (a, b) : (b, a)
        }
        rows.sort { ends($0) < ends($1) }
        return Result(sources: rows.map { ends($0).0 }, targets: rows.map { ends($0).1 },
                      mechanisms: rows.map { ng.edgeMechanisms[$0].joined(separator: ";") },
                      columns: metrics.map { m in MetricColumn(name: m, values: rows.map { columns[m]![$0] }) }, directed: g.isDirected)
    }
}
