import Foundation
import GovNet
import GovNetGraphviz

/// Computes the content of a report: summary, diagnosis, diagrams, tables, resilience.
public enum ReportBuilder {
    /// Builds the report data of one network.
    /// - Throws: ``RenderError`` when Graphviz fails, ``AlgorithmError`` for bad options (unknown center).
    public static func build(_ network: Network, options: ReportOptions = ReportOptions()) throws -> NetworkReportData {
        if let c = options.center, network.department(c) == nil {
            throw AlgorithmError.invalidArgument("the coordinating department '\(c)' is not in the network")
        }
        let lang = options.language
        let context = DiagnosisContext(network: network, center: options.center, language: lang.departmentLanguage)
        // The diagrams (Graphviz, one job at a time) run beside the analysis.
        let (drawing, (findings, robustness, networkMetrics, tables, resilience, settings, nodeMetrics, failures)) = try ReportConcurrency.both({
            options.diagrams ? try ReportDiagrams.draw(network, context: context, options: options) : ([], ExplorerLayout())
        }, {
            let diagnosed = Diagnosis.run(context)
            let (findings, robustness) = options.order.apply(diagnosed, options.robustness.isEnabled
                ? DiagnosisRobustness.run(diagnosed, context: context, settings: options.robustness) : nil)
            let settings = MetricSettings(seed: options.seed)
            var networkMetrics: [(String, NetworkMetrics.Result)] = [("all", NetworkMetrics.compute(network, settings: settings))]
            for m in network.usedMechanismIDs {
                var s = settings
                s.view.mechanisms = [m]
                networkMetrics.append((m, NetworkMetrics.compute(network, settings: s)))
            }
            let nodeMetrics = try NodeMetrics.compute(network, settings: settings, metrics: departmentColumns)
            let tables = departmentTables(nodeMetrics, context: context, language: lang)
                + [responsibilityTable(network, context: context, language: lang), findingsTable(findings, robustness: robustness, context: context, language: lang)]
            let resilience = network.departments.count >= 3 ? resilienceCurves(network, options: options) : nil
            // The explorer's "what if it fails", for every department (only shown beside a layout).
            let failures = options.diagrams ? ExplorerFailures.compute(context) : nil
            return (findings, robustness, networkMetrics, tables, resilience, settings, nodeMetrics, failures)
        })
        var data = NetworkReportData(network: network, options: options, summary: NetworkSummary(network), context: context,
                                     findings: findings, robustness: robustness, diagrams: drawing.0, tables: tables, networkMetrics: networkMetrics,
                                     resilience: resilience, settings: settings, nodeMetrics: nodeMetrics, layout: drawing.1, failures: failures,
                                     weightNotes: WeightSensitivity.compute(network)?.lines(context: context) ?? [])
        if let structure = ReportStructure.compute(network, seed: options.seed) {
            data.structure = structure
            data.tables += structure.tables(data)
        }
        return data
    }

    /// The metric columns shown in the department table, in order.
    static let departmentColumns = ["degree", "in_degree", "out_degree", "betweenness", "closeness", "harmonic", "pagerank",
                                    "eigenvector", "constraint", "effective_size", "hierarchy", "coordinator", "itinerant",
                                    "gatekeeper", "representative", "liaison", "articulation_point", "vulnerability", "participation"]

    static func departmentTables(_ result: NodeMetrics.Result, context: DiagnosisContext, language: ReportLanguage) -> [ReportTable] {
        let order = result.ids.indices.sorted {
            let b = result.columns[3].values
            return (b[$0], result.ids[$1]) > (b[$1], result.ids[$0])
        }
        let header = [language.text(.department), "id"] + result.columns.map { MessageCatalogue.term("metric", $0.name).text(language) }
        let rows = order.map { i in [context.name(result.ids[i]), result.ids[i]] + result.columns.map { $0.values[i].isFinite ? NumberFormat.significant($0.values[i], digits: 4) : "" } }
        var tables = [ReportTable(file: "departments.csv", caption: language.text(.allDepartments), header: header, rows: rows,
                                  numeric: Set(2..<header.count))]
        // Top five by each centrality and brokerage role.
        var topRows: [[String]] = []
        for name in ["degree", "betweenness", "closeness", "pagerank", "coordinator", "gatekeeper", "representative", "liaison", "itinerant"] {
            guard let column = result.columns.first(where: { $0.name == name }) else { continue }
            let top = result.ids.indices.filter { column.values[$0].isFinite && column.values[$0] > 0 }
                .sorted { (column.values[$0], result.ids[$1]) > (column.values[$1], result.ids[$0]) }.prefix(5)
            guard !top.isEmpty else { continue }
            topRows.append([MessageCatalogue.term("metric", name).text(language), top.map {
                language.render("report.topEntry", [("name", .text(context.name(result.ids[$0]))), ("value", .text(NumberFormat.significant(column.values[$0], digits: 3)))])
            }.joined(separator: language.render("list.separator"))])
        }
        tables.append(ReportTable(file: "top-departments.csv", caption: language.text(.keyDepartments),
                                  header: [language.render("report.topByColumn"), language.render("report.topDepartments")], rows: topRows, numeric: []))
        return tables
    }

