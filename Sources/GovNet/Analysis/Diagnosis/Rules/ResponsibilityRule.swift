/// **Responsibility gaps and overlaps** in the department × function matrix: functions with no lead;
/// functions with more than one lead and no co-lead declared (unclear who is in charge); leads not
/// linked to their supports by information or operation ties (a coordinating body through its office,
/// its member units left to ``MembershipWithoutLinkageRule``); departments with roles but no ties.
public struct ResponsibilityRule: DiagnosisRule {
    public let id = "responsibility"
    public let rationale = "Each function needs exactly one clear lead that works with its supporting departments."
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
                                   explanation: "Nobody leads \(f.name)\(supports.isEmpty ? "" : "; \(context.list(supports)) only support it").",
                                   recommendation: "Name one lead department for \(f.name) in \(context.instrumentName(.planProvision)), with its duties and those of \(supports.isEmpty ? "its supports" : context.list(supports, limit: 3)) written down.",
                                   problem: .missingLead, instrument: .planProvision))
            }
            if leads.count > 1 && coLeads.isEmpty {
                out.append(Finding(rule: "multiple-leads", severity: .high, mechanism: "all", category: "responsibility",
                                   departments: leads, functions: [f.id], evidence: [("leads", .number(Double(leads.count)))],
                                   explanation: "\(f.name) has \(leads.count) lead departments (\(context.list(leads))) and no declared co-lead arrangement: it is unclear who is in charge.",
                                   recommendation: "Settle who leads \(f.name) between \(context.list(leads)) in \(context.instrumentName(.jointMeeting)): one lead, the others co-leads or supports, the division of duties written into the plan.",
                                   problem: .overlappingLeads, instrument: .jointMeeting))
            }
            for lead in leads + coLeads {
                // A coordinating body works through its office; its member units are checked by
                // MembershipWithoutLinkageRule.
                let body = context.structure.bodies.contains(lead)
                let proxy = body ? context.structure.officeHost[lead] ?? lead : lead
                let members = Set(context.structure.members[lead]?.map(\.id) ?? [])
                let unlinked = supports.filter { $0 != lead && $0 != proxy && !members.contains($0) && !linked.contains(proxy + "|" + $0) }
                guard !unlinked.isEmpty else { continue }
                out.append(Finding(rule: "lead-support-unlinked", severity: unlinked.count * 2 >= max(1, supports.count) ? .medium : .low,
                                   mechanism: "all", category: "responsibility",
                                   departments: [lead] + unlinked, functions: [f.id],
                                   evidence: [("supports", .number(Double(supports.count))), ("unlinked_supports", .number(Double(unlinked.count)))],
                                   explanation: "\(context.name(lead)) leads \(f.name) but has no information or operation tie with its supporting department\(unlinked.count == 1 ? "" : "s") \(context.list(unlinked)).",
                                   recommendation: "Have \(context.name(lead)) plan and exercise \(f.name) with \(context.list(unlinked, limit: 3)): \(context.instrumentName(.jointDrill)) and a shared duty-room link.",
                                   problem: .noJointWork, instrument: .jointDrill))
            }
        }
        var roles: [String: [String]] = [:]
        for f in net.functions { for a in f.assignments { roles[a.department, default: []].append(f.id) } }
        for dep in roles.keys.sorted() where !tied.contains(dep) && net.department(dep) != nil && !context.structure.bodies.contains(dep) {
            out.append(Finding(rule: "roles-without-ties", severity: .high, mechanism: "all", category: "responsibility",
                               departments: [dep], functions: roles[dep]!, evidence: [("functions", .number(Double(roles[dep]!.count)))],
                               explanation: "\(context.name(dep)) has a role in \(roles[dep]!.count) function\(roles[dep]!.count == 1 ? "" : "s") but no linkage tie with any department.",
                               recommendation: "Connect \(context.name(dep)) with the lead departments of its functions through \(context.instrumentName(.jointMeeting)) and \(context.instrumentName(.informationPlatform)).",
                               problem: .unlinkedLead, instrument: .jointMeeting))
        }
        return out
    }
}
