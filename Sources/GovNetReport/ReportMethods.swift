import GovNet

/// The methods section: every setting needed to reproduce the numbers, and what each metric means, in
/// the report's language (catalogue `methods.*`).
enum ReportMethods {
    static func lines(_ data: NetworkReportData) -> [String] {
        let s = data.settings, lang = data.options.language
        func line(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { lang.render("methods.\(key)", arguments) }
        var out: [String] = []
        out.append(line("software", [("version", .text(GovNetVersion.string))]))
        let mechanisms = lang == .en ? data.context.mechanisms.joined(separator: ", ")
            : data.context.mechanisms.map(data.context.mechanismName).joined(separator: "、")
        out.append(line("mechanisms", [("mechanisms", .text(mechanisms)), ("combine", .name(MessageCatalogue.term("combine", s.view.combine.rawValue)))]))
        out.append(line("direction"))
        out.append(line("weights"))
        let stopping = s.tolerance.map { Message("methods.stopping.tolerance", [("tol", .text("\($0)"))]) } ?? Message("methods.stopping.converged")
        out.append(line("normalisation", [("stopping", .message(stopping))]))
        let groups = DepartmentGroups.resolvedAttribute(s.groupAttribute, for: data.network)
        let grouping = groups == "relationship" ? Message("methods.groups.relationship")
            : Message("methods.groups.attribute", [("attribute", .name(MessageCatalogue.term("attribute", groups)))])
        out.append(line("brokerage", [("groups", .message(grouping))]))
        out.append(line("holes"))
        out.append(line("communities", [("seed", .text("\(s.seed)"))]))
        if let c = data.context.center {
            out.append(line("centre", [("id", .text(c)), ("how", .message(Message(data.options.center == nil ? "methods.centre.found" : "methods.centre.given")))]))
        }
        let cfg = data.context.config
        out.append(line("thresholds", [("broker", .text("\(cfg.brokerBetweenness)")), ("reciprocity", .text("\(cfg.informationReciprocity)")),
                                       ("informal", .text("\(cfg.informalShare)")), ("ei", .text("\(cfg.siloEI)")), ("size", .text("\(cfg.siloMinimumSize)"))]))
        if let r = data.resilience {
            out.append(line("resilience", [("runs", .count(r.random?.runs.count ?? 0)), ("seed", .text("\(data.options.seed)"))]))
        }
        if let (text, translated) = data.network.metadata.localized("provenance", language: lang.departmentLanguage),
           let first = text.split(separator: "\n").first {
            let shown = translated || lang == .en ? String(first) : lang.render("report.fallback", [("text", .text(String(first)))])
            out.append(line("data", [("text", .text(shown))]))
        }
        return out
    }
}
