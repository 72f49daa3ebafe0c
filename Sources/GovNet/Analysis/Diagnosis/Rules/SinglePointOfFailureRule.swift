/// **Single point of failure**: a department whose loss disconnects others in a working mechanism
/// (information, operation, material, and their combination) — an articulation point of the
/// mechanism's undirected graph (Hopcroft & Tarjan 1973). Research on municipal linkage finds joint
/// operation breaks down when one bureau relays everything.
///
/// Must not flag: command and supervision (in a leadership tree every inner node is a cut point by
/// construction: span of control, reported in the synthesis, not a failure); units cut off only from
/// the department that leads them, and coordinating bodies cut off only from the department hosting
/// their office (they are reached through their own line).
public struct SinglePointOfFailureRule: DiagnosisRule {
    public let id = "single-point-of-failure"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        let working = context.workingMechanisms
        guard !working.isEmpty else { return [] }
        for mechanism in working + ["all"] {
            let ng = mechanism == "all" ? context.workingGraph : context.graph(mechanism)
            let g = ng.graph.isDirected ? ng.graph.undirectedProjection().graph : ng.graph
            let cut = Biconnectivity.articulationPoints(of: g)
            guard cut.contains(true) else { continue }
            let split = CutVertexPieces(g)
            let centerIndex = context.center.flatMap { ng.index(of: $0) }.map(Int.init)
            let active = (0..<g.nodeCount).filter { g.outDegree($0) > 0 }.count
            for v in 0..<g.nodeCount where cut[v] {
                // Departments of v's component that lose contact with the side that stays (the
                // center's side when the center is in this component, else the largest piece).
                let (lost, piecesAfter) = split.pieces(removing: v, keep: centerIndex)
                let dep = ng.ids[v]
                // Pieces that are wholly units led by `dep`, its own leaders or the bodies whose office it
                // hosts hang on its own line: not a failure.
                let cutOff = lost.filter { piece in !piece.nodes.allSatisfy { context.isOwnLine(dep, ng.ids[$0]) } }
                    .flatMap(\.nodes).map { ng.ids[$0] }.sorted()
                guard !cutOff.isEmpty else { continue }
                let share = Double(cutOff.count) / Double(max(1, active - 1))
                let severity: Severity
                if mechanism == "all" {
                    severity = cutOff.count >= 3 || share >= 0.1 ? .critical : .high
                } else {
                    severity = share >= 0.25 ? .high : cutOff.count >= 3 ? .medium : .low
                }
                let mname = context.mechanism(mechanism == "all" ? "working" : mechanism)
                let problem: ProblemType = mechanism == "information" ? .missingInformation : mechanism == "material" ? .materialGap : .overloadedHub
                let instrument: Instrument = mechanism == "information" ? .informationPlatform : mechanism == "material" ? .materialAgreement : .linkageAgreement
                let partner = context.center.flatMap { $0 != dep && !cutOff.contains($0) ? $0 : nil }
                out.append(Finding(
                    rule: id, severity: severity, mechanism: mechanism, category: "bottleneck",
                    departments: [dep] + cutOff,
                    evidence: [("cut_off", .number(Double(cutOff.count))), ("cut_off_share", .number(share)),
                               ("pieces_after_removal", .number(Double(piecesAfter)))],
                    explanation: Message("finding.single-point-of-failure.explanation", [
                        ("department", context.department(dep)), ("n", .count(cutOff.count)), ("mechanism", mname), ("cutOff", context.departments(cutOff))]),
                    recommendation: Message("finding.single-point-of-failure.recommendation", [
                        ("cutOff", context.departments(cutOff, limit: 3)), ("mechanism", mname), ("department", context.department(dep)),
                        ("example", partner.map { .message(Message("finding.single-point-of-failure.example", [("partner", context.department($0))])) } ?? .empty),
                        ("instrument", .instrument(instrument))]),
                    problem: problem, instrument: instrument))
            }
        }
        return out
    }
}
