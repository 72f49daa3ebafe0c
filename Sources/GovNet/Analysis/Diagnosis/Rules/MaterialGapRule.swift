/// **Material gaps**: departments that lead a function but have no material-support tie in or out —
/// "material support is incomplete" in the research on municipal linkage. Coordinating bodies are left
/// out (their member units hold the materials). The recommendation names the department that supplies
/// most material ties as the partner of a reserve and call-up agreement.
public struct MaterialGapRule: DiagnosisRule {
    public let id = "material-gap"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        guard !context.network.functions.isEmpty, context.mechanisms.contains("material") else { return [] }
        var material = Set<String>()
        for t in context.network.ties where t.mechanism == "material" { material.insert(t.from); material.insert(t.to) }
        var leads: [String: [String]] = [:]
        for f in context.network.functions {
            for a in f.assignments where a.role == .lead || a.role == .coLead { leads[a.department, default: []].append(f.id) }
        }
        // The department that holds reserves: the one with most material ties out (ties broken by id).
        var supplies: [String: Int] = [:]
        for t in context.network.ties where t.mechanism == "material" { supplies[t.from, default: 0] += 1 }
        let holder = supplies.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        return leads.keys.sorted().filter { !material.contains($0) && !context.structure.bodies.contains($0) }.map { dep in
            let fs = leads[dep]!
            let names = context.functions(fs)
            return Finding(rule: id, severity: fs.count >= 2 ? .high : .medium, mechanism: "material", category: "material",
                           departments: [dep], functions: fs,
                           evidence: [("functions_led", .number(Double(fs.count))), ("material_ties", .number(0))],
                           explanation: Message("finding.material-gap.explanation", [("department", context.department(dep)), ("functions", names)]),
                           recommendation: Message("finding.material-gap.recommendation", [
                               ("agreement", .instrument(.materialAgreement)), ("department", context.department(dep)),
                               ("holder", holder.map(context.department) ?? .message(Message("finding.material-gap.holder"))), ("functions", names)]),
                           problem: .materialGap, instrument: .materialAgreement)
        }
    }
}
