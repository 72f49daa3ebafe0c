import Foundation
import GovNet

/// The table and Markdown forms of `govnet compare`.
enum ComparisonText {
    static func render(_ c: NetworkComparison, markdown: Bool) -> String {
        let fmt: OutputFormat = markdown ? .markdown : .table
        let a = c.alignment
        func clean(_ s: String) -> String { markdown ? MarkdownText.cell(s) : TextTable.sanitize(s) }
        func heading(_ s: String) -> String { markdown ? "## \(s)\n\n" : "\(s)\n\(String(repeating: "=", count: s.count))\n" }
        func num(_ x: Double) -> String { NumberFormat.significant(x, digits: 4) }
        var text = markdown ? "# Comparison\n\n" : ""
        text += "before: \(clean(a.before.metadata.title ?? "(untitled)"))\(markdown ? "  " : "")\n"
        text += "after: \(clean(a.after.metadata.title ?? "(untitled)"))\(markdown ? "  " : "")\n"
        let statuses = [a.before.metadata.status, a.after.metadata.status]
        if statuses.contains(where: { $0 != nil }) {
            let shown = statuses.map { $0.map(ReportLanguage.en.status) ?? "(not stated)" }
            text += "status: " + clean(shown[0] == shown[1] ? shown[0] : "before \(shown[0]); after \(shown[1])") + (markdown ? "  " : "") + "\n"
        }
        text += "mapping: \(a.mapping.origin); mechanisms: \(c.diff.mechanisms.joined(separator: ", ")); \(a.absorbedTies) tie\(a.absorbedTies == 1 ? "" : "s") absorbed inside merged departments\n"
        text += "alignment: \(a.rule.rawValue) (\(a.rule.explanation)); merged weights combined by \(a.combine.rawValue)\n"
        text += "tie functions: \(a.tieFunctions.recorded) recorded, \(a.tieFunctions.inferred) inferred (\(Alignment.inferenceRule)), \(a.tieFunctions.none) none; "
            + "\(a.unattributed.count) tie\(a.unattributed.count == 1 ? "" : "s") of split departments serve no duty the mapping names\n\n"

        let d = c.diff
        text += heading("Departments")
        text += TableOutput(header: ["change", "count", "departments"], rows: [
            ["added", "\(d.added.count)", d.added.joined(separator: ", ")],
            ["removed", "\(d.removed.count)", d.removed.joined(separator: ", ")],
            ["merged", "\(d.merged.count)", d.merged.map { "\($0.from.joined(separator: "+")) → \($0.into)" }.joined(separator: "; ")],
            ["split", "\(d.split.count)", d.split.map { "\($0.from) → \($0.into.joined(separator: "+"))" }.joined(separator: "; ")],
            ["renamed", "\(d.renamed.count)", d.renamed.map { $0.from == $0.to ? "\($0.from): \($0.nameBefore) → \($0.nameAfter)" : "\($0.from) → \($0.to)" }.joined(separator: "; ")],
        ], numeric: [1]).rendered(fmt) + "\n"

        text += heading("Ties (after alignment)")
        let qap = Dictionary(c.qap, uniquingKeysWith: { x, _ in x })
        text += TableOutput(header: ["mechanism", "before", "after", "added", "removed", "reweighted", "rebased", "unchanged", "jaccard",
                                     "qap_r", "p_greater", "p_less", "p_two_sided"],
                            rows: d.counts.map { m, k in
                                let q = qap[m]
                                return [m, "\(k.before)", "\(k.after)", "\(k.added)", "\(k.removed)", "\(k.reweighted)", "\(k.rebased)",
                                        "\(k.unchanged)", num(k.jaccard), q.map { num($0.correlation) } ?? "",
                                        q.map { $0.p(.greater).text } ?? "", q.map { $0.p(.less).text } ?? "", q.map { $0.p(.twoSided).text } ?? ""]
                            }, numeric: Set(1..<13)).rendered(fmt)
        text += "\n"
        if let byID = c.recorded.counts.last?.1 {
            text += "By id, without the mapping: \(byID.added) added, \(byID.removed) removed, Jaccard \(num(byID.jaccard)).\n"
        }
        text += "QAP: \(c.settings.permutations) permutations, seed \(c.settings.seed), \(c.settings.weighted ? "weighted" : "binary") matrices over \(c.qap.first?.1.nodes ?? 0) departments; "
            + "p = (k+1)/(n+1) for k permutations with r' ≥ r (greater), r' ≤ r (less), |r' − E r'| ≥ |r − E r'| (two-sided), never 0. \(NetworkComparison.qapMeaning).\n"
        if let caveat = c.qapCaveat { text += "Caveat: \(caveat).\n" }
        text += "\n"

        if !c.functions.entries.isEmpty {
            text += heading("Functions: lead before → after")
            let beforeNames = Dictionary(a.before.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
            let afterNames = Dictionary(a.after.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
            text += TableOutput(header: ["function", "change", "lead before", "lead after", "transfers"],
                                rows: c.functions.entries.map { e in
                                    [e.name, e.change.rawValue,
                                     FunctionChanges.side(e.before) { beforeNames[$0] ?? $0 },
                                     e.existsAfter ? FunctionChanges.side(e.after) { afterNames[$0] ?? $0 } : "(function removed)",
                                     e.transfers.filter { $0.kind != "kept" }.map { "\($0.from) \($0.kind)\($0.to.isEmpty ? "" : " → " + $0.to.joined(separator: ", "))" }.joined(separator: "; ")]
                                }).rendered(fmt)
            let k = c.functions.counts.filter { $0.1 > 0 }.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")
            text += "Roles as recorded in each network, matched through the mapping (a duty named in a mapping row's `functions` follows that row; otherwise it stays with the department's continuation): \(k).\n"
            if !d.responsibilities.isEmpty {
                text += "Lead overlaps (several leads, no co-lead): " + d.responsibilities.map { "\($0.function) \($0.change)" }.joined(separator: ", ") + ".\n"
            }
            text += "\n"
        }

        text += heading("Sensitivity to the alignment rule")
        let centre = c.centre ?? "centre"
        text += TableOutput(header: ["rule", "qap_r", "ties added", "ties removed", "by alignment (+/−)", "findings appeared", "findings disappeared",
                                     "\(centre) degree before", "after", "\(centre) betweenness before", "after", "unattributed"],
                            rows: c.sensitivity.map { rule, x in
                                [rule.rawValue + (rule == a.rule ? " (used)" : ""), num(x.qapR), "\(x.tiesAdded)", "\(x.tiesRemoved)",
                                 "\(x.tiesAddedByAlignment)/\(x.tiesRemovedByAlignment)",
                                 c.deltas == nil ? "" : "\(x.findingsAppeared)", c.deltas == nil ? "" : "\(x.findingsDisappeared)",
                                 num(x.centreDegreeBefore), num(x.centreDegreeAfter), num(x.centreBetweennessBefore), num(x.centreBetweennessAfter),
                                 "\(x.unattributed)"]
                            }, numeric: Set(1..<12)).rendered(fmt)
        text += "(Centre metrics on the combined view, unweighted; the earlier network aligned by each rule. Findings are computed on each raw network and matched through the mapping.)\n\n"

        if let m = c.deltas {
            text += heading("Network metrics (all compared mechanisms)")
            let shown: Set<String> = ["nodes", "ties", "linked_pairs", "density", "reciprocity", "transitivity", "weak_components", "diameter",
                                      "average_path_length", "global_efficiency", "degree_centralization", "betweenness_centralization",
                                      "node_connectivity", "articulation_points", "bridges", "modularity"]
            if let all = m.network.first(where: { $0.0 == "all" }) {
                text += TableOutput(header: ["metric", "before", "after", "change", "relative"],
                                    rows: all.1.filter { shown.contains($0.0) }.map { [$0.0, num($0.1.before), num($0.1.after), num($0.1.change), num($0.1.relativeChange)] },
                                    numeric: [1, 2, 3, 4]).rendered(fmt) + "\n"
            }
            if let r = c.resilience {
                let en = ReportLanguage.en
                text += heading(en.render("compare.resilience.heading"))
                for row in r.rows { text += clean(en.render(r.message(row))) + (markdown ? "\n\n" : "\n") }
                text += "(" + en.render("compare.resilience.note") + ")\n\n"
            }
            text += heading("Departments: leaders and largest changes")
            var rows: [[String]] = []
            for (k, metric) in m.nodeMetrics.enumerated() {
                let lead = { (before: Bool) -> String in
                    m.departments.filter { (before ? $0.metrics[k].rankBefore : $0.metrics[k].rankAfter) == 1 }.map(\.id).joined(separator: ", ")
                }
                let changes = m.departments.filter { $0.metrics[k].change.isFinite }.sorted { ($0.metrics[k].change, $0.id) < ($1.metrics[k].change, $1.id) }
                let loss = changes.first.map { "\($0.id) \(num($0.metrics[k].change))" } ?? ""
                let gain = changes.last.map { "\($0.id) +\(num($0.metrics[k].change))" } ?? ""
                rows.append([metric, lead(true), lead(false), gain, loss])
            }
            text += TableOutput(header: ["metric", "top before", "top after", "largest gain", "largest loss"], rows: rows).rendered(fmt)
            text += "(Departments present in both networks; the earlier network aligned. Full table: --format json.)\n\n"

            text += heading("Diagnosis findings")
            text += "appeared \(m.appeared.count), disappeared \(m.disappeared.count), persisted \(m.persisted.count)\n\n"
            let findingRows = m.appeared.map { ["appeared", $0.severity.rawValue, $0.rule, $0.mechanism, $0.departments.prefix(4).joined(separator: ", ")] }
                + m.disappeared.map { ["disappeared", $0.severity.rawValue, $0.rule, $0.mechanism, $0.departments.prefix(4).joined(separator: ", ")] }
            if !findingRows.isEmpty {
                text += TableOutput(header: ["status", "severity", "rule", "mechanism", "departments"], rows: findingRows).rendered(fmt) + "\n"
            }
        }

        text += heading("Tie changes")
        func row(_ kind: String, _ t: NetworkDiff.TieChange, _ detail: String) -> [String] {
            [kind, t.key.mechanism, t.key.from, t.key.directed ? "→" : "–", t.key.to, detail]
        }
        func basis(_ b: Basis?) -> String { b?.rawValue ?? "unrecorded" }
        func label(_ t: NetworkDiff.TieChange) -> String { t.byAlignment ? " (attributed by the alignment)" : "" }
        var tieRows = d.tiesAdded.map { row("added", $0, "weight \(num($0.after!.weight)), \(basis($0.after!.basis))" + label($0)) }
        tieRows += d.tiesRemoved.map { row("removed", $0, "weight \(num($0.before!.weight)), \(basis($0.before!.basis))" + label($0)) }
        tieRows += d.tiesReweighted.map { row("reweighted", $0, "weight \(num($0.before!.weight)) → \(num($0.after!.weight))") }
        tieRows += d.tiesRebased.map { row("rebased", $0, "\(basis($0.before!.basis)) → \(basis($0.after!.basis))") }
        text += TableOutput(header: ["change", "mechanism", "from", "", "to", "detail"], rows: tieRows).rendered(fmt)
        return text
    }
}
