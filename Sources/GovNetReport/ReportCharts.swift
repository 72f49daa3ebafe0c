import GovNet

/// Charts of the report (drawn by GovNet's own SVG chart code, no Graphviz).
enum ReportCharts {
    /// Largest-component and efficiency curves: targeted removals and the random band.
    static func resilienceSVG(_ data: NetworkReportData, _ r: ReportResilience) -> String {
        func xs(_ c: FailureCurve) -> [Double] { (0..<(c.steps + 1)).map { Double($0) / Double(max(1, c.nodeCount)) } }
        var component: [FailureCurveChart.Series] = r.curves.map { .init(label: $0.label, x: xs($0), y: $0.largestComponentFraction) }
        var efficiency: [FailureCurveChart.Series] = r.curves.map { .init(label: $0.label, x: xs($0), y: $0.efficiencyRetained ?? []) }
        if let random = r.random, let first = random.runs.first {
            let band = random.largestComponentFraction
            component.append(.init(label: "random (mean, 5–95 %)", x: xs(first), y: band.mean, band: (band.lower, band.upper)))
            if let eff = random.efficiencyRetained {
                efficiency.append(.init(label: "random (mean, 5–95 %)", x: xs(first), y: eff.mean, band: (eff.lower, eff.upper)))
            }
        }
        let zh = data.options.language == .zh
        let robustness = r.curves.map { "R(\($0.label)) = \(NumberFormat.significant($0.robustness, digits: 3))" }.joined(separator: "   ")
        return FailureCurveChart.svg(title: zh ? "部门逐一失效" : "Departments failing one by one", subtitle: robustness,
                                     panels: [.init(title: zh ? "最大连通群体占比" : "largest connected group (share of departments)", series: component),
                                              .init(title: zh ? "保留的联动效率（占完整网络的比例，按原有部门对计）" : "efficiency retained (share of the intact network's, over the original pairs)", series: efficiency)],
                                     xLabel: zh ? "已失效部门占比" : "share of departments removed")
    }
}
