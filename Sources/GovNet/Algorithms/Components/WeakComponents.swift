extension Components {
    /// Weakly connected components (connected components when undirected).
    ///
    /// Definition: two nodes are in the same weak component when a path joins them ignoring arc
    /// directions.
    ///
    /// - Parameter graph: any graph; directed graphs are traversed along out- and in-arcs.
    /// - Returns: labels numbered in order of each component's smallest node; an isolate is a
    ///   component of size 1; the empty graph has `count == 0`.
    /// - Complexity: O((n + m)·α(n)) time in practice (union–find over the edge list with path halving,
    ///   sets rooted at their smallest node), no extra space beyond the labels.
    ///
    /// References: Tarjan (1975), "Efficiency of a good but not linear set union algorithm", J. ACM
    /// 22(2):215–225, doi:10.1145/321879.321884 (union–find); Hopcroft & Tarjan (1973), "Algorithm 447",
    /// doi:10.1145/362248.362272 (components). Matches NetworkX `connected_components` /
    /// `weakly_connected_components` and igraph `igraph_connected_components` with `IGRAPH_WEAK`.
    public static func weak(of graph: Graph) -> ComponentLabels {
        let n = graph.nodeCount
        var labels = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        // Union–find over the edge list (sequential reads of two arrays; the parent array stays in
        // cache), each set rooted at its smallest node, path halving; then one pass numbers the roots.
        graph.edgeSources.withUnsafeBufferPointer { src in
        graph.edgeTargets.withUnsafeBufferPointer { tgt in
        labels.withUnsafeMutableBufferPointer { parent in
            for v in 0..<n { parent[v] = Int32(v) }
            @inline(__always) func find(_ x: Int32) -> Int32 {
                var x = x
                while true {
                    let p = parent[Int(x)]
                    if p == x { return x }
                    let gp = parent[Int(p)]
                    parent[Int(x)] = gp
                    x = gp
                }
            }
            // Edges are sorted by source: the source's root is found once per run of equal sources
            // and kept current through the run's unions.
            var lastSource: Int32 = -1, a: Int32 = 0
            for e in 0..<src.count {
                let s = src[e]
                if s != lastSource { a = find(s); lastSource = s }
                let b = find(tgt[e])
                if a < b { parent[Int(b)] = a } else if b < a { parent[Int(a)] = b; a = b }
            }
            // Parents always have smaller indices (links go to the smaller root, halving to an
            // ancestor), so in node order a node's parent already carries its set's label: relabel in
            // place, labels stored as -1 - label until the final pass.
            for v in 0..<n {
                let p = Int(parent[v])
                if p == v { parent[v] = -1 - count; count += 1 } else { parent[v] = parent[p] }
            }
            for v in 0..<n { parent[v] = -1 - parent[v] }
        }}}
        return ComponentLabels(labels: labels, count: Int(count))
    }
}
