import Foundation
import GovNet

/// The report as one self-contained HTML file: inline CSS and SVG, a few lines of inline script that
/// make tables sortable (the page reads fine without it), no external resource of any kind. Every
/// user-supplied string is escaped with ``HTMLText/escape(_:)``.
public enum HTMLReport {
    public static func render(_ data: NetworkReportData, comparison: ComparisonSection? = nil, ergm: ERGMSection? = nil) -> String {
        let lang = data.options.language
        let e = HTMLText.escape
        var h = "<!DOCTYPE html>\n<html lang=\"\(lang == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // Scripts and styles apply only when their hash is listed: the page's own, nothing injected (no
        // `style` attribute either: the script styles through classes). The explorer's data block is
        // JSON (`type="application/json"`), never executed.
        h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src \(styleHash); script-src \(scriptHash); img-src data:\">\n"
        h += "<title>\(e(data.title))</title>\n<style>\(stylesheet)</style>\n</head>\n<body>\n"
        h += "<header><h1>\(e(data.title))</h1>\n"
        h += metadata(data)
        h += "</header>\n<nav>" + sections(data, comparison, ergm).map { "<a href=\"#\($0.0)\">\(e($0.1))</a>" }.joined(separator: " · ") + "</nav>\n"
        h += summary(data)
        h += ExplorerHTML.section(data, comparison: comparison)
        if !data.diagrams.isEmpty { h += diagrams(data) }
        h += findings(data)
        h += departments(data)
        if !data.network.functions.isEmpty { h += responsibilities(data) }
        if let structure = data.structure { h += structure.html(data) }
        if let r = data.resilience { h += resilience(data, r) }
        if let comparison { h += comparison.html(language: lang) }
        if let ergm { h += ergm.html(language: lang) }
        h += methods(data)
        h += SynthesisHTML.render(data)
        h += "<footer>GovNet \(e(GovNetVersion.string))</footer>\n"
        h += "<script>\(script)</script>\n</body>\n</html>\n"
        return h
    }

    static func sections(_ data: NetworkReportData, _ comparison: ComparisonSection?, _ ergm: ERGMSection? = nil) -> [(String, String)] {
        let lang = data.options.language
        var s: [(String, String)] = [("summary", lang.text(.summary))]
        if !data.diagrams.isEmpty { s.append(("diagrams", lang.text(.diagrams))) }
        s.append(("findings", lang.text(.findings)))
        s.append(("departments", lang.text(.keyDepartments)))
        if !data.network.functions.isEmpty { s.append(("responsibilities", lang.text(.responsibilities))) }
        if data.structure != nil { s.append(("structure", lang.render("report.structure"))) }
        if data.resilience != nil { s.append(("resilience", lang.text(.resilience))) }
        if comparison != nil { s.append(("comparison", lang.text(.comparison))) }
        if ergm != nil { s.append(("ergm", lang.render("ergm.report.title"))) }
        s.append(("methods", lang.text(.methods)))
        s.append(("synthesis", lang.text(.synthesis)))
        return s
    }

    static func metadata(_ data: NetworkReportData) -> String {
        let lang = data.options.language, e = HTMLText.escape, m = data.network.metadata
        var rows: [(String, String)] = []
        if let j = data.metadataText("jurisdiction") { rows.append((lang.text(.jurisdiction), j)) }
        if let p = m.period ?? m.date { rows.append((lang.text(.period), p)) }
        if let s = m.status { rows.append((lang.text(.status), lang.status(s))) }
        if let s = data.metadataText("source") { rows.append((lang.text(.source), s)) }
        if let d = m.derivedFrom { rows.append((lang.render("provenance.derived-from-label"), d)) }
        // The whole provenance text, paragraphs kept: what is verified, what is inferred.
        if let p = data.metadataText("provenance") { rows.append((lang.text(.provenance), p)) }
        guard !rows.isEmpty else { return "" }
        return "<dl class=\"meta\">" + rows.map { "<dt>\(e($0.0))</dt><dd class=\"prose\">\(e($0.1))</dd>" }.joined() + "</dl>\n"
    }

