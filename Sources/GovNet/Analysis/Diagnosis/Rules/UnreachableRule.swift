/// **Unreachable / isolated**: departments that no information (or command) path reaches from the
/// coordinating department, or that cannot report back to it; and departments with no tie at all.
public struct UnreachableRule: DiagnosisRule {
    public let id = "unreachable"
    public let rationale = "The coordinating department must reach every department, and hear back from it, through information and command ties."
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        // Departments in no tie of any analysed mechanism.
        let all = context.graph("all")
        let isolated = (0..<all.graph.nodeCount).filter { all.graph.outDegree($0) == 0 && all.graph.inDegree($0) == 0 }.map { all.ids[$0] }.sorted()
        for dep in isolated {
            out.append(Finding(rule: "isolated-department", severity: .critical, mechanism: "all", category: "reachability",
                               departments: [dep], evidence: [("ties", .number(0))],
                               explanation: "\(context.name(dep)) has no linkage tie with any other department.",
                               recommendation: "Bring \(context.name(dep)) into the linkage: at least an information tie with \(context.center.map(context.name) ?? "the coordinating department") and a place in the emergency plan.",
                               remedy: .unifyTargets))
        }
        guard let center = context.center else { return out }
        let isolatedSet = Set(isolated)
        for mechanism in context.config.reachMechanisms where context.mechanisms.contains(mechanism) {
            let ng = context.graph(mechanism)
            guard let c = ng.index(of: center) else { continue }
            let forward = ng.graph.reachable(from: Int(c))
            let backward = ng.graph.reachable(from: Int(c), reverse: true)
            let mname = context.mechanismName(mechanism)
            let notReached = (0..<ng.graph.nodeCount).filter { !forward[$0] }.map { ng.ids[$0] }.filter { !isolatedSet.contains($0) }.sorted()
            let cannotReport = (0..<ng.graph.nodeCount).filter { !backward[$0] }.map { ng.ids[$0] }.filter { !isolatedSet.contains($0) }.sorted()
            let n = max(1, ng.graph.nodeCount - 1)
            if !notReached.isEmpty {
                out.append(Finding(rule: id, severity: mechanism == "information" || mechanism == "command" ? .high : .medium, mechanism: mechanism, category: "reachability",
                                   departments: notReached,
                                   evidence: [("center", .string(center)), ("direction", .string("from center")), ("unreached", .number(Double(notReached.count))),
                                              ("unreached_share", .number(Double(notReached.count) / Double(n)))],
                                   explanation: "No \(mname) path leads from \(context.name(center)) to \(context.list(notReached)).",
                                   recommendation: "Open a \(mname) channel from \(context.name(center)) to \(context.list(notReached, limit: 3)), directly or through a department that already reaches them.",
                                   remedy: context.remedy(for: mechanism)))
            }
            if !cannotReport.isEmpty {
                out.append(Finding(rule: "cannot-report-back", severity: mechanism == "information" ? .high : .medium, mechanism: mechanism, category: "reachability",
                                   departments: cannotReport,
                                   evidence: [("center", .string(center)), ("direction", .string("to center")), ("unreached", .number(Double(cannotReport.count))),
                                              ("unreached_share", .number(Double(cannotReport.count) / Double(n)))],
                                   explanation: "\(context.list(cannotReport)) ha\(cannotReport.count == 1 ? "s" : "ve") no \(mname) path back to \(context.name(center)).",
                                   recommendation: "Give \(context.list(cannotReport, limit: 3)) a reporting channel to \(context.name(center)) (a duty to report, a shared platform).",
                                   remedy: .informationChannels))
            }
        }
        return out
    }
}
