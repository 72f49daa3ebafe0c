/// A new tie proposed to make a network more redundant, with the effect it was verified to have and
/// what the governance structure says about it.
public struct TieSuggestion: Sendable, Equatable {
    /// Department ids of the two ends (the tie is proposed as undirected joint operation or as the
    /// chosen mechanism; `from`'s id sorts before `to`'s).
    public let from: String
    public let to: String
    /// Mechanism the tie is proposed in.
    public let mechanism: String
    /// What the tie was chosen for.
    public let objective: SuggestionObjective
    /// Articulation points and bridges of the view that this tie removes (counts; a cut point or a
    /// bridge is one weak point).
    public let cutPointsRemoved: Int
    public let bridgesRemoved: Int
    /// The increase in global efficiency of the view (always in efficiency units, whatever the objective).
    public let efficiencyGain: Double
    /// The weak points it removes, as diagnosis would name them: `single-point-of-failure ID (view)`
    /// and `fragile-tie A–B (mechanisms)`; empty when it only shortens paths.
    public let resolves: [String]
    /// Articulation points, bridges and global efficiency of the view after this and every earlier tie.
    public let cutPointsAfter: Int
    public let bridgesAfter: Int
    public let efficiencyAfter: Double
    /// The administrative level the tie acts on (`municipal`, `municipal–county`, `unknown`).
    public let level: String
    /// Whether a tie of this mechanism needs a leadership line (command does), and the line it follows.
    public let needsLeadershipLine: Bool
    public let line: TieAdmissibility.Line
    /// The instrument the tie is made with.
    public let instrument: Instrument
    /// Whether one end is an overloaded department (chosen only because no other pair improved the objective).
    public let loadsOverloaded: Bool
}

/// How far an objective got within the budget.
public struct ObjectiveOutcome: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        /// Reached: no articulation point or bridge remains (biconnectivity only; efficiency has no end).
        case met
        /// The budget ran out first.
        case budgetSpent = "budget-spent"
        /// No admissible pair improves it (further): the structure, or --allowed, leaves none.
        case noAdmissibleTie = "no-admissible-tie"
        /// Not reached because the budget was spent on an earlier objective.
        case notReached = "not-reached"
    }
    public let objective: SuggestionObjective
    public let status: Status
    /// Ranks (1-based) of the suggestions made for it.
    public let ranks: [Int]
    /// Biconnectivity: the articulation points and bridges (labels as in ``TieSuggestion/resolves``) left.
    public let remaining: [String]
}

/// The result of ``TieSuggestions/suggest(network:view:mechanism:budget:allowed:center:crossLines:config:)``.
public struct TieSuggestionReport: Sendable {
    /// Suggestions in the order chosen (rank 1 first).
    public let suggestions: [TieSuggestion]
    /// Articulation points, bridges and global efficiency of the view before any new tie.
    public let cutPoints: Int
    public let bridges: Int
    public let efficiency: Double
    /// Number of candidate pairs considered (non-adjacent, allowed, admissible).
    public let candidates: Int
    /// Non-adjacent pairs left out because the governance structure does not support them, per reason.
    public let refused: [(reason: TieAdmissibility.Refusal, pairs: Int)]
    /// Departments carrying at least the broker threshold of the shortest paths of the view
    /// (connected-pair share): new ties avoid them while another pair improves the objective.
    public let overloaded: [String]
    /// Each objective in order, with how far it got.
    public let outcomes: [ObjectiveOutcome]
    /// Label of the analysed view (`all`, or mechanism ids joined by `+`).
    public let viewLabel: String
    /// The coordinating department of the structure (`nil` when none was found).
    public let center: String?
}

