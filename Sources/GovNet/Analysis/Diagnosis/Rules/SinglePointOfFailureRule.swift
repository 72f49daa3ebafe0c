/// **Single point of failure**: a department whose loss disconnects others in a working mechanism
/// (information, operation, material, and their combination) — an articulation point of the
/// mechanism's undirected graph (Hopcroft & Tarjan 1973). Research on municipal linkage finds joint
/// operation breaks down when one bureau relays everything.
///
/// Must not flag: command and supervision (in a leadership tree every inner node is a cut point by
/// construction: span of control, reported in the synthesis, not a failure); units cut off only from
/// the department that leads them (they are reached through their own line).
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
            let before = Components.weak(of: g)
            let centerIndex = context.center.flatMap { ng.index(of: $0) }.map(Int.init)
            for v in 0..<g.nodeCount where cut[v] {
                // Departments of v's component that lose contact with the side that stays (the
                // center's side when the center is in this component, else the largest piece).
                let component = (0..<g.nodeCount).filter { $0 != v && before.labels[$0] == before.labels[v] }
                var removed = [Bool](repeating: false, count: g.nodeCount)
                removed[v] = true
                let after = Components.weak(of: g.removing(removed))
                let keep: Int32
                if let c = centerIndex, c != v, before.labels[c] == before.labels[v] { keep = after.labels[c] } else {
                    var size: [Int32: Int] = [:]
                    for u in component { size[after.labels[u], default: 0] += 1 }
                    keep = size.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? -1
                }
                let dep = ng.ids[v]
                let lost = component.filter { after.labels[$0] != keep }
                // Pieces that are wholly units led by `dep`, or its own leaders, hang on its own line: not a failure.
                var pieces: [Int32: [Int]] = [:]
                for u in lost { pieces[after.labels[u], default: []].append(u) }
                let cutOff = pieces.values.filter { piece in !piece.allSatisfy { context.isLeadershipPair(dep, ng.ids[$0]) } }
                    .flatMap { $0 }.map { ng.ids[$0] }.sorted()
                guard !cutOff.isEmpty else { continue }
                let active = (0..<g.nodeCount).filter { g.outDegree($0) > 0 }.count
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
                               ("pieces_after_removal", .number(Double(Set(component.map { after.labels[$0] }).count)))],
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
