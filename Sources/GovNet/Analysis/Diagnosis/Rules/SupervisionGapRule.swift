/// **Accountability gaps** (supervision): departments that lead or co-lead a function but whose
/// emergency duties no assessment line covers — neither a supervision (考核, 督查, 问责) tie into them
/// nor a primary leadership line from the government of the analysed level (leadership includes the
/// annual assessment). Typically vertically or dually managed units, enterprises and social
/// organisations with lead roles. "Supervision is not flexible" in the research on municipal linkage.
///
/// Supervision is an assessment line, not a flow: a single line is enough, and the rule never asks for
/// a "second supervision channel". Must not flag: coordinating bodies (their member units are
/// assessed), the centre and its subordinates, departments whose primary leadership line reaches the
/// local government or the centre (a unit of a locally led department is assessed by its leader), and
/// kinds listed in `subordinate_kinds`.
///
/// The recommendation names the body that assesses **that duty** (``assessor(for:functions:in:)``),
/// and says why it was chosen:
/// 1. a coordinating body that holds a role in one of the department's functions (the headquarters of
///    that duty), the department's own headquarters first;
/// 2. else the assessor whose supervision ties already reach the most other departments holding roles
///    in those functions (the centre left out: it is assessed on everything it coordinates);
/// 3. else, when nobody assesses anyone in those functions, the assessor by remit: the emergency
///    committee (assesses departments' emergency duties, 考核), the government's supervision office
///    (督查 of the government's emergency tasks), a supervision bureau, the government, the discipline
///    inspection commission (问责, after the fact), the people's congress;
/// 4. else the government that leads the centre, as before any assessor was recorded.
/// Ties within a step go by that order of remit, then by id. Candidates are the assessor kinds, the
/// coordinating bodies (steps 1 and 2 only) and the governments not above the analysed level; never
/// the department itself or the centre.
///
/// - Complexity: O(F · (A + S)) per flagged department, F its functions' assignments, A candidates,
///   S supervision ties.
public struct SupervisionGapRule: DiagnosisRule {
    public let id = "supervision-gap"
    public init() {}

    /// Kinds that assess, in the order of their remit for departments' emergency duties (step 3).
    static let assessorKinds = ["emergency-committee", "supervision-office", "supervision", "government", "discipline-inspection", "people's-congress"]

    /// Why an assessor was named (`evidence.assessor_basis` and the recommendation's last sentence).
    enum AssessorBasis: String {
        /// A body coordinating the duty, of which the department is a member unit.
        case bodyMember = "body-member"
        /// A body coordinating the duty.
        case body
        /// Already assesses other departments holding roles in the same functions.
        case peers
        /// Nobody assesses the duty; named by its remit.
        case remit
    }

    /// The assessor of `dep`'s duties in `functions`, with the basis of the choice, for ``AssessorBasis/peers``
    /// the departments it already assesses there, and the functions the reason is about (for a body,
    /// those it coordinates). `nil` when the network holds no candidate.
    static func assessor(for dep: String, functions: [String], in context: DiagnosisContext)
        -> (id: String, basis: AssessorBasis, peers: [String], scope: [String])? {
        let net = context.network, s = context.structure
        let kinds = Dictionary(net.departments.map { ($0.id, $0.kind ?? "") }, uniquingKeysWith: { a, _ in a })
        func remit(_ id: String) -> Int {
            assessorKinds.firstIndex(of: kinds[id] ?? "") ?? assessorKinds.count
        }
        let candidates = net.departments.map(\.id).filter { id in
            id != dep && id != context.center && (assessorKinds.contains(kinds[id] ?? "") || s.bodies.contains(id))
                && !(kinds[id] == "government" && s.relationship(of: id) == .higherLevel)
        }
        guard !candidates.isEmpty else { return nil }
        let duty = Set(functions)
        let fs = net.functions.filter { duty.contains($0.id) }
        // 1. the headquarters of the duty
        let coordinating = candidates.filter { c in s.bodies.contains(c) && fs.contains { f in f.assignments.contains { $0.department == c } } }
        func isMember(_ body: String) -> Bool { s.members[body]?.contains { $0.id == dep } ?? false }
        if let body = coordinating.min(by: { (isMember($0) ? 0 : 1, remit($0), $0) < (isMember($1) ? 0 : 1, remit($1), $1) }) {
            let scope = fs.filter { f in f.assignments.contains { $0.department == body } }.map(\.id)
            return (body, isMember(body) ? .bodyMember : .body, [], scope)
        }
        // 2. the assessor already assessing the duty's other holders
        let holders = Set(fs.flatMap { $0.assignments.map(\.department) }).subtracting([dep] + (context.center.map { [$0] } ?? []))
        var assessed: [String: Set<String>] = [:]
        for t in net.ties where t.mechanism == "supervision" {
            if holders.contains(t.to) { assessed[t.from, default: []].insert(t.to) }
            if !net.isDirected(t) && holders.contains(t.from) { assessed[t.to, default: []].insert(t.from) }
        }
        let scored = candidates.filter { !(assessed[$0]?.isEmpty ?? true) }
        if let best = scored.min(by: { (-(assessed[$0]!.count), remit($0), $0) < (-(assessed[$1]!.count), remit($1), $1) }) {
            return (best, .peers, assessed[best]!.sorted(), functions)
        }
        // 3. by remit (a body that neither coordinates the duty nor assesses anyone has none)
        return candidates.filter { remit($0) < assessorKinds.count }.min { (remit($0), $0) < (remit($1), $1) }.map { ($0, .remit, [], functions) }
    }

