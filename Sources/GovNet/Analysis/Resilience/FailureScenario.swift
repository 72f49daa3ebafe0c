/// What breaks when given departments fail: a what-if scenario in the analyst's terms.
///
/// For the network minus the removed departments (and every tie and role they hold), per mechanism and
/// for all mechanisms combined (`all`):
/// - **lost from the centre**: departments the coordinating department reached by a directed path
///   before and no longer does; **lost to the centre**: those that could report to it and no longer can
///   (when the centre itself is removed, every department it reached, or that reached it, loses it);
/// - **cut off**: departments that shared a weak component with a removed department and are now
///   separated from the part that stays (the centre's piece, else the largest piece; ties to the piece
///   with the first department in file order) — the departments the removal disconnects, directions ignored.
/// Per function: a function **loses its lead** when every lead and co-lead department is removed, and
/// **loses its support** when every support department is removed. And the ``Diagnosis`` findings that
/// appear: findings of the reduced network whose ``Finding/identity`` the intact network does not have
/// (both diagnosed around the same centre).
public struct FailureScenario: Sendable {
    /// Reachability and separation within one mechanism (or `all`).
    public struct MechanismImpact: Sendable, Equatable {
        /// Mechanism id, or `all`.
        public let mechanism: String
        /// Departments the centre no longer reaches (ids in file order).
        public let lostFromCenter: [String]
        /// Departments that can no longer reach the centre.
        public let lostToCenter: [String]
        /// Departments separated from the part that stays, directions ignored.
        public let cutOff: [String]
    }

    /// A function whose lead or support is gone.
    public struct FunctionImpact: Sendable, Equatable {
        public let function: String
        /// Every lead/co-lead department is removed (and there was at least one).
        public let lostLead: Bool
        /// Every support department is removed (and there was at least one).
        public let lostSupport: Bool
        /// The removed departments that held a role in it.
        public let removedRoles: [String]
    }

    /// Who carries the paths of one mechanism (or `all`) once the departments are removed: the
    /// department with the largest share of shortest paths among the pairs that can still reach each
    /// other (``Centrality/connectedPairBetweenness(of:)``, the `overloaded-broker` rule's quantity).
    public struct Recentring: Sendable, Equatable {
        /// Mechanism id, or `all`.
        public let mechanism: String
        /// The coordinating department's share before the removal (`nil` without a centre).
        public let centerShareBefore: Double?
        /// The department carrying the largest share after the removal (ties: first in file order);
        /// `nil` when no department lies on any shortest path.
        public let broker: String?
        /// Its share after and before the removal.
        public let shareAfter: Double
        public let shareBefore: Double
        /// Whether its share after reaches the broker threshold (`broker_betweenness`).
        public let overloaded: Bool
    }

    /// Which department the reduced network's findings are stated relative to.
    public enum ReferenceBasis: String, Sendable, CaseIterable {
        /// The coordinating department, still present.
        case center
        /// The government (or department) that leads the removed centre.
        case leaderOfCenter = "leader-of-removed-centre"
        /// A coordinating body whose office the removed centre hosted.
        case hostedBody = "coordinating-body"
        /// Found by role in the reduced network (``DiagnosisContext/defaultCenter(_:)``).
        case role
        /// No department to refer to.
        case none
    }

    /// The removed department ids, as given.
    public let removed: [String]
    /// The coordinating department the reachability refers to (`nil` when the network has none).
    public let center: String?
    /// Whether the centre itself is among the removed departments.
    public var centerRemoved: Bool { center.map { removed.contains($0) } ?? false }
    /// The centre both diagnoses use: ``center``, or when it is removed the government that leads it,
    /// else the coordinating body with most member units whose office it hosted, else the reduced network's
    /// ``DiagnosisContext/defaultCenter(_:)`` (the intact network is then diagnosed around it too).
    public let diagnosisCenter: String?
    /// Why ``diagnosisCenter`` was chosen.
    public let diagnosisCenterBasis: ReferenceBasis
    /// Per analysed mechanism, then `all`: who carries the paths after the removal.
    public let recentring: [Recentring]
    /// Impacts per analysed mechanism, then `all`.
    public let mechanisms: [MechanismImpact]
    /// Functions that lose their lead or all their support.
    public let functions: [FunctionImpact]
    /// Diagnosis findings of the reduced network that the intact network does not have.
    public let newFindings: [Finding]
    /// The reduced network (departments, ties and roles of the removed departments dropped).
    public let reducedNetwork: Network

