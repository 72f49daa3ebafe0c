/// **Fragile tie**: a tie whose loss splits a working mechanism — a bridge of the mechanism's
/// undirected graph (Tarjan 1974). A bridge resting on an informal arrangement is reported by
/// ``InformalFoundationRule``.
///
/// Must not flag: command and supervision ties (a single leadership or assessment line is the design),
/// nor the tie between a unit and the department that leads it.
public struct FragileTieRule: DiagnosisRule {
    public let id = "fragile-tie"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        for mechanism in context.workingMechanisms {
            let ng = context.graph(mechanism)
            let (g, _) = ng.graph.isDirected ? ng.graph.undirectedProjection() : (ng.graph, [])
            let bridges = Biconnectivity.bridges(of: g)
            let mname = context.mechanism(mechanism)
            let problem: ProblemType = mechanism == "information" ? .missingInformation : mechanism == "material" ? .materialGap : .noJointWork
            let instrument: Instrument = mechanism == "information" ? .informationPlatform : mechanism == "material" ? .materialAgreement : .jointDrill
            var pendants: [(hub: String, leaf: String, refs: [TieRef])] = []
            for e in 0..<g.edgeCount where bridges[e] {
                let a = ng.ids[Int(g.edgeSources[e])], b = ng.ids[Int(g.edgeTargets[e])]
                if context.isLeadershipPair(a, b) { continue }
                let ties = context.network.ties.filter { $0.mechanism == mechanism && (($0.from == a && $0.to == b) || ($0.from == b && $0.to == a)) }
                let informal = !ties.isEmpty && ties.allSatisfy { $0.basis == .informal }
                if informal { continue }  // reported as informal-critical-tie by InformalFoundationRule
                let labels = Components.weak(of: g.removingEdges([e]))
                let la = labels.labels[Int(g.edgeSources[e])], lb = labels.labels[Int(g.edgeTargets[e])]
                let sideA = (0..<g.nodeCount).filter { labels.labels[$0] == la && g.outDegree($0) > 0 }.count
                let sideB = (0..<g.nodeCount).filter { labels.labels[$0] == lb && g.outDegree($0) > 0 }.count
                let refs = ties.map { TieRef(from: $0.from, to: $0.to, mechanism: mechanism) }.sorted()
                if min(sideA, sideB) == 1 {
                    // A department hanging on one tie: grouped below, one finding per mechanism.
                    pendants.append(sideA == 1 ? (b, a, refs) : (a, b, refs))
                    continue
                }
                let basis = ties.compactMap { $0.basis?.rawValue }.sorted().first ?? "unrecorded"
                out.append(Finding(
                    rule: id, severity: min(sideA, sideB) >= 3 ? .high : .medium, mechanism: mechanism, category: "bottleneck",
                    departments: [a, b], ties: refs,
                    evidence: [("side_a", .number(Double(sideA))), ("side_b", .number(Double(sideB))), ("basis", .string(basis))],
                    explanation: Message("finding.fragile-tie.bridge.explanation", [
                        ("mechanism", mname), ("a", context.department(a)), ("b", context.department(b)), ("sideA", .count(sideA)), ("sideB", .count(sideB))]),
                    recommendation: Message("finding.fragile-tie.bridge.recommendation", [
                        ("mechanism", mname), ("a", context.department(a)), ("b", context.department(b)), ("instrument", .instrument(instrument))]),
                    problem: problem, instrument: instrument))
            }
            if !pendants.isEmpty {
                let leaves = pendants.map(\.leaf).sorted()
                out.append(Finding(
                    rule: id, severity: .low, mechanism: mechanism, category: "bottleneck",
                    departments: leaves, ties: pendants.flatMap(\.refs).sorted(),
                    evidence: [("single_tie_departments", .number(Double(leaves.count)))],
                    explanation: Message("finding.fragile-tie.pendants.explanation", [
                        ("n", .count(leaves.count)), ("mechanism", mname), ("departments", context.departments(leaves))]),
                    recommendation: Message("finding.fragile-tie.pendants.recommendation", [
                        ("departments", context.departments(leaves, limit: 3)), ("mechanism", mname), ("instrument", .instrument(instrument))]),
                    problem: problem, instrument: instrument))
            }
        }
        return out
    }
}
