import GovNet

/// The report in Markdown for pandoc/Word pipelines: the same content as the HTML, with diagrams as
/// SVG files beside it and every user-supplied string escaped (``MarkdownText``).
public enum MarkdownReport {
    public static func render(_ data: NetworkReportData, comparison: ComparisonSection? = nil, ergm: ERGMSection? = nil) -> String {
        let lang = data.options.language, esc = MarkdownText.inline
        var m = "# \(esc(data.title))\n\n"
        let meta = data.network.metadata
        let colon = lang.render("punct.colon")
        for (k, v) in [(Phrase.jurisdiction, data.metadataText("jurisdiction")), (.period, meta.period ?? meta.date), (.status, meta.status.map(lang.status)),
                       (.source, data.metadataText("source"))] {
            if let v { m += "- **\(esc(lang.text(k)))**\(colon)\(esc(v))\n" }
        }
        if let d = meta.derivedFrom { m += "- **\(esc(lang.render("provenance.derived-from-label")))**\(colon)\(esc(d))\n" }
        // The whole provenance text, each paragraph kept.
        if let p = data.metadataText("provenance") {
            m += "\n**\(esc(lang.text(.provenance)))**\n\n" + p.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + esc(String($0)) }.joined(separator: "\n") + "\n"
        }
        m += "\n## \(esc(lang.text(.summary)))\n\n"
        m += esc(summaryLine(data)) + "\n\n"
        if let c = data.context.center { m += "\(esc(lang.text(.coordinatingDepartment)))\(colon)**\(esc(data.name(c)))**\n\n" }
        let metric = { (k: String) in esc(MessageCatalogue.term("metric", k).text(lang)) }
        m += "| \(esc(lang.text(.mechanism))) | \(esc(lang.text(.ties))) | \(esc(lang.text(.linkedPairs))) | \(esc(lang.text(.density))) | \(metric("reciprocity")) | \(metric("global_efficiency")) |\n|---|---:|---:|---:|---:|---:|\n"
        for (mech, metrics) in data.networkMetrics {
            func v(_ k: String) -> String { metrics[k].flatMap { $0.isFinite ? NumberFormat.significant($0, digits: 3) : nil } ?? "—" }
            m += "| \(MarkdownText.cell(data.context.mechanismName(mech))) | \(v("ties")) | \(v("linked_pairs")) | \(v("density")) | \(v("reciprocity")) | \(v("global_efficiency")) |\n"
        }
        if !data.diagrams.isEmpty {
            m += "\n## \(esc(lang.text(.diagrams)))\n\n"
            for d in data.diagrams { m += "![\(esc(d.caption))](\(d.file))\n\n" }
        }
        m += "\n## \(esc(lang.text(.findings)))\n\n"
        if data.findings.isEmpty { m += esc(lang.text(.noFindings)) + "\n" }
        // By severity: one list per severity. By severity × robustness: one list, each finding tagged with its severity.
        let byRobustness = data.options.order == .robustness && data.robustness != nil
        let groups: [(heading: String, severity: Severity?)] = byRobustness ? [(lang.render("robustness.order.heading"), nil)]
            : Severity.allCases.map { (data.severityHeading($0), $0) }
        for (heading, sev) in groups {
            guard data.findings.contains(where: { sev == nil || $0.severity == sev }) else { continue }
            m += "\n### \(esc(heading))\n\n"
            for (i, f) in data.findings.enumerated() where sev == nil || f.severity == sev {
                let tag = sev == nil ? "[\(esc(lang.severity(f.severity)))] " : ""
                m += "- \(tag)**\(esc(data.ruleName(f)))**\(esc(lang.render("punct.paren", [("text", .text(data.context.mechanismName(f.mechanism)))])))"
                m += "\(colon)\(esc(f.explanation(in: lang)))  \n"
                if let r = data.robustness?.findings[i] { m += "  *\(esc(lang.text(.robustness)))* — \(esc(r.line(lang)))  \n" }
                m += "  → \(esc(f.recommendation(in: lang))) _\(esc(lang.render("punct.paren", [("text", .text(data.remedies(f)))]).trimmingCharacters(in: .whitespaces)))_\n"
            }
        }
        if let r = data.robustness { m += "\n" + r.markdownNote(lang, headingLevel: 3) }
        if !data.weightNotes.isEmpty { m += "\n" + data.weightNotes.map(esc).joined(separator: "  \n") + "\n" }
        m += "\n## \(esc(lang.text(.keyDepartments)))\n\n"
        for file in ["top-departments.csv", "departments.csv"] {
            if let t = data.tables.first(where: { $0.file == file }) { m += table(t) }
        }
        if !data.network.functions.isEmpty, let t = data.tables.first(where: { $0.file == "responsibilities.csv" }) {
            m += "## \(esc(lang.text(.responsibilities)))\n\n\(esc(roleLegend(lang)))\n\n" + table(t)
        }
        if let structure = data.structure { m += structure.markdown(data) }
        if let r = data.resilience {
            m += "## \(esc(lang.text(.resilience)))\n\n\(esc(lang.text(.resilienceCaption)))\n\n![\(esc(lang.text(.resilience)))](resilience.svg)\n\n"
            for c in r.curves {
                m += "- " + esc(lang.render("report.resilience.bullet", [("strategy", .text(c.label)), ("r", .number(c.robustness, digits: 3))])) + "\n"
            }
            if let random = r.random {
                let strategy = lang.render("report.resilience.random", [("n", .count(random.runs.count)), ("seed", .text(String(random.seed)))])
                m += "- " + esc(lang.render("report.resilience.bullet", [("strategy", .text(strategy)), ("r", .number(random.robustness.mean, digits: 3))])) + "\n"
            }
            m += "\n"
        }
        if let comparison { m += comparison.markdown(language: lang, overlayFile: comparison.overlaySVG == nil ? nil : "comparison-overlay.svg") }
        if let ergm { m += ergm.markdown(language: lang) }
        m += "## \(esc(lang.text(.methods)))\n\n"
        for line in ReportMethods.lines(data) { m += "- \(esc(line))\n" }
        m += "\n" + DiagnosisSynthesis(findings: data.findings, context: data.context).markdown(context: data.context, language: lang)
        return m
    }

    /// "43 departments, 210 ties, …" / "43个部门，210条联系，…".
    static func summaryLine(_ data: NetworkReportData) -> String {
        let s = data.summary
        func count(_ key: String, _ n: Int) -> MessageArgument { .message(Message(key, [("n", .count(n))])) }
        return data.options.language.render("report.summary.line", [
            ("departments", count("count.departments", s.departments)), ("ties", count("count.ties", s.ties)),
            ("linkedPairs", count("count.linkedPairs", s.linkedPairs)), ("density", .number(s.density, digits: 3)),
            ("pairs", .count(s.linkedPairs)), ("possible", .count(s.possiblePairs)),
            ("components", count("count.components", s.weakComponents)), ("functions", count("count.functions", s.functions))])
    }

    /// "L = lead, C = co-lead, S = support" / "L = 牵头，C = 共同牵头，S = 配合".
    static func roleLegend(_ lang: ReportLanguage) -> String {
        lang.render("report.roleLegend", [("lead", .text(lang.text(.lead))), ("coLead", .text(lang.text(.coLead))), ("support", .text(lang.text(.support)))])
    }

    /// A Markdown table with a caption line.
    static func table(_ t: ReportTable) -> String {
        var m = "**\(MarkdownText.inline(t.caption))**\n\n"
        m += "| " + t.header.map(MarkdownText.cell).joined(separator: " | ") + " |\n"
        m += "|" + t.header.indices.map { t.numeric.contains($0) ? "---:|" : "---|" }.joined() + "\n"
        for row in t.rows { m += "| " + row.map(MarkdownText.cell).joined(separator: " | ") + " |\n" }
        return m + "\n"
    }
}
