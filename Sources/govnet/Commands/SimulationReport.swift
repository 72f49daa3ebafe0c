import Foundation
import GovNet

/// The output of `govnet simulate`: curves, random bands and a scenario, as table, Markdown, CSV, JSON
/// and an SVG chart.
struct SimulationReport {
    let network: Network
    let graph: NetworkGraph
    let settings: MetricSettings
    let curves: [FailureCurve]
    let random: RandomFailures?
    let scenario: FailureScenario?
    let seed: UInt64
    /// Language of the table, Markdown and chart text (CSV and JSON keep their column ids).
    var language: ReportLanguage = .en

    var notes: [String] { Array(Set(curves.flatMap(\.notes) + (random?.notes ?? []))).sorted() }
    private var n: Int { graph.graph.nodeCount }
    private var directed: Bool { graph.graph.isDirected }

    func rendered(_ format: OutputFormat, cells: CSVCells = .guarded) -> String {
        switch format {
        case .csv: return StatusNotice.apply(csv(cells), format: .csv, network: network, cells: cells)
        case .json: return StatusNotice.json(json(), network).rendered() + "\n"
        case .table, .markdown: return StatusNotice.apply(text(format), format: format, network: network, language: language)
        }
    }

    // MARK: CSV (tidy: one row per step, and per run for random runs)

    private static let measures = ["largest_component_fraction", "largest_strong_component_fraction", "efficiency",
                                   "efficiency_retained", "disconnected_pairs"]

    private func csv(_ cells: CSVCells) -> String {
        let multiple = curves.count + (random == nil ? 0 : 1) > 1
        var header = multiple ? ["curve"] : []
        if random != nil { header.append("run") }
        header += ["step", "department"] + Self.measures
        var rows: [[String]] = []
        func add(_ c: FailureCurve, curve: String, run: String?) {
            let ef = c.efficiencyRetained
            for k in 0...c.steps {
                var row = multiple ? [curve] : []
                if random != nil { row.append(run ?? "") }
                row += ["\(k)", k == 0 ? "" : graph.ids[Int(c.removed[k - 1])],
                        metricText(c.largestComponentFraction[k]),
                        c.largestStrongComponentFraction.map { metricText($0[k]) } ?? "",
                        c.efficiency.map { metricText($0[k]) } ?? "",
                        ef.map { metricText($0[k]) } ?? "",
                        "\(c.disconnectedPairs[k])"]
                rows.append(row)
            }
        }
        for c in curves { add(c, curve: c.label, run: nil) }
        if let random { for (r, c) in random.runs.enumerated() { add(c, curve: "random", run: "\(r + 1)") } }
        return TableOutput(header: header, rows: rows).rendered(.csv, cells: cells)
    }

    // MARK: Text and Markdown

