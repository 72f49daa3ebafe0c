/// **Overloaded broker**: one department carrying a disproportionate share of shortest paths — its
/// normalized betweenness (the fraction of shortest paths between pairs of other departments that run
/// through it; Freeman 1977, NetworkX `betweenness_centrality`) or a high Freeman betweenness
/// centralization (Freeman 1979). Its share of the total betweenness is reported as evidence. The hub-overload pattern after integrating many duties
/// into one bureau.
public struct OverloadedBrokerRule: DiagnosisRule {
    public let id = "overloaded-broker"
    public let rationale = "When most shortest paths run through one department, it becomes a bottleneck and a single point of overload."
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        for mechanism in ["all"] + context.mechanisms {
            let ng = context.graph(mechanism)
            let g = ng.graph
            guard g.nodeCount > 2, g.edgeCount > 0 else { continue }
            let b = Centrality.betweenness(of: g)
            let total = b.reduce(0, +)
            guard total > 0 else { continue }
            let top = (0..<g.nodeCount).max { (b[$0], ng.ids[$1]) < (b[$1], ng.ids[$0]) }!
            let share = b[top] / total
            let centralization = NetworkStatistics.freemanCentralization(b, kind: .betweenness) ?? 0
            guard b[top] >= context.config.brokerBetweenness || centralization >= context.config.brokerCentralization else { continue }
            let dep = ng.ids[top]
            let mname = context.mechanismName(mechanism)
            out.append(Finding(rule: id, severity: b[top] >= 0.5 ? .high : .medium, mechanism: mechanism, category: "overload",
                               departments: [dep],
                               evidence: [("betweenness", .number(b[top])), ("betweenness_share", .number(share)), ("betweenness_centralization", .number(centralization))],
                               explanation: "\(context.name(dep)) lies on \(Int((b[top] * 100).rounded()))% of the shortest \(mname) paths between other departments and carries \(Int((share * 100).rounded()))% of all brokerage (betweenness centralization \(NumberFormat.significant(centralization, digits: 2))).",
                               recommendation: "Delegate routine \(mname) flows to direct ties between the sector departments, so \(context.name(dep)) coordinates rather than relays.",
                               remedy: .optimisedResources))
        }
        return out
    }
}
