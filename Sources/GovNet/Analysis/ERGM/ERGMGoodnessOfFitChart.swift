import Foundation

/// The goodness-of-fit chart of an ERGM (``ERGMGoodnessOfFit``), in the manner of R's `plot(gof(fit))`: one
/// panel per structural distribution (degree or in- and out-degree, edgewise shared partners, geodesic
/// distance), the values shown along the x axis, the share of departments, ties or pairs on the y axis; the
/// simulated networks' range (minimum to maximum) as a grey band, their mean as a grey line, and the observed
/// network as a black line with dots. Values with p < 0.05 are ringed in red.
///
/// Deterministic (fixed number formatting, no randomness), every text escaped; SVG 1.1.
/// - Complexity: O(Σ shown values · K) for K simulated networks.
public enum ERGMGoodnessOfFitChart {
    /// - Parameters:
    ///   - result: the comparison.
    ///   - title: chart title; `panelTitle` names each statistic's panel; `yLabel` the share axis.
    /// - Returns: an SVG document.
    public static func svg(_ result: ERGMGoodnessOfFit.Result, title: String, subtitle: String? = nil,
                           panelTitle: (ERGMGoodnessOfFit.Statistic) -> String, yLabel: String,
                           observedLabel: String, simulatedLabel: String) -> String {
        let tables = result.tables.filter { $0.statistic != .model }
        let panelWidth = 300.0, panelHeight = 220.0, left = 54.0, gap = 30.0, right = 16.0
        let top = subtitle == nil ? 52.0 : 70.0
        let width = left + Double(tables.count) * panelWidth + Double(max(0, tables.count - 1)) * (gap + left) + right
        let height = top + panelHeight + 70
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#ffffff\"/>\n"
        out += "<text x=\"\(f(left))\" y=\"22\" font-size=\"16\" font-weight=\"bold\" fill=\"#222222\">\(XMLText.escape(title))</text>\n"
        if let subtitle { out += "<text x=\"\(f(left))\" y=\"40\" fill=\"#555555\">\(XMLText.escape(subtitle))</text>\n" }
        // Legend.
        let ly = top - 14
        out += "<rect x=\"\(f(left))\" y=\"\(f(ly - 9))\" width=\"18\" height=\"10\" fill=\"#d9d9d9\"/>"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(ly - 4))\" x2=\"\(f(left + 18))\" y2=\"\(f(ly - 4))\" stroke=\"#777777\" stroke-width=\"1.5\"/>"
        out += "<text x=\"\(f(left + 24))\" y=\"\(f(ly))\" fill=\"#333333\">\(XMLText.escape(simulatedLabel))</text>\n"
        let lx = left + 340
        out += "<line x1=\"\(f(lx))\" y1=\"\(f(ly - 4))\" x2=\"\(f(lx + 18))\" y2=\"\(f(ly - 4))\" stroke=\"#000000\" stroke-width=\"2\"/>"
        out += "<circle cx=\"\(f(lx + 9))\" cy=\"\(f(ly - 4))\" r=\"2.5\" fill=\"#000000\"/>"
        out += "<text x=\"\(f(lx + 24))\" y=\"\(f(ly))\" fill=\"#333333\">\(XMLText.escape(observedLabel))</text>\n"
        for (index, table) in tables.enumerated() {
            let rows = table.shown
            let x0 = left + Double(index) * (panelWidth + gap + left), y0 = top + 8
            // Shares: each network's counts over its total.
            let observedTotal = max(table.observed.reduce(0, +), 1)
            let observed = rows.map { table.observed[$0] / observedTotal }
            let shares = table.simulated.map { s -> [Double] in
                let total = max(s.reduce(0, +), 1)
                return rows.map { s[$0] / total }
            }
            let k = Double(max(shares.count, 1))
            let low = rows.indices.map { r in shares.map { $0[r] }.min() ?? 0 }
            let high = rows.indices.map { r in shares.map { $0[r] }.max() ?? 0 }
            let mean = rows.indices.map { r in shares.reduce(0.0) { $0 + $1[r] } / k }
            let yMax = niceMax(max(high.max() ?? 0, observed.max() ?? 0))
            let step = rows.count > 1 ? panelWidth / Double(rows.count - 1) : 0
            func px(_ r: Int) -> Double { rows.count > 1 ? x0 + Double(r) * step : x0 + panelWidth / 2 }
            func py(_ y: Double) -> Double { y0 + panelHeight - y / yMax * panelHeight }
            out += "<g>\n<text x=\"\(f(x0))\" y=\"\(f(y0 - 6))\" font-weight=\"bold\" fill=\"#333333\">\(XMLText.escape(panelTitle(table.statistic)))</text>\n"
            for t in 0...4 {
                let v = yMax * Double(t) / 4
                out += "<line x1=\"\(f(x0))\" y1=\"\(f(py(v)))\" x2=\"\(f(x0 + panelWidth))\" y2=\"\(f(py(v)))\" stroke=\"#eeeeee\"/>"
                out += "<text x=\"\(f(x0 - 6))\" y=\"\(f(py(v) + 4))\" text-anchor=\"end\" fill=\"#444444\">\(label(v))</text>\n"
            }
            // Tick labels: every `every`-th value and the last, which replaces a multiple too close to it.
            let every = max(1, Int((Double(rows.count) / 16).rounded(.up)))
            var ticks = Set(stride(from: 0, to: rows.count, by: every))
            if let last = rows.indices.last, !ticks.contains(last) {
                ticks.remove(last - last % every)
                ticks.insert(last)
            }
            for (r, row) in rows.enumerated() where ticks.contains(r) {
                out += "<text x=\"\(f(px(r)))\" y=\"\(f(y0 + panelHeight + 16))\" text-anchor=\"middle\" fill=\"#444444\">\(XMLText.escape(table.labels[row]))</text>"
            }
            out += "\n<rect x=\"\(f(x0))\" y=\"\(f(y0))\" width=\"\(f(panelWidth))\" height=\"\(f(panelHeight))\" fill=\"none\" stroke=\"#444444\"/>\n"
            if rows.count > 1 {
                let upper = rows.indices.map { "\(f(px($0))),\(f(py(high[$0])))" }
                let lower = rows.indices.reversed().map { "\(f(px($0))),\(f(py(low[$0])))" }
                out += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"#d9d9d9\" stroke=\"none\"/>\n"
                out += "<polyline points=\"\(rows.indices.map { "\(f(px($0))),\(f(py(mean[$0])))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#777777\" stroke-width=\"1.5\"/>\n"
                out += "<polyline points=\"\(rows.indices.map { "\(f(px($0))),\(f(py(observed[$0])))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\"/>\n"
            }
            let p = table.pValues
            for (r, row) in rows.enumerated() {
                out += "<circle cx=\"\(f(px(r)))\" cy=\"\(f(py(observed[r])))\" r=\"2.5\" fill=\"#000000\"/>"
                if p[row] < 0.05 {
                    out += "<circle cx=\"\(f(px(r)))\" cy=\"\(f(py(observed[r])))\" r=\"6\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"1.5\"/>"
                }
            }
            out += "\n<text x=\"\(f(x0 - 40))\" y=\"\(f(y0 + panelHeight / 2))\" text-anchor=\"middle\" fill=\"#333333\" transform=\"rotate(-90 \(f(x0 - 40)) \(f(y0 + panelHeight / 2)))\">\(XMLText.escape(yLabel))</text>\n</g>\n"
        }
        return out + "</svg>\n"
    }

    static func f(_ x: Double) -> String { String(format: "%.1f", x) }

    static func label(_ v: Double) -> String { String(format: "%.2f", v) }

    /// The smallest of 0.05, 0.1, 0.2, 0.25, 0.5, 1 (and their multiples of ten) at or above x.
    static func niceMax(_ x: Double) -> Double {
        for c in [0.05, 0.1, 0.2, 0.25, 0.4, 0.5, 0.6, 0.8, 1.0] where x <= c { return c }
        return 1
    }
}
