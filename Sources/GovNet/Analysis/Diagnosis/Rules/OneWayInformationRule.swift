/// **One-way information**: information ties with no return channel. Per receiving department (who
/// hears from others but never answers them), and overall when the reciprocity of the information
/// mechanism (NetworkX `reciprocity`) is below the threshold.
///
/// A department's reports to the department or government that leads or guides it are the reporting
/// duty of its own line (上报): the answer comes back as instructions along that line, so such reports
/// do not make the leader a receiver that "answers none". Must not flag: a government hearing only
/// from the bureaus it leads. The overall reciprocity counts every tie.
public struct OneWayInformationRule: DiagnosisRule {
    public let id = "one-way-information"
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
                               explanation: Message("finding.one-way-information.overall.explanation", [
                                   ("percent", .percent(reciprocity)), ("oneWay", .count(oneWay)), ("total", .count(g.edgeCount))]),
                               recommendation: Message("finding.one-way-information.overall.recommendation", [("platform", .instrument(.informationPlatform))]),
                               problem: .oneWayInformation, instrument: .informationPlatform))
        }
        for (receiver, all) in byReceiver.sorted(by: { ng.ids[$0.key] < ng.ids[$1.key] }) {
            let r = ng.ids[receiver]
            let senders = all.filter { !context.leadsOrGuides(r, ng.ids[$0]) }
            guard senders.count >= 2 else { continue }
            let s = senders.map { ng.ids[$0] }.sorted()
            out.append(Finding(rule: id, severity: .medium, mechanism: "information", category: "information",
                               departments: [r] + s, ties: s.map { TieRef(from: $0, to: r, mechanism: "information") },
                               evidence: [("one_way_in", .number(Double(s.count))), ("out_degree", .number(Double(g.outDegree(receiver))))],
                               explanation: Message("finding.one-way-information.receiver.explanation", [
                                   ("receiver", context.department(r)), ("senders", context.departments(s))]),
                               recommendation: Message("finding.one-way-information.receiver.recommendation", [
                                   ("receiver", context.department(r)), ("senders", context.departments(s, limit: 3)), ("platform", .instrument(.informationPlatform))]),
                               problem: .oneWayInformation, instrument: .informationPlatform))
        }
        return out
    }
}
