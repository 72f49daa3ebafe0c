/// **Informal foundations**: the share of each mechanism's ties with `basis: informal`, and critical
/// ties (bridges of a working mechanism) that rest on informal arrangements — the "legal basis for
/// ties" remedy. Membership ties are left out (a body's membership is written in its plan).
public struct InformalFoundationRule: DiagnosisRule {
    public let id = "informal-foundation"
    public let rationale = "Ties without a legal or planned basis lapse when people change; critical ties most of all."
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        for mechanism in context.mechanisms where mechanism != Mechanism.membership.id {
            let ties = context.network.ties.filter { $0.mechanism == mechanism }
            let recorded = ties.filter { $0.basis != nil }
            guard !recorded.isEmpty else { continue }
            let informal = recorded.filter { $0.basis == .informal }
            let share = Double(informal.count) / Double(recorded.count)
            let mname = context.mechanismName(mechanism)
            if share >= context.config.informalShare {
                out.append(Finding(rule: id, severity: share >= 0.5 ? .high : .medium, mechanism: mechanism, category: "foundation",
                                   ties: informal.map { TieRef(from: $0.from, to: $0.to, mechanism: mechanism) }.sorted(),
                                   evidence: [("informal_share", .number(share)), ("informal_ties", .number(Double(informal.count))), ("ties_with_basis", .number(Double(recorded.count)))],
                                   explanation: "\(Int((share * 100).rounded()))% of \(mname) ties (\(informal.count) of \(recorded.count)) rest on informal arrangements.",
                                   recommendation: "Write the recurring \(mname) ties into \(context.instrumentName(.planProvision)) or \(context.instrumentName(.linkageAgreement)) between the departments concerned.",
                                   problem: .informalBasis, instrument: .linkageAgreement))
            }
            // Informal bridges of working mechanisms.
            guard context.workingMechanisms.contains(mechanism) else { continue }
            let ng = context.graph(mechanism)
            let (g, _) = ng.graph.isDirected ? ng.graph.undirectedProjection() : (ng.graph, [])
            let bridges = Biconnectivity.bridges(of: g)
            for e in 0..<g.edgeCount where bridges[e] {
                let a = ng.ids[Int(g.edgeSources[e])], b = ng.ids[Int(g.edgeTargets[e])]
                let pair = ties.filter { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }
                guard !pair.isEmpty, pair.allSatisfy({ $0.basis == .informal }) else { continue }
                out.append(Finding(rule: "informal-critical-tie", severity: .high, mechanism: mechanism, category: "foundation",
                                   departments: [a, b], ties: pair.map { TieRef(from: $0.from, to: $0.to, mechanism: mechanism) }.sorted(),
                                   evidence: [("bridge", .bool(true)), ("basis", .string("informal"))],
                                   explanation: "The \(mname) tie between \(context.name(a)) and \(context.name(b)) is the only link between their two sides of the network, and it rests on an informal arrangement.",
                                   recommendation: "Formalise the \(mname) tie between \(context.name(a)) and \(context.name(b)) by \(context.instrumentName(.linkageAgreement)) naming both parties' duties.",
                                   problem: .informalBasis, instrument: .linkageAgreement))
            }
        }
        return out
    }
}
