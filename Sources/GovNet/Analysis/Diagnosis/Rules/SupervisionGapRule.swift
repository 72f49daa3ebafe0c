/// **Supervision gaps**: departments that lead a function, are not subordinate to the coordinating
/// department (no command tie from it and not of a subordinate kind), and that no supervision tie
/// reaches — "supervision is rigid", running only down hierarchical lines.
public struct SupervisionGapRule: DiagnosisRule {
    public let id = "supervision-gap"
    public let rationale = "Lead departments outside the command line that nobody supervises escape accountability for their part of the response."
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        guard !context.network.functions.isEmpty, context.mechanisms.contains("supervision") else { return [] }
        let ties = context.network.ties
        var supervised = Set<String>()
        for t in ties where t.mechanism == "supervision" {
            supervised.insert(t.to)
            if !context.network.isDirected(t) { supervised.insert(t.from) }
        }
        var subordinate = Set<String>()
        if let c = context.center {
            subordinate.insert(c)
            for t in ties where t.mechanism == "command" && t.from == c { subordinate.insert(t.to) }
        }
        let subordinateKinds = Set(context.config.subordinateKinds)
        let kinds = Dictionary(context.network.departments.map { ($0.id, $0.kind ?? "") }, uniquingKeysWith: { a, _ in a })
        var leads: [String: [String]] = [:]
        for f in context.network.functions {
            for a in f.assignments where a.role == .lead || a.role == .coLead { leads[a.department, default: []].append(f.id) }
        }
        return leads.keys.sorted().filter { !supervised.contains($0) && !subordinate.contains($0) && !subordinateKinds.contains(kinds[$0] ?? "") }.map { dep in
            Finding(rule: id, severity: .medium, mechanism: "supervision", category: "supervision",
                    departments: [dep], functions: leads[dep]!,
                    evidence: [("functions_led", .number(Double(leads[dep]!.count))), ("supervision_ties_in", .number(0))],
                    explanation: "\(context.name(dep)) leads \(leads[dep]!.count) function\(leads[dep]!.count == 1 ? "" : "s") outside the command line of \(context.center.map(context.name) ?? "the coordinating department"), and no department supervises it.",
                    recommendation: "Set up cross-department supervision of \(context.name(dep)) (joint inspections, performance review by the emergency committee).",
                    remedy: .clearResponsibilities)
        }
    }
}
