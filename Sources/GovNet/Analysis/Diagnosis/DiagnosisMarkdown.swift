/// Findings as Markdown ready to paste into a report: the network's status, the findings grouped by
/// severity, then the synthesis (``DiagnosisSynthesis``); every user-supplied text escaped.
public enum DiagnosisMarkdown {
    public static func render(_ findings: [Finding], context: DiagnosisContext) -> String {
        let esc = MarkdownText.inline
        let language: ReportLanguage = context.language == "zh" ? .zh : .en
        var out = "## Diagnosis\n\n"
        if let status = context.network.metadata.status {
            out += "\(language.text(.status)): \(esc(language.status(status))).  \n"
        }
        if let c = context.center { out += "Coordinating department: **\(esc(context.name(c)))** (`\(esc(c))`). " }
        out += "\(findings.count) finding\(findings.count == 1 ? "" : "s"): "
        out += Severity.allCases.map { s in "\(findings.filter { $0.severity == s }.count) \(s.rawValue)" }.joined(separator: ", ") + ".\n"
        for s in Severity.allCases {
            let group = findings.filter { $0.severity == s }
            guard !group.isEmpty else { continue }
            out += "\n### \(s.rawValue.capitalized)\n\n"
            for f in group {
                out += "- **\(esc(f.rule))** (\(esc(context.mechanismName(f.mechanism)))): \(esc(f.explanation))  \n"
                out += "  *Recommendation* — \(esc(f.recommendation)) _(\(f.remedies.map { esc(language.remedy($0)) }.joined(separator: "; ")))_\n"
            }
        }
        out += "\n" + DiagnosisSynthesis(findings: findings, context: context).markdown(context: context, language: language, headingLevel: 3)
        return out
    }
}
