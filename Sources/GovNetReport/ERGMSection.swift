import Foundation
import GovNet

/// The report's exponential random graph model (`govnet report --ergm FORMULA`): the coefficient table with
/// standard errors, odds ratios and their 95 % intervals, a plain reading of each coefficient that does not
/// over-read it ("the odds of a tie are x times as high, other terms held equal"; a term without clear
/// evidence is said to be compatible with no effect), and the goodness of fit (table, verdict and chart).
///
/// Odds ratios: exp(θ) and exp(θ ± 1.96 s.e.) for every term but `edges` (the intercept). With MPLE, the
/// intervals of dyad-dependent terms rest on unreliable standard errors and are marked `*`.
public struct ERGMSection: Sendable {
    public var highlights: [String]
    public var tables: [ReportTable]
    /// The goodness-of-fit chart (nil without a goodness of fit).
    public var chartSVG: String?
    public var chartCaption: String

    /// - Parameters:
    ///   - fit: the estimates; `diagnostics` those of a Monte Carlo MLE.
    ///   - goodness: the goodness of fit, or nil (then `gofNote` says why).
    ///   - formula: the model as written; `departments`, `ties`, `directed`: the network modelled.
    public init(fit: ERGMFit, diagnostics: ERGMMCMLE.Diagnostics?, goodness: ERGMGoodnessOfFit.Result?, gofNote: String?,
                formula: String, departments: Int, ties: Int, directed: Bool, language lang: ReportLanguage) {
        func say(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { lang.render("ergm.\(key)", arguments) }
        func num(_ x: Double) -> String { NumberFormat.significant(x, digits: 3) }
        func pText(_ p: Double) -> String { p <= ERGMFit.pFloor ? "< 2.2e-16" : NumberFormat.significant(p, digits: 2) }
        var lines: [String] = []
        lines.append(say("report.model", [("formula", .text(formula)), ("method", .text(say(fit.method == .mcmle ? "report.mcmle" : "report.mple"))),
                                          ("departments", .count(departments)), ("ties", .count(ties)),
                                          ("direction", .text(say(directed ? "directed" : "undirected")))]))
        let caution = fit.method == .mple && fit.dyadDependent
        for c in fit.coefficients {
            let name = c.name + (caution && c.dyadDependent ? " *" : "")
            if c.name == "edges" {
                lines.append(say("report.reading.edges", [("name", .text(name)), ("estimate", .text(num(c.estimate)))]))
                continue
            }
            let ratio = exp(c.estimate), low = exp(c.estimate - 1.96 * c.standardError), high = exp(c.estimate + 1.96 * c.standardError)
            let arguments: [(String, MessageArgument)] = [("name", .text(name)), ("ratio", .text(num(ratio))), ("low", .text(num(low))),
                                                          ("high", .text(num(high))), ("p", .text(pText(c.p)))]
            lines.append(say(c.p < 0.05 ? "report.reading.clear" : "report.reading.unclear", arguments))
        }
        if caution { lines.append(say("report.reading.mpleCaution")) }
        if let d = diagnostics, let se = d.logLikelihoodSE {
            lines.append(say("report.likelihood", [("loglik", .text(num(fit.logLikelihood))), ("se", .text(NumberFormat.significant(se, digits: 2))),
                                                   ("aic", .text(num(fit.aic))), ("bic", .text(num(fit.bic)))]))
        }
        if fit.method == .mcmle && !fit.converged { lines.append(say("mcmle.notConverged", [("iterations", .count(fit.iterations))])) }
        if let goodness { lines.append(ERGMSection.verdict(goodness, lang)) } else if let gofNote { lines.append(gofNote) }
        highlights = lines

        var tables = [ReportTable(
            file: "ergm-coefficients.csv", caption: say("report.coefficients"),
            header: [say("term"), say("estimate"), say("standardError"), "z", say("p"), say("report.oddsRatio"), say("report.interval")],
            rows: fit.coefficients.map { c in
                let isEdges = c.name == "edges"
                return [c.name + (caution && c.dyadDependent ? " *" : ""), num(c.estimate), num(c.standardError), num(c.z), pText(c.p),
                        isEdges ? "" : num(exp(c.estimate)),
                        isEdges ? "" : "\(num(exp(c.estimate - 1.96 * c.standardError)))–\(num(exp(c.estimate + 1.96 * c.standardError)))"]
            },
            numeric: [1, 2, 3, 5])]
        if let goodness {
            var rows: [[String]] = []
            for t in goodness.tables {
                let (lo, mean, hi, p) = (t.minimum, t.mean, t.maximum, t.pValues)
                for v in t.shown {
                    rows.append([say("gof.title.\(t.statistic.rawValue)"), t.labels[v], NumberFormat.significant(t.observed[v], digits: 6),
                                 NumberFormat.significant(lo[v], digits: 6), NumberFormat.significant(mean[v], digits: 4),
                                 NumberFormat.significant(hi[v], digits: 6), NumberFormat.significant(p[v], digits: 2)])
                }
            }
            tables.append(ReportTable(file: "ergm-gof.csv",
                                      caption: say("gof.heading", [("simulations", .count(goodness.simulations)), ("interval", .count(goodness.interval)),
                                                                   ("burnIn", .count(goodness.burnIn)), ("chains", .count(goodness.chains)),
                                                                   ("seed", .text(String(goodness.seed)))]),
                                      header: [say("report.statistic"), say("gof.value"), say("gof.observed"), say("gof.min"), say("gof.mean"),
                                               say("gof.max"), say("gof.p")],
                                      rows: rows, numeric: [2, 3, 4, 5, 6]))
            chartSVG = ERGMGoodnessOfFitChart.svg(goodness, title: say("report.chart.title"), subtitle: formula,
                                                  panelTitle: { say("gof.title.\($0.rawValue)") }, yLabel: say("report.chart.share"),
                                                  observedLabel: say("report.chart.observed"),
                                                  simulatedLabel: say("report.chart.simulated", [("simulations", .count(goodness.simulations))]))
        } else {
            chartSVG = nil
        }
        self.tables = tables
        chartCaption = say("report.chart.caption")
    }

    /// The goodness-of-fit verdict: the values with p < 0.05, or that there are none.
    static func verdict(_ g: ERGMGoodnessOfFit.Result, _ lang: ReportLanguage) -> String {
        let misses = g.tables.filter { $0.statistic != .model }.compactMap { t -> String? in
            let m = t.misfits()
            guard !m.isEmpty else { return nil }
            return lang.render("ergm.gof.miss", [("statistic", .text(lang.render("ergm.gof.title.\(t.statistic.rawValue)"))),
                                                 ("values", .text(m.map { t.labels[$0] }.joined(separator: lang == .zh ? "、" : ", ")))])
        }
        return misses.isEmpty ? lang.render("ergm.gof.fits")
            : lang.render("ergm.gof.misfits", [("misses", .text(misses.joined(separator: lang == .zh ? "；" : "; ")))])
    }

    func html(language: ReportLanguage) -> String {
        let e = HTMLText.escape
        var h = "<section id=\"ergm\"><h2>\(e(language.render("ergm.report.title")))</h2>\n"
        h += "<ul>" + highlights.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
        if let svg = chartSVG {
            h += "<figure class=\"main\">\(HTMLText.inlineSVG(svg, idPrefix: "ergm-gof"))<figcaption>\(e(chartCaption))</figcaption></figure>\n"
        }
        for (i, t) in tables.enumerated() {
            h += "<h3>\(e(t.caption))</h3><div class=\"scroll\">" + HTMLReport.table(t, sortable: true, id: "ergm\(i)") + "</div>\n"
        }
        return h + "</section>\n"
    }

    func markdown(language: ReportLanguage) -> String {
        var m = "## \(MarkdownText.inline(language.render("ergm.report.title")))\n\n"
        for line in highlights { m += "- \(MarkdownText.inline(line))\n" }
        m += "\n"
        if chartSVG != nil { m += "![\(MarkdownText.inline(chartCaption))](ergm-gof.svg)\n\n" }
        for t in tables { m += MarkdownReport.table(t) }
        return m
    }
}