    private func text(_ format: OutputFormat) -> String {
        let md = format == .markdown
        func heading(_ s: String) -> String { md ? "\n## \(s)\n\n" : "\n\(s)\n" }
        func table(_ header: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
            TableOutput(header: header, rows: rows, numeric: numeric).rendered(md ? .markdown : .table)
        }
        let shownTitle = network.metadataText("title", language) ?? t("untitled")
        var s = md ? "# \(t("title", [("title", .text(MarkdownText.cell(shownTitle)))]))\n\n" : t("title", [("title", .text(TerminalText.cell(shownTitle)))]) + "\n"
        s += t("size", [("n", .count(n)), ("pairs", .count(graph.graph.edgeCount)), ("edges", .text(t(directed ? "arcs" : "edges"))),
                        ("view", .text(viewLabel)), ("directed", .text(directed ? t("directed") : ""))]) + "\n"
        if let scenario { s += scenarioText(scenario, heading: heading, table: table) }
        if !curves.isEmpty || random != nil {
            var summary: [[String]] = curves.map { c in
                [curveLabel(c.label), r4(c.robustness), "\(c.steps)", halfStep(c.largestComponentFraction)]
            }
            if let random {
                summary.append([t("random-label", [("runs", .count(random.runs.count)), ("seed", .text("\(seed)"))]),
                                "\(r4(random.robustness.mean)) [\(r4(random.robustness.lower)), \(r4(random.robustness.upper))]",
                                "\(n)", halfStep(random.largestComponentFraction.mean)])
            }
            s += heading(t("robustness"))
            s += table([t("col.curve"), "R", t("col.steps"), t("col.half-step")], summary, numeric: [2])
        }
        for c in curves {
            s += heading(t("curve", [("label", .text(curveLabel(c.label)))]))
            let ef = c.efficiencyRetained
            let rows = (0...c.steps).map { k -> [String] in
                ["\(k)", k == 0 ? t("intact") : graph.ids[Int(c.removed[k - 1])], metricText(c.largestComponentFraction[k]),
                 c.largestStrongComponentFraction.map { metricText($0[k]) } ?? "-",
                 c.efficiency.map { metricText($0[k]) } ?? "-", ef.map { metricText($0[k]) } ?? "-", "\(c.disconnectedPairs[k])"]
            }
            s += table(["step", "department", "largest-component", "largest-strong", "efficiency", "efficiency-share", "disconnected-pairs"].map { t("col.\($0)") },
                       rows, numeric: [0, 2, 3, 4, 5, 6])
        }
        if let random {
            s += heading(t("random", [("runs", .count(random.runs.count)), ("seed", .text("\(seed)"))]))
            func cell(_ b: CurveBand?, _ k: Int) -> String {
                guard let b else { return "-" }
                return "\(metricText(b.mean[k])) [\(metricText(b.lower[k])), \(metricText(b.upper[k]))]"
            }
            let rows = (0...n).map { k in
                ["\(k)", cell(random.largestComponentFraction, k), cell(random.largestStrongComponentFraction, k),
                 cell(random.efficiencyRetained, k), cell(random.disconnectedPairs, k)]
            }
            s += table(["step", "largest-component", "largest-strong", "efficiency-share", "disconnected-pairs"].map { t("col.\($0)") }, rows, numeric: [0])
        }
        for note in notes { s += "\n" + t("note", [("note", .text(note))]) }
        return s + (notes.isEmpty ? "" : "\n")
    }