    /// Runs the scenario.
    ///
    /// - Parameters:
    ///   - network: the intact network.
    ///   - removing: department ids to remove (duplicates ignored).
    ///   - center: the coordinating department; `nil`: ``DiagnosisContext/defaultCenter(_:)``.
    ///   - mechanisms: mechanisms to analyse; `nil`: every used mechanism.
    ///   - config: diagnosis thresholds.
    ///   - language: display language for the findings' explanations.
    /// - Returns: the impacts.
    /// - Throws: ``AlgorithmError/invalidArgument(_:)`` for an id that is not a department.
    /// - Complexity: O(M·(n + m)) for the reachability and components of M mechanisms, plus two runs of
    ///   the diagnosis.
    ///
    /// References: the node-removal scenarios of vulnerability studies, e.g. Latora & Marchiori (2005),
    /// Phys. Rev. E 71:015103, doi:10.1103/PhysRevE.71.015103; reachability as NetworkX
    /// `descendants`/`ancestors` before and after `G.remove_nodes_from(removed)`.
    public static func run(network: Network, removing: [String], center: String? = nil, mechanisms: [String]? = nil,
                           config: DiagnosisConfig = DiagnosisConfig(), language: String? = nil) throws -> FailureScenario {
        let index = network.departmentIndex
        var removed: [String] = []
        for id in removing where !removed.contains(id) {
            guard index[id] != nil else { throw AlgorithmError.invalidArgument("unknown department '\(id)'") }
            removed.append(id)
        }
        let gone = Set(removed)
        if let center, index[center] == nil { throw AlgorithmError.invalidArgument("unknown department '\(center)' given as the centre") }
        let before = DiagnosisContext(network: network, config: config, center: center, mechanisms: mechanisms, language: language)
        let centerID = before.center

        var impacts: [MechanismImpact] = []
        var recentring: [Recentring] = []
        for mechanism in before.mechanisms + ["all"] {
            let ng = before.graph(mechanism)
            impacts.append(impact(ng, mechanism: mechanism, removed: gone, center: centerID))
            recentring.append(recentre(ng, mechanism: mechanism, removed: gone, center: centerID, threshold: config.brokerBetweenness))
        }

        var functions: [FunctionImpact] = []
        for f in network.functions {
            let leads = f.assignments.filter { $0.role != .support }.map(\.department)
            let supports = f.assignments.filter { $0.role == .support }.map(\.department)
            let hit = f.assignments.map(\.department).filter { gone.contains($0) }
            guard !hit.isEmpty else { continue }
            let lostLead = !leads.isEmpty && leads.allSatisfy { gone.contains($0) }
            let lostSupport = !supports.isEmpty && supports.allSatisfy { gone.contains($0) }
            if lostLead || lostSupport {
                functions.append(FunctionImpact(function: f.id, lostLead: lostLead, lostSupport: lostSupport, removedRoles: Array(Set(hit)).sorted()))
            }
        }

        let reduced = reducedNetwork(network, gone)
        // The reference of the reduced network's findings: the centre; when it is removed, the government
        // that leads it, else a body whose office it hosted, else the department found by role.
        var reference: String? = nil, basis = ReferenceBasis.none
        if let c = centerID {
            let present = { (id: String) in index[id] != nil && !gone.contains(id) }
            if !gone.contains(c) { (reference, basis) = (c, .center) }
            else if let leader = before.structure.leaders[c]?.first(where: present) { (reference, basis) = (leader, .leaderOfCenter) }
            else if let body = before.structure.hostedBodies.filter(present)
                        .max(by: { (before.structure.members[$0]?.count ?? 0, $1) < (before.structure.members[$1]?.count ?? 0, $0) }) {
                (reference, basis) = (body, .hostedBody)  // the body with most member units; ties by id
            }
        }
        if reference == nil, let found = GovernanceStructure.findCenter(reducedNetwork(network, gone)).id { (reference, basis) = (found, .role) }
        let after = DiagnosisContext(network: reduced, config: config, center: reference,
                                     mechanisms: before.mechanisms, language: language)
        // Compare like with like: when the centre is removed, the reduced network's diagnosis centres on
        // another department, so the intact network is diagnosed around that one too.
        let intact = after.center == centerID ? before
            : DiagnosisContext(network: network, config: config, center: after.center, mechanisms: before.mechanisms, language: language)
        let known = Set(Diagnosis.run(intact).map(\.identity))
        let appeared = Diagnosis.run(after).filter { !known.contains($0.identity) }

        return FailureScenario(removed: removed, center: centerID, diagnosisCenter: after.center,
                               diagnosisCenterBasis: after.center == nil ? .none : basis, recentring: recentring,
                               mechanisms: impacts, functions: functions, newFindings: appeared, reducedNetwork: reduced)
    }

