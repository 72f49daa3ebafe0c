/// **Informal foundations**: the share of each mechanism's ties with `basis: informal`, and critical
/// ties (bridges of a working mechanism) that rest on informal arrangements — the "legal basis for
/// ties" remedy. Membership ties are left out (a body's membership is written in its plan).
public struct InformalFoundationRule: DiagnosisRule {
    public let id = "informal-foundation"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        let all = context.network.ties
        for mechanism in context.mechanisms where mechanism != Mechanism.membership.id {
            // Positions of the mechanism's ties, of those with a recorded basis, and of the informal ones.
            let ties = all.indices.filter { all[$0].mechanism == mechanism }
            let recorded = ties.filter { all[$0].basis != nil }
            guard !recorded.isEmpty else { continue }
            let informal = recorded.filter { all[$0].basis == .informal }
            let share = Double(informal.count) / Double(recorded.count)
            let mname = context.mechanism(mechanism)
            if share >= context.config.informalShare {
                out.append(Finding(rule: id, severity: share >= 0.5 ? .high : .medium, mechanism: mechanism, category: "foundation",
                                   ties: informal.map { TieRef(from: all[$0].from, to: all[$0].to, mechanism: mechanism) }.sorted(),
                                   evidence: [("informal_share", .number(share)), ("informal_ties", .number(Double(informal.count))), ("ties_with_basis", .number(Double(recorded.count)))],
                                   explanation: Message("finding.informal-foundation.explanation", [
                                       ("percent", .percent(share)), ("mechanism", mname), ("informal", .count(informal.count)), ("recorded", .count(recorded.count))]),
                                   recommendation: Message("finding.informal-foundation.recommendation", [
                                       ("mechanism", mname), ("plan", .instrument(.planProvision)), ("agreement", .instrument(.linkageAgreement))]),
                                   problem: .informalBasis, instrument: .linkageAgreement))
            }
            // Informal bridges of working mechanisms.
            guard context.workingMechanisms.contains(mechanism) else { continue }
            let ng = context.graph(mechanism)
            let (g, _) = ng.graph.isDirected ? ng.graph.undirectedProjection() : (ng.graph, [])
            let bridges = Biconnectivity.bridges(of: g)
            for e in 0..<g.edgeCount where bridges[e] {
                let a = ng.ids[Int(g.edgeSources[e])], b = ng.ids[Int(g.edgeTargets[e])]
                let pair = ties.filter { (all[$0].from == a && all[$0].to == b) || (all[$0].from == b && all[$0].to == a) }
                guard !pair.isEmpty, pair.allSatisfy({ all[$0].basis == .informal }) else { continue }
                out.append(Finding(rule: "informal-critical-tie", severity: .high, mechanism: mechanism, category: "foundation",
                                   departments: [a, b], ties: pair.map { TieRef(from: all[$0].from, to: all[$0].to, mechanism: mechanism) }.sorted(),
                                   evidence: [("bridge", .bool(true)), ("basis", .string("informal"))],
                                   explanation: Message("finding.informal-critical-tie.explanation", [
                                       ("mechanism", mname), ("a", context.department(a)), ("b", context.department(b))]),
                                   recommendation: Message("finding.informal-critical-tie.recommendation", [
                                       ("mechanism", mname), ("a", context.department(a)), ("b", context.department(b)), ("agreement", .instrument(.linkageAgreement))]),
                                   problem: .informalBasis, instrument: .linkageAgreement))
            }
        }
        return out
    }
}
