extension ShortestPaths {
    /// Diameter of the largest connected component, in hops.
    ///
    /// Definition: the largest shortest-path distance between two nodes of the largest weakly connected
    /// component (ties between equally large components go to the one with the smallest node), measured
    /// on the undirected projection when the graph is directed; weights ignored. Restricting to the
    /// largest component keeps the number finite on disconnected networks, as analysts do with
    /// `nx.diameter(G.subgraph(max(nx.connected_components(G), key=len)))`.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: the diameter (`0` when the largest component is one node); `nil` for the empty graph.
    /// - Complexity: O(s·(s + m_s)) time for a component of s nodes and m_s edges, in practice
    ///   O(s/64 · D · (n + m_s)) with bit-parallel BFS from 64 sources at once, batches split across
    ///   cores; O(n) words per chunk.
    ///
    /// References: NetworkX `diameter` (on the largest component); igraph `igraph_diameter` with
    /// `unconn=TRUE` restricted to the giant component.
    public static func diameter(of graph: Graph) -> Int? {
        largestComponentDistances(of: graph)?.diameter
    }

    /// Average shortest-path length of the largest connected component, in hops.
    ///
    /// Definition: `Σ_{u≠v} d(u, v) / (s(s − 1))` over the `s` nodes of the largest weakly connected
    /// component (chosen as in ``diameter(of:)``), on the undirected projection, weights ignored.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: the average (`0` when the component is one node, as NetworkX); `nil` for the empty graph.
    /// - Complexity: as ``diameter(of:)``; the sum is an exact integer, so the value is the same as
    ///   NetworkX's bit for bit.
    ///
    /// References: Watts & Strogatz (1998), doi:10.1038/30918; NetworkX `average_shortest_path_length`
    /// on the largest component; igraph `igraph_average_path_length` on the giant component.
    public static func averagePathLength(of graph: Graph) -> Double? {
        guard let r = largestComponentDistances(of: graph) else { return nil }
        return r.size <= 1 ? 0 : Double(r.total) / Double(r.size * (r.size - 1))
    }

    /// All-pairs hop distances within the largest weak component of the undirected projection.
    static func largestComponentDistances(of graph: Graph) -> (diameter: Int, total: Int, size: Int)? {
        let g = graph.isDirected ? graph.undirectedProjection().graph : graph
        let components = Components.weak(of: g)
        guard let label = components.largestLabel else { return nil }
        let members = components.members(of: label)
        let totals = MultiSourceHopSearch.parallelTotals(g, sources: members, blocked: -1)
        return (totals.eccentricity, totals.distance, members.count)
    }
}

extension ShortestPaths {
    /// Diameter of the largest connected component with edge lengths.
    ///
    /// Definition: as ``diameter(of:)`` (largest weak component, undirected projection when directed,
    /// ties in size to the component with the smallest node) but each edge of weight w has length
    /// `length.length(w)` (with `.inverseWeight`, a strong tie is short). A directed graph's projection
    /// sums the weights of the two arcs of a reciprocated pair.
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - length: how weights become lengths; `.hops` gives ``diameter(of:)`` as a `Double`.
    /// - Returns: the largest shortest-path length (`0` for one node); `nil` for the empty graph.
    /// - Complexity: O(s·(n + m) log n) for a component of s nodes (Dijkstra from each node, sources
    ///   split across cores), O(n + m) extra space per chunk.
    ///
    /// References: NetworkX `diameter(S, weight=...)` on the largest component with `length = 1/weight`
    /// (the oracle's weighted variant); igraph `igraph_diameter_dijkstra`.
    public static func diameter(of graph: Graph, length: PathLength) -> Double? {
        if length == .hops { return diameter(of: graph).map(Double.init) }
        return weightedLargestComponentDistances(of: graph, length: length)?.diameter
    }

    /// Average shortest-path length of the largest connected component with edge lengths.
    ///
    /// Definition: `Σ_{u≠v} d(u, v) / (s(s − 1))` over the largest component (as
    /// ``diameter(of:length:)``), lengths from `length`.
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - length: how weights become lengths; `.hops` gives ``averagePathLength(of:)``.
    /// - Returns: the average (`0` for one node); `nil` for the empty graph.
    /// - Complexity: as ``diameter(of:length:)``; per-source sums added in a fixed chunk order.
    ///
    /// References: NetworkX `average_shortest_path_length(S, weight=...)`; igraph
    /// `igraph_average_path_length_dijkstra`.
    public static func averagePathLength(of graph: Graph, length: PathLength) -> Double? {
        if length == .hops { return averagePathLength(of: graph) }
        guard let r = weightedLargestComponentDistances(of: graph, length: length) else { return nil }
        return r.size <= 1 ? 0 : r.total / (Double(r.size) * Double(r.size - 1))
    }

    /// All-pairs Dijkstra within the largest weak component of the undirected projection.
    static func weightedLargestComponentDistances(of graph: Graph, length: PathLength)
        -> (diameter: Double, total: Double, size: Int)? {
        let g = graph.isDirected ? graph.undirectedProjection().graph : graph
        let components = Components.weak(of: g)
        guard let label = components.largestLabel else { return nil }
        let members = components.members(of: label)
        let lengths = g.weights.map { length.length($0) }
        let parts = ParallelChunks.map(count: members.count, chunks: 32) { range -> (Double, Double) in
            var dist = [Double](repeating: .infinity, count: g.nodeCount)
            var reached: [Int32] = []
            var heap = DistanceHeap()
            var diameter = 0.0, total = 0.0
            for i in range {
                let s = Int(members[i])
                dist[s] = 0
                heap.push(0, Int32(s))
                while let (d, v32) = heap.pop() {
                    let v = Int(v32)
                    if d > dist[v] { continue }
                    reached.append(v32)
                    for p in Int(g.offsets[v])..<Int(g.offsets[v + 1]) {
                        let w = Int(g.targets[p])
                        let nd = d + lengths[p]
                        if nd < dist[w] { dist[w] = nd; heap.push(nd, Int32(w)) }
                    }
                }
                var sum = 0.0
                for v in reached {
                    let d = dist[Int(v)]
                    sum += d
                    if d > diameter { diameter = d }
                    dist[Int(v)] = .infinity
                }
                total += sum
                reached.removeAll(keepingCapacity: true)
            }
            return (diameter, total)
        }
        return (parts.map(\.0).max() ?? 0, parts.reduce(0) { $0 + $1.1 }, members.count)
    }
}
