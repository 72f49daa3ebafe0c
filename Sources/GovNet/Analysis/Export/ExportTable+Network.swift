extension ExportTable {
    /// Columns of `network.csv`.
    public static let networkColumns = ["network", "mechanism", "metric", "value"]
    /// Columns of `findings.csv`.
    public static let findingColumns = ["network", "severity", "rule", "mechanism", "category", "departments", "ties",
                                        "functions", "explanation", "recommendation", "remedy"]
    /// Columns of `functions.csv`.
    public static let functionColumns = ["network", "function", "name", "name_zh", "department", "role"]

    /// `network.csv`: network-level metrics in long format, one row per (mechanism, metric).
    ///
    /// Mechanism `all` (every mechanism combined) first, then each used mechanism alone in
    /// ``Network/usedMechanismIDs`` order; within a mechanism the metrics in ``NetworkMetrics`` order
    /// (the rows of `govnet metrics --network`). The Jaccard overlaps `jaccard_A_B` appear under `all`
    /// only (they compare mechanisms). Undefined values are `nan`.
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - name: the network's name, the first column.
    ///   - settings: export settings (the Louvain seed of `communities` and `modularity`).
    /// - Returns: the table.
    /// - Complexity: (1 + mechanisms) × ``NetworkMetrics/compute(_:settings:)``.
    ///
    /// References: NetworkX `density`, `reciprocity`, `transitivity`, `global_efficiency`
    /// (Latora & Marchiori 2001, doi:10.1103/PhysRevLett.87.198701), Freeman (1978) centralization
    /// (doi:10.1016/0378-8733(78)90021-7), `louvain_communities` (Blondel et al. 2008,
    /// doi:10.1088/1742-5468/2008/10/P10008), Krackhardt & Stern (1988) E–I index.
    public static func networkLevel(of network: Network, name: String, settings: ExportSettings) -> ExportTable {
        var rows: [[ExportCell]] = []
        for mechanism in [nil] + network.usedMechanismIDs.map(Optional.some) {
            let result = NetworkMetrics.compute(network, settings: settings.metricSettings(mechanism: mechanism))
            for (metric, value) in result.values where mechanism == nil || !metric.hasPrefix("jaccard_") {
                rows.append([.text(name), .text(mechanism ?? "all"), .text(metric), .number(value)])
            }
        }
        return ExportTable(name: "network", columns: networkColumns, rows: rows)
    }

    /// `findings.csv`: the diagnosis findings (``Diagnosis/run(_:)``), in its order (severity, rule,
    /// mechanism, subjects).
    ///
    /// List columns are `;`-joined: `departments` (ids, the main one first), `ties` (each as
    /// `from>to@mechanism`), `functions` (ids). `explanation` and `recommendation` are the English
    /// sentences of `govnet diagnose`; `remedy` is one of the five remedy ids (``Remedy``).
    ///
    /// - Parameters:
    ///   - findings: the findings.
    ///   - name: the network's name.
    /// - Returns: the table.
    /// - Complexity: O(total finding text).
    public static func findings(_ findings: [Finding], name: String) -> ExportTable {
        let rows: [[ExportCell]] = findings.map { f in
            [.text(name), .text(f.severity.rawValue), .text(f.rule), .text(f.mechanism), .text(f.category),
             .text(f.departments.joined(separator: ";")),
             .text(f.ties.map { "\($0.from)>\($0.to)@\($0.mechanism)" }.joined(separator: ";")),
             .text(f.functions.joined(separator: ";")),
             .text(f.explanation), .text(f.recommendation), .text(f.remedy.rawValue)]
        }
        return ExportTable(name: "findings", columns: findingColumns, rows: rows)
    }

    /// `functions.csv`: the responsibility matrix in long format, one row per (function, department,
    /// role) assignment.
    ///
    /// Rows sorted by function id, then role (`lead`, `co-lead`, `support`), then department id. A
    /// function with no assignment keeps one row with empty `department` and `role`, so that
    /// unassigned responsibilities stay visible.
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - name: the network's name.
    /// - Returns: the table.
    /// - Complexity: O(a log a) for a assignments.
    public static func functions(of network: Network, name: String) -> ExportTable {
        var rows: [[ExportCell]] = []
        let functions = network.functions.sorted { exportOrder($0.id, $1.id) }
        for f in functions {
            let head: [ExportCell] = [.text(name), .text(f.id), .text(f.name), .optionalText(f.names["zh"])]
            if f.assignments.isEmpty { rows.append(head + [.missing, .missing]); continue }
            let assignments = f.assignments.sorted {
                $0.role != $1.role ? $0.role < $1.role : exportOrder($0.department, $1.department)
            }
            for a in assignments { rows.append(head + [.text(a.department), .text(a.role.rawValue)]) }
        }
        return ExportTable(name: "functions", columns: functionColumns, rows: rows)
    }
}
