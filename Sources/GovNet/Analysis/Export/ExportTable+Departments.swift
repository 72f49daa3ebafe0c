extension ExportTable {
    /// Identity columns of `departments.csv`, before the metric columns.
    public static let departmentColumns = ["id", "name", "name_zh", "kind", "level"]

    /// `departments.csv`: one row per department, every node metric on the all-mechanism view, then
    /// the same metrics on each used mechanism alone as `metric@mechanism` columns.
    ///
    /// Wide rather than long: notebooks join departments on `id` (to ties, findings, functions and the
    /// other network of a comparison), and one row per department keeps that join one-to-one; a long
    /// table is one `df.melt(id_vars=[...])` away. Columns: ``departmentColumns``, then
    /// ``NodeMetrics/all`` in order, then for each mechanism of ``Network/usedMechanismIDs`` (in that
    /// order) ``NodeMetrics/all`` suffixed `@mechanism`. Rows are sorted by id (Unicode scalar order).
    /// Each metric is the value of `govnet metrics` (NetworkX semantics, see ``NodeMetrics``) on the
    /// view of ``ExportSettings/metricSettings(mechanism:)``; a department without ties in a mechanism
    /// is still a node of that mechanism's graph (degree 0; closeness 0; clustering 0; NaN where
    /// NetworkX leaves a value undefined).
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - settings: export settings.
    ///   - notes: receives metrics that could not be computed (`metric` or `metric@mechanism` → reason).
    /// - Returns: the table (no rows for a network without departments).
    /// - Throws: nothing in practice (every metric name is known); rethrows ``NodeMetrics/compute(_:settings:metrics:)``.
    /// - Complexity: (1 + number of mechanisms) × the cost of every node metric, dominated by
    ///   betweenness and closeness, O(n·m) each.
    ///
    /// References: the metric definitions are those of NetworkX 3.6 (`degree_centrality`,
    /// `betweenness_centrality`, `closeness_centrality`, `constraint`, …) as listed in
    /// notebooks-data/README.md; brokerage roles follow Gould & Fernandez (1989),
    /// doi:10.2307/270949.
    public static func departments(of network: Network, settings: ExportSettings,
                                   notes: inout [String: String]) throws -> ExportTable {
        let metrics = NodeMetrics.all
        var columns = departmentColumns + metrics
        let mechanisms = network.usedMechanismIDs
        for m in mechanisms { columns += metrics.map { "\($0)@\(m)" } }

        // One value array per metric column, indexed by department position in `network.departments`.
        var values: [[Double]] = []
        for mechanism in [nil] + mechanisms.map(Optional.some) {
            let result = try NodeMetrics.compute(network, settings: settings.metricSettings(mechanism: mechanism), metrics: metrics)
            values += result.columns.map(\.values)
            for (metric, note) in result.notes { notes[mechanism.map { "\(metric)@\($0)" } ?? metric] = note }
        }
        let order = network.departments.indices.sorted { exportOrder(network.departments[$0].id, network.departments[$1].id) }
        let rows: [[ExportCell]] = order.map { i in
            let d = network.departments[i]
            return [.text(d.id), .text(d.name), .optionalText(d.names["zh"]), .optionalText(d.kind), .optionalText(d.level)]
                + values.map { .number($0[i]) }
        }
        return ExportTable(name: "departments", columns: columns, rows: rows)
    }
}
