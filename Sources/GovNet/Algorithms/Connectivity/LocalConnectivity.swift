/// Vertex and edge connectivity by maximum flow: how many independent routes join departments, and
/// which departments or ties separate them.
///
/// Every function builds a small residual network over the graph (see `ResidualNetwork`, Dinic's
/// algorithm) — with node splitting for node connectivity (`v_in → v_out`, capacity 1, Even 1975) —
/// and matches the corresponding NetworkX function in `networkx.algorithms.connectivity`. Directed
/// graphs stay directed (paths follow arcs); undirected edges carry one unit either way.
///
/// References: Even, S. (1975). An algorithm for determining whether the connectivity of a graph is
/// at least k. *SIAM J. Comput.* 4(3), 393–396, doi:10.1137/0204034; Esfahanian, A. H. (2013).
/// Connectivity algorithms. In *Topics in Structural Graph Theory*, CUP; Dinitz, Y. (1970).
/// Algorithm for solution of a problem of maximum flow in networks with power estimation.
/// *Soviet Math. Doklady* 11, 1277–1280.
public enum Connectivity {
    /// Network for edge connectivity: one unit-capacity arc per arc of a directed graph, one
    /// unit-capacity arc pair (each the other's reverse) per undirected edge. Arcs are tagged with
    /// edge ids. Network node = graph node.
    static func edgeNetwork(_ g: Graph) -> ResidualNetwork {
        var arcs: [ResidualNetwork.Arc] = []
        arcs.reserveCapacity(g.edgeCount)
        for e in 0..<g.edgeCount {
            arcs.append(.init(from: g.edgeSources[e], to: g.edgeTargets[e], capacity: 1,
                              reverseCapacity: g.isDirected ? 0 : 1, tag: Int32(e)))
        }
        return ResidualNetwork(nodeCount: g.nodeCount, arcs: arcs)
    }

    /// Node-split network for node connectivity (NetworkX `build_auxiliary_node_connectivity`):
    /// node `v` becomes `2v` (in) and `2v + 1` (out) joined by an arc of capacity 1 tagged `v`; each arc
    /// `u → v` (both directions of an undirected edge) becomes `2u+1 → 2v` with capacity `external`.
    static func splitNetwork(_ g: Graph, external: Int32 = 1) -> ResidualNetwork {
        var arcs: [ResidualNetwork.Arc] = []
        arcs.reserveCapacity(g.nodeCount + g.targets.count)
        for v in 0..<g.nodeCount {
            arcs.append(.init(from: Int32(2 * v), to: Int32(2 * v + 1), capacity: 1, reverseCapacity: 0, tag: Int32(v)))
        }
        for u in 0..<g.nodeCount {
            for k in Int(g.offsets[u])..<Int(g.offsets[u + 1]) {
                let v = g.targets[k]
                arcs.append(.init(from: Int32(2 * u + 1), to: 2 * v, capacity: external, reverseCapacity: 0, tag: g.slotEdges[k]))
            }
        }
        return ResidualNetwork(nodeCount: 2 * g.nodeCount, arcs: arcs)
    }

    /// Local node connectivity `κ(s, t)`: the largest number of `s`–`t` paths that share no node
    /// other than `s` and `t` (a direct tie `s → t` counts as one path).
    ///
    /// - Parameters:
    ///   - graph: directed (paths follow arcs) or undirected.
    ///   - from: source node `s`.
    ///   - to: target node `t ≠ s`.
    /// - Returns: `κ(s, t)`; 0 when `t` is unreachable from `s`.
    /// - Complexity: O(√n · m) time (Dinic on a unit-capacity node-split network), O(n + m) space.
    ///
    /// References: Even (1975); matches NetworkX `node_connectivity(G, s, t)` /
    /// `connectivity.local_node_connectivity`.
    public static func localNodeConnectivity(of graph: Graph, from s: Int, to t: Int) -> Int {
        precondition(s != t && s >= 0 && t >= 0 && s < graph.nodeCount && t < graph.nodeCount)
        var net = splitNetwork(graph)
        return net.maxFlow(from: 2 * s + 1, to: 2 * t)
    }

    /// Local edge connectivity `λ(s, t)`: the largest number of `s`–`t` paths that share no edge
    /// (equivalently, by Menger's theorem, the size of a minimum `s`–`t` edge cut).
    ///
    /// - Parameters:
    ///   - graph: directed (paths follow arcs) or undirected.
    ///   - from: source node `s`.
    ///   - to: target node `t ≠ s`.
    /// - Returns: `λ(s, t)`; 0 when `t` is unreachable from `s`.
    /// - Complexity: O(min(√m, n^{2/3}) · m) time (Dinic, unit capacities), O(n + m) space.
    ///
    /// References: Even & Tarjan (1975), doi:10.1137/0204043; matches NetworkX
    /// `edge_connectivity(G, s, t)` / `connectivity.local_edge_connectivity`.
    public static func localEdgeConnectivity(of graph: Graph, from s: Int, to t: Int) -> Int {
        precondition(s != t && s >= 0 && t >= 0 && s < graph.nodeCount && t < graph.nodeCount)
        var net = edgeNetwork(graph)
        return net.maxFlow(from: s, to: t)
    }
}