    static func summary(_ data: NetworkReportData) -> String {
        let lang = data.options.language, e = HTMLText.escape, s = data.summary
        var h = "<section id=\"summary\"><h2>\(e(lang.text(.summary)))</h2>\n<div class=\"figures\">"
        func figure(_ value: String, _ label: String) -> String { "<div class=\"figure\"><b>\(e(value))</b><span>\(e(label))</span></div>" }
        h += figure("\(s.departments)", lang.text(.departments))
        h += figure("\(s.ties)", lang.text(.ties))
        h += figure("\(s.linkedPairs)", lang.text(.linkedPairs))
        h += figure("\(NumberFormat.significant(s.density, digits: 3)) = \(s.linkedPairs) / \(s.possiblePairs)", lang.text(.densityOfLinkedPairs))
        h += figure("\(s.weakComponents)", lang.text(.components))
        h += figure("\(s.functions)", lang.text(.functions))
        h += figure("\(data.findings.filter { $0.severity == .critical }.count) / \(data.findings.filter { $0.severity == .high }.count)",
                    lang.render("report.criticalHigh"))
        h += "</div>\n"
        if let c = data.context.center {
            h += "<p>\(e(lang.text(.coordinatingDepartment)))\(e(lang.render("punct.colon")))<b>\(e(data.name(c)))</b></p>\n"
        }
        h += "<table class=\"compact\"><thead><tr><th>\(e(lang.text(.mechanism)))</th><th>\(e(lang.text(.ties)))</th><th>\(e(lang.text(.linkedPairs)))</th><th>\(e(lang.text(.density)))</th>"
        h += ["reciprocity", "global_efficiency", "betweenness_centralization"].map { "<th>\(e(MessageCatalogue.term("metric", $0).text(lang)))</th>" }.joined()
        h += "</tr></thead><tbody>\n"
        for (m, metrics) in data.networkMetrics {
            func v(_ k: String) -> String { metrics[k].flatMap { $0.isFinite ? NumberFormat.significant($0, digits: 3) : nil } ?? "—" }
            h += "<tr><td>\(e(data.context.mechanismName(m)))</td><td class=\"n\">\(e(v("ties")))</td><td class=\"n\">\(e(v("linked_pairs")))</td><td class=\"n\">\(e(v("density")))</td>"
            h += "<td class=\"n\">\(e(v("reciprocity")))</td><td class=\"n\">\(e(v("global_efficiency")))</td><td class=\"n\">\(e(v("betweenness_centralization")))</td></tr>\n"
        }
        h += "</tbody></table>\n"
        if !data.findings.isEmpty {
            h += "<p class=\"lead\">" + e(lang.render("report.mostSeriousFindings")) + "</p><ul>"
            for f in data.findings.prefix(5) { h += "<li><span class=\"sev \(f.severity.rawValue)\">\(e(lang.severity(f.severity)))</span> \(e(f.explanation(in: lang)))</li>" }
            h += "</ul>\n"
        }
        return h + "</section>\n"
    }

    static func diagrams(_ data: NetworkReportData) -> String {
        let lang = data.options.language, e = HTMLText.escape
        var h = "<section id=\"diagrams\"><h2>\(e(lang.text(.diagrams)))</h2>\n"
        for (i, d) in data.diagrams.enumerated() {
            if i == 1 { h += "<h3>\(e(lang.text(.mechanismDiagrams)))</h3>\n<div class=\"panels\">" }
            h += "<figure class=\"\(i == 0 ? "main" : "panel")\">\(HTMLText.inlineSVG(d.svg, idPrefix: "d\(i)"))<figcaption>\(e(d.caption))</figcaption></figure>\n"
        }
        if data.diagrams.count > 1 { h += "</div>" }
        return h + "</section>\n"
    }

