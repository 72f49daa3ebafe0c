import Foundation

/// A small, self-contained SVG line chart of failure curves: one panel per measure (e.g. largest
/// component, efficiency), one line per curve, a shaded band for random runs, axes with ticks, a
/// legend. Written by hand (no Graphviz, no fonts embedded): the same input gives the same bytes.
public enum FailureCurveChart {
    /// One line (and optional band) of a panel.
    public struct Series: Sendable {
        public var label: String
        /// X values (share of departments removed, 0…1).
        public var x: [Double]
        /// Y values (the line; the mean for random runs).
        public var y: [Double]
        /// Band (random runs): lower and upper quantile per point.
        public var band: (lower: [Double], upper: [Double])?
        public init(label: String, x: [Double], y: [Double], band: (lower: [Double], upper: [Double])? = nil) {
            self.label = label
            self.x = x
            self.y = y
            self.band = band
        }
    }

    /// One plot area with its own y axis.
    public struct Panel: Sendable {
        public var title: String
        public var series: [Series]
        public init(title: String, series: [Series]) {
            self.title = title
            self.series = series
        }
    }

    /// Colour-blind-safe palette (Okabe & Ito 2008), in legend order.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    /// Renders the panels side by side.
    ///
    /// - Parameters:
    ///   - title: chart title (escaped).
    ///   - subtitle: a second line, e.g. the network and the robustness indices.
    ///   - panels: one or more panels; every panel shares the series labels and colours (by index).
    ///   - xLabel: x-axis title.
    /// - Returns: an SVG 1.1 document. Non-finite points are skipped; more than 1,200 points per line
    ///   are thinned to 1,200 evenly spaced ones (first and last kept).
    /// - Complexity: O(total points).
    public static func svg(title: String, subtitle: String? = nil, panels: [Panel],
                           xLabel: String = "share of departments removed") -> String {
        let panelWidth = 420.0, panelHeight = 280.0
        let left = 58.0, right = 18.0, top = subtitle == nil ? 44.0 : 62.0, gap = 36.0
        let labels = panels.first?.series.map(\.label) ?? []
        let legendRows = Int((Double(labels.count) / 3).rounded(.up))
        let width = left + Double(panels.count) * panelWidth + Double(Swift.max(0, panels.count - 1)) * (gap + left) + right
        let height = top + 24 + panelHeight + 52 + Double(legendRows) * 20 + 8
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#ffffff\"/>\n"
        out += "<text x=\"\(f(left))\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"#222222\">\(XMLText.escape(title))</text>\n"
        if let subtitle { out += "<text x=\"\(f(left))\" y=\"44\" fill=\"#555555\">\(XMLText.escape(subtitle))</text>\n" }

        let xMax = niceMax(panels.flatMap { $0.series.flatMap(\.x) }.filter(\.isFinite).max() ?? 1, floor: 0.05)
        for (p, panel) in panels.enumerated() {
            let x0 = left + Double(p) * (panelWidth + gap + left), y0 = top + 24
            let yValues = panel.series.flatMap { s in s.y + (s.band.map { $0.upper } ?? []) }.filter(\.isFinite)
            let yMax = Swift.max(1, niceMax(yValues.max() ?? 1, floor: 0.1))
            func px(_ x: Double) -> Double { x0 + x / xMax * panelWidth }
            func py(_ y: Double) -> Double { y0 + panelHeight - y / yMax * panelHeight }
            out += "<g>\n<text x=\"\(f(x0))\" y=\"\(f(y0 - 8))\" font-weight=\"bold\" fill=\"#333333\">\(XMLText.escape(panel.title))</text>\n"
            // Grid, ticks and tick labels.
            for t in ticks(yMax) {
                out += "<line x1=\"\(f(x0))\" y1=\"\(f(py(t)))\" x2=\"\(f(x0 + panelWidth))\" y2=\"\(f(py(t)))\" stroke=\"#e5e5e5\"/>\n"
                out += "<text x=\"\(f(x0 - 6))\" y=\"\(f(py(t) + 4))\" text-anchor=\"end\" fill=\"#444444\">\(tickLabel(t))</text>\n"
            }
            for t in ticks(xMax) {
                out += "<line x1=\"\(f(px(t)))\" y1=\"\(f(y0 + panelHeight))\" x2=\"\(f(px(t)))\" y2=\"\(f(y0 + panelHeight + 5))\" stroke=\"#444444\"/>\n"
                out += "<text x=\"\(f(px(t)))\" y=\"\(f(y0 + panelHeight + 18))\" text-anchor=\"middle\" fill=\"#444444\">\(percent(t))</text>\n"
            }
            out += "<rect x=\"\(f(x0))\" y=\"\(f(y0))\" width=\"\(f(panelWidth))\" height=\"\(f(panelHeight))\" fill=\"none\" stroke=\"#444444\"/>\n"
            out += "<text x=\"\(f(x0 + panelWidth / 2))\" y=\"\(f(y0 + panelHeight + 36))\" text-anchor=\"middle\" fill=\"#333333\">\(XMLText.escape(xLabel))</text>\n"
            // Bands first, then lines on top.
            for (i, s) in panel.series.enumerated() {
                guard let band = s.band else { continue }
                let idx = thinned(s.x.count).filter { s.x[$0].isFinite && band.lower[$0].isFinite && band.upper[$0].isFinite }
                guard !idx.isEmpty else { continue }
                let upper = idx.map { "\(f(px(s.x[$0]))),\(f(py(band.upper[$0])))" }
                let lower = idx.reversed().map { "\(f(px(s.x[$0]))),\(f(py(band.lower[$0])))" }
                out += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(color(i))\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
            }
            for (i, s) in panel.series.enumerated() {
                let idx = thinned(s.x.count).filter { s.x[$0].isFinite && s.y[$0].isFinite }
                guard !idx.isEmpty else { continue }
                let points = idx.map { "\(f(px(s.x[$0]))),\(f(py(s.y[$0])))" }.joined(separator: " ")
                out += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color(i))\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n"
            }
            out += "</g>\n"
        }
        // Legend, three items per row.
        let legendTop = top + 24 + panelHeight + 52
        for (i, label) in labels.enumerated() {
            let lx = left + Double(i % 3) * 250, ly = legendTop + Double(i / 3) * 20
            let isBand = panels.first?.series[i].band != nil
            if isBand {
                out += "<rect x=\"\(f(lx))\" y=\"\(f(ly - 8))\" width=\"24\" height=\"12\" fill=\"\(color(i))\" fill-opacity=\"0.18\"/>\n"
            }
            out += "<line x1=\"\(f(lx))\" y1=\"\(f(ly - 2))\" x2=\"\(f(lx + 24))\" y2=\"\(f(ly - 2))\" stroke=\"\(color(i))\" stroke-width=\"2\"/>\n"
            out += "<text x=\"\(f(lx + 30))\" y=\"\(f(ly + 2))\" fill=\"#222222\">\(XMLText.escape(label))</text>\n"
        }
        out += "</svg>\n"
        return out
    }

    static func color(_ i: Int) -> String { palette[i % palette.count] }

    /// Fixed-point coordinates (two decimals, no exponent, `-0` avoided): locale-independent bytes.
    static func f(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        return String(format: "%.2f", r == 0 ? 0 : r)
    }

    /// The smallest of 1, 2, 2.5, 5 × 10^k at or above `x` (at least `floor`).
    static func niceMax(_ x: Double, floor: Double) -> Double {
        guard x.isFinite, x > floor else { return floor }
        let magnitude = pow(10, (log10(x)).rounded(.down))
        for m in [1.0, 2, 2.5, 5, 10] where m * magnitude >= x - 1e-12 { return m * magnitude }
        return 10 * magnitude
    }

    /// Five or so evenly spaced ticks from 0 to `maximum`.
    static func ticks(_ maximum: Double) -> [Double] {
        let step = niceMax(maximum / 5, floor: 1e-9)
        var result: [Double] = []
        var t = 0.0
        var i = 0
        while t <= maximum + 1e-9 { result.append(t); i += 1; t = Double(i) * step }
        return result
    }

    static func tickLabel(_ t: Double) -> String {
        let s = String(format: "%.2f", t)
        var trimmed = s
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed
    }

    static func percent(_ t: Double) -> String {
        let p = t * 100
        return (p - p.rounded()).magnitude < 1e-9 ? "\(Int(p.rounded()))%" : String(format: "%.1f%%", p)
    }

    /// Indices of at most 1,200 evenly spaced points (all when fewer).
    static func thinned(_ count: Int) -> [Int] {
        let limit = 1_200
        guard count > limit else { return Array(0..<count) }
        var result: [Int] = []
        var last = -1
        for k in 0..<limit {
            let i = k * (count - 1) / (limit - 1)
            if i != last { result.append(i); last = i }
        }
        return result
    }
}
