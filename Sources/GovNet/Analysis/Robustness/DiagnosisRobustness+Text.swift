/// The robustness settings and new-finding rates as a sentence block, in the output's language.
extension DiagnosisRobustness {
    /// Lines (no Markdown): caption, settings, label rule, new findings per perturbation.
    public func lines(_ language: ReportLanguage) -> [String] {
        let pct = { (x: Double) in "\(NumberFormat.significant(x * 100, digits: 3))%" }
        let zh = language == .zh
        let settingsLine = zh
            ? "\(language.text(.draws)) \(settings.draws)，\(language.text(.deletion))\(language.text(.rate)) \(pct(settings.rate))，\(language.text(.addition))\(language.text(.rate)) \(pct(settings.additionRate))，\(language.text(.seed)) \(settings.seed)；\(language.text(.nonresponse))：\(nonresponseEnumerated ? "逐一去掉 \(nonrespondents) 个报告联系的部门" : "随机抽取 \(nonrespondents) 个部门")。"
            : "\(settings.draws) \(language.text(.draws)) per perturbation, \(language.text(.deletion)) \(language.text(.rate)) \(pct(settings.rate)), \(language.text(.addition)) \(language.text(.rate)) \(pct(settings.additionRate)), \(language.text(.seed)) \(settings.seed); \(language.text(.nonresponse)): \(nonresponseEnumerated ? "each of the \(nonrespondents) reporting departments in turn" : "\(nonrespondents) departments at random")."
        let fresh = newFindings.map { n in
            "\(language.text(RobustnessPhrase(n.perturbation))) \(NumberFormat.significant(n.mean, digits: 3)) (\(pct(n.drawShare)))"
        }.joined(separator: zh ? "，" : ", ")
        return [language.text(.robustnessCaption), settingsLine, language.text(.labelRule),
                language.text(.newFindings).prefix(1).uppercased() + language.text(.newFindings).dropFirst() + (zh ? "（出现新发现的抽样比例）：" : " (share of draws with any): ") + fresh + (zh ? "。" : ".")]
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
