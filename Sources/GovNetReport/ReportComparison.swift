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
        let wording = zh ? FunctionChanges.Wording(lead: lang.text(.lead), coLead: lang.text(.coLead), none: lang.text(.noLead), colon: "：",
                                                   open: "（", close: "）", listSeparator: "、")
                         : FunctionChanges.Wording.english
        func functionName(_ e: FunctionChanges.Entry) -> String {
            let f = after.functions.first { $0.id == e.id } ?? before.functions.first { $0.id == (e.idBefore ?? e.id) }
            return zh ? (f?.names["zh"] ?? e.name) : e.name
        }

        func col(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { lang.render("compare.col.\(key)", arguments) }

        var overlay: String? = nil
        if options.diagrams {
            var o = DiagramOptions()
            o.label = zh ? .language("zh") : .name
            o.title = ""
            let drawing = try NetworkDiagram.comparison(c, options: o)
            let data = try GraphvizRenderer.render(dot: DOTWriter.write(drawing.overlay), layout: .neato, format: .svg)
            overlay = String(decoding: data, as: UTF8.self)
        }

        let d = c.diff
        var tables: [ReportTable] = []
        var deptRows: [[String]] = []
        for id in d.added { deptRows.append([lang.text(.added), name(id), id]) }
        for id in d.removed { deptRows.append([lang.text(.removed), before.department(id)?.label(language: lang.departmentLanguage) ?? id, id]) }
        for m in d.merged { deptRows.append([lang.text(.merged), "\(m.from.joined(separator: " + ")) → \(name(m.into))", m.into]) }
        for s in d.split { deptRows.append([lang.text(.split), "\(s.from) → \(s.into.map(name).joined(separator: ", "))", s.from]) }
        for r in d.renamed { deptRows.append([lang.text(.renamed), "\(r.nameBefore) → \(r.nameAfter)", "\(r.from) → \(r.to)"]) }
        tables.append(ReportTable(file: "comparison-departments.csv", caption: zh ? "部门变化" : "Departments added, removed, merged, split and renamed",
                                  header: [lang.text(.change), lang.text(.department), "id"], rows: deptRows, numeric: []))

        tables.append(ReportTable(file: "comparison-functions.csv", caption: lang.text(.functionChanges),
                                  header: [lang.text(.functions), lang.text(.change), lang.text(.before), lang.text(.after)],
                                  rows: c.functions.entries.map { e in
                                      [functionName(e), MessageCatalogue.term("functionChange", e.change.rawValue).text(lang), FunctionChanges.side(e.before, wording: wording, name: beforeName),
                                       FunctionChanges.side(e.after, wording: wording, name: afterName)]
                                  }, numeric: []))

        tables.append(ReportTable(file: "comparison-ties.csv", caption: zh ? "各机制联系变化（对齐后）" : "Ties per mechanism, compared after alignment",
                                  header: [lang.text(.mechanism), lang.text(.before), lang.text(.after), lang.text(.added), lang.text(.removed),
                                           lang.text(.reweighted), col("rebased"), "Jaccard"],
                                  rows: d.counts.map { m, k in [m, "\(k.before)", "\(k.after)", "\(k.added)", "\(k.removed)", "\(k.reweighted)", "\(k.rebased)", fmt(k.jaccard)] },
                                  numeric: Set(1...7)))

        tables.append(ReportTable(file: "comparison-sensitivity.csv",
                                  caption: zh ? "对齐规则的敏感性（拆分部门的联系按职责、按首个继承部门或复制给每个继承部门）"
                                              : "Sensitivity to the alignment rule (a split department's ties by duty, to the first-listed successor, or copied to every successor)",
                                  header: [col("alignmentRule"), "QAP r", lang.text(.added), lang.text(.removed), col("byAlignment"), col("findingsAppeared"),
                                           col("findingsDisappeared"),
                                           col("centreDegree", [("centre", .text(c.centre ?? lang.render("compare.centre"))), ("when", .text(lang.text(.before)))]), lang.text(.after),
                                           col("centreBetweenness", [("centre", .text(c.centre ?? lang.render("compare.centre"))), ("when", .text(lang.text(.before)))]),
                                           lang.text(.after)],
                                  rows: c.sensitivity.map { rule, x in
                                      [rule.rawValue + (rule == c.alignment.rule ? " *" : ""), fmt(x.qapR), "\(x.tiesAdded)", "\(x.tiesRemoved)",
                                       "\(x.tiesAddedByAlignment)/\(x.tiesRemovedByAlignment)", "\(x.findingsAppeared)", "\(x.findingsDisappeared)",
                                       fmt(x.centreDegreeBefore), fmt(x.centreDegreeAfter), fmt(x.centreBetweennessBefore), fmt(x.centreBetweennessAfter)]
                                  }, numeric: Set(1...10)))

        tables.append(ReportTable(file: "comparison-qap.csv", caption: lang.text(.qap),
                                  header: [lang.text(.mechanism), col("correlation"), "p (greater)", "p (less)", "p (two-sided)", col("permutations")],
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
            tables.append(ReportTable(file: "comparison-betweenness.csv", caption: zh ? "中介中心性变化最大的部门" : "Departments whose brokerage (betweenness) changed most",
                                      header: [lang.text(.department), lang.text(.before), lang.text(.after), lang.text(.change), col("rankBefore"), col("rankAfter")],
                                      rows: nodeRows, numeric: Set(1...5)))
            var findingRows: [[String]] = []
            for (status, list) in [("appeared", deltas.appeared), ("disappeared", deltas.disappeared)] {
                for f in list {
                    findingRows.append([lang.render("compare.\(status)"), lang.severity(f.severity), DiagnosisMarkdown.ruleName(f.rule, lang),
                                        f.mechanism, f.explanation(in: lang)])
                }
            }
            tables.append(ReportTable(file: "comparison-findings.csv", caption: zh ? "出现与消失的问题" : "Findings that appeared or disappeared",
                                      header: [col("status"), col("severity"), col("rule"), lang.text(.mechanism), lang.text(.explanation)], rows: findingRows, numeric: []))
        }

        var highlights: [String] = []
        if zh {
            let all = d.counts.first { $0.0 == "all" }?.1
            highlights.append("部门：新增 \(d.added.count) 个，撤销 \(d.removed.count) 个，合并 \(d.merged.count) 组，拆分 \(d.split.count) 个，更名 \(d.renamed.count) 个。")
            if let all { highlights.append("联系（对齐后）：新增 \(all.added) 条，撤销 \(all.removed) 条，权重变化 \(all.reweighted) 条；Jaccard 相似度 \(fmt(all.jaccard))。") }
            if let q = c.qap.first(where: { $0.0 == "all" })?.1 {
                let p = q.p(.greater)
                let pText = p.k == 0 ? (p.floor < 0.001 ? "p < 0.001" : p.text) : p.text
                highlights.append("对齐后网络的QAP相关系数 r = \(fmt(q.correlation))（\(pText)，单侧检验（置换后 r′ ≥ r），\(q.permutations) 次置换，种子 \(options.seed)）。"
                                  + "QAP 检验的是两个矩阵的关联是否超出部门随机重新标记所能产生的程度，而不是两者是否为\u{201C}同一系统\u{201D}。")
                if let source = c.alignment.after.metadata.derivedFrom ?? c.alignment.before.metadata.derivedFrom {
                    highlights.append("注意：一个网络是由另一个网络（\(source)）手工推导而来（derived_from），因此二者之间的QAP检验预期会拒绝原假设，其p值反映的是复制的程度，而非真实体系的延续性。")
                }
            }
            let k = Dictionary(uniqueKeysWithValues: c.functions.counts.map { ($0.0, $0.1) })
            highlights.append("职能（按各自网络中的部门，经映射对应）：共 \(c.functions.entries.count) 项；牵头转移 \(k[.leadMoved]!) 项，牵头部门并入 \(k[.leadMerged]!) 项，"
                              + "新增牵头 \(k[.leadGained]!) 项，失去牵头 \(k[.leadLost]!) 项，共同牵头变化 \(k[.coLeadChanged]!) 项，未变 \(k[.unchanged]!) 项。")
            for e in c.functions.entries where e.change == .leadMoved || e.change == .leadGained || e.change == .leadLost {
                highlights.append(FunctionChanges.describe(e, functionName: functionName(e), wording: wording, beforeName: beforeName, afterName: afterName) + "（\(MessageCatalogue.term("functionChange", e.change.rawValue).text(lang))）。")
            }
            if let deltas = c.deltas {
                highlights.append("诊断问题：新出现 \(deltas.appeared.count) 项，消失 \(deltas.disappeared.count) 项，持续 \(deltas.persisted.count) 项。")
            }
        } else {
            highlights = c.highlights
        }
        // Resilience before and after, with its reading, in the report's language.
        if let r = c.resilience { highlights += r.rows.map { lang.render(r.message($0)) } }
        return ComparisonSection(overlaySVG: overlay, overlayCaption: zh ? "改革前后叠加图：绿色新增，红色虚线撤销，灰色不变" : "Overlay: ties added (green), removed (red, dashed), unchanged (grey); merged departments marked",
                                 tables: tables, highlights: highlights)
    }

    static func fmt(_ x: Double) -> String { x.isFinite ? NumberFormat.significant(x, digits: 4) : "—" }
}
