import GovNet

/// The report in Markdown for pandoc/Word pipelines: the same content as the HTML, with diagrams as
/// SVG files beside it and every user-supplied string escaped (``MarkdownText``).
public enum MarkdownReport {
    public static func render(_ data: NetworkReportData, comparison: ComparisonSection? = nil) -> String {
        let lang = data.options.language, esc = MarkdownText.inline
        var m = "# \(esc(data.title))\n\n"
        let meta = data.network.metadata
        for (k, v) in [(Phrase.jurisdiction, meta.jurisdiction), (.period, meta.period ?? meta.date), (.status, meta.status.map(lang.status)), (.source, meta.source)] {
            if let v { m += "- **\(esc(lang.text(k)))**: \(esc(v))\n" }
        }
        // The whole provenance text, each paragraph kept.
        if let p = meta.provenance {
            m += "\n**\(esc(lang.text(.provenance)))**\n\n" + p.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + esc(String($0)) }.joined(separator: "\n") + "\n"
        }
        m += "\n## \(esc(lang.text(.summary)))\n\n"
        let s = data.summary
        m += "\(s.departments) \(esc(lang.text(.departments))), \(s.ties) \(esc(lang.text(.ties))), \(s.linkedPairs) \(esc(lang.text(.linkedPairs))), "
        m += "\(esc(lang.text(.densityOfLinkedPairs))) \(NumberFormat.significant(s.density, digits: 3)) = \(s.linkedPairs) / \(s.possiblePairs), "
        m += "\(s.weakComponents) \(esc(lang.text(.components))), \(s.functions) \(esc(lang.text(.functions))).\n\n"
        if let c = data.context.center { m += "\(esc(lang.text(.coordinatingDepartment))): **\(esc(data.name(c)))**\n\n" }
        m += "| \(esc(lang.text(.mechanism))) | \(esc(lang.text(.ties))) | \(esc(lang.text(.linkedPairs))) | \(esc(lang.text(.density))) | reciprocity | global_efficiency |\n|---|---:|---:|---:|---:|---:|\n"
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
        for sev in Severity.allCases {
            let group = data.findings.filter { $0.severity == sev }
            guard !group.isEmpty else { continue }
            m += "\n### \(sev.rawValue.capitalized)\n\n"
            for f in group {
                m += "- **\(esc(f.rule))** (\(esc(data.context.mechanismName(f.mechanism)))): \(esc(f.explanation))  \n"
                m += "  → \(esc(f.recommendation)) _(\(esc(f.remedies.map(lang.remedy).joined(separator: "; "))))_\n"
            }
        }
        m += "\n## \(esc(lang.text(.keyDepartments)))\n\n"
        for file in ["top-departments.csv", "departments.csv"] {
            if let t = data.tables.first(where: { $0.file == file }) { m += table(t) }
        }
        if !data.network.functions.isEmpty, let t = data.tables.first(where: { $0.file == "responsibilities.csv" }) {
            m += "## \(esc(lang.text(.responsibilities)))\n\nL = \(esc(lang.text(.lead))), C = \(esc(lang.text(.coLead))), S = \(esc(lang.text(.support)))\n\n" + table(t)
        }
        if let r = data.resilience {
            m += "## \(esc(lang.text(.resilience)))\n\n\(esc(lang.text(.resilienceCaption)))\n\n![\(esc(lang.text(.resilience)))](resilience.svg)\n\n"
            for c in r.curves { m += "- \(esc(c.label)): R = \(NumberFormat.significant(c.robustness, digits: 3))\n" }
            if let random = r.random { m += "- random (\(random.runs.count) runs, seed \(random.seed)): R = \(NumberFormat.significant(random.robustness.mean, digits: 3))\n" }
            m += "\n"
        }
        if let comparison { m += comparison.markdown(language: lang, overlayFile: comparison.overlaySVG == nil ? nil : "comparison-overlay.svg") }
        m += "## \(esc(lang.text(.methods)))\n\n"
        for line in ReportMethods.lines(data) { m += "- \(esc(line))\n" }
        m += "\n" + DiagnosisSynthesis(findings: data.findings, context: data.context).markdown(context: data.context, language: lang)
        return m
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
