extension Graph {
    /// The graph with every edge touching a removed node dropped; node indices are unchanged (removed
    /// nodes stay as isolates), so results map back to the same departments.
    ///
    /// A copy rather than a mask: analyses run it once per removed department on networks of tens to
    /// hundreds of departments; long removal sequences use union–find instead (Resilience).
    /// - Complexity: O(n + m log m).
    public func removing(_ removed: [Bool]) -> Graph {
        precondition(removed.count == nodeCount)
        var edges: [(Int32, Int32)] = []
        var ws: [Double] = []
        edges.reserveCapacity(edgeCount)
        for e in 0..<edgeCount where !removed[Int(edgeSources[e])] && !removed[Int(edgeTargets[e])] {
            edges.append((edgeSources[e], edgeTargets[e]))
            ws.append(edgeWeights[e])
        }
        return Graph(nodeCount: nodeCount, edges: edges, weights: isWeighted ? ws : nil, directed: isDirected)
    }

    /// The graph with the given edges dropped (by edge id); node indices unchanged.
    public func removingEdges(_ removed: Set<Int>) -> Graph {
        var edges: [(Int32, Int32)] = []
        var ws: [Double] = []
        for e in 0..<edgeCount where !removed.contains(e) {
            edges.append((edgeSources[e], edgeTargets[e]))
            ws.append(edgeWeights[e])
        }
        return Graph(nodeCount: nodeCount, edges: edges, weights: isWeighted ? ws : nil, directed: isDirected)
    }

    /// Nodes reachable from `source` following arcs forward (`reverse`: backward), by breadth-first search.
    /// - Complexity: O(n + m).
    public func reachable(from source: Int, reverse: Bool = false) -> [Bool] {
        var seen = [Bool](repeating: false, count: nodeCount)
        guard source >= 0 && source < nodeCount else { return seen }
        var queue: [Int32] = [Int32(source)]
        seen[source] = true
        var head = 0
        let off = reverse ? inOffsets : offsets, adj = reverse ? inSources : targets
        while head < queue.count {
            let v = Int(queue[head]); head += 1
            for k in Int(off[v])..<Int(off[v + 1]) {
                let w = Int(adj[k])
                if !seen[w] { seen[w] = true; queue.append(adj[k]) }
            }
        }
        return seen
    }
}
