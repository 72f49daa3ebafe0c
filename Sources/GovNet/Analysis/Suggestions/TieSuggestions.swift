/// A new tie proposed to make a network more redundant, with the effect it was verified to have.
public struct TieSuggestion: Sendable, Equatable {
    /// Department ids of the two ends (the tie is proposed as undirected joint operation or as the
    /// chosen mechanism; `from`'s id sorts before `to`'s).
    public let from: String
    public let to: String
    /// Mechanism the tie is proposed in.
    public let mechanism: String
    /// Biconnectivity: the drop in articulation points + bridges; efficiency: the efficiency increase.
    public let gain: Double
    /// What the tie was chosen for.
    public let objective: SuggestionObjective
    /// The weak points it removes, as diagnosis would name them: `single-point-of-failure ID (mechanism)`
    /// and `fragile-tie A–B (mechanism)`; empty when it only shortens paths.
    public let resolves: [String]
    /// Articulation points, bridges and global efficiency of the view after this and every earlier tie.
    public let cutPointsAfter: Int
    public let bridgesAfter: Int
    public let efficiencyAfter: Double
}

/// The result of ``TieSuggestions/suggest(network:view:mechanism:budget:allowed:)``.
public struct TieSuggestionReport: Sendable {
    /// Suggestions in the order chosen (rank 1 first).
    public let suggestions: [TieSuggestion]
    /// Articulation points, bridges and global efficiency of the view before any new tie.
    public let cutPoints: Int
    public let bridges: Int
    public let efficiency: Double
    /// Number of candidate pairs considered (non-adjacent, allowed).
    public let candidates: Int
    /// Label of the analysed view (`all`, or mechanism ids joined by `+`).
    public let viewLabel: String
}

/// New ties that would most improve the redundancy of a network's view, in the analyst's terms.
public enum TieSuggestions {
    /// Proposes up to `budget` new ties by ``RedundancyAugmentation/greedy(graph:ids:budget:candidates:)``
    /// on the undirected projection of the view: first removing articulation points and bridges, then
    /// raising global efficiency. Each suggestion lists the single points of failure and fragile ties
    /// it removes, found by recomputing articulation points and bridges after adding it.
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - view: which mechanisms (weights and direction do not matter: the analysis is undirected).
    ///   - mechanism: the mechanism the new ties are proposed in (reported only).
    ///   - budget: at most this many ties (≥ 0).
    ///   - allowed: institutionally plausible pairs of department ids (unordered); only these are
    ///     considered. `nil`: every non-adjacent pair.
    /// - Returns: the report; fewer than `budget` suggestions when no tie improves either objective.
    /// - Throws: ``AlgorithmError/invalidArgument(_:)`` naming an id of `allowed` that is not a department.
    /// - Complexity: as ``RedundancyAugmentation/greedy(graph:ids:budget:candidates:)``: about
    ///   O(K·C·(n + m) + C·n²) for K ties and C candidate pairs.
    ///
    /// References: Eswaran & Tarjan (1976), doi:10.1137/0205044; Hopcroft & Tarjan (1973),
    /// doi:10.1145/362248.362272; Latora & Marchiori (2001), doi:10.1103/PhysRevLett.87.198701.
    public static func suggest(network: Network, view: GraphView, mechanism: String, budget: Int,
                               allowed: [(String, String)]? = nil) throws -> TieSuggestionReport {
        precondition(budget >= 0)
        let ng = NetworkGraph(network: network, view: view)
        let ids = ng.ids
        var candidates: [(Int32, Int32)]? = nil
        if let allowed {
            var pairs: [(Int32, Int32)] = []
            for (a, b) in allowed {
                guard let u = ng.index(of: a) else { throw AlgorithmError.invalidArgument("unknown department '\(a)' in the allowed pairs") }
                guard let v = ng.index(of: b) else { throw AlgorithmError.invalidArgument("unknown department '\(b)' in the allowed pairs") }
                pairs.append((u, v))
            }
            candidates = pairs
        }
        let projection = ng.graph.isDirected ? ng.graph.undirectedProjection().graph : ng.graph
        let candidateCount = RedundancyAugmentation.candidatePairs(projection, ids: ids, candidates: candidates).count
        let steps = RedundancyAugmentation.greedy(graph: projection, ids: ids, budget: budget, candidates: candidates)
        let viewLabel = view.mechanisms.map { $0.joined(separator: "+") } ?? "all"
        let mechanismOrder = network.allMechanisms.map(\.id)
        func bridgeLabel(_ u: Int32, _ v: Int32) -> String {
            var ms = Set<String>()
            for (x, y) in [(u, v), (v, u)] { if let e = ng.graph.edgeID(x, y) { ms.formUnion(ng.edgeMechanisms[e]) } }
            let ordered = mechanismOrder.filter { ms.contains($0) } + ms.subtracting(mechanismOrder).sorted()
            let (a, b) = RemovalOrder.idPrecedes(ids[Int(u)], ids[Int(v)]) ? (u, v) : (v, u)
            return "fragile-tie \(ids[Int(a)])–\(ids[Int(b)]) (\(ordered.isEmpty ? viewLabel : ordered.joined(separator: "+")))"
        }
        let suggestions = steps.map { s in
            TieSuggestion(from: ids[Int(s.a)], to: ids[Int(s.b)], mechanism: mechanism, gain: s.gain, objective: s.objective,
                          resolves: s.resolvedCutPoints.map { "single-point-of-failure \(ids[Int($0)]) (\(viewLabel))" }
                            + s.resolvedBridges.map { bridgeLabel($0[0], $0[1]) },
                          cutPointsAfter: s.cutPoints, bridgesAfter: s.bridges, efficiencyAfter: s.efficiency)
        }
        let counter = BlockCutCounter(nodeCount: projection.nodeCount)
        let initial = counter.count(projection, extra: nil)
        return TieSuggestionReport(suggestions: suggestions, cutPoints: initial.cutPoints, bridges: initial.bridges,
                                   efficiency: Efficiency.global(of: projection), candidates: candidateCount,
                                   viewLabel: viewLabel)
    }
}
