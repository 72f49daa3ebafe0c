/// Report languages: section headings and fixed phrases in English or Chinese. Department names follow
/// the language too (`names.zh` with `--lang zh`).
public enum ReportLanguage: String, CaseIterable, Sendable {
    case en, zh

    /// The phrase for a key (English when the key has no translation).
    public func text(_ key: Phrase) -> String { MessageCatalogue.template(key.key, self) }

    /// Language code for department labels (`nil`: the display name).
    public var departmentLanguage: String? { self == .zh ? "zh" : nil }

    /// A network's status with what it lets a reader claim, e.g. "documentary data — prescribed by
    /// published plans and official documents, not observed interaction"; an unknown value as written.
    public func status(_ value: String) -> String {
        guard let known = NetworkStatus(metadata: value) else { return value }
        let (label, meaning): (Phrase, Phrase) = switch known {
        case .observedData: (.observedData, .observedDataMeaning)
        case .documentaryData: (.documentaryData, .documentaryDataMeaning)
        case .illustrativeModel: (.illustrativeModel, .illustrativeModelMeaning)
        }
        return render("status.format", [("label", .text(text(label))), ("meaning", .text(text(meaning)))])
    }

    /// A network's status as its short label ("documentary data", "文本数据"); an unknown value as written.
    public func statusLabel(_ value: String) -> String {
        guard let known = NetworkStatus(metadata: value) else { return value }
        let label: Phrase = switch known {
        case .observedData: .observedData
        case .documentaryData: .documentaryData
        case .illustrativeModel: .illustrativeModel
        }
        return text(label)
    }

    /// One of the five remedies (terms of docs/glossary.md: 统一基层应急目标, 健全应急法规制度, 明确权责,
    /// 畅通信息渠道, 优化资源配置).
    public func remedy(_ r: Remedy) -> String { MessageCatalogue.template("remedy.\(r.rawValue)", self) }

    /// A stage of the emergency cycle (the four stages of the Emergency Response Law).
    public func phase(_ p: Phase) -> String { MessageCatalogue.template("phase.\(p.rawValue)", self) }

    /// A linkage instrument, as a recommendation names it.
    public func instrument(_ i: Instrument) -> String { MessageCatalogue.template("instrument.\(i.rawValue)", self) }

    /// A severity as the language writes it.
    public func severity(_ s: Severity) -> String { MessageCatalogue.template("severity.\(s.rawValue)", self) }
}

/// Fixed phrases of the report: keys `report.<case>` of the message catalogue.
public enum Phrase: String, CaseIterable, Sendable {
    case report, summary, diagrams, overallDiagram, mechanismDiagrams, findings, recommendation, keyDepartments
    case allDepartments, responsibilities, resilience, comparison, methods, departments, ties, mechanisms, density
    case components, functions, withoutLead, severity, rule, mechanism, explanation, remedy, coordinatingDepartment
    case noFindings, lead, coLead, support, gap, overlap, status, source, period, jurisdiction, topBy, department
    case value, sortHint, diff, metricDeltas, qap, before, after, change, added, removed, merged, split, renamed
    case reweighted, software, settings, definitions, resilienceCaption, observedData, observedDataMeaning
    case documentaryData, documentaryDataMeaning, illustrativeModel, illustrativeModelMeaning, functionChanges
    case noLead, linkedPairs, densityOfLinkedPairs, synthesis, failingMechanismsByRemedy, failingMechanism
    case integratedOperation, informationSharing, materialSupport, supervisionAssessment, tieBasisByMechanism, basis
    case unrecorded, centreProfile, relationship, mechanismsWithCentre, reciprocated, yes, no, spanOfControl, none
    case mostSerious, provenance

    /// The catalogue key.
    public var key: String { "report.\(rawValue)" }
}
