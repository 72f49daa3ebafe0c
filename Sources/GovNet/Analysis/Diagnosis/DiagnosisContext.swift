/// What every diagnosis rule needs: the network, the thresholds, the coordinating department, and
/// graphs per mechanism, with helpers that name departments the way an official reads them.
public struct DiagnosisContext: Sendable {
    public let network: Network
    public let config: DiagnosisConfig
    /// The coordinating department (`--center`, else the emergency-management department with most ties).
    public let center: String?
    /// Mechanisms analysed (the ones used by ties, or those asked for).
    public let mechanisms: [String]
    /// Display language for names (`zh` uses `names.zh`).
    public let language: String?
    private let names: [String: String]

    public init(network: Network, config: DiagnosisConfig = DiagnosisConfig(), center: String? = nil,
                mechanisms: [String]? = nil, language: String? = nil) {
        self.network = network
        self.config = config
        self.language = language
        self.mechanisms = mechanisms ?? network.usedMechanismIDs
        var names: [String: String] = [:]
        for d in network.departments where names[d.id] == nil { names[d.id] = d.label(language: language) }
        self.names = names
        self.center = center ?? DiagnosisContext.defaultCenter(network)
    }

    /// The coordinating department found by role: `coordinator: true`, else the
    /// `emergency-management` department of the analysed level with most ties
    /// (``GovernanceStructure/findCenter(_:requested:)``).
    public static func defaultCenter(_ network: Network) -> String? {
        GovernanceStructure.findCenter(network).id
    }

    /// The graph of one mechanism (`nil` or `all`: every analysed mechanism combined), unweighted,
    /// direction as recorded.
    public func graph(_ mechanism: String?) -> NetworkGraph {
        let ms = mechanism == nil || mechanism == "all" ? mechanisms : [mechanism!]
        return NetworkGraph(network: network, view: GraphView(mechanisms: ms))
    }

    /// Display name of a department.
    public func name(_ id: String) -> String { names[id] ?? id }

    /// Display name of a mechanism.
    public func mechanismName(_ id: String) -> String {
        if id == "all" { return language == "zh" ? "全部联动机制" : "all mechanisms" }
        let m = network.mechanism(id)
        if language == "zh", let zh = m?.nameZh { return zh }
        return (m?.name ?? id).lowercased()
    }

    /// "A, B and C" (names), at most `limit` then "and N more".
    public func list(_ ids: [String], limit: Int = 6) -> String {
        let shown = ids.prefix(limit).map(name)
        let rest = ids.count - shown.count
        if rest > 0 { return shown.joined(separator: ", ") + " and \(rest) more" }
        if shown.count <= 1 { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " and " + shown.last!
    }

    /// The remedy that fits a mechanism's failures.
    public func remedy(for mechanism: String) -> Remedy {
        switch mechanism {
        case "information": return .informationChannels
        case "material": return .optimisedResources
        case "command", "supervision": return .clearResponsibilities
        default: return .unifyTargets
        }
    }
}

/// A diagnosis rule: a pure function from the context to findings, with a stable id.
public protocol DiagnosisRule: Sendable {
    /// Stable id, also the `rule` of its findings (a rule may emit several related ids).
    var id: String { get }
    /// Why the rule exists, in a sentence (shown by `govnet diagnose --list-rules`).
    var rationale: String { get }
    func findings(in context: DiagnosisContext) -> [Finding]
}
