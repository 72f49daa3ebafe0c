/// Cut points, bridges and biconnected components: where a governance network hangs on one
/// department or one tie.
///
/// All three are defined on undirected graphs; a directed graph is replaced by its
/// ``Graph/undirectedProjection()`` (NetworkX raises `NetworkXNotImplemented` on a `DiGraph`; analysts
/// call them on `G.to_undirected()`, which is what we do).
public enum Biconnectivity {
    /// Articulation points (cut vertices).
    ///
    /// Definition: `v` is an articulation point when removing it (and its ties) increases the number
    /// of connected components. In a DFS tree: a root with two or more children, or a non-root `v`
    /// with a child `w` whose low point `low[w] ≥ disc[v]`.
    ///
    /// - Parameter graph: any graph; directed graphs use the undirected projection.
    /// - Returns: one flag per node (`[]` for the empty graph; isolates and leaves are never cut points).
    /// - Complexity: O(n + m) time, O(n) extra space; iterative DFS (no recursion).
    ///
    /// References: Hopcroft & Tarjan (1973), "Algorithm 447: efficient algorithms for graph
    /// manipulation", Commun. ACM 16(6):372–378, doi:10.1145/362248.362272. Matches NetworkX
    /// `articulation_points` and igraph `igraph_articulation_points`.
    public static func articulationPoints(of graph: Graph) -> [Bool] {
        let undirected = graph.isDirected ? graph.undirectedProjection().graph : graph
        let dfs = DepthFirstLowPoints(undirected: undirected)
        let n = graph.nodeCount
        var isCut = [Bool](repeating: false, count: n)
        var rootChildren = [Int32](repeating: 0, count: n)
        dfs.parent.withUnsafeBufferPointer { parent in
        dfs.low.withUnsafeBufferPointer { low in
        dfs.discovery.withUnsafeBufferPointer { disc in
            for w in 0..<n {
                let p = Int(parent[w])
                if p < 0 { continue }
                if parent[p] < 0 {
                    rootChildren[p] += 1
                } else if low[w] >= disc[p] {
                    isCut[p] = true
                }
            }
        }}}
        for r in 0..<n where rootChildren[r] >= 2 { isCut[r] = true }
        return isCut
    }

    /// Bridges (cut edges).
    ///
    /// Definition: an edge is a bridge when removing it increases the number of connected components;
    /// in a DFS tree, the tree edge `(p, w)` with `low[w] > disc[p]`.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: one flag per edge id of `graph`. A directed graph uses the undirected projection and
    ///   flags every arc whose unordered pair is a bridge (both arcs of a reciprocated pair).
    /// - Complexity: O(n + m) time, O(n) extra space (plus the projection when directed).
    ///
    /// References: Tarjan (1974), "A note on finding the bridges of a graph", Inf. Process. Lett.
    /// 2(6):160–161, doi:10.1016/0020-0190(74)90003-9; Hopcroft & Tarjan (1973). Matches NetworkX
    /// `bridges` and igraph `igraph_bridges`.
    public static func bridges(of graph: Graph) -> [Bool] {
        if graph.isDirected {
            let (projection, edgeOfArc) = graph.undirectedProjection()
            let projected = bridges(of: projection)
            return edgeOfArc.map { projected[Int($0)] }
        }
        let dfs = DepthFirstLowPoints(undirected: graph)
        var isBridge = [Bool](repeating: false, count: graph.edgeCount)
        for w in 0..<graph.nodeCount {
            let p = Int(dfs.parent[w])
            if p >= 0 && dfs.low[w] > dfs.discovery[p] { isBridge[Int(dfs.parentEdge[w])] = true }
        }
        return isBridge
    }
}
