/// **Unreachable / cannot report back / isolated**: departments with a part in the linkage that no
/// information path reaches from the coordinating department, or that have no information path back to
/// it (NetworkX `descendants` / `ancestors` on the mechanism's directed graph); and departments with no
/// tie at all.
///
/// Detects: a department that would neither receive the centre's warnings and decisions nor get its
/// own reports to the centre. Must not flag: command — it runs down leadership lines by definition and
/// the centre commands only its own subordinates (coordination reach is ``CoordinationReachRule``);
/// higher-level departments and coordinating bodies (reached through their own lines and offices); a
/// department with no working tie and no role in any function (nothing to exchange).
public struct UnreachableRule: DiagnosisRule {
    public let id = "unreachable"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        // Departments in no tie of any analysed mechanism (members of bodies count as tied).
        let all = context.graph("all")
        var inBody = Set<String>()
        for t in context.network.ties where t.mechanism == Mechanism.membership.id { inBody.insert(t.from); inBody.insert(t.to) }
        let isolated = (0..<all.graph.nodeCount).filter { all.graph.outDegree($0) == 0 && all.graph.inDegree($0) == 0 }
            .map { all.ids[$0] }.filter { !inBody.contains($0) }.sorted()
        for dep in isolated {
            let partner = context.center.map(context.department) ?? .message(Message("finding.isolated-department.coordinating-department"))
            out.append(Finding(rule: "isolated-department", severity: .critical, mechanism: "all", category: "reachability",
                               departments: [dep], evidence: [("ties", .number(0))],
                               explanation: Message("finding.isolated-department.explanation", [("department", context.department(dep))]),
                               recommendation: Message("finding.isolated-department.recommendation", [
                                   ("department", context.department(dep)), ("partner", partner), ("platform", .instrument(.informationPlatform))]),
                               problem: .missingInformation, instrument: .informationPlatform))
        }
        guard let center = context.center else { return out }
        let isolatedSet = Set(isolated)
        let scope = context.linkageScope
        for mechanism in context.config.reachMechanisms where context.mechanisms.contains(mechanism) && mechanism != "command" {
            let ng = context.graph(mechanism)
            guard let c = ng.index(of: center) else { continue }
            let forward = ng.graph.reachable(from: Int(c))
            let backward = ng.graph.reachable(from: Int(c), reverse: true)
            let mname = context.mechanism(mechanism)
            func select(_ seen: [Bool]) -> [String] {
                (0..<ng.graph.nodeCount).filter { !seen[$0] }.map { ng.ids[$0] }.filter { !isolatedSet.contains($0) && scope.contains($0) }.sorted()
            }
            let notReached = select(forward), cannotReport = select(backward)
            let n = max(1, scope.count)
            if !notReached.isEmpty {
                out.append(Finding(rule: id, severity: .high, mechanism: mechanism, category: "reachability",
                                   departments: notReached,
                                   evidence: [("center", .string(center)), ("direction", .string("from center")), ("unreached", .number(Double(notReached.count))),
                                              ("in_scope", .number(Double(scope.count))), ("unreached_share", .number(Double(notReached.count) / Double(n)))],
                                   explanation: Message("finding.unreachable.explanation", [
                                       ("mechanism", mname), ("centre", context.department(center)), ("departments", context.departments(notReached))]),
                                   recommendation: Message("finding.unreachable.recommendation", [
                                       ("centre", context.department(center)), ("departments", context.departments(notReached, limit: 3)),
                                       ("platform", .instrument(.informationPlatform)), ("mechanism", mname)]),
                                   problem: .missingInformation, instrument: .informationPlatform))
            }
            if !cannotReport.isEmpty {
                out.append(Finding(rule: "cannot-report-back", severity: .high, mechanism: mechanism, category: "reachability",
                                   departments: cannotReport,
                                   evidence: [("center", .string(center)), ("direction", .string("to center")), ("unreached", .number(Double(cannotReport.count))),
                                              ("in_scope", .number(Double(scope.count))), ("unreached_share", .number(Double(cannotReport.count) / Double(n)))],
                                   explanation: Message("finding.cannot-report-back.explanation", [
                                       ("departments", context.departments(cannotReport)), ("n", .count(cannotReport.count)), ("mechanism", mname),
                                       ("centre", context.department(center))]),
                                   recommendation: Message("finding.cannot-report-back.recommendation", [
                                       ("departments", context.departments(cannotReport, limit: 3)), ("centre", context.department(center)),
                                       ("platform", .instrument(.informationPlatform))]),
                                   problem: .oneWayInformation, instrument: .informationPlatform))
            }
        }
        return out
    }
}
