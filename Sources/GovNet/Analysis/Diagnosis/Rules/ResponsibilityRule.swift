/// **Responsibility gaps and overlaps** in the department × function matrix: functions with no lead;
/// functions with more than one lead and no co-lead declared (unclear who is in charge); leads not
/// linked to their supports by information or operation ties (a coordinating body through its office,
/// its member units left to ``MembershipWithoutLinkageRule``; a support the lead leads or guides, or
/// that leads it, works with it on its own line, 条 or 隶属, and is not unlinked); departments with
/// roles but no ties.
public struct ResponsibilityRule: DiagnosisRule {
    public let id = "responsibility"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        let net = context.network
        var out: [Finding] = []
        var linked = Set<String>()  // "a|b" for information/operation ties, both orders
        var tied = Set<String>()
        for t in net.ties {
            tied.insert(t.from); tied.insert(t.to)
            if t.mechanism == "information" || t.mechanism == "operation" { linked.insert(t.from + "|" + t.to); linked.insert(t.to + "|" + t.from) }
        }
        for f in net.functions {
            let leads = f.departments(withRole: .lead), coLeads = f.departments(withRole: .coLead), supports = f.departments(withRole: .support)
            if leads.isEmpty && coLeads.isEmpty {
                out.append(Finding(rule: "function-without-lead", severity: .critical, mechanism: "all", category: "responsibility",
                                   departments: supports, functions: [f.id], evidence: [("supports", .number(Double(supports.count)))],
                                   explanation: Message("finding.function-without-lead.explanation", [
                                       ("function", context.functions([f.id])),
                                       ("supports", supports.isEmpty ? .empty : .message(Message("finding.function-without-lead.supports", [("departments", context.departments(supports))])))]),
                                   recommendation: Message("finding.function-without-lead.recommendation", [
                                       ("function", context.functions([f.id])), ("plan", .instrument(.planProvision)),
                                       ("supports", supports.isEmpty ? .message(Message("finding.function-without-lead.its-supports")) : context.departments(supports, limit: 3))]),
                                   problem: .missingLead, instrument: .planProvision))
            }
            if leads.count > 1 && coLeads.isEmpty {
                out.append(Finding(rule: "multiple-leads", severity: .high, mechanism: "all", category: "responsibility",
                                   departments: leads, functions: [f.id], evidence: [("leads", .number(Double(leads.count)))],
                                   explanation: Message("finding.multiple-leads.explanation", [
                                       ("function", context.functions([f.id])), ("n", .count(leads.count)), ("leads", context.departments(leads))]),
                                   recommendation: Message("finding.multiple-leads.recommendation", [
                                       ("function", context.functions([f.id])), ("leads", context.departments(leads)), ("meeting", .instrument(.jointMeeting))]),
                                   problem: .overlappingLeads, instrument: .jointMeeting))
            }
            for lead in leads + coLeads {
                // A coordinating body works through its office; its member units are checked by
                // MembershipWithoutLinkageRule.
                let body = context.structure.bodies.contains(lead)
                let proxy = body ? context.structure.officeHost[lead] ?? lead : lead
                let members = Set(context.structure.members[lead]?.map(\.id) ?? [])
                let unlinked = supports.filter {
                    $0 != lead && $0 != proxy && !members.contains($0) && !linked.contains(proxy + "|" + $0) && !context.isOwnLine(proxy, $0)
                }
                guard !unlinked.isEmpty else { continue }
                out.append(Finding(rule: "lead-support-unlinked", severity: unlinked.count * 2 >= max(1, supports.count) ? .medium : .low,
                                   mechanism: "all", category: "responsibility",
                                   departments: [lead] + unlinked, functions: [f.id],
                                   evidence: [("supports", .number(Double(supports.count))), ("unlinked_supports", .number(Double(unlinked.count)))],
                                   explanation: Message("finding.lead-support-unlinked.explanation", [
                                       ("lead", context.department(lead)), ("function", context.functions([f.id])), ("n", .count(unlinked.count)),
                                       ("departments", context.departments(unlinked))]),
                                   recommendation: Message("finding.lead-support-unlinked.recommendation", [
                                       ("lead", context.department(lead)), ("function", context.functions([f.id])), ("departments", context.departments(unlinked, limit: 3)),
                                       ("drill", .instrument(.jointDrill))]),
                                   problem: .noJointWork, instrument: .jointDrill))
            }
        }
        var roles: [String: [String]] = [:]
        for f in net.functions { for a in f.assignments { roles[a.department, default: []].append(f.id) } }
        for dep in roles.keys.sorted() where !tied.contains(dep) && net.department(dep) != nil && !context.structure.bodies.contains(dep) {
            out.append(Finding(rule: "roles-without-ties", severity: .high, mechanism: "all", category: "responsibility",
                               departments: [dep], functions: roles[dep]!, evidence: [("functions", .number(Double(roles[dep]!.count)))],
                               explanation: Message("finding.roles-without-ties.explanation", [("department", context.department(dep)), ("n", .count(roles[dep]!.count))]),
                               recommendation: Message("finding.roles-without-ties.recommendation", [
                                   ("department", context.department(dep)), ("meeting", .instrument(.jointMeeting)), ("platform", .instrument(.informationPlatform))]),
                               problem: .unlinkedLead, instrument: .jointMeeting))
        }
        return out
    }
}
