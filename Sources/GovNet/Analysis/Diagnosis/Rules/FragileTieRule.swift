/// **Fragile tie**: a tie whose loss splits a working mechanism — a bridge of the mechanism's
/// undirected graph (Tarjan 1974). A bridge resting on an informal arrangement is reported by
/// ``InformalFoundationRule``.
///
/// Must not flag: command and supervision ties (a single leadership or assessment line is the design),
/// nor the tie between a unit and the department that leads it, or between a coordinating body and
/// the department hosting its office.
public struct FragileTieRule: DiagnosisRule {
    public let id = "fragile-tie"
    public init() {}

    public func findings(in context: DiagnosisContext) -> [Finding] {
        var out: [Finding] = []
        for mechanism in context.workingMechanisms {
            let ng = context.graph(mechanism)
            let (g, _) = ng.graph.isDirected ? ng.graph.undirectedProjection() : (ng.graph, [])
            let bridges = Biconnectivity.bridges(of: g)
            let mname = context.mechanism(mechanism)
            let problem: ProblemType = mechanism == "information" ? .missingInformation : mechanism == "material" ? .materialGap : .noJointWork
            let instrument: Instrument = mechanism == "information" ? .informationPlatform : mechanism == "material" ? .materialAgreement : .jointDrill
            var pendants: [(hub: String, leaf: String, refs: [TieRef])] = []
            // The mechanism's ties of each ordered pair, in tie order (both orders of every tie).
            var pairTies: [String: [Int]] = [:]
            for (i, t) in context.network.ties.enumerated() where t.mechanism == mechanism && t.from != t.to {
                pairTies[t.from + "\u{1F}" + t.to, default: []].append(i)
                pairTies[t.to + "\u{1F}" + t.from, default: []].append(i)
            }
            let sides = Self.bridgeSides(of: g, bridges: bridges)
            for e in 0..<g.edgeCount where bridges[e] {
                let a = ng.ids[Int(g.edgeSources[e])], b = ng.ids[Int(g.edgeTargets[e])]
                if context.isOwnLine(a, b) { continue }
                let ties = (pairTies[a + "\u{1F}" + b] ?? []).map { context.network.ties[$0] }
                let informal = !ties.isEmpty && ties.allSatisfy { $0.basis == .informal }
                if informal { continue }  // reported as informal-critical-tie by InformalFoundationRule
                let (sideA, sideB) = sides[e]
                let refs = ties.map { TieRef(from: $0.from, to: $0.to, mechanism: mechanism) }.sorted()
                if min(sideA, sideB) == 1 {
                    // A department hanging on one tie: grouped below, one finding per mechanism.
                    pendants.append(sideA == 1 ? (b, a, refs) : (a, b, refs))
                    continue
                }
                let basis = ties.compactMap { $0.basis?.rawValue }.sorted().first ?? "unrecorded"
                out.append(Finding(
                    rule: id, severity: min(sideA, sideB) >= 3 ? .high : .medium, mechanism: mechanism, category: "bottleneck",
                    departments: [a, b], ties: refs,
                    evidence: [("side_a", .number(Double(sideA))), ("side_b", .number(Double(sideB))), ("basis", .string(basis))],
                    explanation: Message("finding.fragile-tie.bridge.explanation", [
                        ("mechanism", mname), ("a", context.department(a)), ("b", context.department(b)), ("sideA", .count(sideA)), ("sideB", .count(sideB))]),
                    recommendation: Message("finding.fragile-tie.bridge.recommendation", [
                        ("mechanism", mname), ("a", context.department(a)), ("b", context.department(b)), ("instrument", .instrument(instrument))]),
                    problem: problem, instrument: instrument))
            }
            if !pendants.isEmpty {
                let leaves = pendants.map(\.leaf).sorted()
                out.append(Finding(
                    rule: id, severity: .low, mechanism: mechanism, category: "bottleneck",
                    departments: leaves, ties: pendants.flatMap(\.refs).sorted(),
                    evidence: [("single_tie_departments", .number(Double(leaves.count)))],
                    explanation: Message("finding.fragile-tie.pendants.explanation", [
                        ("n", .count(leaves.count)), ("mechanism", mname), ("departments", context.departments(leaves))]),
                    recommendation: Message("finding.fragile-tie.pendants.recommendation", [
                        ("departments", context.departments(leaves, limit: 3)), ("mechanism", mname), ("instrument", .instrument(instrument))]),
                    problem: problem, instrument: instrument))
            }
        }
        return out
    }

    /// For each bridge `e` of the undirected graph `g`, the departments with ties left on the side of
    /// its source and on the side of its target once it is removed (0, 0 for other edges).
    ///
    /// The bridges cut `g` into 2-edge-connected pieces joined by a forest of bridges; removing a
    /// bridge splits its tree into the subtree below it and the rest, so one pass of subtree sums
    /// answers every bridge at once, where removing each bridge and labelling components again costs
    /// O(n + m) per bridge.
    /// - Complexity: O(n + m).
    static func bridgeSides(of g: Graph, bridges: [Bool]) -> [(Int, Int)] {
        let n = g.nodeCount
        var sides = [(Int, Int)](repeating: (0, 0), count: g.edgeCount)
        // 2-edge-connected pieces: components without the bridges.
        var piece = [Int32](repeating: -1, count: n)
        var pieces: Int32 = 0
        var stack: [Int32] = []
        for r in 0..<n where piece[r] < 0 {
            piece[r] = pieces; stack.append(Int32(r))
            while let v = stack.popLast() {
                for slot in Int(g.offsets[Int(v)])..<Int(g.offsets[Int(v) + 1]) where !bridges[Int(g.slotEdges[slot])] {
                    let w = Int(g.targets[slot])
                    if piece[w] < 0 { piece[w] = pieces; stack.append(Int32(w)) }
                }
            }
            pieces += 1
        }
        let k = Int(pieces)
        var weight = [Int](repeating: 0, count: k)
        for v in 0..<n where g.outDegree(v) > 0 { weight[Int(piece[v])] += 1 }
        // The bridge forest: pieces as nodes, bridges as edges.
        var adjacency = [[(piece: Int32, edge: Int32)]](repeating: [], count: k)
        for e in 0..<g.edgeCount where bridges[e] {
            let a = piece[Int(g.edgeSources[e])], b = piece[Int(g.edgeTargets[e])]
            adjacency[Int(a)].append((b, Int32(e))); adjacency[Int(b)].append((a, Int32(e)))
        }
        var parentEdge = [Int32](repeating: -1, count: k)
        var root = [Int32](repeating: -1, count: k)
        var order: [Int32] = []
        order.reserveCapacity(k)
        for r in 0..<k where root[r] < 0 {
            root[r] = Int32(r); order.append(Int32(r))
            var i = order.count - 1
            while i < order.count {
                let p = Int(order[i]); i += 1
                for (q, e) in adjacency[p] where root[Int(q)] < 0 {
                    root[Int(q)] = Int32(r); parentEdge[Int(q)] = e; order.append(q)
                }
            }
        }
        var below = weight
        for p in order.reversed() where parentEdge[Int(p)] >= 0 {
            let e = Int(parentEdge[Int(p)])
            let a = piece[Int(g.edgeSources[e])], b = piece[Int(g.edgeTargets[e])]
            below[Int(a == p ? b : a)] += below[Int(p)]
        }
        for p in 0..<k where parentEdge[p] >= 0 {
            let e = Int(parentEdge[p])
            let total = below[Int(root[p])], under = below[p]
            sides[e] = piece[Int(g.edgeSources[e])] == Int32(p) ? (under, total - under) : (total - under, under)
        }
        return sides
    }
}
