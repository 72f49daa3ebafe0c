/// The institutional structure of a network as the rules reason about it: the coordinating department
/// (the centre), who leads whom, the coordinating bodies with their members and office hosts, and each
/// department's ``RelationshipClass`` relative to the centre.
///
/// Sources of the structure, in order: `led_by` on departments (else `relation: leadership` command
/// ties into them); `membership` ties with `role` (the `office` member hosts the body's office; else the
/// body's `office_host` attribute). Background: docs/governance.md.
///
/// - Complexity: O(n + m) to build.
public struct GovernanceStructure: Sendable {
    /// How the centre was found.
    public enum CenterBasis: String, Sendable {
        /// Named by the user (`--center`).
        case given
        /// The department marked `coordinator: true`.
        case flagged
        /// The `emergency-management` department of the analysed level with most ties.
        case kind
        /// None found.
        case none
    }

    public let network: Network
    /// The coordinating department, when there is one.
    public let center: String?
    public let centerBasis: CenterBasis
    /// Leaders of each department (primary first): `led_by`, else the sources of leadership ties.
    public let leaders: [String: [String]]
    /// Departments that give each department professional guidance (业务指导): the sources of
    /// `relation: guidance` command ties into it. Guidance is not leadership: it makes no subordinate.
    public let guided: [String: [String]]
    /// Departments the centre leads, directly or through its own subordinates.
    public let subordinates: Set<String>
    /// Coordinating bodies (kind headquarters/committee/coordinating-body, or the target of a membership tie).
    public let bodies: Set<String>
    /// The department hosting each body's office.
    public let officeHost: [String: String]
    /// Members of each body with their roles, in tie order.
    public let members: [String: [(id: String, role: AffiliationRole)]]
    /// Each department's relationship class (empty when there is no centre).
    public let classes: [String: RelationshipClass]

