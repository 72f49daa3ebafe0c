/// Findings as Markdown ready to paste into a report: the network's status, the findings grouped by
/// severity, each with its robustness when computed, then the synthesis (``DiagnosisSynthesis``); every sentence from the message catalogue in
/// the context's language, every user-supplied text escaped.
public enum DiagnosisMarkdown {
    /// - Parameter order: ``FindingOrder/severity`` groups the findings under one heading per
    ///   severity; ``FindingOrder/robustness`` lists them as given (ordered by severity × robustness)
    ///   under one heading, each tagged with its severity.
    public static func render(_ findings: [Finding], context: DiagnosisContext, robustness: DiagnosisRobustness? = nil,
                              order: FindingOrder = .severity) -> String {
        let esc = MarkdownText.inline
        let language = context.outputLanguage
        let colon = language.render("punct.colon")
        var out = "## \(language.render("diagnose.heading"))\n\n"
        if let status = context.network.metadata.status {
            out += "\(language.text(.status))\(colon)\(esc(language.status(status)))\(language.render("punct.end"))  \n"
        }
        // Where the data come from (the status was given above): source and derivation, in the language.
        for line in context.network.provenanceLines(language).dropFirst(context.network.metadata.status == nil ? 0 : 1) {
            out += esc(line) + "  \n"
        }
        if let c = context.center {
            out += language.render("diagnose.centre", [("centre", .text("**\(esc(context.name(c)))**")), ("id", .text("`\(esc(c))`"))])
        }
        out += summary(findings, language) + "\n"
        let groups: [(heading: String, severity: Severity?)] = order == .robustness && robustness != nil
            ? [(language.render("robustness.order.heading"), nil)]
            : Severity.allCases.map { (language == .en ? $0.rawValue.capitalized : language.severity($0), $0) }
        for (heading, s) in groups {
            guard findings.contains(where: { s == nil || $0.severity == s }) else { continue }
            out += "\n### \(heading)\n\n"
            for (i, f) in findings.enumerated() where s == nil || f.severity == s {
                let tag = s == nil ? "[\(language == .en ? f.severity.rawValue : language.severity(f.severity))] " : ""
                out += "- \(tag)**\(esc(ruleName(f.rule, language)))**\(esc(language.render("punct.paren", [("text", .text(context.mechanismName(f.mechanism)))])))"
                out += "\(colon)\(esc(f.explanation(in: language)))  \n"
                if let r = robustness?.findings[i] { out += "  *\(language.text(.robustness))* — \(esc(r.line(language)))  \n" }
                let remedies = f.remedies.map { esc(language.remedy($0)) }.joined(separator: language.render("list.separator"))
                out += "  *\(language.text(.recommendation))* — \(esc(f.recommendation(in: language))) _\(language.render("punct.paren", [("text", .text(remedies))]).trimmingCharacters(in: .whitespaces))_\n"
            }
        }
        if let robustness { out += "\n" + robustness.markdownNote(language) }
        out += "\n" + DiagnosisSynthesis(findings: findings, context: context).markdown(context: context, language: language, headingLevel: 3)
        return out
    }

    /// "3 findings: 1 critical, 2 high, 0 medium, 0 low." / "共3项问题：严重1项，高2项，中0项，低0项。"
    public static func summary(_ findings: [Finding], _ language: ReportLanguage) -> String {
        let counts = Severity.allCases.map { s in
            language.render("diagnose.severity-count", [("n", .count(findings.filter { $0.severity == s }.count)), ("severity", .text(language.severity(s)))])
        }
        return language.render("diagnose.summary", [("findings", .message(Message("count.findings", [("n", .count(findings.count))]))),
                                                    ("counts", .text(counts.joined(separator: language.render("list.comma"))))])
    }

    /// A rule id as the language names it: English keeps the id, Chinese uses the catalogue's name.
    public static func ruleName(_ id: String, _ language: ReportLanguage) -> String {
        language == .en ? id : MessageCatalogue.template("rule.\(id)", language)
    }
}
