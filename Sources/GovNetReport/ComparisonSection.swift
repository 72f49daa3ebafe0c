import GovNet

/// The before/after part of a report, rendered from a comparison computed elsewhere (govnet compare):
/// an overlay diagram and tables. Kept as plain rendered pieces so the report does not depend on how
/// the comparison is computed.
public struct ComparisonSection: Sendable {
    /// The overlay diagram (SVG) and its caption.
    public var overlaySVG: String?
    public var overlayCaption: String
    /// Tables (diff, metric deltas, QAP), each written as CSV beside the report too.
    public var tables: [ReportTable]
    /// Plain sentences summarising the change.
    public var highlights: [String]
    /// What the interactive explorer needs to switch between before, after and the overlay (nil
    /// without diagrams).
    public var explorer: ComparisonExplorer? = nil

    public init(overlaySVG: String?, overlayCaption: String, tables: [ReportTable], highlights: [String]) {
        self.overlaySVG = overlaySVG
        self.overlayCaption = overlayCaption
        self.tables = tables
        self.highlights = highlights
    }

    func html(language: ReportLanguage) -> String {
        let e = HTMLText.escape
        var h = "<section id=\"comparison\"><h2>\(e(language.text(.comparison)))</h2>\n"
        if !highlights.isEmpty { h += "<ul>" + highlights.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n" }
        if let svg = overlaySVG {
            h += "<figure class=\"main\">\(HTMLText.inlineSVG(svg, idPrefix: "overlay"))<figcaption>\(e(overlayCaption))</figcaption></figure>\n"
        }
        for (i, t) in tables.enumerated() {
            h += "<h3>\(e(t.caption))</h3><div class=\"scroll\">" + HTMLReport.table(t, sortable: true, id: "cmp\(i)") + "</div>\n"
        }
        return h + "</section>\n"
    }

    func markdown(language: ReportLanguage, overlayFile: String?) -> String {
        var m = "## \(MarkdownText.inline(language.text(.comparison)))\n\n"
        for line in highlights { m += "- \(MarkdownText.inline(line))\n" }
        if !highlights.isEmpty { m += "\n" }
        if let overlayFile { m += "![\(MarkdownText.inline(overlayCaption))](\(overlayFile))\n\n" }
        for t in tables { m += MarkdownReport.table(t) }
        return m
    }
}
