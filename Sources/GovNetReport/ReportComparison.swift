import Foundation
import GovNet
import GovNetGraphviz

/// The before/after section of a report, from ``NetworkComparison``: the overlay diagram (added,
/// removed, reweighted ties; merged departments), the department and tie diff, metric deltas with rank
/// changes, the findings that appeared or disappeared, and the QAP correlations.
public enum ReportComparison {
    /// Compares `before` with `after` (aligned through the mapping file, else `formerly:`) and renders
    /// the section.
    /// - Throws: ``FormatError`` for a bad mapping file, ``RenderError`` when Graphviz fails.
    public static func section(before: Network, after: Network, mappingPath: String?, functionMappingPath: String? = nil,
                               options: ReportOptions, permutations: Int = 1000) throws -> ComparisonSection {
        let mapping = try mappingPath.map(DepartmentMapping.read(path:)) ?? DepartmentMapping.derived(before: before, after: after)
        let resolved = try mapping.resolve(before: before, after: after, functionMapping: functionMappingPath.map(DepartmentMapping.read(path:)))
        let c = try NetworkComparison(before: before, after: after, mapping: resolved,
                                      settings: NetworkComparison.Settings(permutations: permutations, seed: options.seed))
        let lang = options.language
        let zh = lang == .zh
        func name(_ id: String) -> String {
            (after.department(id) ?? before.department(id))?.label(language: lang.departmentLanguage) ?? id
        }
        func beforeName(_ id: String) -> String { before.department(id)?.label(language: lang.departmentLanguage) ?? id }
        func afterName(_ id: String) -> String { after.department(id)?.label(language: lang.departmentLanguage) ?? id }
        let wording = FunctionChanges.Wording(lang)
        func functionName(_ e: FunctionChanges.Entry) -> String {
            let f = after.functions.first { $0.id == e.id } ?? before.functions.first { $0.id == (e.idBefore ?? e.id) }
            return zh ? (f?.names["zh"] ?? e.name) : e.name
        }

        func col(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { lang.render("compare.col.\(key)", arguments) }

        var overlay: String? = nil
        var explorer: ComparisonExplorer? = nil
        if options.diagrams {
            var o = DiagramOptions()
            o.label = zh ? .language("zh") : .name
            o.title = ""
            let drawing = try NetworkDiagram.comparison(c, options: o)
            let data = try GraphvizRenderer.render(dot: DiagramDOTWriter.write(drawing.overlay), layout: .neato, format: .svg)
            overlay = String(decoding: data, as: UTF8.self)
            explorer = try ComparisonExplorer(c, overlay: drawing.overlay, options: o, settings: MetricSettings(seed: options.seed),
                                              columns: ReportBuilder.departmentColumns, center: options.center)
        }

        let d = c.diff
        var tables: [ReportTable] = []
        var deptRows: [[String]] = []
        for id in d.added { deptRows.append([lang.text(.added), name(id), id]) }
        for id in d.removed { deptRows.append([lang.text(.removed), before.department(id)?.label(language: lang.departmentLanguage) ?? id, id]) }
        for m in d.merged { deptRows.append([lang.text(.merged), "\(m.from.joined(separator: " + ")) → \(name(m.into))", m.into]) }
        for s in d.split { deptRows.append([lang.text(.split), "\(s.from) → \(s.into.map(name).joined(separator: ", "))", s.from]) }
        for r in d.renamed { deptRows.append([lang.text(.renamed), "\(r.nameBefore) → \(r.nameAfter)", "\(r.from) → \(r.to)"]) }
        tables.append(ReportTable(file: "comparison-departments.csv", caption: lang.render("compare.caption.departments"),
                                  header: [lang.text(.change), lang.text(.department), "id"], rows: deptRows, numeric: []))

        tables.append(ReportTable(file: "comparison-functions.csv", caption: lang.text(.functionChanges),
                                  header: [lang.text(.functions), lang.text(.change), lang.text(.before), lang.text(.after)],
                                  rows: c.functions.entries.map { e in
                                      [functionName(e), MessageCatalogue.term("functionChange", e.change.rawValue).text(lang), FunctionChanges.side(e.before, wording: wording, name: beforeName),
                                       FunctionChanges.side(e.after, wording: wording, name: afterName)]
                                  }, numeric: []))

        tables.append(ReportTable(file: "comparison-ties.csv", caption: lang.render("compare.caption.ties"),
                                  header: [lang.text(.mechanism), lang.text(.before), lang.text(.after), lang.text(.added), lang.text(.removed),
                                           lang.text(.reweighted), col("rebased"), "Jaccard"],
                                  rows: d.counts.map { m, k in [m, "\(k.before)", "\(k.after)", "\(k.added)", "\(k.removed)", "\(k.reweighted)", "\(k.rebased)", fmt(k.jaccard)] },
                                  numeric: Set(1...7)))

        tables.append(ReportTable(file: "comparison-sensitivity.csv",
                                  caption: lang.render("compare.caption.sensitivity"),
                                  header: [col("alignmentRule"), "QAP r", lang.text(.added), lang.text(.removed), col("byAlignment"), col("findingsAppeared"),
                                           col("findingsDisappeared"),
                                           col("centreDegree", [("centre", .text(c.centre ?? lang.render("compare.centre"))), ("when", .text(lang.text(.before)))]), lang.text(.after),
                                           col("centreBetweenness", [("centre", .text(c.centre ?? lang.render("compare.centre"))), ("when", .text(lang.text(.before)))]),
                                           lang.text(.after)],
                                  rows: c.sensitivity.map { rule, x in
                                      [rule.name(lang) + (rule == c.alignment.rule ? " *" : ""), fmt(x.qapR), "\(x.tiesAdded)", "\(x.tiesRemoved)",
                                       "\(x.tiesAddedByAlignment)/\(x.tiesRemovedByAlignment)", "\(x.findingsAppeared)", "\(x.findingsDisappeared)",
                                       fmt(x.centreDegreeBefore), fmt(x.centreDegreeAfter), fmt(x.centreBetweennessBefore), fmt(x.centreBetweennessAfter)]
                                  }, numeric: Set(1...10)))

        tables.append(ReportTable(file: "comparison-qap.csv", caption: lang.text(.qap),
                                  header: [lang.text(.mechanism), col("correlation"), col("pGreater"), col("pLess"), col("pTwoSided"), col("permutations")],
                                  rows: c.qap.map { m, r in [m, fmt(r.correlation), r.p(.greater).text, r.p(.less).text, r.p(.twoSided).text, "\(r.permutations)"] },
                                  numeric: Set(1...5)))

        if let deltas = c.deltas {
            var rows: [[String]] = []
            for (mechanism, metrics) in deltas.network where mechanism == "all" {
                for (metric, delta) in metrics {
                    rows.append([MessageCatalogue.term("metric", metric).text(lang), fmt(delta.before), fmt(delta.after), fmt(delta.change), fmt(delta.relativeChange)])
                }
            }
            tables.append(ReportTable(file: "comparison-network-metrics.csv", caption: lang.text(.metricDeltas),
                                      header: [col("metric"), lang.text(.before), lang.text(.after), lang.text(.change), col("relative")], rows: rows, numeric: Set(1...4)))
            var nodeRows: [[String]] = []
            if let b = deltas.nodeMetrics.firstIndex(of: "betweenness") {
                let ranked = deltas.departments.sorted { abs($0.metrics[b].change) > abs($1.metrics[b].change) || (abs($0.metrics[b].change) == abs($1.metrics[b].change) && $0.id < $1.id) }
                for entry in ranked.prefix(15) {
                    let m = entry.metrics[b]
                    nodeRows.append([name(entry.id), fmt(m.before), fmt(m.after), fmt(m.change),
                                     m.rankBefore.map(String.init) ?? "", m.rankAfter.map(String.init) ?? ""])
                }
            }
            tables.append(ReportTable(file: "comparison-betweenness.csv", caption: lang.render("compare.caption.betweenness"),
                                      header: [lang.text(.department), lang.text(.before), lang.text(.after), lang.text(.change), col("rankBefore"), col("rankAfter")],
                                      rows: nodeRows, numeric: Set(1...5)))
            var findingRows: [[String]] = []
            for (status, list) in [("appeared", deltas.appeared), ("disappeared", deltas.disappeared)] {
                for f in list {
                    findingRows.append([lang.render("compare.\(status)"), lang.severity(f.severity), DiagnosisMarkdown.ruleName(f.rule, lang),
                                        f.mechanism, f.explanation(in: lang)])
                }
            }
            tables.append(ReportTable(file: "comparison-findings.csv", caption: lang.render("compare.caption.findings"),
                                      header: [col("status"), col("severity"), col("rule"), lang.text(.mechanism), lang.text(.explanation)], rows: findingRows, numeric: []))
        }

        var highlights = c.highlightMessages.map(lang.render)
        // Resilience before and after, with its reading, in the report's language.
        if let r = c.resilience { highlights += r.rows.map { lang.render(r.message($0)) } }
        var section = ComparisonSection(overlaySVG: overlay, overlayCaption: lang.render("compare.caption.overlay"),
                                        tables: tables, highlights: highlights)
        section.explorer = explorer
        return section
    }

    static func fmt(_ x: Double) -> String { x.isFinite ? NumberFormat.significant(x, digits: 4) : "—" }
}
