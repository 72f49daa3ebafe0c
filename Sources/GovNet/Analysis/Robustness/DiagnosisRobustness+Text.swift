/// The robustness settings and new-finding rates as a sentence block, in the output's language.
extension DiagnosisRobustness {
    /// Lines (no Markdown): caption, settings, label rule, new findings per perturbation.
    public func lines(_ language: ReportLanguage) -> [String] {
        let pct = { (x: Double) in MessageArgument.text("\(NumberFormat.significant(x * 100, digits: 3))%") }
        let settingsLine = language.render(nonresponseEnumerated ? "robustness.settings.enumerated" : "robustness.settings.random", [
            ("draws", .count(settings.draws)), ("rate", pct(settings.rate)), ("additionRate", pct(settings.additionRate)),
            ("seed", .text(String(settings.seed))), ("n", .count(nonrespondents))])
        let rates = newFindings.map { n in
            language.render("robustness.newFindings.rate", [("perturbation", .text(language.text(RobustnessPhrase(n.perturbation)))),
                                                            ("mean", .number(n.mean, digits: 3)), ("share", pct(n.drawShare))])
        }.joined(separator: language.render("robustness.separator"))
        return [language.text(.robustnessCaption), settingsLine, language.text(.labelRule),
                language.render("robustness.newFindings.line", [("rates", .text(rates))])]
    }

    /// A Markdown paragraph of ``lines(_:)`` under a heading of `level` (default `###`).
    public func markdownNote(_ language: ReportLanguage, headingLevel: Int = 3) -> String {
        String(repeating: "#", count: headingLevel) + " " + language.text(.robustness) + "\n\n" + lines(language).map { MarkdownText.inline($0) }.joined(separator: "  \n") + "\n"
    }
}

extension RobustnessPhrase {
    /// The name of a perturbation.
    init(_ p: Perturbation) {
        switch p {
        case .deletion: self = .deletion
        case .addition: self = .addition
        case .nonresponse: self = .nonresponse
        case .jitter: self = .jitter
        }
    }
}
