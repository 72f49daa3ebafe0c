/// **Low redundancy**: departments with a part in the linkage that only one node-disjoint path of a
/// reach mechanism (information by default) joins to the coordinating department (local node
/// connectivity 1, Menger's theorem; NetworkX `local_node_connectivity` on the undirected graph, the
/// direct tie counting as one path). One failure anywhere on that path cuts them off.
///
/// Must not flag: command and supervision (a single leadership or assessment line is the design, 统一
/// 领导, not a defect), higher-level departments and coordinating bodies, and a unit whose single
/// path runs through the department that leads it.
public struct LowRedundancyRule: DiagnosisRule {
    public let id = "low-redundancy"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        guard let center = context.center else { return [] }
        let scope = context.linkageScope
        var out: [Finding] = []
        for mechanism in context.config.reachMechanisms where context.workingMechanisms.contains(mechanism) {
            let ng = context.graph(mechanism)
            let g = ng.graph.isDirected ? ng.graph.undirectedProjection().graph : ng.graph
            guard let c = ng.index(of: center), g.outDegree(Int(c)) > 0 else { continue }
            let component = g.reachable(from: Int(c))
            let twoPaths = Self.twoDisjointPaths(of: g, from: Int(c))
            var single: [String] = []
            for v in 0..<g.nodeCount where v != Int(c) && component[v] && g.outDegree(v) >= context.config.redundancyMinimumDegree && scope.contains(ng.ids[v]) {
                // A unit hanging on the department that leads it is reached through its own line.
                if g.outDegree(v) == 1, let only = g.neighbors(v).first, context.leadsOrGuides(ng.ids[Int(only)], ng.ids[v]) { continue }
                if !twoPaths[v] { single.append(ng.ids[v]) }
            }
            single.sort()
            guard !single.isEmpty else { continue }
            let reached = max(1, (0..<g.nodeCount).filter { component[$0] && $0 != Int(c) && scope.contains(ng.ids[$0]) }.count)
            let share = Double(single.count) / Double(reached)
            let mname = context.mechanism(mechanism)
            out.append(Finding(rule: id, severity: share >= 1.0 / 3 ? .high : .medium, mechanism: mechanism, category: "redundancy",
                               departments: single,
                               evidence: [("center", .string(center)), ("single_path_departments", .number(Double(single.count))), ("share", .number(share))],
                               explanation: Message("finding.low-redundancy.explanation", [
                                   ("departments", context.departments(single)), ("n", .count(single.count)), ("centre", context.department(center)),
                                   ("mechanism", mname), ("percent", .percent(share))]),
                               recommendation: Message("finding.low-redundancy.recommendation", [
                                   ("departments", context.departments(single, limit: 3)), ("mechanism", mname), ("centre", context.department(center)),
                                   ("platform", .instrument(.informationPlatform))]),
                               problem: .missingInformation, instrument: .informationPlatform))
        }
        return out
    }

    /// For every node `v`, whether two node-disjoint paths join `c` and `v` (local node connectivity
    /// κ(c, v) ≥ 2, the direct tie counting as one path) in the simple undirected graph `g`.
    ///
    /// κ(c, v) ≥ 2 exactly when `c` and `v` lie in a common block (biconnected component) of at least
    /// two edges: such a block has three or more nodes and no cut point, so any two of its nodes lie on
    /// a common cycle (Whitney 1932); a block of one edge is a bridge, the only path; and two nodes in no
    /// common block are separated by a cut point (Menger 1927). One block decomposition replaces a
    /// maximum flow per node (``Connectivity/localNodeConnectivity(of:from:to:)``), with the same answer.
    /// - Complexity: O(n + m).
    static func twoDisjointPaths(of g: Graph, from c: Int) -> [Bool] {
        var two = [Bool](repeating: false, count: g.nodeCount)
        let c32 = Int32(c)
        for block in Biconnectivity.biconnectedComponents(of: g) where block.count >= 2 {
            guard block.contains(where: { g.edgeSources[Int($0)] == c32 || g.edgeTargets[Int($0)] == c32 }) else { continue }
            for e in block { two[Int(g.edgeSources[Int(e)])] = true; two[Int(g.edgeTargets[Int(e)])] = true }
        }
        two[c] = false
        return two
    }
}
