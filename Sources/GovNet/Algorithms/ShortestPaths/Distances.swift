/// Shortest-path distances and the distance summaries of a network (diameter, average path length).
public enum ShortestPaths {
    /// Shortest-path distances from one node.
    ///
    /// Definition: the length of a shortest path from `source` to each node following arcs (edges when
    /// undirected), each edge of weight w having length `length.length(w)` (1 per hop, 1/w, or w; see
    /// ``PathLength``).
    ///
    /// - Parameters:
    ///   - source: node index in `0..<graph.nodeCount`.
    ///   - graph: any graph.
    ///   - length: how edge weights become lengths.
    /// - Returns: one distance per node: `0` for the source, `.infinity` where unreachable.
    /// - Complexity: `.hops`: O(n + m) breadth-first search; otherwise O((n + m) log n) Dijkstra with a
    ///   binary heap (lazy deletion), O(n + m) extra space.
    ///
    /// References: Dijkstra (1959), "A note on two problems in connexion with graphs", Numer. Math.
    /// 1:269–271, doi:10.1007/BF01386390. Matches NetworkX `single_source_shortest_path_length` (hops)
    /// and `single_source_dijkstra_path_length` (with `weight` set to the edge length), igraph
    /// `igraph_distances_dijkstra`.
    public static func distances(from source: Int, in graph: Graph, length: PathLength) -> [Double] {
        precondition(source >= 0 && source < graph.nodeCount, "source out of range")
        let n = graph.nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        if length == .hops {
            let scratch = HopSearch.Scratch(count: n)
            let reached = graph.offsets.withUnsafeBufferPointer { off in
                graph.targets.withUnsafeBufferPointer { tgt in
                    HopSearch.run(offsets: off, targets: tgt, source: source, blocked: -1,
                                  distance: scratch.distance, queue: scratch.queue)
                }
            }
            for i in 0..<reached {
                let v = Int(scratch.queue[i])
                dist[v] = Double(scratch.distance[v])
            }
            return dist
        }
        var heap = DistanceHeap()
        dist[source] = 0
        heap.push(0, Int32(source))
        var done = [Bool](repeating: false, count: n)
        while let (d, v32) = heap.pop() {
            let v = Int(v32)
            if done[v] { continue }
            done[v] = true
            for p in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
                let w = Int(graph.targets[p])
                let nd = d + length.length(graph.weights[p])
                if nd < dist[w] { dist[w] = nd; heap.push(nd, Int32(w)) }
            }
        }
        return dist
    }
}

/// A binary min-heap of (distance, node) in two parallel arrays.
struct DistanceHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key); nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if keys[parent] <= keys[i] { break }
            keys.swapAt(parent, i); nodes.swapAt(parent, i)
            i = parent
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard let topKey = keys.first else { return nil }
        let top = (topKey, nodes[0])
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey; nodes[0] = lastNode
            var i = 0
            let count = keys.count
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < count && keys[l] < keys[m] { m = l }
                if r < count && keys[r] < keys[m] { m = r }
                if m == i { break }
                keys.swapAt(m, i); nodes.swapAt(m, i)
                i = m
            }
        }
        return top
    }
}
