extension ExportTable {
    /// `comparison_departments.csv`: one row per department of either network, what became of it.
    ///
    /// A row per later department (`department` = its id): `status` is `added` (no predecessor),
    /// `merged` (two or more predecessors), `split` (its one predecessor has several successors),
    /// `renamed` (one-to-one with a different id or name) or `kept`; plus a row per earlier department
    /// with no successor (`status` `removed`, `department` = the earlier id). `predecessors` lists the
    /// earlier ids mapped onto the department, `;`-joined. Rows sorted by (department, status).
    ///
    /// - Parameters:
    ///   - comparison: the comparison.
    ///   - name: the comparison's name (first column).
    /// - Returns: the table.
    /// - Complexity: O(n log n).
    ///
    /// References: the mapping semantics of ``Alignment`` (network contraction, NetworkX `contracted_nodes`).
    public static func comparisonDepartments(_ comparison: NetworkComparison, name: String) -> ExportTable {
        let alignment = comparison.alignment
        let namesBefore = Dictionary(alignment.before.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var rows: [[ExportCell]] = []
        for d in alignment.after.departments {
            let predecessors = alignment.predecessors[d.id] ?? []
            let status: String
            switch predecessors.count {
            case 0: status = "added"
            case 1:
                let p = predecessors[0]
                if (alignment.mapping.successors[p]?.count ?? 1) > 1 { status = "split" }
                else if p != d.id || namesBefore[p] != d.name { status = "renamed" }
                else { status = "kept" }
            default: status = "merged"
            }
            rows.append([.text(name), .text(d.id), .text(d.name), .optionalText(d.names["zh"]), .text(status),
                         .text(predecessors.joined(separator: ";")),
                         .text(predecessors.map { namesBefore[$0] ?? $0 }.joined(separator: ";"))])
        }
        for id in alignment.removed {
            let d = alignment.before.departments.first { $0.id == id }
            rows.append([.text(name), .text(id), .text(d?.name ?? id), .optionalText(d?.names["zh"]), .text("removed"),
                         .text(id), .text(d?.name ?? id)])
        }
        rows.sort { exportOrder([text($0[1]), text($0[4])], [text($1[1]), text($1[4])]) }
        return ExportTable(name: "comparison_departments",
                           columns: ["comparison", "department", "name", "name_zh", "status", "predecessors", "predecessor_names"],
                           rows: rows)
    }

    /// `comparison_ties.csv`: every tie key present in either network after alignment, with its change.
    ///
    /// Keys as ``TieKey`` (ends, mechanism, direction; undirected ends in id order), the earlier ties
    /// carried onto the later department ids. `change`: `added`, `removed`, `unchanged`, or
    /// `reweighted`, `rebased` or `reweighted;rebased` for ties in both with a different combined
    /// weight and/or basis. Weights and bases of each side (empty when absent). Rows sorted by
    /// (from, to, mechanism, directed).
    ///
    /// - Complexity: O(m log m).
    public static func comparisonTies(_ comparison: NetworkComparison, name: String) -> ExportTable {
        let diff = comparison.diff
        var changes: [TieKey: (NetworkDiff.TieChange, [String])] = [:]
        let lists: [(String, [NetworkDiff.TieChange])] = [
            ("added", diff.tiesAdded), ("removed", diff.tiesRemoved), ("reweighted", diff.tiesReweighted),
            ("rebased", diff.tiesRebased), ("unchanged", diff.tiesUnchanged),
        ]
        for (label, list) in lists {
            for c in list { changes[c.key, default: (c, [])].1.append(label) }
        }
        let keys = changes.keys.sorted {
            let a = [$0.from, $0.to, $0.mechanism, $0.directed ? "1" : "0"], b = [$1.from, $1.to, $1.mechanism, $1.directed ? "1" : "0"]
            return exportOrder(a, b)
        }
        let rows: [[ExportCell]] = keys.map { k in
            let (c, labels) = changes[k]!
            return [.text(name), .text(k.from), .text(k.to), .text(k.mechanism), .bool(k.directed), .text(labels.joined(separator: ";")),
                    c.before.map { .number($0.weight) } ?? .missing, c.after.map { .number($0.weight) } ?? .missing,
                    .optionalText(c.before?.basis?.rawValue), .optionalText(c.after?.basis?.rawValue)]
        }
        return ExportTable(name: "comparison_ties",
                           columns: ["comparison", "from", "to", "mechanism", "directed", "change", "weight_before", "weight_after",
                                     "basis_before", "basis_after"],
                           rows: rows)
    }

    /// `comparison_network.csv`: network metrics before and after, long format, one row per (scope,
    /// metric): scope `all` then each compared mechanism; `change` = after − before, `relative_change`
    /// = change / |before| (`nan` when before is 0 or undefined). Before = the earlier network aligned
    /// onto the later departments (``Alignment/aligned``).
    public static func comparisonNetwork(_ deltas: MetricDeltas, name: String) -> ExportTable {
        var rows: [[ExportCell]] = []
        for (scope, metrics) in deltas.network {
            for (metric, d) in metrics {
                rows.append([.text(name), .text(scope), .text(metric), .number(d.before), .number(d.after), .number(d.change),
                             .number(d.relativeChange)])
            }
        }
        return ExportTable(name: "comparison_network",
                           columns: ["comparison", "mechanism", "metric", "before", "after", "change", "relative_change"], rows: rows)
    }

    /// `comparison_department_metrics.csv`: node metrics (all mechanisms) of every department present
    /// in both networks, before (aligned earlier network) and after, with competition ranks in each
    /// network (1 = largest; empty for undefined values). Long format, rows sorted by (department,
    /// metric order of ``NodeMetrics/all``).
    public static func comparisonDepartmentMetrics(_ deltas: MetricDeltas, name: String) -> ExportTable {
        var rows: [[ExportCell]] = []
        for (id, metrics) in deltas.departments.sorted(by: { exportOrder($0.id, $1.id) }) {
            for (metric, d) in zip(deltas.nodeMetrics, metrics) {
                rows.append([.text(name), .text(id), .text(metric), .number(d.before), .number(d.after), .number(d.change),
                             d.rankBefore.map { .number(Double($0)) } ?? .missing, d.rankAfter.map { .number(Double($0)) } ?? .missing])
            }
        }
        return ExportTable(name: "comparison_department_metrics",
                           columns: ["comparison", "department", "metric", "before", "after", "change", "rank_before", "rank_after"],
                           rows: rows)
    }

    /// `comparison_findings.csv`: the diagnosis findings of both networks matched by
    /// ``Finding/identity``: `status` `appeared` (after only), `disappeared` (before only; ids of the
    /// aligned earlier network) or `persisted` (the later finding); other columns as `findings.csv`.
    public static func comparisonFindings(_ deltas: MetricDeltas, name: String) -> ExportTable {
        var rows: [[ExportCell]] = []
        for (status, list) in [("appeared", deltas.appeared), ("disappeared", deltas.disappeared), ("persisted", deltas.persisted)] {
            let table = findings(list, name: name)
            rows += table.rows.map { [$0[0], .text(status)] + $0[1...] }
        }
        return ExportTable(name: "comparison_findings",
                           columns: ["comparison", "status"] + findingColumns.dropFirst(), rows: rows)
    }

    /// `comparison_qap.csv`: QAP correlation of the before and after tie matrices per mechanism and
    /// overall (`all`), with permutation p-values and binarised similarity (Krackhardt 1988,
    /// doi:10.1016/0378-8733(88)90004-4; statnet `sna::qaptest`).
    public static func comparisonQAP(_ comparison: NetworkComparison, name: String) -> ExportTable {
        let rows: [[ExportCell]] = comparison.qap.map { scope, r in
            [.text(name), .text(scope), .number(r.correlation), .number(r.pGreater), .number(r.pLess), .number(r.pTwoSided),
             .number(Double(r.permutations)), .number(r.jaccard), .number(r.simpleMatching), .number(Double(r.hamming)),
             .number(Double(r.nodes))]
        }
        return ExportTable(name: "comparison_qap",
                           columns: ["comparison", "mechanism", "correlation", "p_greater", "p_less", "p_two_sided", "permutations",
                                     "jaccard", "simple_matching", "hamming", "nodes"], rows: rows)
    }

    /// `comparison_responsibilities.csv`: functions whose leadership changed (`gained-lead`,
    /// `lost-lead`, `lead-moved`, `overlap-resolved`, `overlap-created`), leads before (earlier ids) and
    /// after, `;`-joined.
    public static func comparisonResponsibilities(_ comparison: NetworkComparison, name: String) -> ExportTable {
        let rows: [[ExportCell]] = comparison.diff.responsibilities.map {
            [.text(name), .text($0.function), .text($0.change), .text($0.leadsBefore.joined(separator: ";")),
             .text($0.leadsAfter.joined(separator: ";"))]
        }
        return ExportTable(name: "comparison_responsibilities",
                           columns: ["comparison", "function", "change", "leads_before", "leads_after"], rows: rows)
    }

    private static func text(_ cell: ExportCell) -> String {
        if case .text(let s) = cell { return s }
        return ""
    }
}