/// New ties that would most improve the redundancy of a network's view, in the analyst's terms and
/// within what the governance structure supports (``TieAdmissibility``).
public enum TieSuggestions {
    /// Proposes up to `budget` new ties by ``RedundancyAugmentation/greedy(graph:ids:budget:candidates:deferred:)``
    /// on the undirected projection of the view: first removing articulation points and bridges, then
    /// raising global efficiency. Coordinating bodies are left out of the view (they are reached through
    /// membership, two-mode data). Candidate pairs are those the structure supports for `mechanism`
    /// (``TieAdmissibility``); pairs touching an overloaded department (connected-pair betweenness at
    /// least `config.brokerBetweenness`, the `overloaded-broker` rule's quantity) are taken only when no
    /// other pair improves the objective. Each suggestion lists the single points of failure and fragile
    /// ties it removes, found by recomputing articulation points and bridges after adding it.
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - view: which mechanisms (weights and direction do not matter: the analysis is undirected).
    ///   - mechanism: the mechanism the new ties are proposed in.
    ///   - budget: at most this many ties (≥ 0).
    ///   - allowed: pairs of department ids (unordered) the user allows; only these are considered.
    ///     `nil`: every non-adjacent pair.
    ///   - center: the coordinating department (`nil`: found by role).
    ///   - crossLines: also consider working ties that skip levels or cross leadership lines.
    ///   - config: the broker threshold.
    /// - Returns: the report; fewer than `budget` suggestions when no admissible tie improves either objective.
    /// - Throws: ``AlgorithmError/invalidArgument(_:)`` naming an id of `allowed` that is not a department.
    /// - Complexity: as ``RedundancyAugmentation/greedy(graph:ids:budget:candidates:deferred:)``: about
    ///   O(K·C·(n + m) + C·n²) for K ties and C candidate pairs, plus O(n·m) for the betweenness.
    ///
    /// References: Eswaran & Tarjan (1976), doi:10.1137/0205044; Hopcroft & Tarjan (1973),
    /// doi:10.1145/362248.362272; Latora & Marchiori (2001), doi:10.1103/PhysRevLett.87.198701.
    public static func suggest(network: Network, view: GraphView, mechanism: String, budget: Int,
                               allowed: [(String, String)]? = nil, center: String? = nil, crossLines: Bool = false,
                               config: DiagnosisConfig = DiagnosisConfig()) throws -> TieSuggestionReport {
        precondition(budget >= 0)
        let structure = GovernanceStructure(network: network, center: center)
        // Coordinating bodies are reached through membership (two-mode data): their nodes stay out of the
        // one-mode view, so a body hanging on its office is not a weak point to repair.
        var oneMode = network
        if !structure.bodies.isEmpty {
            oneMode.departments.removeAll { structure.bodies.contains($0.id) }
            oneMode.ties.removeAll { structure.bodies.contains($0.from) || structure.bodies.contains($0.to) }
        }
        let ng = NetworkGraph(network: oneMode, view: view)
        let ids = ng.ids
        var requested: [(Int32, Int32)]? = nil
        if let allowed {
            var pairs: [(Int32, Int32)] = []
            for (a, b) in allowed {
                for id in [a, b] where network.departmentIndex[id] == nil {
                    throw AlgorithmError.invalidArgument("unknown department '\(id)' in the allowed pairs")
                }
                guard let u = ng.index(of: a), let v = ng.index(of: b) else { continue }  // a coordinating body
                pairs.append((u, v))
            }
            requested = pairs
        }
        let projection = ng.graph.isDirected ? ng.graph.undirectedProjection().graph : ng.graph
        let admissibility = TieAdmissibility(structure: structure, mechanism: mechanism, crossLines: crossLines)
        var refusedCount: [TieAdmissibility.Refusal: Int] = [:]
        var lines: [UInt64: TieAdmissibility.Line] = [:]
        var candidates: [(Int32, Int32)] = []
        func key(_ u: Int32, _ v: Int32) -> UInt64 { UInt64(UInt32(Swift.min(u, v))) << 32 | UInt64(UInt32(Swift.max(u, v))) }
        for (u, v) in RedundancyAugmentation.candidatePairs(projection, ids: ids, candidates: requested) {
            switch admissibility.check(ids[Int(u)], ids[Int(v)]) {
            case .success(let line): candidates.append((u, v)); lines[key(u, v)] = line
            case .failure(let why): refusedCount[why, default: 0] += 1
            }
        }
        let share = Centrality.connectedPairBetweenness(of: projection)
        let overloaded = Set((0..<projection.nodeCount).filter { share[$0] >= config.brokerBetweenness }.map { Int32($0) })
        let steps = RedundancyAugmentation.greedy(graph: projection, ids: ids, budget: budget, candidates: candidates, deferred: overloaded)
        let viewLabel = view.mechanisms.map { $0.joined(separator: "+") } ?? "all"
        let mechanismOrder = network.allMechanisms.map(\.id)
        func bridgeLabel(_ u: Int32, _ v: Int32) -> String {
            var ms = Set<String>()
            for (x, y) in [(u, v), (v, u)] { if let e = ng.graph.edgeID(x, y) { ms.formUnion(ng.edgeMechanisms[e]) } }
            let ordered = mechanismOrder.filter { ms.contains($0) } + ms.subtracting(mechanismOrder).sorted()
            let (a, b) = RemovalOrder.idPrecedes(ids[Int(u)], ids[Int(v)]) ? (u, v) : (v, u)
            return "fragile-tie \(ids[Int(a)])–\(ids[Int(b)]) (\(ordered.isEmpty ? viewLabel : ordered.joined(separator: "+")))"
        }
        let counter = BlockCutCounter(nodeCount: projection.nodeCount)
        var cutList: [Int32] = [], bridgeList: [(Int32, Int32)] = []
        let initial = counter.count(projection, extra: nil, cutPoints: &cutList, bridges: &bridgeList)
        let efficiency0 = Efficiency.global(of: projection)
        var previousEfficiency = efficiency0
        var previous = initial
        var suggestions: [TieSuggestion] = []
        for s in steps {
            let (a, b) = (ids[Int(s.a)], ids[Int(s.b)])
            let line = lines[key(s.a, s.b)] ?? .notNeeded
            suggestions.append(TieSuggestion(
                from: a, to: b, mechanism: mechanism, objective: s.objective,
                cutPointsRemoved: previous.cutPoints - s.cutPoints, bridgesRemoved: previous.bridges - s.bridges,
                efficiencyGain: s.efficiency - previousEfficiency,
                resolves: s.resolvedCutPoints.map { "single-point-of-failure \(ids[Int($0)]) (\(viewLabel))" }
                    + s.resolvedBridges.map { bridgeLabel($0[0], $0[1]) },
                cutPointsAfter: s.cutPoints, bridgesAfter: s.bridges, efficiencyAfter: s.efficiency,
                level: admissibility.level(a, b), needsLeadershipLine: admissibility.needsLeadershipLine, line: line,
                instrument: admissibility.instrument(for: line),
                loadsOverloaded: overloaded.contains(s.a) || overloaded.contains(s.b)))
            previous = (s.cutPoints, s.bridges)
            previousEfficiency = s.efficiency
        }

        // What is left of each objective, and why.
        var remaining: [String] = []
        if previous.cutPoints + previous.bridges > 0 {
            var g = projection
            for s in steps { g = RedundancyAugmentation.adding((s.a, s.b), to: g) }
            var cuts: [Int32] = [], bridges: [(Int32, Int32)] = []
            _ = counter.count(g, extra: nil, cutPoints: &cuts, bridges: &bridges)
            remaining = cuts.map { "single-point-of-failure \(ids[Int($0)]) (\(viewLabel))" } + bridges.map { bridgeLabel($0.0, $0.1) }
        }
        let biRanks = suggestions.indices.filter { suggestions[$0].objective == .biconnectivity }.map { $0 + 1 }
        let efRanks = suggestions.indices.filter { suggestions[$0].objective == .efficiency }.map { $0 + 1 }
        let spent = steps.count >= budget
        let biStatus: ObjectiveOutcome.Status = remaining.isEmpty ? .met : (spent && efRanks.isEmpty ? .budgetSpent : .noAdmissibleTie)
        let efStatus: ObjectiveOutcome.Status = spent ? (efRanks.isEmpty ? .notReached : .budgetSpent) : .noAdmissibleTie
        let outcomes = [ObjectiveOutcome(objective: .biconnectivity, status: biStatus, ranks: biRanks, remaining: remaining),
                        ObjectiveOutcome(objective: .efficiency, status: efStatus, ranks: efRanks, remaining: [])]
        let refused = TieAdmissibility.Refusal.allCases.compactMap { r in refusedCount[r].map { (r, $0) } }
        return TieSuggestionReport(suggestions: suggestions, cutPoints: initial.cutPoints, bridges: initial.bridges,
                                   efficiency: efficiency0, candidates: candidates.count, refused: refused,
                                   overloaded: overloaded.sorted().map { ids[Int($0)] }, outcomes: outcomes,
                                   viewLabel: viewLabel, center: structure.center)
    }
}
