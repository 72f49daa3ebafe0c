extension ExportTable {
    /// Columns of `ties.csv`.
    public static let tieColumns = ["from", "to", "mechanism", "weight", "directed", "basis",
                                    "edge_betweenness", "bridge", "embeddedness", "redundancy", "mechanisms"]

    /// `ties.csv`: one row per tie of the file, with tie metrics computed within the tie's mechanism.
    ///
    /// Definition per row: `from`, `to`, `mechanism`, `weight` and `basis` as recorded; `directed` as
    /// ``Network/isDirected(_:)`` resolves it (the tie's own flag, else its mechanism's default).
    /// `edge_betweenness`, `bridge` (1/0), `embeddedness` and `redundancy` are the ``TieMetrics`` of
    /// the edge `from → to` in the graph of the tie's mechanism alone (unweighted, hops) — the values of
    /// `govnet metrics --ties --mechanism M`. When that graph is directed and the tie undirected, the
    /// tie stands for two arcs and the row carries the arc `from → to`. `mechanisms` counts the distinct
    /// mechanisms with at least one tie between the two departments, in either direction (1 = a
    /// single-stranded tie, more = multiplex). Metrics are NaN for a tie with no edge in the graph (a
    /// self-loop, or an end that is not a department).
    ///
    /// Rows are sorted by (from, to, mechanism) in Unicode scalar order; repeated ties are kept, in file order.
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - settings: export settings.
    /// - Returns: the table.
    /// - Complexity: per mechanism, edge betweenness O(n·m) plus tie redundancy (one max-flow per edge).
    ///
    /// References: Girvan & Newman (2002), doi:10.1073/pnas.122653799, NetworkX
    /// `edge_betweenness_centrality`; Tarjan (1974) bridges, NetworkX `bridges`; NetworkX
    /// `edge_connectivity(G, u, v)` with the edge removed for redundancy; common neighbours
    /// (`len(nx.common_neighbors)`) for embeddedness (Granovetter 1985, doi:10.1086/228311).
    public static func ties(of network: Network, settings: ExportSettings) throws -> ExportTable {
        let metricNames = ["edge_betweenness", "bridge", "embeddedness", "redundancy"]
        struct Pair: Hashable { var a: String; var b: String }
        func unordered(_ x: String, _ y: String) -> Pair { exportOrder(x, y) ? Pair(a: x, b: y) : Pair(a: y, b: x) }

        // Tie metrics of each mechanism's graph, looked up by (source, target).
        var lookup: [String: (directed: Bool, rows: [Pair: [Double]])] = [:]
        for m in network.usedMechanismIDs {
            let r = try TieMetrics.compute(network, settings: settings.metricSettings(mechanism: m), metrics: metricNames)
            var rows: [Pair: [Double]] = [:]
            for i in r.sources.indices { rows[Pair(a: r.sources[i], b: r.targets[i])] = r.columns.map { $0.values[i] } }
            lookup[m] = (r.directed, rows)
        }
        var strands: [Pair: Set<String>] = [:]
        for t in network.ties { strands[unordered(t.from, t.to), default: []].insert(t.mechanism) }

        let nan = [Double](repeating: .nan, count: metricNames.count)
        let order = network.ties.indices.sorted {
            let x = network.ties[$0], y = network.ties[$1]
            let kx = [x.from, x.to, x.mechanism], ky = [y.from, y.to, y.mechanism]
            if exportOrder(kx, ky) { return true }
            return !exportOrder(ky, kx) && $0 < $1  // repeated ties: file order
        }
        let rows: [[ExportCell]] = order.map { i in
            let t = network.ties[i]
            var metrics = nan
            if let table = lookup[t.mechanism] {
                metrics = table.rows[Pair(a: t.from, b: t.to)]
                    ?? (table.directed ? nil : table.rows[Pair(a: t.to, b: t.from)])
                    ?? nan
            }
            return [.text(t.from), .text(t.to), .text(t.mechanism), .number(t.weight), .bool(network.isDirected(t)),
                    .optionalText(t.basis?.rawValue)]
                + metrics.map { .number($0) }
                + [.number(Double(strands[unordered(t.from, t.to)]?.count ?? 0))]
        }
        return ExportTable(name: "ties", columns: tieColumns, rows: rows)
    }
}