    static func findings(_ data: NetworkReportData) -> String {
        let lang = data.options.language, e = HTMLText.escape
        var h = "<section id=\"findings\"><h2>\(e(lang.text(.findings)))</h2>\n"
        let weights = data.weightNotes.map { "<p class=\"weights\">\(e($0))</p>\n" }.joined()
        guard !data.findings.isEmpty else { return h + "<p>\(e(lang.text(.noFindings)))</p>" + (weights.isEmpty ? "" : "\n" + weights) + "</section>\n" }
        h += "<p>" + Severity.allCases.map { s in "<span class=\"sev \(s.rawValue)\">\(e(lang.severity(s)))</span> \(data.findings.filter { $0.severity == s }.count)" }.joined(separator: " ") + "</p>\n"
        // By severity: one list per severity. By severity × robustness: one list, each finding tagged with its severity.
        let byRobustness = data.options.order == .robustness && data.robustness != nil
        let groups: [(heading: String, severity: Severity?)] = byRobustness ? [(e(lang.render("robustness.order.heading")), nil)]
            : Severity.allCases.map { s in ("<span class=\"sev \(s.rawValue)\">\(e(lang.severity(s)))</span>", s) }
        for (heading, s) in groups {
            guard data.findings.contains(where: { s == nil || $0.severity == s }) else { continue }
            h += "<h3>\(heading)</h3>\n<ol class=\"findings\">"
            for (i, f) in data.findings.enumerated() where s == nil || f.severity == s {
                let tag = s == nil ? "<span class=\"sev \(f.severity.rawValue)\">\(e(lang.severity(f.severity)))</span> " : ""
                h += "<li><p>\(tag)<b>\(e(data.ruleName(f)))</b> · \(e(data.context.mechanismName(f.mechanism)))</p><p>\(e(f.explanation(in: lang)))</p>"
                if let r = data.robustness?.findings[i] {
                    h += "<p class=\"robustness \(r.label.rawValue)\">\(e(lang.text(.robustness)))\(e(lang.render("punct.colon")))\(e(r.line(lang)))</p>"
                }
                h += "<p class=\"rec\">→ \(e(f.recommendation(in: lang))) <i>\(e(lang.render("diagnose.remedies", [("remedies", .text(data.remedies(f)))]).trimmingCharacters(in: .whitespaces)))</i></p></li>\n"
            }
            h += "</ol>\n"
        }
        if let r = data.robustness {
            h += "<h3>\(e(lang.text(.robustness)))</h3>\n" + r.lines(lang).map { "<p>\(e($0))</p>" }.joined(separator: "\n") + "\n"
        }
        h += weights
        return h + "</section>\n"
    }

    static func table(_ t: ReportTable, sortable: Bool, id: String) -> String {
        let e = HTMLText.escape
        var h = "<table id=\"\(id)\" class=\"\(sortable ? "sortable" : "")\"><thead><tr>"
        h += t.header.enumerated().map { "<th\(t.numeric.contains($0.offset) ? " class=\"n\"" : "")>\(e($0.element))</th>" }.joined()
        h += "</tr></thead><tbody>\n"
        for row in t.rows {
            h += "<tr>" + row.enumerated().map { "<td\(t.numeric.contains($0.offset) ? " class=\"n\"" : "")>\(e($0.element))</td>" }.joined() + "</tr>\n"
        }
        return h + "</tbody></table>\n"
    }

    static func departments(_ data: NetworkReportData) -> String {
        let lang = data.options.language, e = HTMLText.escape
        var h = "<section id=\"departments\"><h2>\(e(lang.text(.keyDepartments)))</h2>\n"
        if let top = data.tables.first(where: { $0.file == "top-departments.csv" }) { h += table(top, sortable: false, id: "top") }
        if let all = data.tables.first(where: { $0.file == "departments.csv" }) {
            h += "<h3>\(e(lang.text(.allDepartments)))</h3><p class=\"hint\">\(e(lang.text(.sortHint)))</p><div class=\"scroll\">" + table(all, sortable: true, id: "all-departments") + "</div>"
            // On paper the wide table is printed in column groups that fit an A4 page, each with the names.
            h += "<div class=\"print-only\">" + printGroups(all).enumerated().map { table($0.element, sortable: false, id: "all-departments-print-\($0.offset + 1)") }.joined() + "</div>"
        }
        return h + "</section>\n"
    }

