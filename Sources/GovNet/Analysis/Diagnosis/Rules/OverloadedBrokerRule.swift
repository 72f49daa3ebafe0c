/// **Overloaded broker**: one department carrying a disproportionate share of the shortest paths of a
/// working mechanism — its share of the shortest paths between the pairs of other departments that can
/// reach each other (``Centrality/connectedPairBetweenness(of:)``, from NetworkX's unnormalised
/// `betweenness_centrality` divided by the connected pairs). The same share is the threshold and the
/// number the sentence states. Freeman betweenness centralization (1979) is recorded as evidence.
/// The hub-overload pattern after integrating many duties into one bureau.
///
/// Must not flag: command and supervision (a government on every leadership path is the hierarchy).
public struct OverloadedBrokerRule: DiagnosisRule {
    public let id = "overloaded-broker"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        let working = context.workingMechanisms
        guard !working.isEmpty else { return [] }
        for mechanism in ["all"] + working {
            let ng = mechanism == "all" ? context.workingGraph : context.graph(mechanism)
            let g = ng.graph
            guard g.nodeCount > 2, g.edgeCount > 0 else { continue }
            let (share, normalized) = Centrality.connectedPairParts(of: g)
            let top = (0..<g.nodeCount).max { (share[$0], ng.ids[$1]) < (share[$1], ng.ids[$0]) }!
            guard share[top] > 0, share[top] >= context.config.brokerBetweenness else { continue }
            let centralization = NetworkStatistics.freemanCentralization(normalized, kind: .betweenness) ?? 0
            let dep = ng.ids[top]
            let mname = context.mechanism(mechanism == "all" ? "working" : mechanism)
            out.append(Finding(rule: id, severity: share[top] >= 0.5 ? .high : .medium, mechanism: mechanism, category: "overload",
                               departments: [dep],
                               evidence: [("connected_pair_share", .number(share[top])), ("betweenness", .number(normalized[top])),
                                          ("betweenness_centralization", .number(centralization))],
                               explanation: Message("finding.overloaded-broker.explanation", [
                                   ("department", context.department(dep)), ("percent", .percent(share[top])), ("mechanism", mname)]),
                               recommendation: Message("finding.overloaded-broker.recommendation", [
                                   ("mechanism", mname), ("department", context.department(dep)), ("platform", .instrument(.informationPlatform))]),
                               problem: .overloadedHub, instrument: .informationPlatform))
        }
        return out
    }
}
