import Testing
@testable import GovNet

/// The diagnosis rules answer their questions by whole-graph decompositions where a direct
/// computation would repeat a search per node or per tie (they run once per robustness draw). On
/// random graphs each shortcut equals the direct computation, itself checked against NetworkX.
@Suite struct RuleShortcutsTests {
    static let sizes = [(12, 14), (20, 30), (30, 45), (40, 120), (25, 24)]

    static func graphs(nodes: Int, edges: Int, directed: Bool = false) -> [Graph] {
        (UInt64(1)...8).map { seed in
            var rng = SeededGenerator(seed: seed * 7919 + UInt64(nodes))
            return Graph(nodeCount: nodes, edges: RandomGraphs.gnm(nodes: nodes, edges: edges, directed: directed, using: &rng), directed: directed)
        }
    }

    /// Low redundancy: "two node-disjoint paths to the centre" from blocks = a maximum flow per node.
    @Test(arguments: sizes) func blocksAgreeWithMaximumFlow(nodes: Int, edges: Int) {
        for g in Self.graphs(nodes: nodes, edges: edges) {
            for c in [0, nodes / 2] {
                let two = LowRedundancyRule.twoDisjointPaths(of: g, from: c)
                for v in 0..<nodes where v != c {
                    #expect(two[v] == (Connectivity.localNodeConnectivity(of: g, from: c, to: v) >= 2), "c \(c) v \(v)")
                }
            }
        }
    }

    /// Fragile tie: both sides of every bridge from the bridge forest = components after removing it.
    @Test(arguments: sizes) func bridgeSidesAgreeWithRemoval(nodes: Int, edges: Int) {
        for g in Self.graphs(nodes: nodes, edges: edges) {
            let bridges = Biconnectivity.bridges(of: g)
            let sides = FragileTieRule.bridgeSides(of: g, bridges: bridges)
            for e in 0..<g.edgeCount where bridges[e] {
                let labels = Components.weak(of: g.removingEdges([e])).labels
                let la = labels[Int(g.edgeSources[e])], lb = labels[Int(g.edgeTargets[e])]
                let a = (0..<g.nodeCount).filter { labels[$0] == la && g.outDegree($0) > 0 }.count
                let b = (0..<g.nodeCount).filter { labels[$0] == lb && g.outDegree($0) > 0 }.count
                #expect(sides[e] == (a, b), "edge \(e)")
            }
        }
    }

    /// Overloaded broker: one Brandes pass gives the connected-pair share and the normalised
    /// betweenness, bit for bit the two separate functions.
    @Test(arguments: sizes) func connectedPairPartsAreTheSeparateFunctions(nodes: Int, edges: Int) {
        for directed in [false, true] {
            for g in Self.graphs(nodes: nodes, edges: edges, directed: directed) {
                let parts = Centrality.connectedPairParts(of: g)
                #expect(parts.share == Centrality.connectedPairBetweenness(reference: g))
                #expect(parts.normalized == Centrality.betweenness(of: g))
            }
        }
    }
}

extension Centrality {
    /// The connected-pair share computed the direct way: Brandes sums, then one search per node to
    /// count the pairs that reach each other.
    static func connectedPairBetweenness(reference graph: Graph) -> [Double] {
        let n = graph.nodeCount
        guard n > 2 else { return [Double](repeating: 0, count: n) }
        let raw = betweenness(of: graph, length: .hops, normalized: false)
        var out = [Int](repeating: 0, count: n), into = [Int](repeating: 0, count: n)
        var total = 0
        for s in 0..<n {
            let seen = graph.reachable(from: s)
            for t in 0..<n where t != s && seen[t] { out[s] += 1; into[t] += 1; total += 1 }
        }
        return (0..<n).map { v in
            var pairs = total - out[v] - into[v]
            if !graph.isDirected { pairs /= 2 }
            return pairs > 0 ? raw[v] / Double(pairs) : 0
        }
    }
}

extension RuleShortcutsTests {
    /// Single point of failure: the pieces left by each cut point from one DFS = components of the
    /// graph without it (which piece stays: the one holding the kept node, else the largest, on equal
    /// sizes the one with the smallest node).
    @Test(arguments: sizes) func cutPiecesAgreeWithRemoval(nodes: Int, edges: Int) {
        for g in Self.graphs(nodes: nodes, edges: edges) {
            let cut = Biconnectivity.articulationPoints(of: g)
            let split = CutVertexPieces(g)
            let before = Components.weak(of: g).labels
            for keep in [nil, 0, nodes / 2] as [Int?] {
                for v in 0..<g.nodeCount where cut[v] {
                    var removed = [Bool](repeating: false, count: g.nodeCount)
                    removed[v] = true
                    let after = Components.weak(of: g.removing(removed)).labels
                    let component = (0..<g.nodeCount).filter { $0 != v && before[$0] == before[v] }
                    let stay: Int32
                    if let c = keep, c != v, before[c] == before[v] { stay = after[c] } else {
                        var size: [Int32: Int] = [:]
                        for u in component { size[after[u], default: 0] += 1 }
                        stay = size.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!.key
                    }
                    var expected: [Int32: Set<Int>] = [:]
                    for u in component where after[u] != stay { expected[after[u], default: []].insert(u) }
                    let (lost, count) = split.pieces(removing: v, keep: keep)
                    #expect(count == Set(component.map { after[$0] }).count, "v \(v)")
                    #expect(Set(lost.map { Set($0.nodes) }) == Set(expected.values), "v \(v) keep \(String(describing: keep))")
                    #expect(lost.allSatisfy { $0.smallest == $0.nodes.min() })
                }
            }
        }
    }
}