    /// A wide table as tables of at most ``printColumns`` metric columns, each repeating the name column
    /// (the id column is left out on paper).
    static func printGroups(_ t: ReportTable) -> [ReportTable] {
        let metrics = Array(t.header.indices.dropFirst(2))
        return stride(from: 0, to: metrics.count, by: printColumns).map { start in
            let columns = [0] + metrics[start..<min(start + printColumns, metrics.count)]
            return ReportTable(file: t.file, caption: t.caption, header: columns.map { t.header[$0] },
                               rows: t.rows.map { row in columns.map { row[$0] } }, numeric: Set(1..<columns.count))
        }
    }

    /// Metric columns per printed table: ten columns of four-digit numbers and a name fit an A4 page.
    static let printColumns = 10

    static func responsibilities(_ data: NetworkReportData) -> String {
        let lang = data.options.language, e = HTMLText.escape
        guard let t = data.tables.first(where: { $0.file == "responsibilities.csv" }) else { return "" }
        var h = "<section id=\"responsibilities\"><h2>\(e(lang.text(.responsibilities)))</h2>\n"
        h += "<p class=\"hint\">\(e(MarkdownReport.roleLegend(lang)))</p><div class=\"scroll\">"
        h += "<table class=\"matrix\"><thead><tr>" + t.header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in t.rows {
            h += "<tr>" + row.enumerated().map { i, c in
                let cls = c.hasPrefix("!") ? " class=\"flag\"" : (i > 0 && !c.isEmpty ? " class=\"role \(c)\"" : "")
                return "<td\(cls)>\(e(c))</td>"
            }.joined() + "</tr>\n"
        }
        return h + "</tbody></table></div></section>\n"
    }

    static func resilience(_ data: NetworkReportData, _ r: ReportResilience) -> String {
        let lang = data.options.language, e = HTMLText.escape
        var h = "<section id=\"resilience\"><h2>\(e(lang.text(.resilience)))</h2>\n<p>\(e(lang.text(.resilienceCaption)))</p>\n"
        h += "<figure class=\"chart\">\(HTMLText.inlineSVG(ReportCharts.resilienceSVG(data, r), idPrefix: "res"))</figure>\n"
        h += "<table class=\"compact\"><thead><tr>" + ["strategy", "robustness", "first"].map { "<th>\(e(lang.render("report.resilience.\($0)")))</th>" }.joined()
        h += "</tr></thead><tbody>"
        for c in r.curves {
            let first = MessageCatalogue.list(c.removed.prefix(3).map { data.name(r.ids[Int($0)]) }, limit: 3, lang)
            h += "<tr><td>\(e(c.label))</td><td class=\"n\">\(NumberFormat.significant(c.robustness, digits: 3))</td><td>\(e(first))</td></tr>"
        }
        if let random = r.random {
            h += "<tr><td>\(e(lang.render("report.resilience.random", [("n", .count(random.runs.count)), ("seed", .text(String(random.seed)))])))</td><td class=\"n\">\(NumberFormat.significant(random.robustness.mean, digits: 3))</td><td></td></tr>"
        }
        return h + "</tbody></table></section>\n"
    }

    static func methods(_ data: NetworkReportData) -> String {
        let lang = data.options.language, e = HTMLText.escape
        var h = "<section id=\"methods\"><h2>\(e(lang.text(.methods)))</h2>\n<ul>"
        for line in ReportMethods.lines(data) { h += "<li>\(e(line))</li>" }
        return h + "</ul></section>\n"
    }

