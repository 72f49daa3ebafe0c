/// The legal or institutional foundation of a tie.
public enum Basis: String, CaseIterable, Hashable, Sendable {
    case law, regulation, plan, agreement, informal
}

/// A tie (edge) of one mechanism between two departments. Parallel ties of different mechanisms are
/// normal: the network is multiplex.
public struct Tie: Hashable, Sendable {
    /// Department id of the source (for directed ties) or one end.
    public var from: String
    /// Department id of the target or the other end.
    public var to: String
    /// Mechanism id.
    public var mechanism: String
    /// Strength or frequency, finite and > 0. Defaults to 1.
    public var weight: Double
    /// Explicit direction; `nil` takes the mechanism's default (see ``Network/isDirected(_:)``).
    public var directed: Bool?
    /// Legal foundation, when recorded.
    public var basis: Basis?
    /// Free attributes.
    public var attributes: [String: AttributeValue]
    /// The kind of a command tie; `nil` on a command tie means unspecified (left out of the rules that
    /// reason about leadership).
    public var relation: CommandRelation?
    /// The stages of the emergency cycle the tie works in (empty: not recorded, taken as all).
    public var phases: [Phase]
    /// Where the tie is known from.
    public var source: EvidenceSource?
    /// Document title, number, date, section (for documentary ties).
    public var citation: String?
    /// Confidence in the tie, in (0, 1].
    public var confidence: Double?
    /// Role on an affiliation tie: the member's role in the coordinating body (`membership`) or the
    /// department's role in drafting the plan (`drafting`).
    public var role: AffiliationRole?
    /// The functions (ids) the tie serves, when recorded (empty: not recorded; a reform comparison then
    /// infers them, see ``Alignment``).
    public var functions: [String] = []

    public init(from: String, to: String, mechanism: String, weight: Double = 1, directed: Bool? = nil,
                basis: Basis? = nil, attributes: [String: AttributeValue] = [:], relation: CommandRelation? = nil,
                phases: [Phase] = [], source: EvidenceSource? = nil, citation: String? = nil, confidence: Double? = nil,
                role: AffiliationRole? = nil) {
        self.from = from
        self.to = to
        self.mechanism = mechanism
        self.weight = weight
        self.directed = directed
        self.basis = basis
        self.attributes = attributes
        self.relation = relation
        self.phases = phases
        self.source = source
        self.citation = citation
        self.confidence = confidence
        self.role = role
    }

    /// Whether the tie is derived from other data rather than recorded itself: its attribute `derived`
    /// is `true`, as on the one-mode projections of two-mode data (two departments sharing an Emergency
    /// Support Function, a plan or a headquarters). Derived ties say nothing the two-mode ties do not
    /// say, so one-mode analyses leave them out by default (``GraphView/includeDerived``).
    public var isDerived: Bool {
        switch attributes["derived"] {
        case .bool(let b): return b
        case .string(let s): return s == "true"
        default: return false
        }
    }

    /// Whether the tie works in `phase` (a tie with no recorded phase works in all).
    public func works(in phase: Phase) -> Bool { phases.isEmpty || phases.contains(phase) }
}
