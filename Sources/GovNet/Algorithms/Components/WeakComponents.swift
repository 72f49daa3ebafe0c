extension Components {
    /// Weakly connected components (connected components when undirected).
    ///
    /// Definition: two nodes are in the same weak component when a path joins them ignoring arc
    /// directions.
    ///
    /// - Parameter graph: any graph; directed graphs are traversed along out- and in-arcs.
    /// - Returns: labels numbered in order of each component's smallest node; an isolate is a
    ///   component of size 1; the empty graph has `count == 0`.
    /// - Complexity: O(n + m) time, O(n) extra space (one breadth-first search per component over the
    ///   CSR arrays, a preallocated queue).
    ///
    /// References: Hopcroft & Tarjan (1973), "Algorithm 447: efficient algorithms for graph
    /// manipulation", Commun. ACM 16(6):372–378, doi:10.1145/362248.362272. Matches NetworkX
    /// `connected_components` / `weakly_connected_components` and igraph `igraph_connected_components`
    /// with `IGRAPH_WEAK`.
    public static func weak(of graph: Graph) -> ComponentLabels {
        let n = graph.nodeCount
        var labels = [Int32](repeating: -1, count: n)
        var count: Int32 = 0
        let directed = graph.isDirected
        graph.offsets.withUnsafeBufferPointer { off in
        graph.targets.withUnsafeBufferPointer { tgt in
        graph.inOffsets.withUnsafeBufferPointer { inOff in
        graph.inSources.withUnsafeBufferPointer { inSrc in
        labels.withUnsafeMutableBufferPointer { lab in
            let queue = UnsafeMutablePointer<Int32>.allocate(capacity: Swift.max(n, 1))
            defer { queue.deallocate() }
            for s in 0..<n where lab[s] < 0 {
                lab[s] = count
                queue[0] = Int32(s)
                var head = 0, tail = 1
                while head < tail {
                    let v = Int(queue[head]); head += 1
                    for p in Int(off[v])..<Int(off[v + 1]) {
                        let w = Int(tgt[p])
                        if lab[w] < 0 { lab[w] = count; queue[tail] = Int32(w); tail += 1 }
                    }
                    if directed {
                        for p in Int(inOff[v])..<Int(inOff[v + 1]) {
                            let w = Int(inSrc[p])
                            if lab[w] < 0 { lab[w] = count; queue[tail] = Int32(w); tail += 1 }
                        }
                    }
                }
                count += 1
            }
        }}}}}
        return ComponentLabels(labels: labels, count: Int(count))
    }
}