    static let css = """
    :root { --fg: #1d2733; --muted: #5b6877; --line: #d9dee5; --accent: #1f5fa8; }
    body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: var(--fg); margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; }
    header { border-bottom: 3px solid var(--accent); margin-bottom: 12px; }
    h1 { font-size: 26px; margin: 24px 0 8px; } h2 { font-size: 21px; margin-top: 36px; border-bottom: 1px solid var(--line); } h3 { font-size: 17px; }
    nav { font-size: 14px; color: var(--muted); margin-bottom: 8px; } nav a { color: var(--accent); text-decoration: none; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; font-size: 14px; color: var(--muted); } dl.meta dd { margin: 0; } dd.prose { white-space: pre-wrap; }
    .figures { display: flex; flex-wrap: wrap; gap: 12px; } .figure { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 110px; }
    .figure b { display: block; font-size: 24px; } .figure span { color: var(--muted); font-size: 13px; }
    table { border-collapse: collapse; font-size: 13px; margin: 8px 0; } th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
    th { background: #f3f5f8; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    table.sortable th { cursor: pointer; } table.sortable th:hover { background: #e6ebf2; }
    .scroll { overflow-x: auto; } .hint { color: var(--muted); font-size: 13px; }
    .sev { display: inline-block; border-radius: 3px; padding: 0 6px; color: #fff; font-size: 12px; text-transform: uppercase; }
    .sev.critical { background: #b3001b; } .sev.high { background: #d9480f; } .sev.medium { background: #c99a06; } .sev.low { background: #6c7a89; }
    ol.findings li { margin-bottom: 10px; } ol.findings p { margin: 2px 0; } .rec { color: #244c2a; }
    .robustness { font-size: 0.92em; color: #444; } .robustness.fragile { color: #8a1c1c; }
    figure { margin: 12px 0; } figure svg { max-width: 100%; height: auto; } figcaption { color: var(--muted); font-size: 13px; }
    .panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 12px; }
    table.matrix td.role { text-align: center; font-weight: 600; } table.matrix td.L { background: #dbe8f7; } table.matrix td.C { background: #e8e1f5; }
    table.matrix td.S { background: #eef3e6; } table.matrix td.flag { color: #b3001b; font-weight: 600; }
    footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
    /* CJK names stay whole: no break inside a department name or a heading, tables scroll instead. */
    th, td { word-break: keep-all; overflow-wrap: normal; } td:first-child { white-space: nowrap; min-width: 6em; }
    table.matrix th { white-space: nowrap; } #top td:last-child { word-break: normal; line-break: strict; }
    .print-only { display: none; }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; } nav, .hint, table.sortable th:hover { display: none; }
      section { break-before: page; } section#summary { break-before: auto; } h2, h3 { break-after: avoid; }
      tr, li, figure, .figure { break-inside: avoid; } thead { display: table-header-group; }
      .scroll { overflow: visible; } .scroll:has(#all-departments) { display: none; } .print-only { display: block; }
      table { font-size: 7.5pt; } th, td { padding: 2px 4px; }
      table.matrix th:not(:first-child) { writing-mode: vertical-rl; white-space: nowrap; vertical-align: bottom; }
      figure svg, figure.chart svg { max-width: 100%; max-height: 240mm; height: auto; } .panels { display: block; }
      .sev { border: 1px solid #000; color: #000; background: none !important; }
    }

    """

    /// The page's script at the end: the sortable tables. (The explorer's script, ``ExplorerScript``,
    /// follows its section, so the explorer works before the static diagrams below it are parsed.)
    static let script = "\n" + sortableScript

    /// The text of the page's one `<style>` element: the report's and the explorer's rules.
    static let stylesheet = "\n" + css + ExplorerHTML.css

    /// The content security policy's hash source of the style element.
    static let styleHash = CSPHash.source(stylesheet)

    /// The content security policy's hash sources of the page's two scripts.
    static let scriptHash = CSPHash.source(script) + " " + CSPHash.source(ExplorerScript.element)

    static let sortableScript = """
    // Sortable tables: click a heading to sort by that column (numbers numerically). Without script the
    // tables keep their printed order.
    document.querySelectorAll('table.sortable').forEach(function (table) {
      table.querySelectorAll('th').forEach(function (th, col) {
        th.addEventListener('click', function () {
          var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
          var dir = th.getAttribute('data-dir') === 'desc' ? 1 : -1;
          rows.sort(function (a, b) {
            var x = a.cells[col].textContent, y = b.cells[col].textContent;
            var nx = parseFloat(x), ny = parseFloat(y);
            if (!isNaN(nx) && !isNaN(ny)) { return dir * (nx - ny); }
            return dir * x.localeCompare(y);
          });
          th.setAttribute('data-dir', dir === 1 ? 'asc' : 'desc');
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
      table.setAttribute('data-sortable', 'ready');
    });

    """
}