    public func findings(in context: DiagnosisContext) -> [Finding] {
        guard !context.network.functions.isEmpty else { return [] }
        let s = context.structure
        var supervised = Set<String>()
        for t in context.network.ties where t.mechanism == "supervision" {
            supervised.insert(t.to)
            if !context.network.isDirected(t) { supervised.insert(t.from) }
        }
        let kinds = Dictionary(context.network.departments.map { ($0.id, $0.kind ?? "") }, uniquingKeysWith: { a, _ in a })
        // The local government: the centre's primary leader of kind government, else any government at its level.
        let centerLeader = context.center.flatMap { s.leaders[$0]?.first }
        // Assessed through its primary leadership line: the line reaches the local government or the
        // centre (a unit of a locally led department is assessed by its leader, in that leader's own
        // assessment); a line that leaves for an upper-level system does not.
        func assessedByLeadership(_ id: String) -> Bool {
            var current = id, seen: Set<String> = [id]
            while let primary = s.leaders[current]?.first, seen.insert(primary).inserted {
                if primary == context.center || primary == centerLeader || s.isSubordinateOfCenter(primary)
                    || (kinds[primary] == "government" && s.relationship(of: primary) != .higherLevel) { return true }
                if s.relationship(of: primary) == .higherLevel || s.relationship(of: primary) == .verticalOrDual { return false }
                current = primary
            }
            return false
        }
        let subordinateKinds = Set(context.config.subordinateKinds)
        var leads: [String: [String]] = [:]
        for f in context.network.functions {
            for a in f.assignments where a.role == .lead || a.role == .coLead { leads[a.department, default: []].append(f.id) }
        }
        return leads.keys.sorted().filter { dep in
            !supervised.contains(dep) && dep != context.center && !s.isSubordinateOfCenter(dep) && !s.bodies.contains(dep)
                && !assessedByLeadership(dep) && !subordinateKinds.contains(kinds[dep] ?? "")
        }.map { dep in
            let fnames = context.functions(leads[dep]!)
            let why = s.relationship(of: dep).map { CoordinationReachRule.relationshipPhrase($0) } ?? .message(Message("relationship.not-led-locally"))
            let chosen = Self.assessor(for: dep, functions: leads[dep]!, in: context)
            let assessor = chosen?.id ?? centerLeader.flatMap { $0 == dep ? nil : $0 }
            let reason: MessageArgument = chosen.map { c in
                .message(Message("finding.supervision-gap.why.\(c.basis.rawValue)", [
                    ("assessor", context.department(c.id)), ("department", context.department(dep)), ("functions", context.functions(c.scope)),
                    ("peers", context.departments(c.peers, limit: 4)),
                    ("remit", .message(Message("finding.supervision-gap.remit.\(context.network.department(c.id)?.kind.flatMap { Self.assessorKinds.contains($0) ? $0 : nil } ?? "body")"))),
                ]))
            } ?? .empty
            return Finding(rule: id, severity: .medium, mechanism: "supervision", category: "supervision",
                    departments: [dep] + (assessor.map { [$0] } ?? []), functions: leads[dep]!,
                    evidence: [("functions_led", .number(Double(leads[dep]!.count))), ("supervision_ties_in", .number(0)),
                               ("relationship", s.relationship(of: dep).map { .string($0.rawValue) } ?? .null),
                               ("assessor_basis", chosen.map { .string($0.basis.rawValue) } ?? .null)],
                    explanation: Message("finding.supervision-gap.explanation", [
                        ("department", context.department(dep)), ("functions", fnames), ("relationship", why)]),
                    recommendation: Message("finding.supervision-gap.recommendation", [
                        ("department", context.department(dep)), ("functions", fnames), ("assessment", .instrument(.assessmentLine)),
                        ("assessor", assessor.map { .message(Message("finding.supervision-gap.assessor", [("assessor", context.department($0))])) } ?? .empty),
                        ("meeting", .instrument(.jointMeeting)), ("why", reason)]),
                    problem: .accountabilityGap, instrument: .assessmentLine)
        }
    }
}