    static func responsibilityTable(_ network: Network, context: DiagnosisContext, language: ReportLanguage) -> ReportTable {
        let functions = network.functions
        var involved: [String] = []
        var seen = Set<String>()
        for f in functions { for a in f.assignments where seen.insert(a.department).inserted { involved.append(a.department) } }
        involved.sort()
        func label(_ f: Function) -> String { language == .zh ? (f.names["zh"] ?? f.name) : f.name }
        let header = [language.text(.department)] + functions.map(label)
        var rows: [[String]] = involved.map { dep in
            [context.name(dep)] + functions.map { f in
                guard let a = f.assignments.first(where: { $0.department == dep }) else { return "" }
                switch a.role {
                case .lead: return "L"
                case .coLead: return "C"
                case .support: return "S"
                }
            }
        }
        // A last row marks gaps (no lead) and overlaps (several leads, no co-lead).
        if !functions.isEmpty {
            rows.append(["—"] + functions.map { f in
                let leads = f.departments(withRole: .lead).count, co = f.departments(withRole: .coLead).count
                if leads + co == 0 { return "! " + language.text(.gap) }
                if leads > 1 && co == 0 { return "! " + language.text(.overlap) }
                return ""
            })
        }
        return ReportTable(file: "responsibilities.csv", caption: language.text(.responsibilities), header: header, rows: rows, numeric: [])
    }

    /// The findings (column names and values stay the interface's ids; the sentences are in the
    /// report's language), with their robustness (label, deletion share and standard error, addition and
    /// non-response shares, near-threshold note) in the last columns when it was computed.
    static func findingsTable(_ findings: [Finding], robustness: DiagnosisRobustness? = nil, context: DiagnosisContext, language: ReportLanguage) -> ReportTable {
        let extra = robustness == nil ? [] : ["robustness", "robustness_share", "robustness_se", "robustness_addition_share", "robustness_nonresponse_share", "robustness_note"]
        return ReportTable(file: "findings.csv", caption: language.text(.findings),
                    header: ["severity", "rule", "mechanism", "category", "departments", "explanation", "recommendation", "remedy"] + extra,
                    rows: findings.enumerated().map { i, f in
                        var row = [f.severity.rawValue, f.rule, f.mechanism, f.category, f.departments.joined(separator: ";"),
                                   f.explanation(in: language), f.recommendation(in: language), f.remedy.rawValue]
                        if let r = robustness?.findings[i] {
                            row += [language.robustness(r.label), NumberFormat.significant(r.deletion.share), NumberFormat.significant(r.deletion.se),
                                    NumberFormat.significant(r.addition.share), NumberFormat.significant(r.nonresponse.share), r.margin?.note(language) ?? ""]
                        }
                        return row
                    },
                    numeric: robustness == nil ? [] : [9, 10, 11, 12])
    }

    static func resilienceCurves(_ network: Network, options: ReportOptions) -> ReportResilience {
        let ng = NetworkGraph(network: network)
        let g = ng.graph
        let curveOptions = FailureCurveOptions(efficiency: true, strongComponents: false)
        let byDegree = FailureCurve.compute(graph: g, order: RemovalOrder.targeted(values: RemovalOrder.totalDegree(of: g), ids: ng.ids),
                                            label: options.language.render("report.resilience.byDegree"), options: curveOptions)
        let byBetweenness = FailureCurve.compute(graph: g, order: RemovalOrder.targeted(values: Centrality.betweenness(of: g), ids: ng.ids),
                                                 label: options.language.render("report.resilience.byBetweenness"), options: curveOptions)
        let random = options.randomRuns > 0
            ? RandomFailures(graph: g, runs: options.randomRuns, seed: options.seed, options: curveOptions) : nil
        return ReportResilience(curves: [byDegree, byBetweenness], random: random, ids: ng.ids)
    }
}
