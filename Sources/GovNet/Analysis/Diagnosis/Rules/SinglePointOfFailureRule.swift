/// **Single point of failure**: a department whose loss disconnects others in a mechanism — an
/// articulation point of the mechanism's (undirected) graph (Hopcroft & Tarjan 1973). Research on
/// municipal linkage finds joint operation breaks down when one bureau relays everything.
public struct SinglePointOfFailureRule: DiagnosisRule {
    public let id = "single-point-of-failure"
    public let rationale = "A department whose absence cuts other departments off from the rest of a mechanism is a single point of failure."
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        for mechanism in context.mechanisms + ["all"] {
            let ng = context.graph(mechanism)
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
                let cutOff = component.filter { after.labels[$0] != keep }.map { ng.ids[$0] }.sorted()
                guard !cutOff.isEmpty else { continue }
                let active = (0..<g.nodeCount).filter { g.outDegree($0) > 0 }.count
                let share = Double(cutOff.count) / Double(max(1, active - 1))
                let severity: Severity
                if mechanism == "all" {
                    severity = cutOff.count >= 3 || share >= 0.1 ? .critical : .high
                } else {
                    severity = share >= 0.25 ? .high : cutOff.count >= 3 ? .medium : .low
                }
                let dep = ng.ids[v]
                let mname = context.mechanismName(mechanism)
                out.append(Finding(
                    rule: id, severity: severity, mechanism: mechanism, category: "bottleneck",
                    departments: [dep] + cutOff,
                    evidence: [("cut_off", .number(Double(cutOff.count))), ("cut_off_share", .number(share)),
                               ("pieces_after_removal", .number(Double(Set(component.map { after.labels[$0] }).count)))],
                    explanation: "If \(context.name(dep)) is unavailable, \(cutOff.count) department\(cutOff.count == 1 ? "" : "s") lose\(cutOff.count == 1 ? "s" : "") every \(mechanism == "all" ? "" : mname + " ")link to the rest: \(context.list(cutOff)).",
                    recommendation: "Give \(context.list(cutOff, limit: 3)) a second \(mechanism == "all" ? "" : mname + " ")channel that does not pass through \(context.name(dep))\(context.center.map { $0 != dep ? ", e.g. a direct tie with \(context.name($0))" : "" } ?? "").",
                    remedy: context.remedy(for: mechanism)))
            }
        }
        return out
    }
}
