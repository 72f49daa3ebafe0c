import GovNet

/// The report's closing synthesis in HTML (``DiagnosisSynthesis``): failing mechanisms × remedies, tie
/// basis × mechanism, and the coordinating department's profile; every name escaped.
enum SynthesisHTML {
    static func render(_ data: NetworkReportData) -> String {
        let lang = data.options.language, e = HTMLText.escape, context = data.context
        let s = DiagnosisSynthesis(findings: data.findings, context: context)
        var h = "<section id=\"synthesis\"><h2>\(e(lang.text(.synthesis)))</h2>\n"
        h += "<h3>\(e(lang.text(.failingMechanismsByRemedy)))</h3>\n<div class=\"scroll\"><table><thead><tr><th>\(e(lang.text(.failingMechanism)))</th>"
        h += Remedy.allCases.map { "<th>\(e(lang.remedy($0)))</th>" }.joined() + "</tr></thead><tbody>"
        for m in DiagnosisSynthesis.FailingMechanism.allCases {
            h += "<tr><td>\(e(lang.text(m.phrase)))</td>"
            for r in Remedy.allCases {
                let cell = s.cells[m]![r]!
                if let f = cell.mostSerious {
                    let comma = lang.render("list.comma")
                    h += "<td class=\"n\">\(cell.count)<br><span class=\"hint\">\(e(DiagnosisMarkdown.ruleName(f.rule, lang)))\(comma)\(e(lang.severity(f.severity)))\(f.departments.first.map { comma + e(context.name($0)) } ?? "")</span></td>"
                } else { h += "<td class=\"n\">0</td>" }
            }
            h += "</tr>"
        }
        h += "</tbody></table></div>\n<h3>\(e(lang.text(.tieBasisByMechanism)))</h3>\n<table><thead><tr><th>\(e(lang.text(.mechanism)))</th>"
        h += DiagnosisSynthesis.bases.map { "<th class=\"n\">\(e(DiagnosisSynthesis.basisName($0, lang)))</th>" }.joined() + "</tr></thead><tbody>"
        for row in s.basisByMechanism {
            h += "<tr><td>\(e(context.mechanismName(row.mechanism)))</td>" + DiagnosisSynthesis.bases.map { "<td class=\"n\">\(row.counts[$0] ?? 0)</td>" }.joined() + "</tr>"
        }
        h += "</tbody></table>\n"
        if let c = s.center {
            h += "<h3>\(e(lang.text(.centreProfile)))</h3>\n<p>" + lang.render("diagnose.centre-line", [
                ("centre", .text("<b>\(e(context.name(c)))</b>")),
                ("spans", .text(s.spanOfControl.map { lang.render("diagnose.span", [("department", .text(e(context.name($0.id)))), ("n", .count($0.led))]) }
                    .joined(separator: lang.render("list.separator"))))]) + "</p>\n"
            if !s.partners.isEmpty {
                h += "<table><thead><tr><th>\(e(lang.text(.department)))</th><th>\(e(lang.text(.mechanismsWithCentre)))</th><th>\(e(lang.text(.basis)))</th><th>\(e(lang.text(.reciprocated)))</th></tr></thead><tbody>"
                for p in s.partners {
                    let sep = lang == .zh ? "、" : ", "
                    let ms = p.mechanisms.isEmpty ? lang.text(.none) : p.mechanisms.map(context.mechanismName).joined(separator: sep)
                    let bs = p.bases.isEmpty ? "–" : p.bases.map { DiagnosisSynthesis.basisName($0, lang) }.joined(separator: sep)
                    h += "<tr><td>\(e(context.name(p.id)))</td><td>\(e(ms))</td><td>\(e(bs))</td><td>\(e(lang.text(p.reciprocated ? .yes : .no)))</td></tr>"
                }
                h += "</tbody></table>\n"
            }
        }
        return h + "</section>\n"
    }
}
