/// **Material gaps**: departments that lead a function but have no material-support tie in or out —
/// "material support is incomplete" in the research on municipal linkage. Coordinating bodies are left
/// out (their member units hold the materials). The recommendation names the department that supplies
/// most material ties as the partner of a reserve and call-up agreement.
public struct MaterialGapRule: DiagnosisRule {
    public let id = "material-gap"
    public let rationale = "A department that leads a function but neither gives nor receives material support cannot sustain a response."
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
            let names = fs.map { fid in context.network.functions.first { $0.id == fid }?.name ?? fid }
            return Finding(rule: id, severity: fs.count >= 2 ? .high : .medium, mechanism: "material", category: "material",
                           departments: [dep], functions: fs,
                           evidence: [("functions_led", .number(Double(fs.count))), ("material_ties", .number(0))],
                           explanation: "\(context.name(dep)) leads \(names.joined(separator: ", ")) but has no material-support tie with any department.",
                           recommendation: "Sign \(context.instrumentName(.materialAgreement)) between \(context.name(dep)) and \(holder.map(context.name) ?? "the department that holds the reserves") for \(names.joined(separator: ", ")).",
                           problem: .materialGap, instrument: .materialAgreement)
        }
    }
}