    /// The network without the removed departments, their ties and their roles.
    static func reducedNetwork(_ network: Network, _ gone: Set<String>) -> Network {
        var reduced = network
        reduced.departments.removeAll { gone.contains($0.id) }
        reduced.ties.removeAll { gone.contains($0.from) || gone.contains($0.to) }
        for i in reduced.functions.indices { reduced.functions[i].assignments.removeAll { gone.contains($0.department) } }
        return reduced
    }

    /// The broker of one mechanism graph after the removal, with shares before and after.
    ///
    /// - Complexity: O(n·m) for the two betweenness passes (Brandes) plus O(n·(n + m)) for the reachable pairs.
    static func recentre(_ ng: NetworkGraph, mechanism: String, removed: Set<String>, center: String?, threshold: Double) -> Recentring {
        let g = ng.graph
        let n = g.nodeCount
        var mask = [Bool](repeating: false, count: n)
        for id in removed { if let v = ng.index(of: id) { mask[Int(v)] = true } }
        let before = Centrality.connectedPairBetweenness(of: g)
        let kept = (0..<n).filter { !mask[$0] }
        let h = g.removing(mask)
        let afterAll = Centrality.connectedPairBetweenness(of: h)
        // `removing` keeps node indices (removed nodes isolated); an isolated node carries no path.
        var best: Int? = nil
        for v in kept where afterAll[v] > 0 && (best == nil || afterAll[v] > afterAll[best!]) { best = v }
        let c = center.flatMap { ng.index(of: $0) }.map(Int.init)
        return Recentring(mechanism: mechanism, centerShareBefore: c.map { before[$0] }, broker: best.map { ng.ids[$0] },
                          shareAfter: best.map { afterAll[$0] } ?? 0, shareBefore: best.map { before[$0] } ?? 0,
                          overloaded: best.map { afterAll[$0] >= threshold } ?? false)
    }

    /// Reachability losses and cut-off departments of one mechanism graph: the ``MechanismImpact`` of
    /// ``run(network:removing:center:mechanisms:config:language:)`` for one of its mechanisms, without
    /// the diagnoses (the report's explorer calls it once per department and mechanism).
    /// - Parameters:
    ///   - ng: the mechanism's graph (``DiagnosisContext/graph(_:)``).
    ///   - mechanism: its id, or `all`.
    ///   - removed: the removed department ids.
    ///   - center: the coordinating department, or `nil` (then nobody loses the centre).
    /// - Complexity: O(n + m): two reachability searches before and after, two weak-component passes.
    public static func impact(_ ng: NetworkGraph, mechanism: String, removed: Set<String>, center: String?) -> MechanismImpact {
        let g = ng.graph
        let n = g.nodeCount
        var mask = [Bool](repeating: false, count: n)
        for id in removed { if let v = ng.index(of: id) { mask[Int(v)] = true } }
        let h = g.removing(mask)
        var lostFrom: [String] = [], lostTo: [String] = []
        let c = center.flatMap { ng.index(of: $0) }.map(Int.init)
        if let c {
            let fromBefore = g.reachable(from: c), toBefore = g.reachable(from: c, reverse: true)
            let centreGone = mask[c]
            let fromAfter = centreGone ? [Bool](repeating: false, count: n) : h.reachable(from: c)
            let toAfter = centreGone ? [Bool](repeating: false, count: n) : h.reachable(from: c, reverse: true)
            for v in 0..<n where v != c && !mask[v] {
                if fromBefore[v] && !fromAfter[v] { lostFrom.append(ng.ids[v]) }
                if toBefore[v] && !toAfter[v] { lostTo.append(ng.ids[v]) }
            }
        }
        // Cut off: per weak component touched by a removal, everything outside the piece that stays.
        let weakBefore = Components.weak(of: g), weakAfter = Components.weak(of: h)
        var touched = Set<Int32>()
        for v in 0..<n where mask[v] { touched.insert(weakBefore.labels[v]) }
        var cutOff = [Bool](repeating: false, count: n)
        for label in touched {
            let members = (0..<n).filter { weakBefore.labels[$0] == label && !mask[$0] }
            guard !members.isEmpty else { continue }
            var keep: Int32
            if let c, !mask[c], weakBefore.labels[c] == label {
                keep = weakAfter.labels[c]
            } else {
                var size: [Int32: Int] = [:]
                for v in members { size[weakAfter.labels[v], default: 0] += 1 }
                keep = weakAfter.labels[members[0]]
                for v in members where size[weakAfter.labels[v]]! > size[keep]! { keep = weakAfter.labels[v] }
            }
            for v in members where weakAfter.labels[v] != keep { cutOff[v] = true }
        }
        return MechanismImpact(mechanism: mechanism, lostFromCenter: lostFrom, lostToCenter: lostTo,
                               cutOff: (0..<n).filter { cutOff[$0] }.map { ng.ids[$0] })
    }
}
