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
    /// Leadership lines, coordinating bodies and relationship classes around ``center``.
    public let structure: GovernanceStructure
    private let names: [String: String]
    private let localized: [String: LocalizedName]
    /// Whether the findings' sentences are left out (their message parameters are empty): a
    /// perturbed network's findings are compared by rule, core and evidence only
    /// (``DiagnosisRobustness``), so naming departments in them is work thrown away.
    private var sentenceless = false
    /// ``linkageScope``, computed once when a context is diagnosed once per robustness draw.
    private var scope: Set<String>? = nil
    /// ``kindGroups``, shared by the perturbed contexts of one network (the departments do not change).
    private var kinds: DepartmentGroups? = nil

    /// Mechanisms that are not working flows between departments: command (leadership lines),
    /// supervision (assessment lines) and membership (two-mode data).
    public static let structuralMechanisms: Set<String> = ["command", "supervision", Mechanism.membership.id]

    public init(network: Network, config: DiagnosisConfig = DiagnosisConfig(), center: String? = nil,
                mechanisms: [String]? = nil, language: String? = nil) {
        self.network = network
        self.config = config
        self.language = language
        self.mechanisms = mechanisms ?? network.defaultMechanismIDs(includeMembership: config.includeMembership, includeDerived: config.includeDerived)
        self.workingMechanisms = self.mechanisms.filter { !DiagnosisContext.structuralMechanisms.contains($0) }
        var names: [String: String] = [:]
        for d in network.departments where names[d.id] == nil { names[d.id] = d.label(language: language) }
        self.names = names
        var localized: [String: LocalizedName] = [:]
        for d in network.departments where localized[d.id] == nil {
            localized[d.id] = LocalizedName(d.label(language: nil), chinese: d.names["zh"])
        }
        self.localized = localized
        self.structure = GovernanceStructure(network: network, center: center)
        self.center = structure.center
    }

    /// The context of `network`, a perturbation of `base.network` that changes working ties only
    /// (``PerturbationModel``): the leadership lines, coordinating bodies and departments — hence the
    /// governance structure and the names — are those of `base`, so they are not recomputed. Its
    /// findings carry no sentences (empty message parameters): they are only compared with the
    /// recorded ones. `resolved`: the ties of `network` resolved with the departments' index (else
    /// resolved here, once for all the graphs).
    init(perturbing base: DiagnosisContext, network: Network, resolved: ResolvedTies? = nil) {
        self.network = network
        self.config = base.config
        self.language = base.language
        self.mechanisms = base.mechanisms
        self.workingMechanisms = base.workingMechanisms
        self.names = base.names
        self.localized = base.localized
        self.structure = base.structure
        self.center = base.center
        // The graphs of mechanisms a perturbation leaves alone are the base's, when it keeps them;
        // the others share the base's department index (the departments are the same), and the
        // working graph is the graph of all mechanisms when every analysed mechanism is a working one.
        let working = Set(workingMechanisms)
        let shared = base.graphs?["all"]
        let resolved = resolved ?? shared?.resolve(network)
        func build(_ ms: [String]) -> NetworkGraph {
            let view = GraphView(mechanisms: ms)
            return shared?.sameDepartments(network: network, view: view, resolved: resolved) ?? NetworkGraph(network: network, view: view)
        }
        var graphs: [String: NetworkGraph] = [:]
        for m in mechanisms + ["all"] { graphs[m] = working.contains(m) || m == "all" ? nil : base.graphs?[m] }
        for m in mechanisms + ["all"] where graphs[m] == nil { graphs[m] = build(m == "all" ? mechanisms : [m]) }
        graphs[Self.workingKey] = workingMechanisms == mechanisms ? graphs["all"] : build(workingMechanisms)
        self.graphs = graphs
        self.sentenceless = true
        self.scope = computeLinkageScope()
        self.kinds = base.kinds ?? DepartmentGroups(network: base.network, attribute: "kind")
    }

    /// The departments grouped by `kind` (``DepartmentGroups``).
    var kindGroups: DepartmentGroups { kinds ?? DepartmentGroups(network: network, attribute: "kind") }

    /// This context with the graphs of every mechanism built once (``graph(_:)`` then looks them up):
    /// the base of the robustness draws, whose perturbations keep the graphs of the structural
    /// mechanisms (command, supervision, membership). Like a perturbed context, it writes no sentences.
    func cachingGraphs() -> DiagnosisContext { DiagnosisContext(perturbing: self, network: network) }

    /// The ties of ``network`` resolved with the departments' index, when this context caches its
    /// graphs (``cachingGraphs()``): the base that perturbed ties are gathered from.
    func resolvedTies() -> ResolvedTies? { graphs?["all"]?.resolve(network) }

    /// The analysed mechanisms through which departments work together (information, operation,
    /// material and any declared ones): not command, supervision or membership.
    public let workingMechanisms: [String]

    /// The graph of the working mechanisms combined.
    public var workingGraph: NetworkGraph {
        graphs?[Self.workingKey] ?? NetworkGraph(network: network, view: GraphView(mechanisms: workingMechanisms))
    }

    /// The graphs the rules ask for (each mechanism, all, working), built once when a context is
    /// re-diagnosed many times (robustness draws); nil: built on each call.
    private var graphs: [String: NetworkGraph]? = nil
    private static let workingKey = "\u{1F}working"

    /// Departments the centre must reach and hear back from by information: every department with a
    /// working tie or a role in a function, except the centre, its leaders (the bureau reports to its
    /// government by its own line), higher-level departments and coordinating bodies (reached through
    /// their own lines and offices). Without a centre: all with ties.
    public var linkageScope: Set<String> { scope ?? computeLinkageScope() }

    private func computeLinkageScope() -> Set<String> {
        var active = Set<String>()
        for t in network.ties where workingMechanisms.contains(t.mechanism) { active.insert(t.from); active.insert(t.to) }
        for f in network.functions { for a in f.assignments { active.insert(a.department) } }
        guard let c = center else { return active }
        active.remove(c)
        return active.filter { id in
            switch structure.relationship(of: id) {
            case .higherLevel?, .coordinatingBody?, .leader?: return false
            default: return !structure.bodies.contains(id)
            }
        }
    }

    /// Whether `leader` leads `id` (one of its `led_by`, or the source of a leadership tie into it).
    public func leads(_ leader: String, _ id: String) -> Bool {
        structure.leaders[id]?.contains(leader) ?? false
    }

    /// Whether `upper` gives `id` professional guidance (业务指导: a `relation: guidance` command tie),
    /// as an upper-level department guides its counterpart below.
    public func guides(_ upper: String, _ id: String) -> Bool { structure.guided[id]?.contains(upper) ?? false }

    /// Whether `upper` leads or guides `id`: `id`'s own vertical line runs to `upper`.
    public func leadsOrGuides(_ upper: String, _ id: String) -> Bool { leads(upper, id) || guides(upper, id) }

    /// Whether a tie between `a` and `b` is a line of their own hierarchy (one leads the other).
    public func isLeadershipPair(_ a: String, _ b: String) -> Bool { leads(a, b) || leads(b, a) }

    /// Whether a tie between `a` and `b` is one organisation's own line: one leads or guides the other
    /// (隶属, or the professional line of one system, 条), or one hosts the other's office (a
    /// coordinating body works through the office its host department runs — 办公室设在 — so the body
    /// depends on that department by design, not by a fault).
    public func isOwnLine(_ a: String, _ b: String) -> Bool {
        leadsOrGuides(a, b) || leadsOrGuides(b, a) || structure.officeHost[a] == b || structure.officeHost[b] == a
    }

    /// An instrument as the output's language names it.
    public func instrumentName(_ i: Instrument) -> String { outputLanguage.instrument(i) }

    /// The coordinating department found by role: `coordinator: true`, else the
    /// `emergency-management` department of the analysed level with most ties
    /// (``GovernanceStructure/findCenter(_:requested:)``).
    public static func defaultCenter(_ network: Network) -> String? {
        GovernanceStructure.findCenter(network).id
    }

    /// The graph of one mechanism (`nil` or `all`: every analysed mechanism combined), unweighted,
    /// direction as recorded.
    public func graph(_ mechanism: String?) -> NetworkGraph {
        if let g = graphs?[mechanism ?? "all"] { return g }
        let ms = mechanism == nil || mechanism == "all" ? mechanisms : [mechanism!]
        return NetworkGraph(network: network, view: GraphView(mechanisms: ms))
    }

    /// Display name of a department.
    public func name(_ id: String) -> String { names[id] ?? id }

    /// Display name of a mechanism.
    public func mechanismName(_ id: String) -> String { MessageCatalogue.text(mechanismArgument(id), outputLanguage) }

    /// The output's language.
    public var outputLanguage: ReportLanguage { ReportLanguage(code: language) }

    /// A department's name in each language (a message parameter).
    public func department(_ id: String) -> MessageArgument {
        sentenceless ? .empty : .name(localized[id] ?? LocalizedName(id))
    }

    /// Departments' names joined the language's way, at most `limit` then "and N more" (a message parameter).
    public func departments(_ ids: [String], limit: Int = 6) -> MessageArgument {
        if sentenceless { return .empty }
        return .names(ids.map { localized[$0] ?? LocalizedName($0) }, limit: limit, unit: .department)
    }

    /// Functions' names (`names.zh` in Chinese) joined the language's way, all of them unless `limit` (a message parameter).
    public func functions(_ ids: [String], limit: Int = .max) -> MessageArgument {
        if sentenceless { return .empty }
        return .names(ids.map { id in
            let f = network.functions.first { $0.id == id }
            return LocalizedName(f?.name ?? id, chinese: f?.names["zh"])
        }, limit: limit, unit: .function)
    }

    /// A mechanism's name as a sentence uses it ("information sharing" / 信息共享); `all` is every
    /// analysed mechanism, `working` the working ones (a message parameter).
    public func mechanism(_ id: String) -> MessageArgument { sentenceless ? .empty : mechanismArgument(id) }

    private func mechanismArgument(_ id: String) -> MessageArgument {
        if id == "all" || id == "working" { return .message(Message("mechanism.\(id)")) }
        let m = network.mechanism(id)
        return .name(LocalizedName((m?.name ?? id).lowercased(), chinese: m?.nameZh))
    }

    /// "A, B and C" (names), at most `limit` then "and N more".
    public func list(_ ids: [String], limit: Int = 6) -> String {
        MessageCatalogue.text(.names(ids.map { localized[$0] ?? LocalizedName($0) }, limit: limit, unit: .department), outputLanguage)
    }

}

/// A diagnosis rule: a pure function from the context to findings, with a stable id.
public protocol DiagnosisRule: Sendable {
    /// Stable id, also the `rule` of its findings (a rule may emit several related ids).
    var id: String { get }
    func findings(in context: DiagnosisContext) -> [Finding]
}

extension DiagnosisRule {
    /// Why the rule exists, in a sentence (shown by `govnet diagnose --list-rules`): catalogue
    /// `rationale.<id>`.
    public func rationale(in language: ReportLanguage = .en) -> String { MessageCatalogue.template("rationale.\(id)", language) }
    /// The rule's name in a language (catalogue `rule.<id>`).
    public static func name(_ id: String, _ language: ReportLanguage) -> String { MessageCatalogue.template("rule.\(id)", language) }
}
