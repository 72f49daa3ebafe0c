import GovNet

/// Charts of the report (drawn by GovNet's own SVG chart code, no Graphviz).
enum ReportCharts {
    /// Largest-component and efficiency curves: targeted removals and the random band.
    static func resilienceSVG(_ data: NetworkReportData, _ r: ReportResilience) -> String {
        let lang = data.options.language
        func xs(_ c: FailureCurve) -> [Double] { (0..<(c.steps + 1)).map { Double($0) / Double(max(1, c.nodeCount)) } }
        var component: [FailureCurveChart.Series] = r.curves.map { .init(label: $0.label, x: xs($0), y: $0.largestComponentFraction) }
        var efficiency: [FailureCurveChart.Series] = r.curves.map { .init(label: $0.label, x: xs($0), y: $0.efficiencyRetained ?? []) }
        if let random = r.random, let first = random.runs.first {
            let band = random.largestComponentFraction
            component.append(.init(label: lang.render("report.resilience.randomBand"), x: xs(first), y: band.mean, band: (band.lower, band.upper)))
            if let eff = random.efficiencyRetained {
                efficiency.append(.init(label: lang.render("report.resilience.randomBand"), x: xs(first), y: eff.mean, band: (eff.lower, eff.upper)))
            }
        }
        let robustness = r.curves.map { "R(\($0.label)) = \(NumberFormat.significant($0.robustness, digits: 3))" }.joined(separator: "   ")
        return FailureCurveChart.svg(title: lang.render("report.resilience.title"), subtitle: robustness,
                                     panels: [.init(title: lang.render("report.resilience.component"), series: component),
                                              .init(title: lang.render("report.resilience.efficiency"), series: efficiency)],
                                     xLabel: lang.render("report.resilience.x"))
    }
}
