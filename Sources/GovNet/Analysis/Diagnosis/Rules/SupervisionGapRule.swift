/// **Accountability gaps** (supervision): departments that lead or co-lead a function but whose
/// emergency duties no assessment line covers — neither a supervision (考核, 督查, 问责) tie into them
/// nor a primary leadership line from the government of the analysed level (leadership includes the
/// annual assessment). Typically vertically or dually managed units, enterprises and social
/// organisations with lead roles. "Supervision is not flexible" in the research on municipal linkage.
///
/// Supervision is an assessment line, not a flow: a single line is enough, and the rule never asks for
/// a "second supervision channel". Must not flag: coordinating bodies (their member units are
/// assessed), the centre and its subordinates, departments whose primary leader is the local
/// government or the centre, and kinds listed in `subordinate_kinds`. The recommendation names the
/// assessor present in the network: the government's supervision office, the discipline inspection
/// commission, the emergency committee, else the government.
public struct SupervisionGapRule: DiagnosisRule {
    public let id = "supervision-gap"
    public init() {}

    static let assessorKinds = ["supervision", "supervision-office", "emergency-committee", "discipline-inspection", "people's-congress"]

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
        func assessedByLeadership(_ id: String) -> Bool {
            guard let primary = s.leaders[id]?.first else { return false }
            return primary == context.center || primary == centerLeader || s.isSubordinateOfCenter(primary)
                || (kinds[primary] == "government" && s.relationship(of: primary) != .higherLevel)
        }
        let assessor = Self.assessorKinds.lazy.compactMap { k in context.network.departments.first { $0.kind == k }?.id }.first ?? centerLeader
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
            return Finding(rule: id, severity: .medium, mechanism: "supervision", category: "supervision",
                    departments: [dep] + (assessor.map { [$0] } ?? []), functions: leads[dep]!,
                    evidence: [("functions_led", .number(Double(leads[dep]!.count))), ("supervision_ties_in", .number(0)),
                               ("relationship", s.relationship(of: dep).map { .string($0.rawValue) } ?? .null)],
                    explanation: Message("finding.supervision-gap.explanation", [
                        ("department", context.department(dep)), ("functions", fnames), ("relationship", why)]),
                    recommendation: Message("finding.supervision-gap.recommendation", [
                        ("department", context.department(dep)), ("functions", fnames), ("assessment", .instrument(.assessmentLine)),
                        ("assessor", assessor.map { .message(Message("finding.supervision-gap.assessor", [("assessor", context.department($0))])) } ?? .empty),
                        ("meeting", .instrument(.jointMeeting))]),
                    problem: .accountabilityGap, instrument: .assessmentLine)
        }
    }
}
