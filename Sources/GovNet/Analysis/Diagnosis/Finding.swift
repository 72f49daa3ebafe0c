/// How serious a finding is. Sorted critical first.
public enum Severity: String, CaseIterable, Sendable, Hashable, Comparable {
    case critical, high, medium, low

    var rank: Int { switch self { case .critical: 0; case .high: 1; case .medium: 2; case .low: 3 } }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// The five remedies proposed by research on municipal emergency linkage; every recommendation
/// points to one of them.
public enum Remedy: String, CaseIterable, Sendable, Hashable {
    case unifyTargets = "unify-targets"
    case legalFoundation = "legal-foundation"
    case clearResponsibilities = "clear-responsibilities"
    case informationChannels = "information-channels"
    case optimisedResources = "optimised-resources"

    /// The remedy in plain words (the language catalogue's English).
    public var title: String { ReportLanguage.en.remedy(self) }

    /// The remedy in Chinese (the language catalogue's Chinese).
    public var titleZh: String { ReportLanguage.zh.remedy(self) }
}

/// A tie named by a finding.
public struct TieRef: Hashable, Sendable, Comparable {
    public var from: String
    public var to: String
    public var mechanism: String
    public init(from: String, to: String, mechanism: String) {
        self.from = from
        self.to = to
        self.mechanism = mechanism
    }
    public static func < (a: TieRef, b: TieRef) -> Bool { (a.mechanism, a.from, a.to) < (b.mechanism, b.from, b.to) }
}

/// One place where the linkage fails, with the evidence and what to do about it.
public struct Finding: Sendable {
    /// Stable rule id (e.g. `single-point-of-failure`).
    public var rule: String
    public var severity: Severity
    /// Mechanism id, or `all`.
    public var mechanism: String
    /// Category: bottleneck, reachability, redundancy, overload, information, material, supervision,
    /// responsibility, foundation, silo.
    public var category: String
    /// Department ids involved, the main one first.
    public var departments: [String]
    public var ties: [TieRef]
    public var functions: [String]
    /// The numbers behind the finding (name → value), in a fixed order.
    public var evidence: [(String, JSONValue)]
    /// One or two plain sentences, naming departments by name: a catalogue message rendered in the
    /// output's language (``explanation(in:)``).
    public var explanationMessage: Message
    /// What to do, naming an instrument that exists (catalogue message).
    public var recommendationMessage: Message
    /// The explanation in English.
    public var explanation: String { explanation(in: .en) }
    /// The recommendation in English.
    public var recommendation: String { recommendation(in: .en) }
    public func explanation(in language: ReportLanguage) -> String { language.render(explanationMessage) }
    public func recommendation(in language: ReportLanguage) -> String { language.render(recommendationMessage) }
    /// The main remedy (the first of ``remedies``).
    public var remedy: Remedy { remedies[0] }
    /// Every remedy that applies, the main one first, derived from ``problem``.
    public var remedies: [Remedy]
    /// The kind of problem (``ProblemType``), from which the remedies follow.
    public var problem: ProblemType
    /// The instrument the recommendation names, when it names one.
    public var instrument: Instrument?

    public init(rule: String, severity: Severity, mechanism: String, category: String, departments: [String] = [],
                ties: [TieRef] = [], functions: [String] = [], evidence: [(String, JSONValue)] = [],
                explanation: Message, recommendation: Message, problem: ProblemType, instrument: Instrument? = nil) {
        self.rule = rule
        self.severity = severity
        self.mechanism = mechanism
        self.category = category
        self.departments = departments
        self.ties = ties
        self.functions = functions
        self.evidence = evidence
        self.explanationMessage = explanation
        self.recommendationMessage = recommendation
        self.problem = problem
        self.remedies = problem.remedies
        self.instrument = instrument
    }

    /// A key that identifies the same finding across two networks (rule, mechanism, subjects): the
    /// first department (the subject, or the first of a sorted list), the smallest tie as an
    /// unordered pair, the first function.
    ///
    /// The tie part is order- and orientation-free: `govnet compare` diagnoses the earlier network
    /// after aligning it through the mapping, and alignment writes an undirected tie with its ends in
    /// id order where the later file may write them the other way round; keyed on the first tie as
    /// written, one unchanged finding was listed as both disappeared and appeared.
    public var identity: String {
        let tie = ties.map { $0.from <= $0.to ? "\($0.from)~\($0.to)" : "\($0.to)~\($0.from)" }.min()
        return ([rule, mechanism] + departments.prefix(1) + (tie.map { [$0] } ?? []) + functions.prefix(1)).joined(separator: "|")
    }

    /// The finding as JSON (the `diagnose --format json` interface): the language-independent fields,
    /// the catalogue keys, and the explanation and recommendation rendered in `language`.
    public func jsonValue(language: ReportLanguage = .en) -> JSONValue {
        .object([
            ("rule", .string(rule)),
            ("severity", .string(severity.rawValue)),
            ("mechanism", .string(mechanism)),
            ("category", .string(category)),
            ("departments", .array(departments.map { .string($0) })),
            ("ties", .array(ties.map { .object([("from", .string($0.from)), ("to", .string($0.to)), ("mechanism", .string($0.mechanism))]) })),
            ("functions", .array(functions.map { .string($0) })),
            ("evidence", .object(evidence)),
            ("explanation", .string(explanation(in: language))),
            ("recommendation", .string(recommendation(in: language))),
            ("explanation_key", .string(explanationMessage.key)),
            ("recommendation_key", .string(recommendationMessage.key)),
            ("remedy", .string(remedy.rawValue)),
            ("remedies", .array(remedies.map { .string($0.rawValue) })),
            ("problem", .string(problem.rawValue)),
            ("instrument", instrument.map { .string($0.rawValue) } ?? .null),
        ])
    }
}
