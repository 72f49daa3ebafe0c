extension Components {
    /// Strongly connected components.
    ///
    /// Definition: `u` and `v` are in the same strong component when there is a directed path `u→v`
    /// and one `v→u`. On an undirected graph these are the connected components.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: labels renumbered in order of each component's smallest node (like ``weak(of:)``).
    /// - Complexity: O(n + m) time, O(n) extra space: Tarjan's algorithm with an explicit call stack
    ///   (node, adjacency cursor), so deep graphs (a 10⁵-node path) cannot overflow the thread stack.
    ///
    /// References: Tarjan (1972), "Depth-first search and linear graph algorithms", SIAM J. Comput.
    /// 1(2):146–160, doi:10.1137/0201010. Matches NetworkX `strongly_connected_components` and igraph
    /// `igraph_connected_components` with `IGRAPH_STRONG` (as partitions).
    public static func strong(of graph: Graph) -> ComponentLabels {
        guard graph.isDirected else { return weak(of: graph) }
        let (raw, count) = tarjan(graph)
        var renumber = [Int32](repeating: -1, count: count)
        var next: Int32 = 0
        var labels = raw
        for v in 0..<labels.count {
            let c = Int(raw[v])
            if renumber[c] < 0 { renumber[c] = next; next += 1 }
            labels[v] = renumber[c]
        }
        return ComponentLabels(labels: labels, count: count)
    }

    /// Tarjan's strong components in completion order: every arc between two components goes from a
    /// higher to a lower id (ids are a reverse topological order of the condensation).
    static func tarjan(_ graph: Graph) -> (labels: [Int32], count: Int) {
        let n = graph.nodeCount
        var comp = [Int32](repeating: -1, count: n)
        var count: Int32 = 0
        graph.offsets.withUnsafeBufferPointer { off in
        graph.targets.withUnsafeBufferPointer { tgt in
        comp.withUnsafeMutableBufferPointer { comp in
            let cap = Swift.max(n, 1)
            let index = UnsafeMutablePointer<Int32>.allocate(capacity: cap)
            let low = UnsafeMutablePointer<Int32>.allocate(capacity: cap)
            let stack = UnsafeMutablePointer<Int32>.allocate(capacity: cap)       // Tarjan's node stack
            let callNode = UnsafeMutablePointer<Int32>.allocate(capacity: cap)    // DFS call stack
            let callCursor = UnsafeMutablePointer<Int32>.allocate(capacity: cap)
            defer { index.deallocate(); low.deallocate(); stack.deallocate(); callNode.deallocate(); callCursor.deallocate() }
            index.initialize(repeating: -1, count: cap)
            var counter: Int32 = 0, sp = 0
            for s in 0..<n where index[s] < 0 {
                var depth = 0
                index[s] = counter; low[s] = counter; counter += 1
                stack[sp] = Int32(s); sp += 1
                callNode[0] = Int32(s); callCursor[0] = off[s]; depth = 1
                while depth > 0 {
                    let v = Int(callNode[depth - 1])
                    let p = Int(callCursor[depth - 1])
                    if p < Int(off[v + 1]) {
                        callCursor[depth - 1] = Int32(p + 1)
                        let w = Int(tgt[p])
                        if index[w] < 0 {
                            index[w] = counter; low[w] = counter; counter += 1
                            stack[sp] = Int32(w); sp += 1
                            callNode[depth] = Int32(w); callCursor[depth] = off[w]; depth += 1
                        } else if comp[w] < 0 && index[w] < low[v] {
                            low[v] = index[w]  // w is on the stack
                        }
                    } else {
                        depth -= 1
                        if low[v] == index[v] {
                            while true {
                                sp -= 1
                                let w = Int(stack[sp])
                                comp[w] = count
                                if w == v { break }
                            }
                            count += 1
                        }
                        if depth > 0 {
                            let u = Int(callNode[depth - 1])
                            if low[v] < low[u] { low[u] = low[v] }
                        }
                    }
                }
            }
        }}}
        return (comp, Int(count))
    }
}