    /// A phrase of the catalogue (`simulate.text.<key>`) in the output language.
    private func t(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { language.render("simulate.text.\(key)", arguments) }

    /// A department as "id (name)" in the output language.
    private func named(_ id: String) -> String { network.departmentWithID(id, language) }

    /// A curve's label in the output language: the metric's name, "(adaptive)", "list".
    private func curveLabel(_ label: String) -> String {
        guard language != .en else { return label }
        if label == "list" { return t("list") }
        let adaptive = label.hasSuffix(" (adaptive)")
        let metric = adaptive ? String(label.dropLast(" (adaptive)".count)) : label
        return MessageCatalogue.term("metric", metric).text(language) + (adaptive ? t("adaptive") : "")
    }

    private func scenarioText(_ sc: FailureScenario, heading: (String) -> String,
                              table: ([String], [[String]], Set<Int>) -> String) -> String {
        let lang = language, sep = lang.render("list.enumeration")
        var s = heading(t("scenario", [("removed", .text(sc.removed.map(named).joined(separator: sep)))]))
        if let c = sc.center {
            s += t(sc.centerRemoved ? "centre-removed" : "centre", [("centre", .text(named(c)))]) + "\n"
            if let d = sc.diagnosisCenter, d != c {
                s += lang.reference(sc.diagnosisCenterBasis, name: named(d)) + "\n"
            }
        } else {
            s += t("no-centre") + "\n"
        }
        func list(_ ids: [String]) -> String {
            guard !ids.isEmpty else { return "-" }
            return "\(ids.count)\(lang.render("punct.colon"))" + ids.prefix(8).joined(separator: sep) + (ids.count > 8 ? sep + "…" : "")
        }
        func mechanism(_ m: String) -> String { network.mechanismLabel(m).text(lang) }
        s += heading(t("what-breaks"))
        s += table(["mechanism", "lost-from-centre", "lost-to-centre", "cut-off"].map { t("col.\($0)") },
                   sc.mechanisms.map { [mechanism($0.mechanism), list($0.lostFromCenter), list($0.lostToCenter), list($0.cutOff)] }, [])
        s += heading(lang.recentringText(.heading))
        s += lang.recentringText(.caption) + "\n\n"
        s += table([lang.recentringText(.mechanism), lang.recentringText(.centreBefore), lang.recentringText(.broker),
                    lang.recentringText(.shareAfter), lang.recentringText(.shareBefore), lang.recentringText(.overloaded)],
                   sc.recentring.map { r in
                       [mechanism(r.mechanism), r.centerShareBefore.map(percent) ?? "-",
                        r.broker.map(named) ?? "-",
                        r.broker == nil ? "-" : percent(r.shareAfter), r.broker == nil ? "-" : percent(r.shareBefore),
                        r.overloaded ? lang.text(.yes) : lang.text(.no)]
                   }, [1, 3, 4])
        s += heading(t("functions"))
        s += sc.functions.isEmpty ? t("none") + "\n" : table(["function", "lost-lead", "lost-support", "removed-roles"].map { t("col.\($0)") },
            sc.functions.map { [lang == .en ? $0.function : network.localizedFunction($0.function).text(lang), $0.lostLead ? t("yes") : t("no"), $0.lostSupport ? t("yes") : t("no"),
                                $0.removedRoles.joined(separator: sep)] }, [])
        s += heading(t("findings"))
        s += sc.newFindings.isEmpty ? t("none") + "\n" : table(["severity", "rule", "mechanism", "departments", "explanation"].map { t("col.\($0)") },
            sc.newFindings.map { [lang == .en ? $0.severity.rawValue : lang.severity($0.severity), lang == .en ? $0.rule : DiagnosisMarkdown.ruleName($0.rule, lang),
                                  mechanism($0.mechanism), list($0.departments), $0.explanation(in: lang)] }, [])
        return s
    }

    private func r4(_ x: Double) -> String { NumberFormat.significant(x, digits: 4) }
    private func percent(_ x: Double) -> String { String(format: "%.1f%%", 100 * x) }

    /// The first step at which the largest component falls below half the departments ("-" if never).
    private func halfStep(_ fractions: [Double]) -> String {
        guard let k = fractions.firstIndex(where: { $0 < 0.5 }) else { return "-" }
        return "\(k) (\(String(format: "%.1f", n > 0 ? 100 * Double(k) / Double(n) : 0)) %)"
    }

    private var viewLabel: String {
        settings.view.mechanisms?.map { network.mechanismLabel($0).text(language) }.joined(separator: "+") ?? t("all-mechanisms")
    }

    // MARK: JSON

    private func json() -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("departments", .number(Double(n))),
            ("directed", .bool(directed)),
        ]
        if let sc = scenario { members.append(("scenario", scenarioJSON(sc))) }
        members.append(("curves", .array(curves.map(curveJSON))))
        if let random {
            func band(_ b: CurveBand?, _ k: Int) -> JSONValue {
                guard let b else { return .null }
                return .object([("mean", .finite(b.mean[k])), ("q05", .finite(b.lower[k])), ("q95", .finite(b.upper[k]))])
            }
            members.append(("random", .object([
                ("runs", .number(Double(random.runs.count))),
                ("seed", .number(Double(seed))),
                ("quantiles", .string("linear interpolation (Hyndman & Fan type 7)")),
                ("robustness", .object([("mean", .finite(random.robustness.mean)), ("q05", .finite(random.robustness.lower)),
                                        ("q95", .finite(random.robustness.upper))])),
                ("steps", .array((0...n).map { k in .object([
                    ("step", .number(Double(k))),
                    ("largest_component_fraction", band(random.largestComponentFraction, k)),
                    ("largest_strong_component_fraction", band(random.largestStrongComponentFraction, k)),
                    ("efficiency", band(random.efficiency, k)),
                    ("efficiency_retained", band(random.efficiencyRetained, k)),
                    ("disconnected_pairs", band(random.disconnectedPairs, k)),
                ]) })),
            ])))
        }
        members.append(("notes", .array(notes.map { .string($0) })))
        var s = settings.jsonValue(directed: directed)
        if case .object(var m) = s {
            m.append(("efficiency", .bool(curves.contains { $0.efficiency != nil } || random?.efficiency != nil)))
            s = .object(m)
        }
        members.append(("settings", s))
        return .object(members)
    }

    private func curveJSON(_ c: FailureCurve) -> JSONValue {
        let ef = c.efficiencyRetained
        return .object([
            ("label", .string(c.label)),
            ("robustness", .finite(c.robustness)),
            ("order", .array(c.removed.map { .string(graph.ids[Int($0)]) })),
            ("steps", .array((0...c.steps).map { k in .object([
                ("step", .number(Double(k))),
                ("department", k == 0 ? .null : .string(graph.ids[Int(c.removed[k - 1])])),
                ("largest_component_fraction", .finite(c.largestComponentFraction[k])),
                ("largest_strong_component_fraction", c.largestStrongComponentFraction.map { .finite($0[k]) } ?? .null),
                ("efficiency", c.efficiency.map { .finite($0[k]) } ?? .null),
                ("efficiency_retained", ef.map { .finite($0[k]) } ?? .null),
                ("disconnected_pairs", .number(Double(c.disconnectedPairs[k]))),
            ]) })),
        ])
    }

    private func scenarioJSON(_ sc: FailureScenario) -> JSONValue {
        func ids(_ a: [String]) -> JSONValue { .array(a.map { .string($0) }) }
        return .object([
            ("removed", ids(sc.removed)),
            ("center", sc.center.map { .string($0) } ?? .null),
            ("center_removed", .bool(sc.centerRemoved)),
            ("diagnosis_center", sc.diagnosisCenter.map { .string($0) } ?? .null),
            ("diagnosis_center_basis", .string(sc.diagnosisCenterBasis.rawValue)),
            ("recentring", .array(sc.recentring.map { r in .object([
                ("mechanism", .string(r.mechanism)), ("center_share_before", r.centerShareBefore.map { .finite($0) } ?? .null),
                ("broker", r.broker.map { .string($0) } ?? .null), ("share_after", .finite(r.shareAfter)),
                ("share_before", .finite(r.shareBefore)), ("overloaded", .bool(r.overloaded)),
            ]) })),
            ("mechanisms", .array(sc.mechanisms.map { .object([
                ("mechanism", .string($0.mechanism)), ("lost_from_center", ids($0.lostFromCenter)),
                ("lost_to_center", ids($0.lostToCenter)), ("cut_off", ids($0.cutOff)),
            ]) })),
            ("functions", .array(sc.functions.map { .object([
                ("function", .string($0.function)), ("lost_lead", .bool($0.lostLead)), ("lost_support", .bool($0.lostSupport)),
                ("removed_roles", ids($0.removedRoles)),
            ]) })),
            ("new_findings", .array(sc.newFindings.map { $0.jsonValue() })),
        ])
    }

    // MARK: SVG

    func svg() -> String {
        func xs(_ steps: Int) -> [Double] { (0...steps).map { n > 0 ? Double($0) / Double(n) : 0 } }
        var lcc: [FailureCurveChart.Series] = curves.map { .init(label: curveLabel($0.label), x: xs($0.steps), y: $0.largestComponentFraction) }
        var eff: [FailureCurveChart.Series] = curves.map {
            .init(label: curveLabel($0.label), x: xs($0.steps), y: $0.efficiencyRetained ?? [Double](repeating: .nan, count: $0.steps + 1))
        }
        if let random {
            let label = t("chart.random", [("runs", .count(random.runs.count))])
            let b = random.largestComponentFraction
            lcc.append(.init(label: label, x: xs(n), y: b.mean, band: (b.lower, b.upper)))
            if let e = random.efficiencyRetained {
                eff.append(.init(label: label, x: xs(n), y: e.mean, band: (e.lower, e.upper)))
            } else {
                eff.append(.init(label: label, x: xs(n), y: [Double](repeating: .nan, count: n + 1)))
            }
        }
        var panels = [FailureCurveChart.Panel(title: t("chart.component"), series: lcc)]
        if eff.contains(where: { $0.y.contains(where: \.isFinite) }) {
            panels.append(.init(title: t("chart.efficiency"), series: eff))
        }
        var r = curves.map { "\(curveLabel($0.label)) \(String(format: "%.3f", $0.robustness))" }
        if let random { r.append("\(t("chart.random-short")) \(String(format: "%.3f", random.robustness.mean))") }
        return FailureCurveChart.svg(title: t("title", [("title", .text(network.metadataText("title", language) ?? t("untitled")))]),
                                     subtitle: t("chart.subtitle", [("n", .count(n)), ("view", .text(viewLabel)),
                                                                    ("robustness", .text(r.joined(separator: language.render("list.separator"))))]),
                                     panels: panels, xLabel: t("chart.x"))
    }
}
