extension Connectivity {
    /// A maximum set of node- or edge-disjoint paths from `s` to `t`, listed.
    ///
    /// The paths come from a decomposition of a maximum flow (cycles dropped), so their number is the
    /// local connectivity (Menger's theorem): ``localNodeConnectivity(of:from:to:)`` for node-disjoint
    /// paths, which share no node but `s` and `t` (the direct tie, if any, is one of them), and
    /// ``localEdgeConnectivity(of:from:to:)`` for edge-disjoint paths, which share no edge.
    ///
    /// - Parameters:
    ///   - graph: directed (paths follow arcs) or undirected.
    ///   - from: source `s`.
    ///   - to: target `t ≠ s`.
    ///   - nodeDisjoint: node-disjoint (`true`) or edge-disjoint (`false`) paths.
    /// - Returns: paths as node sequences `[s, …, t]`, shortest first (ties in flow order); empty
    ///   when `t` is unreachable (NetworkX raises `NetworkXNoPath` there).
    /// - Complexity: one maximum flow (see the local connectivities) plus O(m) for the decomposition.
    ///
    /// References: Menger (1927); matches the number of paths of NetworkX `node_disjoint_paths` and
    /// `edge_disjoint_paths` (the paths themselves are one valid choice among several).
    public static func disjointPaths(of graph: Graph, from s: Int, to t: Int, nodeDisjoint: Bool) -> [[Int32]] {
        precondition(s != t && s >= 0 && t >= 0 && s < graph.nodeCount && t < graph.nodeCount)
        var paths: [[Int32]]
        if nodeDisjoint {
            var net = splitNetwork(graph)
            _ = net.maxFlow(from: 2 * s + 1, to: 2 * t)
            paths = net.flowPaths(from: 2 * s + 1, to: 2 * t).map { walk in
                [Int32(s)] + walk.filter { $0 % 2 == 0 }.map { $0 / 2 }
            }
        } else {
            var net = edgeNetwork(graph)
            _ = net.maxFlow(from: s, to: t)
            paths = net.flowPaths(from: s, to: t)
        }
        return paths.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }.map(\.element)
    }

    /// A minimum `s`–`t` cut: the fewest nodes (other than `s`, `t`) or edges whose removal leaves no
    /// path from `s` to `t`.
    ///
    /// The cut is the one next to `s`: the nodes or edges leaving the set reachable from `s` in the
    /// residual network of a maximum flow (as NetworkX's `minimum_st_node_cut`/`minimum_st_edge_cut`).
    ///
    /// - Parameters:
    ///   - graph: directed (paths follow arcs) or undirected.
    ///   - from: source `s`.
    ///   - to: target `t ≠ s`.
    ///   - nodes: a node cut (`true`) or an edge cut (`false`).
    /// - Returns: node ids or edge ids, ascending. Empty when `t` is already unreachable, and for a node
    ///   cut when `s` and `t` are adjacent (either direction; no node cut exists — NetworkX returns an
    ///   empty set too).
    /// - Complexity: one maximum flow plus O(n + m).
    ///
    /// References: Ford & Fulkerson (1956), doi:10.4153/CJM-1956-045-5; matches the size of NetworkX
    /// `minimum_node_cut(G, s, t)` / `minimum_edge_cut(G, s, t)`.
    public static func minimumCut(of graph: Graph, from s: Int, to t: Int, nodes: Bool) -> [Int32] {
        precondition(s != t && s >= 0 && t >= 0 && s < graph.nodeCount && t < graph.nodeCount)
        if nodes {
            if graph.hasEdge(Int32(s), Int32(t)) || graph.hasEdge(Int32(t), Int32(s)) { return [] }
            // Uncuttable ties (capacity > n) so the minimum cut consists of node arcs only.
            var net = splitNetwork(graph, external: Int32(graph.nodeCount + 1))
            _ = net.maxFlow(from: 2 * s + 1, to: 2 * t)
            let side = net.reachable(from: 2 * s + 1)
            var cut: [Int32] = []
            for v in 0..<graph.nodeCount where v != s && v != t && side[2 * v] && !side[2 * v + 1] {
                cut.append(Int32(v))
            }
            return cut
        }
        var net = edgeNetwork(graph)
        _ = net.maxFlow(from: s, to: t)
        let side = net.reachable(from: s)
        var cut: [Int32] = []
        for u in 0..<graph.nodeCount where side[u] {
            for a in Int(net.head[u])..<Int(net.head[u + 1]) where net.original[a] > 0 && net.tag[a] >= 0 && !side[Int(net.to[a])] {
                cut.append(net.tag[a])
            }
        }
        return Array(Set(cut)).sorted()
    }
}
