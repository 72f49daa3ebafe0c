/// **Silos**: groups of departments (by kind, or by detected community) that talk mostly among
/// themselves: a strongly negative E–I index, (external − internal)/(external + internal) ties
/// incident to the group (Krackhardt & Stern 1988), over the working mechanisms (information,
/// operation, material): a leadership tree is not a silo.
public struct SiloRule: DiagnosisRule {
    public let id = "silo"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        let ng = context.workingGraph
        let g = ng.graph.isDirected ? ng.graph.undirectedProjection().graph : ng.graph
        guard g.edgeCount > 0 else { return [] }
        var out: [Finding] = []
        var rng = SeededGenerator(seed: 1)
        let community = Communities.louvain(of: g, weighted: false, using: &rng)
        let kind = context.kindGroups
        let groupings: [(String, [Int32], [String])] = [
            ("kind", kind.membership, kind.labels),
            ("community", community.membership, (0..<community.count).map { "community \($0 + 1)" }),
        ]
        for (basis, membership, labels) in groupings {
            for (label, group) in labels.enumerated() {
                let members = (0..<g.nodeCount).filter { membership[$0] == Int32(label) && g.outDegree($0) > 0 }
                guard members.count >= context.config.siloMinimumSize, members.count < g.nodeCount else { continue }
                var inside = 0, outside = 0
                for e in 0..<g.edgeCount {
                    let a = membership[Int(g.edgeSources[e])] == Int32(label), b = membership[Int(g.edgeTargets[e])] == Int32(label)
                    if a && b { inside += 1 } else if a || b { outside += 1 }
                }
                let ei = Double(outside - inside) / Double(max(1, outside + inside))
                guard ei <= context.config.siloEI else { continue }
                let ids = members.map { ng.ids[$0] }.sorted()
                let what = basis == "kind"
                    ? Message("finding.silo.group.kind", [("kind", .name(MessageCatalogue.term("kind", labels[label])))])
                    : Message("finding.silo.group.community")
                out.append(Finding(rule: id, severity: .medium, mechanism: "all", category: "silo",
                                   departments: ids,
                                   evidence: [("grouping", .string(basis)), ("group", .string(group)), ("ei_index", .number(ei)),
                                              ("internal_ties", .number(Double(inside))), ("external_ties", .number(Double(outside)))],
                                   explanation: Message("finding.silo.explanation", [
                                       ("group", .message(what)), ("departments", context.departments(ids)), ("inside", .count(inside)),
                                       ("outside", .count(outside)), ("ei", .number(ei, digits: 2))]),
                                   recommendation: Message("finding.silo.recommendation", [
                                       ("departments", context.departments(ids, limit: 3)), ("meeting", .instrument(.jointMeeting)), ("drill", .instrument(.jointDrill))]),
                                   problem: .noJointWork, instrument: .jointMeeting))
            }
        }
        return out
    }
}
