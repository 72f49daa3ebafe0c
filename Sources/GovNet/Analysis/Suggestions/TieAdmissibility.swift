/// Which new ties a network's governance structure supports, and by which instrument: the rules
/// `govnet suggest` applies before it ranks candidate pairs (background: docs/governance.md).
///
/// - **Command** (and a `leadership` relation) only where one department leads the other
///   (``GovernanceStructure/leaders``): a department with no authority over another cannot be told to
///   command it — the emergency management bureau coordinates same-level departments, it does not lead
///   them. A command suggestion therefore *needs a leadership line* and is made only where one exists.
/// - **Supervision** (an assessment line) only from a leader, or from an assessor of the same level (a
///   government, its supervision office, the discipline inspection commission, the emergency committee).
/// - **Working ties** (information, operation, material and declared mechanisms) need no leadership
///   line: they are coordination, through a shared information platform, a linkage agreement or a
///   material reserve and call-up agreement. Unless the user allows it (`crossLines`), they must not
///   skip an administrative level (two or more levels apart), link adjacent levels outside a line of
///   leadership or guidance between the two, reach into another department's own leadership line (a
///   unit led by a same-level department is linked through its leader), or bypass a coordinating
///   body (bodies are reached through membership, a two-mode tie).
///
/// - Complexity: O(1) per pair after O(n + m) set-up.
public struct TieAdmissibility: Sendable {
    /// Whether a tie needs a leadership line, and the one it follows.
    public enum Line: Sendable, Equatable {
        /// Coordination between departments: no leadership line is needed.
        case notNeeded
        /// The tie runs along the line in which `leader` leads `led` (required for command).
        case within(leader: String, led: String)
        /// An assessment line from an assessor of the same level (supervision).
        case assessment(assessor: String)
    }

    /// Whether ties of ``mechanism`` need a leadership line (command: only a leader commands).
    public var needsLeadershipLine: Bool { mechanism == "command" }

    /// Why a pair is not proposed.
    public enum Refusal: String, Sendable, CaseIterable, Error {
        /// A command tie between departments neither of which leads the other.
        case commandWithoutLeadership = "command-without-leadership"
        /// A supervision tie with no leader or assessor at either end.
        case supervisionWithoutAssessor = "supervision-without-assessor"
        /// The ends are two or more administrative levels apart.
        case skipsLevel = "skips-level"
        /// Adjacent levels with no leadership or guidance line between the two.
        case crossesLevel = "crosses-level"
        /// One end is a unit led by a same-level department that the other end is not.
        case otherLeadershipLine = "other-leadership-line"
        /// One end is a coordinating body.
        case coordinatingBody = "coordinating-body"
    }

    public let structure: GovernanceStructure
    /// The mechanism of the proposed ties.
    public let mechanism: String
    /// Whether the user allows pairs that skip levels or cross leadership lines (never command without leadership).
    public let crossLines: Bool
    private let byID: [String: Department]
    private let guidance: Set<String>

    public init(structure: GovernanceStructure, mechanism: String, crossLines: Bool = false) {
        self.structure = structure
        self.mechanism = mechanism
        self.crossLines = crossLines
        byID = Dictionary(structure.network.departments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var guidance = Set<String>()
        for t in structure.network.ties where t.mechanism == "command" && (t.relation == .guidance || t.relation == .leadership) {
            guidance.insert(Self.key(t.from, t.to))
        }
        self.guidance = guidance
    }

    private static func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{1F}" + b : b + "\u{1F}" + a }

    /// Kinds that assess emergency work at their own level.
    static let assessorKinds: Set<String> = ["government", "supervision", "supervision-office", "emergency-committee", "discipline-inspection"]

    /// The line a tie between `a` and `b` follows, or why the structure does not support it.
    public func check(_ a: String, _ b: String) -> Result<Line, Refusal> {
        let lead: Line? = leads(a, b) ? .within(leader: a, led: b) : leads(b, a) ? .within(leader: b, led: a) : nil
        switch mechanism {
        case "command":
            // Never relaxed by crossLines: a command tie without authority is not a linkage instrument.
            guard let lead else { return .failure(.commandWithoutLeadership) }
            return .success(lead)
        case "supervision":
            if let lead { return .success(lead) }
            for (x, y) in [(a, b), (b, a)] where Self.assessorKinds.contains(byID[x]?.kind ?? "") && !isHigherLevel(y, than: x) && !isBody(y) {
                if rank(x) == nil || rank(y) == nil || rank(x) == rank(y) { return .success(.assessment(assessor: x)) }
            }
            return .failure(.supervisionWithoutAssessor)
        default:
            if !crossLines && (isBody(a) || isBody(b)) { return .failure(.coordinatingBody) }
            if let lead { return .success(lead) }  // a working tie along an existing line
            if crossLines { return .success(.notNeeded) }
            if let ra = rank(a), let rb = rank(b), ra != rb {
                if abs(ra - rb) >= 2 { return .failure(.skipsLevel) }
                if !guidance.contains(Self.key(a, b)) { return .failure(.crossesLevel) }
            }
            if reachesIntoLine(a, b) || reachesIntoLine(b, a) { return .failure(.otherLeadershipLine) }
            return .success(.notNeeded)
        }
    }

    /// The administrative level a tie between `a` and `b` acts on: one level (`municipal`), two adjacent
    /// levels (`municipal–county`), or `unknown`.
    public func level(_ a: String, _ b: String) -> String {
        let la = byID[a]?.level, lb = byID[b]?.level
        switch (la, lb) {
        case let (x?, y?) where x == y: return x
        case let (x?, y?):
            return (rank(a) ?? 0) <= (rank(b) ?? 0) ? "\(x)–\(y)" : "\(y)–\(x)"
        case let (x?, nil), let (nil, x?): return x
        default: return "unknown"
        }
    }

    /// The instrument a proposed tie is made with.
    public func instrument(for line: Line) -> Instrument {
        switch (mechanism, line) {
        case ("supervision", _): return .assessmentLine
        case ("command", _), (_, .within): return .planProvision
        case ("information", _): return .informationPlatform
        case ("material", _): return .materialAgreement
        default: return .linkageAgreement
        }
    }

    private func leads(_ leader: String, _ id: String) -> Bool { structure.leaders[id]?.contains(leader) ?? false }
    private func isBody(_ id: String) -> Bool { structure.bodies.contains(id) }
    private func rank(_ id: String) -> Int? { RelationshipClass.levelRank(byID[id]?.level) }
    private func isHigherLevel(_ x: String, than y: String) -> Bool {
        guard let rx = rank(x), let ry = rank(y) else { return false }
        return rx < ry
    }

    /// Whether a tie from `other` to `unit` reaches into the leadership line of `unit`'s primary leader:
    /// `unit` is locally managed and led by a same-level department (not a government) that `other`
    /// neither is nor shares.
    private func reachesIntoLine(_ unit: String, _ other: String) -> Bool {
        guard let d = byID[unit], d.management != .vertical, d.management != .dual,
              let leader = structure.leaders[unit]?.first, let l = byID[leader],
              !Self.assessorKinds.contains(l.kind ?? ""), !isBody(leader) else { return false }
        if let rl = rank(leader), let ru = rank(unit), rl != ru { return false }
        return other != leader && structure.leaders[other]?.first != leader
    }
}
