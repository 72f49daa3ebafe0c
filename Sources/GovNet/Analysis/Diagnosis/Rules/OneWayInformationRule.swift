/// **One-way information**: information ties with no return channel. Per receiving department (who
/// hears from others but never answers them), and overall when the reciprocity of the information
/// mechanism (NetworkX `reciprocity`) is below the threshold.
public struct OneWayInformationRule: DiagnosisRule {
    public let id = "one-way-information"
    public let rationale = "Information that only flows one way (usually upward) leaves senders without feedback and warnings."
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        guard context.mechanisms.contains("information") else { return [] }
        let ng = context.graph("information")
        let g = ng.graph
        guard g.isDirected, g.edgeCount > 0 else { return [] }
        var out: [Finding] = []
        // One-way arcs grouped by receiver.
        var byReceiver: [Int: [Int]] = [:]
        for e in 0..<g.edgeCount where !g.hasEdge(g.edgeTargets[e], g.edgeSources[e]) {
            byReceiver[Int(g.edgeTargets[e]), default: []].append(Int(g.edgeSources[e]))
        }
        let oneWay = byReceiver.values.reduce(0) { $0 + $1.count }
        let reciprocity = NetworkStatistics.reciprocity(of: g) ?? 1
        if reciprocity < context.config.informationReciprocity {
            out.append(Finding(rule: id, severity: .high, mechanism: "information", category: "information",
                               evidence: [("reciprocity", .number(reciprocity)), ("one_way_ties", .number(Double(oneWay))), ("ties", .number(Double(g.edgeCount)))],
                               explanation: "Only \(Int((reciprocity * 100).rounded()))% of information ties are returned: \(oneWay) of \(g.edgeCount) run one way only.",
                               recommendation: "Return assessments, warnings and decisions to the departments that report, through \(context.instrumentName(.informationPlatform)).",
                               problem: .oneWayInformation, instrument: .informationPlatform))
        }
        for (receiver, senders) in byReceiver.sorted(by: { ng.ids[$0.key] < ng.ids[$1.key] }) where senders.count >= 2 {
            let r = ng.ids[receiver]
            let s = senders.map { ng.ids[$0] }.sorted()
            out.append(Finding(rule: id, severity: .medium, mechanism: "information", category: "information",
                               departments: [r] + s, ties: s.map { TieRef(from: $0, to: r, mechanism: "information") },
                               evidence: [("one_way_in", .number(Double(s.count))), ("out_degree", .number(Double(g.outDegree(receiver))))],
                               explanation: "\(context.name(r)) receives information from \(context.list(s)) but sends none back to them.",
                               recommendation: "Have \(context.name(r)) return assessments, warnings and decisions to \(context.list(s, limit: 3)) through \(context.instrumentName(.informationPlatform)).",
                               problem: .oneWayInformation, instrument: .informationPlatform))
        }
        return out
    }
}
