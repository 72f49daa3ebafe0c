extension NetworkComparison {
    /// The comparison in a few plain sentences, for reports and summaries (English; ids as recorded):
    /// ``highlightMessages`` rendered in English.
    public var highlights: [String] { highlightMessages.map(ReportLanguage.en.render) }

    /// The comparison in a few plain sentences as catalogue messages (`compare.highlight.*`), rendered
    /// in the output language: English names departments by id, Chinese by `names.zh`.
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
    public var highlightMessages: [Message] {
        func num(_ x: Double) -> MessageArgument { .text(NumberFormat.significant(x, digits: 3)) }
        let a = alignment, d = diff
        // English lists the ids as recorded ("A, B"), Chinese the names ("甲、乙").
        func ids(_ list: [String], _ net: Network) -> MessageArgument {
            .name(LocalizedName(list.joined(separator: ", "), chinese: list.map { net.name(of: $0, language: "zh") }.joined(separator: "、")))
        }
        var out: [Message] = []
        out.append(Message("compare.highlight.departments", [
            ("before", .count(a.before.departments.count)), ("after", .count(a.after.departments.count)), ("merged", .count(d.merged.count)),
            ("split", .count(d.split.count)), ("renamed", .count(d.renamed.count)), ("added", .count(d.added.count)), ("removed", .count(d.removed.count)),
        ]))
        if let all = d.counts.last?.1 {
            out.append(Message("compare.highlight.ties", [
                ("before", .count(all.before)), ("after", .count(all.after)), ("added", .count(all.added)), ("removed", .count(all.removed)),
                ("reweighted", .count(all.reweighted)), ("rebased", .count(all.rebased)), ("jaccard", num(all.jaccard)),
            ]))
        }
        if let q = qap.last?.1, q.correlation.isFinite {
            let p: MessageArgument = q.permutations > 0 ? .message(q.p(.greater).tailMessage) : .empty
            let caveat: MessageArgument = qapCaveatMessage.map { .message(Message("compare.highlight.caveat", [("caveat", .message($0))])) } ?? .empty
            out.append(Message(q.permutations > 0 ? "compare.highlight.qap" : "compare.highlight.qap-no-test",
                               [("r", num(q.correlation)), ("p", p), ("meaning", .message(Message("compare.qap-meaning"))), ("caveat", caveat)]))
        }
        if let m = deltas {
            for metric in ["degree", "betweenness"] {
                guard let k = m.nodeMetrics.firstIndex(of: metric) else { continue }
                let before = m.departments.filter { $0.metrics[k].rankBefore == 1 }.map(\.id)
                let after = m.departments.filter { $0.metrics[k].rankAfter == 1 }.map(\.id)
                guard !before.isEmpty || !after.isEmpty else { continue }
                var loss: MessageArgument = .empty
                if metric == "betweenness", let loser = m.departments.filter({ $0.metrics[k].change.isFinite })
                    .min(by: { ($0.metrics[k].change, $0.id) < ($1.metrics[k].change, $1.id) }), loser.metrics[k].change < 0 {
                    loss = .message(Message("compare.highlight.largest-loss", [("department", ids([loser.id], a.after)),
                                                                               ("change", num(loser.metrics[k].change))]))
                }
                out.append(Message("compare.highlight.highest", [("metric", .name(MessageCatalogue.term("metric", metric))),
                                                                 ("before", ids(before, a.after)), ("after", ids(after, a.after)), ("loss", loss)]))
            }
        }
        if !functions.entries.isEmpty {
            let k = Dictionary(uniqueKeysWithValues: functions.counts.map { ($0.0, $0.1) })
            let changes = Dictionary(grouping: d.responsibilities, by: \.change)
            out.append(Message("compare.highlight.functions", [
                ("n", .count(functions.entries.count)), ("moved", .count(k[.leadMoved]!)), ("merged", .count(k[.leadMerged]!)),
                ("gained", .count(k[.leadGained]!)), ("lost", .count(k[.leadLost]!)), ("coLead", .count(k[.coLeadChanged]!)),
                ("unchanged", .count(k[.unchanged]!)), ("resolved", .count(changes["overlap-resolved"]?.count ?? 0)),
                ("created", .count(changes["overlap-created"]?.count ?? 0)),
            ]))
            for e in functions.entries where e.change == .leadMoved || e.change == .leadGained || e.change == .leadLost {
                let f = a.after.functions.first { $0.id == e.id } ?? a.before.functions.first { $0.id == (e.idBefore ?? e.id) }
                func described(_ language: ReportLanguage) -> String {
                    let code = language.departmentLanguage
                    return FunctionChanges.describe(e, functionName: language == .en ? e.name : (f?.names["zh"] ?? e.name),
                                                    wording: FunctionChanges.Wording(language),
                                                    beforeName: { a.before.name(of: $0, language: code) }, afterName: { a.after.name(of: $0, language: code) })
                }
                out.append(Message("compare.highlight.function-change", [("change", .name(MessageCatalogue.term("functionChange", e.change.rawValue))),
                                                                         ("sentence", .name(LocalizedName(described(.en), chinese: described(.zh))))]))
            }
        }
        if let m = deltas {
            out.append(Message("compare.highlight.findings", [("appeared", .count(m.appeared.count)), ("disappeared", .count(m.disappeared.count)),
                                                              ("persisted", .count(m.persisted.count))]))
        }
        return out
    }
}
