/// **Membership without working linkage**: a member unit of a coordinating body with a duty in one of
/// the body's functions, but no information or joint-operation tie with the body's office or with the
/// function's lead or co-lead department in the phases in which the body binds it. Membership on
/// paper, no working line.
///
/// Phases: the `phase` of the membership tie says when the body binds its member (a headquarters
/// activated only for a response: `phase: response-rescue`). When it is recorded, the member needs a
/// working tie with the office or the lead *in each of those phases* (a tie with no recorded phase
/// works in all); when it is not recorded, a working tie in any phase is enough.
///
/// Detects the core problem of municipal linkage research: committees list nearly every department,
/// so membership alone says little; and a member bound in the response whose only tie with the office
/// is a prevention-phase tie (or the reverse). Must not flag: the office host, the chair and deputies;
/// members without a duty in the body's functions; members tied to the office or the lead; a member of
/// a body activated only in the response for missing prevention-phase ties (phases in which the body
/// does not bind it).
public struct MembershipWithoutLinkageRule: DiagnosisRule {
    public let id = "membership-without-linkage"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        let s = context.structure
        guard !s.members.isEmpty else { return [] }
        // Working pairs (information or operation, either direction) with their phases.
        var linked: [String: [Tie]] = [:]
        for t in context.network.ties where t.mechanism == "information" || t.mechanism == "operation" {
            linked[t.from + "\u{1F}" + t.to, default: []].append(t)
            linked[t.to + "\u{1F}" + t.from, default: []].append(t)
        }
        // The phases in which each body binds each member (its membership tie's phases; empty: not recorded).
        var boundPhases: [String: [Phase]] = [:]
        for t in context.network.ties where t.mechanism == Mechanism.membership.id && !t.phases.isEmpty {
            let key = t.to + "\u{1F}" + t.from
            boundPhases[key] = Array(Set((boundPhases[key] ?? []) + t.phases)).sorted()
        }
        var out: [Finding] = []
        for body in s.members.keys.sorted() {
            let office = s.officeHost[body]
            for f in context.network.functions {
                guard f.assignments.contains(where: { $0.department == body }) else { continue }
                let leads = f.assignments.filter { $0.role != .support && $0.department != body }.map(\.department)
                let partners = ([office].compactMap { $0 } + leads)
                guard !partners.isEmpty else { continue }
                var unlinked: [String] = []
                var missing: [String: [Phase]] = [:]
                for (member, role) in s.members[body]! where role == .member && member != office {
                    guard f.assignments.contains(where: { $0.department == member }), !partners.contains(member) else { continue }
                    let ties = partners.flatMap { p in linked[member + "\u{1F}" + p] ?? [] }
                    let bound = boundPhases[body + "\u{1F}" + member] ?? []
                    if bound.isEmpty {
                        if ties.isEmpty { unlinked.append(member) }
                    } else {
                        let gaps = bound.filter { p in !ties.contains { $0.works(in: p) } }
                        if !gaps.isEmpty { unlinked.append(member); missing[member] = gaps }
                    }
                }
                guard !unlinked.isEmpty else { continue }
                unlinked.sort()
                let partnerNames = context.departments(partners, limit: 3)
                let officeText: MessageArgument = office.map { .message(Message("finding.membership-without-linkage.office", [("office", context.department($0))])) } ?? .empty
                let gapped = unlinked.filter { missing[$0] != nil }
                let phaseText: MessageArgument = gapped.isEmpty ? .empty : .message(Message("finding.membership-without-linkage.phases", [
                    ("n", .count(unlinked.count)),
                    ("gaps", .clauses(gapped.map { m in
                        .message(Message("finding.membership-without-linkage.phase-gap", [
                            ("department", context.department(m)),
                            ("phases", .names(missing[m]!.map { LocalizedName(ReportLanguage.en.phase($0), chinese: ReportLanguage.zh.phase($0)) }, limit: 4, unit: .item))]))
                    }))]))
                out.append(Finding(
                    rule: id, severity: unlinked.contains(where: { m in f.assignments.contains { $0.department == m && $0.role != .support } }) ? .high : .medium,
                    mechanism: "all", category: "coordination",
                    departments: [body] + unlinked + partners, functions: [f.id],
                    evidence: [("body", .string(body)), ("office", office.map { .string($0) } ?? .null), ("members_with_duty_unlinked", .number(Double(unlinked.count))),
                               ("phases_without_tie", .object(unlinked.compactMap { m in missing[m].map { (m, .array($0.map { .string($0.rawValue) })) } }))],
                    explanation: Message("finding.membership-without-linkage.explanation", [
                        ("members", context.departments(unlinked)), ("n", .count(unlinked.count)), ("body", context.department(body)), ("office", officeText),
                        ("function", context.functions([f.id])), ("partners", partnerNames), ("phases", phaseText)]),
                    recommendation: Message("finding.membership-without-linkage.recommendation", [
                        ("members", context.departments(unlinked, limit: 3)), ("partners", partnerNames), ("function", context.functions([f.id])),
                        ("platform", .instrument(.informationPlatform)), ("n", .count(unlinked.count)), ("drill", .instrument(.jointDrill)),
                        ("body", context.department(body))]),
                    problem: .membershipWithoutLinkage, instrument: .informationPlatform))
            }
        }
        return out
    }
}
