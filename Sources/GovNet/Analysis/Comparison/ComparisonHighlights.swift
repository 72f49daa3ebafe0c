extension NetworkComparison {
    /// The comparison in a few plain sentences, for reports and summaries (English; ids as recorded).
    ///
    /// Definition: one sentence each on the departments (counts of merged, split, renamed, added and
    /// removed), the ties after alignment (counts and overall Jaccard similarity), the QAP correlation
    /// of the combined networks, the department with the highest degree and betweenness before and
    /// after with the largest loss of betweenness (when metric deltas were computed), the
    /// function changes (counts, then one sentence per function whose lead moved, was gained or was
    /// lost, in the departments' own names), and the diagnosis findings that appeared, disappeared and persisted.
    /// Numbers use up to 3 significant digits.
    /// - Returns: the sentences, in that order.
    /// - Complexity: O(n + m) over the computed comparison.
    public var highlights: [String] {
        func num(_ x: Double) -> String { NumberFormat.significant(x, digits: 3) }
        func plural(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
        let a = alignment, d = diff
        var out: [String] = []
        out.append("Departments \(a.before.departments.count) → \(a.after.departments.count): \(d.merged.count) merged, "
                   + "\(d.split.count) split, \(d.renamed.count) renamed, \(d.added.count) added, \(d.removed.count) removed.")
        if let all = d.counts.last?.1 {
            out.append("Ties after alignment \(all.before) → \(all.after): \(all.added) added, \(all.removed) removed, "
                       + "\(all.reweighted) reweighted, \(all.rebased) re-based; Jaccard similarity \(num(all.jaccard)).")
        }
        if let q = qap.last?.1, q.correlation.isFinite {
            var s = "QAP correlation of the combined networks \(num(q.correlation))"
            if q.permutations > 0 { s += ", \(q.p(.greater).textWithTail)" }
            s += "; \(NetworkComparison.qapMeaning)"
            if let caveat = qapCaveat { s += "; " + caveat }
            out.append(s + ".")
        }
        if let m = deltas {
            for metric in ["degree", "betweenness"] {
                guard let k = m.nodeMetrics.firstIndex(of: metric) else { continue }
                let before = m.departments.filter { $0.metrics[k].rankBefore == 1 }.map(\.id)
                let after = m.departments.filter { $0.metrics[k].rankAfter == 1 }.map(\.id)
                guard !before.isEmpty || !after.isEmpty else { continue }
                var s = "Highest \(metric): \(before.joined(separator: ", ")) before, \(after.joined(separator: ", ")) after"
                if metric == "betweenness", let loser = m.departments.filter({ $0.metrics[k].change.isFinite })
                    .min(by: { ($0.metrics[k].change, $0.id) < ($1.metrics[k].change, $1.id) }), loser.metrics[k].change < 0 {
                    s += "; largest loss: \(loser.id) (\(num(loser.metrics[k].change)))"
                }
                out.append(s + ".")
            }
        }
        if !functions.entries.isEmpty {
            let k = Dictionary(uniqueKeysWithValues: functions.counts.map { ($0.0, $0.1) })
            let changes = Dictionary(grouping: d.responsibilities, by: \.change)
            out.append("Functions (roles on each network's own departments, through the mapping): \(plural(functions.entries.count, "function")); "
                       + "lead moved \(k[.leadMoved]!), merged \(k[.leadMerged]!), gained \(k[.leadGained]!), lost \(k[.leadLost]!), "
                       + "co-lead changed \(k[.coLeadChanged]!), unchanged \(k[.unchanged]!); "
                       + "\(plural(changes["overlap-resolved"]?.count ?? 0, "lead overlap")) resolved, \(changes["overlap-created"]?.count ?? 0) created.")
            let beforeNames = Dictionary(a.before.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
            let afterNames = Dictionary(a.after.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
            for e in functions.entries where e.change == .leadMoved || e.change == .leadGained || e.change == .leadLost {
                out.append(FunctionChanges.describe(e, beforeName: { beforeNames[$0] ?? $0 }, afterName: { afterNames[$0] ?? $0 }) + " (\(e.change.rawValue)).")
            }
        }
        if let m = deltas {
            out.append("Diagnosis findings: \(m.appeared.count) appeared, \(m.disappeared.count) disappeared, \(m.persisted.count) persisted.")
        }
        return out
    }
}
