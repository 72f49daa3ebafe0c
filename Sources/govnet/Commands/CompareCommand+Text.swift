import Foundation
import GovNet

/// The table and Markdown forms of `govnet compare`, every sentence and heading from the message
/// catalogue (`compare.text.*`) in the chosen language.
enum ComparisonText {
    static func render(_ c: NetworkComparison, markdown: Bool, language lang: ReportLanguage = .en) -> String {
        let fmt: OutputFormat = markdown ? .markdown : .table
        let a = c.alignment
        func t(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { lang.render("compare.text.\(key)", arguments) }
        func clean(_ s: String) -> String { markdown ? MarkdownText.cell(s) : TerminalText.cell(s) }
        func heading(_ s: String) -> String {
            markdown ? "## \(s)\n\n" : "\(s)\n\(String(repeating: "=", count: TextTable.displayWidth(s)))\n"
        }
        // An undefined value (a relative change from 0) is a dash, not "nan", in a table people read.
        func num(_ x: Double) -> String { x.isNaN ? "—" : NumberFormat.significant(x, digits: 4) }
        func n(_ k: Int) -> MessageArgument { .count(k) }
        let br = markdown ? "  " : ""
        let zh = lang == .zh
        // Chinese tables name mechanisms and functions in Chinese where the data give it; ids otherwise.
        func mechanism(_ m: String) -> String { (a.after.mechanism(m) != nil ? a.after : a.before).mechanismLabel(m).text(lang) }
        let sep = lang.render("list.enumeration")
        var text = markdown ? "# \(t("title"))\n\n" : ""
        for (key, net) in [("before", a.before), ("after", a.after)] {
            text += t(key, [("title", .text(clean(net.metadataText("title", lang) ?? t("untitled"))))]) + br + "\n"
        }
        let statuses = [a.before.metadata.status, a.after.metadata.status]
        if statuses.contains(where: { $0 != nil }) {
            let shown = statuses.map { $0.map(lang.status) ?? t("not-stated") }
            let both = shown[0] == shown[1] ? shown[0] : t("status-each", [("before", .text(shown[0])), ("after", .text(shown[1]))])
            text += t("status", [("status", .text(clean(both)))]) + br + "\n"
        }
        for line in Set([a.before, a.after].compactMap { $0.metadata.derivedFrom }).sorted() {
            text += clean(lang.render("provenance.derived-from", [("file", .text(line))])) + br + "\n"
        }
        text += t("mapping", [("origin", .text(lang.render("compare.origin.\(a.mapping.origin)"))),
                              ("mechanisms", .text(c.diff.mechanisms.map(mechanism).joined(separator: sep))), ("n", n(a.absorbedTies))]) + "\n"
        text += t("alignment", [("rule", .text(a.rule.name(lang))), ("explanation", .text(lang.render("compare.alignment.\(a.rule.rawValue)"))),
                                ("combine", .name(MessageCatalogue.term("combine", a.combine.rawValue)))]) + "\n"
        text += t("tie-functions", [("recorded", n(a.tieFunctions.recorded)), ("inferred", n(a.tieFunctions.inferred)),
                                    ("rule", .text(lang.render("compare.inference-rule"))), ("none", n(a.tieFunctions.none)),
                                    ("n", n(a.unattributed.count))]) + "\n\n"

        let d = c.diff
        let renamed = d.renamed.map { r -> String in
            guard r.from == r.to else { return "\(r.from) → \(r.to)" }
            return zh ? "\(r.from)\(lang.render("punct.colon"))\(a.before.name(of: r.from, language: "zh")) → \(a.after.name(of: r.to, language: "zh"))"
                : "\(r.from): \(r.nameBefore) → \(r.nameAfter)"
        }
        text += heading(t("departments"))
        text += TableOutput(header: [t("col.change"), t("col.count"), t("col.departments")], rows: [
            [lang.text(.added), "\(d.added.count)", d.added.joined(separator: sep)],
            [lang.text(.removed), "\(d.removed.count)", d.removed.joined(separator: sep)],
            [lang.text(.merged), "\(d.merged.count)", d.merged.map { "\($0.from.joined(separator: "+")) → \($0.into)" }.joined(separator: lang.render("list.separator"))],
            [lang.text(.split), "\(d.split.count)", d.split.map { "\($0.from) → \($0.into.joined(separator: "+"))" }.joined(separator: lang.render("list.separator"))],
            [lang.text(.renamed), "\(d.renamed.count)", renamed.joined(separator: lang.render("list.separator"))],
        ], numeric: [1]).rendered(fmt) + "\n"

        text += heading(t("ties"))
        let qap = Dictionary(c.qap, uniquingKeysWith: { x, _ in x })
        text += TableOutput(header: [t("col.mechanism"), lang.text(.before), lang.text(.after), lang.text(.added), lang.text(.removed),
                                     lang.text(.reweighted), t("col.rebased"), t("col.unchanged"), t("col.jaccard"),
                                     t("col.qap-r"), t("col.p-greater"), t("col.p-less"), t("col.p-two-sided")],
                            rows: d.counts.map { m, k in
                                let q = qap[m]
                                return [mechanism(m), "\(k.before)", "\(k.after)", "\(k.added)", "\(k.removed)", "\(k.reweighted)", "\(k.rebased)",
                                        "\(k.unchanged)", num(k.jaccard), q.map { num($0.correlation) } ?? "",
                                        q.map { $0.p(.greater).text } ?? "", q.map { $0.p(.less).text } ?? "", q.map { $0.p(.twoSided).text } ?? ""]
                            }, numeric: Set(1..<13)).rendered(fmt)
        text += "\n"
        if let byID = c.recorded.counts.last?.1 {
            text += t("by-id", [("added", n(byID.added)), ("removed", n(byID.removed)), ("jaccard", .text(num(byID.jaccard)))]) + "\n"
        }
        text += t("qap", [("permutations", n(c.settings.permutations)), ("seed", .text("\(c.settings.seed)")),
                          ("cells", .text(t(c.settings.weighted ? "weighted" : "binary"))), ("n", n(c.qap.first?.1.nodes ?? 0)),
                          ("meaning", .message(Message("compare.qap-meaning")))]) + "\n"
        if let caveat = c.qapCaveatMessage { text += t("caveat", [("caveat", .message(caveat))]) + "\n" }
        text += "\n"

        if !c.functions.entries.isEmpty {
            text += heading(t("functions"))
            let wording = FunctionChanges.Wording(lang)
            func functionName(_ e: FunctionChanges.Entry) -> String {
                guard zh else { return e.name }
                let f = a.after.functions.first { $0.id == e.id } ?? a.before.functions.first { $0.id == (e.idBefore ?? e.id) }
                return f?.names["zh"] ?? e.name
            }
            text += TableOutput(header: [t("col.function"), t("col.change"), t("col.lead-before"), t("col.lead-after"), t("col.transfers")],
                                rows: c.functions.entries.map { e in
                                    [functionName(e), zh ? lang.render("functionChange.\(e.change.rawValue)") : e.change.rawValue,
                                     FunctionChanges.side(e.before, wording: wording) { a.before.name(of: $0, language: lang.departmentLanguage) },
                                     e.existsAfter ? FunctionChanges.side(e.after, wording: wording) { a.after.name(of: $0, language: lang.departmentLanguage) }
                                         : t("function-removed"),
                                     e.transfers.filter { $0.kind != "kept" }.map {
                                         "\($0.from) \(t("transfer.\($0.kind)"))\($0.to.isEmpty ? "" : " → " + $0.to.joined(separator: sep))"
                                     }.joined(separator: lang.render("list.separator"))]
                                }).rendered(fmt)
            let k = c.functions.counts.filter { $0.1 > 0 }.map { "\(zh ? lang.render("functionChange.\($0.0.rawValue)") : $0.0.rawValue) \($0.1)" }
            text += t("roles", [("counts", .text(k.joined(separator: lang.render("list.comma"))))]) + "\n"
            if !d.responsibilities.isEmpty {
                text += t("overlaps", [("changes", .text(d.responsibilities.map { "\(zh ? a.after.localizedFunction($0.function).chinese ?? a.before.localizedFunction($0.function).text(lang) : $0.function) \(t("overlap.\($0.change)"))" }.joined(separator: sep)))]) + "\n"
            }
            text += "\n"
        }

        text += heading(t("sensitivity"))
        let centre = c.centre ?? t("centre")
        text += TableOutput(header: [t("col.rule"), t("col.qap-r"), t("col.ties-added"), t("col.ties-removed"), t("col.by-alignment"),
                                     t("col.findings-appeared"), t("col.findings-disappeared"),
                                     t("col.centre-degree-before", [("centre", .text(centre))]), lang.text(.after),
                                     t("col.centre-betweenness-before", [("centre", .text(centre))]), lang.text(.after), t("col.unattributed")],
                            rows: c.sensitivity.map { rule, x in
                                [rule.name(lang) + (rule == a.rule ? t("used") : ""), num(x.qapR), "\(x.tiesAdded)", "\(x.tiesRemoved)",
                                 "\(x.tiesAddedByAlignment)/\(x.tiesRemovedByAlignment)",
                                 c.deltas == nil ? "" : "\(x.findingsAppeared)", c.deltas == nil ? "" : "\(x.findingsDisappeared)",
                                 num(x.centreDegreeBefore), num(x.centreDegreeAfter), num(x.centreBetweennessBefore), num(x.centreBetweennessAfter),
                                 "\(x.unattributed)"]
                            }, numeric: Set(1..<12)).rendered(fmt)
        text += t("sensitivity-note") + "\n\n"

        if let m = c.deltas {
            text += heading(t("network-metrics"))
            let shown: Set<String> = ["nodes", "ties", "linked_pairs", "density", "reciprocity", "transitivity", "weak_components", "diameter",
                                      "average_path_length", "global_efficiency", "degree_centralization", "betweenness_centralization",
                                      "node_connectivity", "articulation_points", "bridges", "modularity",
                                      // Krackhardt's hierarchy dimensions and the core–periphery fit: did the reform make the
                                      // linkage more hierarchical or more centred on a core?
                                      "krackhardt_connectedness", "krackhardt_hierarchy", "krackhardt_efficiency", "krackhardt_lub",
                                      "core_periphery_fit", "core_size"]
            if let all = m.network.first(where: { $0.0 == "all" }) {
                text += TableOutput(header: [t("col.metric"), lang.text(.before), lang.text(.after), lang.text(.change), t("col.relative")],
                                    rows: all.1.filter { shown.contains($0.0) }.map {
                                        [zh ? MessageCatalogue.term("metric", $0.0).text(lang) : $0.0, num($0.1.before), num($0.1.after), num($0.1.change), num($0.1.relativeChange)]
                                    },
                                    numeric: [1, 2, 3, 4]).rendered(fmt) + "\n"
            }
            if let r = c.resilience {
                text += heading(lang.render("compare.resilience.heading"))
                for row in r.rows { text += clean(lang.render(r.message(row))) + (markdown ? "\n\n" : "\n") }
                let note = lang.render("compare.resilience.note")
                text += (lang == .en ? "(\(note))" : lang.render("punct.paren", [("text", .text(note))])) + "\n\n"
            }
            text += heading(t("leaders"))
            var rows: [[String]] = []
            for (k, metric) in m.nodeMetrics.enumerated() {
                let lead = { (before: Bool) -> String in
                    m.departments.filter { (before ? $0.metrics[k].rankBefore : $0.metrics[k].rankAfter) == 1 }.map(\.id).joined(separator: sep)
                }
                let changes = m.departments.filter { $0.metrics[k].change.isFinite }.sorted { ($0.metrics[k].change, $0.id) < ($1.metrics[k].change, $1.id) }
                let loss = changes.first.map { "\($0.id) \(num($0.metrics[k].change))" } ?? ""
                let gain = changes.last.map { "\($0.id) +\(num($0.metrics[k].change))" } ?? ""
                rows.append([zh ? MessageCatalogue.term("metric", metric).text(lang) : metric, lead(true), lead(false), gain, loss])
            }
            text += TableOutput(header: [t("col.metric"), t("col.top-before"), t("col.top-after"), t("col.largest-gain"), t("col.largest-loss")],
                                rows: rows).rendered(fmt)
            text += t("leaders-note") + "\n\n"

            text += heading(t("findings"))
            text += t("findings-counts", [("appeared", n(m.appeared.count)), ("disappeared", n(m.disappeared.count)), ("persisted", n(m.persisted.count))]) + "\n\n"
            func findingRow(_ status: String, _ f: Finding) -> [String] {
                [zh ? lang.render("compare.\(status)") : status, zh ? lang.severity(f.severity) : f.severity.rawValue,
                 zh ? DiagnosisMarkdown.ruleName(f.rule, lang) : f.rule, mechanism(f.mechanism), f.departments.prefix(4).joined(separator: sep)]
            }
            let findingRows = m.appeared.map { findingRow("appeared", $0) } + m.disappeared.map { findingRow("disappeared", $0) }
            if !findingRows.isEmpty {
                text += TableOutput(header: [t("col.status"), t("col.severity"), t("col.rule"), t("col.mechanism"), t("col.departments")],
                                    rows: findingRows).rendered(fmt) + "\n"
            }
        }

        text += heading(t("tie-changes"))
        func row(_ kind: String, _ tc: NetworkDiff.TieChange, _ detail: String) -> [String] {
            [t("change.\(kind)"), mechanism(tc.key.mechanism), tc.key.from,
             tc.key.directed ? "→" : "–", tc.key.to, detail]
        }
        func basis(_ b: Basis?) -> String { lang.render("basis.\(b?.rawValue ?? "unrecorded")") }
        func label(_ tc: NetworkDiff.TieChange) -> String { tc.byAlignment ? t("by-alignment") : "" }
        func weight(_ w: Double) -> String { t("weight", [("weight", .text(num(w)))]) }
        var tieRows = d.tiesAdded.map { row("added", $0, weight($0.after!.weight) + sep + basis($0.after!.basis) + label($0)) }
        tieRows += d.tiesRemoved.map { row("removed", $0, weight($0.before!.weight) + sep + basis($0.before!.basis) + label($0)) }
        tieRows += d.tiesReweighted.map { row("reweighted", $0, t("weight", [("weight", .text("\(num($0.before!.weight)) → \(num($0.after!.weight))"))])) }
        tieRows += d.tiesRebased.map { row("rebased", $0, "\(basis($0.before!.basis)) → \(basis($0.after!.basis))") }
        text += TableOutput(header: [t("col.change"), t("col.mechanism"), t("col.from"), "", t("col.to"), t("col.detail")], rows: tieRows).rendered(fmt)
        return text
    }
}