    public init(network: Network, center requested: String? = nil) {
        self.network = network
        let found = GovernanceStructure.findCenter(network, requested: requested)
        center = found.id
        centerBasis = found.basis

        var leaders: [String: [String]] = [:]
        for d in network.departments where !d.ledBy.isEmpty && leaders[d.id] == nil { leaders[d.id] = d.ledBy }
        var tieLeaders: [String: [String]] = [:]
        var guided: [String: [String]] = [:]
        var bodies = Set<String>()
        var officeHost: [String: String] = [:]
        var members: [String: [(id: String, role: AffiliationRole)]] = [:]
        for t in network.ties {
            if t.mechanism == "command" && t.relation == .leadership && !(tieLeaders[t.to]?.contains(t.from) ?? false) {
                tieLeaders[t.to, default: []].append(t.from)
            }
            if t.mechanism == "command" && t.relation == .guidance && !(guided[t.to]?.contains(t.from) ?? false) {
                guided[t.to, default: []].append(t.from)
            }
            if t.mechanism == Mechanism.membership.id {
                bodies.insert(t.to)
                // `role` on the tie; files written before the field kept it as an attribute.
                let role = t.role ?? t.attributes["role"].flatMap { AffiliationRole(rawValue: $0.description) } ?? .member
                members[t.to, default: []].append((t.from, role))
                if role == .office && officeHost[t.to] == nil { officeHost[t.to] = t.from }
            }
        }
        for (id, ls) in tieLeaders where leaders[id] == nil { leaders[id] = ls }
        for d in network.departments {
            if RelationshipClass.bodyKinds.contains(d.kind ?? "") { bodies.insert(d.id) }
            if bodies.contains(d.id), officeHost[d.id] == nil, case .string(let host)? = d.attributes["office_host"] { officeHost[d.id] = host }
        }
        self.leaders = leaders
        self.guided = guided
        self.bodies = bodies
        self.officeHost = officeHost
        self.members = members

        // Subordinates: breadth-first down the leadership lines from the centre.
        var subordinates = Set<String>()
        if let c = center {
            var led: [String: [String]] = [:]
            for (id, ls) in leaders { for l in ls { led[l, default: []].append(id) } }
            var queue = [c], head = 0
            while head < queue.count {
                let u = queue[head]; head += 1
                for v in (led[u] ?? []).sorted() where v != c && subordinates.insert(v).inserted { queue.append(v) }
            }
        }
        self.subordinates = subordinates

        var classes: [String: RelationshipClass] = [:]
        if let c = center {
            let byID = Dictionary(network.departments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let centerRank = RelationshipClass.levelRank(byID[c]?.level)
            let centerLeaders = Set(leaders[c] ?? [])
            for d in network.departments where classes[d.id] == nil {
                let kind = d.kind ?? ""
                let rank = RelationshipClass.levelRank(d.level)
                let cls: RelationshipClass
                if d.id == c { cls = .centre }
                else if bodies.contains(d.id) { cls = .coordinatingBody }
                else if centerLeaders.contains(d.id) { cls = .leader }
                else if RelationshipClass.militaryKinds.contains(kind) { cls = .military }
                else if RelationshipClass.ngoKinds.contains(kind) { cls = .ngo }
                else if RelationshipClass.soeKinds.contains(kind) { cls = .soe }
                else if subordinates.contains(d.id) { cls = .subordinate }
                else if let r = rank, let cr = centerRank, r < cr { cls = .higherLevel }
                else if let r = rank, let cr = centerRank, r > cr { cls = .lowerLevel }
                else if d.management == .vertical || d.management == .dual { cls = .verticalOrDual }
                else if let primary = leaders[d.id]?.first, primary != c, !centerLeaders.contains(primary),
                        !RelationshipClass.governmentKinds.contains(byID[primary]?.kind ?? "") { cls = .subordinateOfOther }
                else { cls = .sameLevel }
                classes[d.id] = cls
            }
        }
        self.classes = classes
    }

    /// The centre: `requested` when given, else the department marked `coordinator: true`, else the
    /// `emergency-management` department with most ties at the analysed level (the most common level
    /// among departments; every level tied for most counts), else — when that level has none — the
    /// `emergency-management` department with most ties at any level. Ties broken by id.
    public static func findCenter(_ network: Network, requested: String? = nil) -> (id: String?, basis: CenterBasis) {
        if let requested { return (requested, .given) }
        if let flagged = network.departments.first(where: \.coordinator) { return (flagged.id, .flagged) }
        let kind = network.departments.filter { $0.kind == "emergency-management" }
        guard !kind.isEmpty else { return (nil, .none) }
        var levelCount: [String: Int] = [:]
        for d in network.departments { if let l = d.level { levelCount[l, default: 0] += 1 } }
        let most = levelCount.values.max() ?? 0
        let analysed = Set(levelCount.filter { $0.value == most }.map(\.key))
        let atLevel = kind.filter { $0.level == nil || analysed.isEmpty || analysed.contains($0.level!) }
        let candidates = (atLevel.isEmpty ? kind : atLevel).map(\.id)
        var degree: [String: Int] = [:]
        for t in network.ties where t.mechanism != Mechanism.membership.id { degree[t.from, default: 0] += 1; degree[t.to, default: 0] += 1 }
        return (candidates.max { (degree[$0] ?? 0, $1) < (degree[$1] ?? 0, $0) }, .kind)
    }

    /// The relationship class of a department (`nil` without a centre).
    public func relationship(of id: String) -> RelationshipClass? { classes[id] }

    /// Whether `id` is led by the centre (directly or through its subordinates).
    public func isSubordinateOfCenter(_ id: String) -> Bool { subordinates.contains(id) }

    /// Coordinating bodies whose office the centre hosts.
    public var hostedBodies: [String] {
        guard let c = center else { return [] }
        return officeHost.filter { $0.value == c }.map(\.key).sorted()
    }

    /// Bodies whose office the centre hosts and of which `id` is a member: the centre reaches `id`
    /// through them, for their functions and phases.
    public func hostedBodies(reaching id: String) -> [String] {
        hostedBodies.filter { b in members[b]?.contains { $0.id == id } ?? false }
    }

    /// Functions in which a coordinating body holds a role (the scope of its coordination).
    public func functions(of body: String) -> [String] {
        network.functions.filter { f in f.assignments.contains { $0.department == body } }.map(\.id)
    }

    /// The message to print once when a command needs a centre and none was found.
    /// The front end adds how to name one (``ErrorRemedy/nameCoordinator``).
    public static let noCenterHint = "no coordinating department found: mark one with 'coordinator: true' or give one the kind 'emergency-management' at the analysed level"
}
