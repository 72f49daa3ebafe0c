/// **Low redundancy**: responders that only one node-disjoint path joins to the coordinating department
/// (local node connectivity 1, Menger's theorem; NetworkX `local_node_connectivity` on the undirected
/// graph, the direct tie counting as one path). One failure anywhere on that path cuts them off.
public struct LowRedundancyRule: DiagnosisRule {
    public let id = "low-redundancy"
    public let rationale = "A responder joined to the coordinating department by a single independent path loses contact with any one failure on it."
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        guard let center = context.center else { return [] }
        var out: [Finding] = []
        for mechanism in ["all"] + context.config.reachMechanisms.filter(context.mechanisms.contains) {
            let ng = context.graph(mechanism)
            let g = ng.graph.isDirected ? ng.graph.undirectedProjection().graph : ng.graph
            guard let c = ng.index(of: center), g.outDegree(Int(c)) > 0 else { continue }
            let component = g.reachable(from: Int(c))
            var single: [String] = []
            for v in 0..<g.nodeCount where v != Int(c) && component[v] && g.outDegree(v) >= context.config.redundancyMinimumDegree {
                if Connectivity.localNodeConnectivity(of: g, from: Int(c), to: v) == 1 { single.append(ng.ids[v]) }
            }
            single.sort()
            guard !single.isEmpty else { continue }
            let reached = max(1, component.filter { $0 }.count - 1)
            let share = Double(single.count) / Double(reached)
            let mname = context.mechanismName(mechanism)
            out.append(Finding(rule: id, severity: share >= 1.0 / 3 ? .high : .medium, mechanism: mechanism, category: "redundancy",
                               departments: single,
                               evidence: [("center", .string(center)), ("single_path_departments", .number(Double(single.count))), ("share", .number(share))],
                               explanation: "\(context.list(single)) \(single.count == 1 ? "is" : "are") joined to \(context.name(center)) by only one independent \(mname) path.",
                               recommendation: "Add a second, independent channel (a direct tie or one through another department) between \(context.name(center)) and \(context.list(single, limit: 3)).",
                               remedy: mechanism == "all" ? .informationChannels : context.remedy(for: mechanism)))
        }
        return out
    }
}
