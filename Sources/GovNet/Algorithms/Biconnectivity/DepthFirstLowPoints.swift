/// Discovery times and low points of an iterative depth-first search over an undirected graph: the
/// common core of articulation points and bridges (Hopcroft & Tarjan 1973).
///
/// `low[v]` is the smallest discovery time reachable from the DFS subtree of `v` by at most one back
/// edge. Roots are taken in node order; neighbours in adjacency (ascending) order. The graph must be
/// simple (``Graph`` always is), so skipping the tree edge back to the parent is skipping the parent.
struct DepthFirstLowPoints {
    /// Discovery time of each node.
    var discovery: [Int32]
    /// Low point of each node.
    var low: [Int32]
    /// DFS-tree parent of each node (`-1` for roots).
    var parent: [Int32]
    /// Edge id of the tree edge from the parent (`-1` for roots).
    var parentEdge: [Int32]

    /// Runs the search.
    /// - Complexity: O(n + m) time, O(n) extra space (explicit call stack of node and adjacency cursor).
    init(undirected graph: Graph) {
        precondition(!graph.isDirected, "low points need an undirected graph")
        let n = graph.nodeCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var parentEdge = [Int32](repeating: -1, count: n)
        graph.offsets.withUnsafeBufferPointer { off in
        graph.targets.withUnsafeBufferPointer { tgt in
        graph.slotEdges.withUnsafeBufferPointer { slotEdge in
        discovery.withUnsafeMutableBufferPointer { disc in
        low.withUnsafeMutableBufferPointer { low in
        parent.withUnsafeMutableBufferPointer { parent in
        parentEdge.withUnsafeMutableBufferPointer { parentEdge in
            let cap = Swift.max(n, 1)
            let callNode = UnsafeMutablePointer<Int32>.allocate(capacity: cap)
            let callCursor = UnsafeMutablePointer<Int32>.allocate(capacity: cap)
            defer { callNode.deallocate(); callCursor.deallocate() }
            var time: Int32 = 0
            for r in 0..<n where disc[r] < 0 {
                disc[r] = time; low[r] = time; time += 1
                callNode[0] = Int32(r); callCursor[0] = off[r]
                var depth = 1
                while depth > 0 {
                    let v = Int(callNode[depth - 1])
                    var p = Int(callCursor[depth - 1])
                    let end = Int(off[v + 1])
                    let pv = parent[v]
                    var lv = low[v]
                    var descended = false
                    while p < end {
                        let w = Int(tgt[p])
                        p += 1
                        let dw = disc[w]
                        if dw < 0 {
                            disc[w] = time; low[w] = time; time += 1
                            parent[w] = Int32(v); parentEdge[w] = slotEdge[p - 1]
                            callCursor[depth - 1] = Int32(p)
                            low[v] = lv
                            callNode[depth] = Int32(w); callCursor[depth] = off[w]
                            depth += 1
                            descended = true
                            break
                        } else if Int32(w) != pv && dw < lv {
                            lv = dw
                        }
                    }
                    if descended { continue }
                    low[v] = lv
                    depth -= 1
                    if depth > 0 {
                        let u = Int(callNode[depth - 1])
                        if lv < low[u] { low[u] = lv }
                    }
                }
            }
        }}}}}}}
        self.discovery = discovery
        self.low = low
        self.parent = parent
        self.parentEdge = parentEdge
    }
}
