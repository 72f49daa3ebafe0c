/// The order in which departments fail in a resilience simulation: by a node metric (targeted attack),
/// by a given list (a scenario), or at random (random failure).
///
/// Every order is a list of node indices of one ``Graph``; step `k` of a ``FailureCurve`` has removed
/// the first `k` of them.
public enum RemovalOrder {
    /// Nodes by decreasing `values`, ties broken by department id ascending (Unicode code-point order,
    /// as Python compares strings), `NaN` values last (then by id).
    ///
    /// Definition: the non-adaptive targeted attack of Albert, Jeong & Barabási (2000): ranks are taken
    /// from the intact graph and never recomputed.
    ///
    /// - Parameters:
    ///   - values: one score per node (e.g. degree, betweenness).
    ///   - ids: department id of each node (same length).
    /// - Returns: every node index once; `[]` for an empty graph.
    /// - Complexity: O(n log n) comparisons, each O(length of the ids) on ties.
    ///
    /// References: Albert, Jeong & Barabási (2000), "Error and attack tolerance of complex networks",
    /// Nature 406:378–382, doi:10.1038/35019019. Equals NetworkX
    /// `sorted(G, key=lambda v: (-score[v], v))` for string node ids.
    public static func targeted(values: [Double], ids: [String]) -> [Int32] {
        precondition(values.count == ids.count, "one value per node")
        return (0..<Int32(values.count)).sorted { precedes(Int($0), Int($1), values: values, ids: ids) }
    }

    /// Whether node `a` comes before node `b`: larger value first, NaN last, then smaller id.
    static func precedes(_ a: Int, _ b: Int, values: [Double], ids: [String]) -> Bool {
        let x = values[a], y = values[b]
        if x.isNaN != y.isNaN { return y.isNaN }
        if !x.isNaN && x != y { return x > y }
        return idPrecedes(ids[a], ids[b])
    }

    /// Department-id order by Unicode scalar values (Python's `str` order), independent of locale and
    /// of Swift's canonical-equivalence string comparison.
    public static func idPrecedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// Total degree of every node: out-degree plus in-degree when directed (a reciprocated pair counts
    /// twice, as NetworkX `DiGraph.degree`), the degree when undirected.
    /// - Complexity: O(n).
    public static func totalDegree(of graph: Graph) -> [Double] {
        (0..<graph.nodeCount).map { v in
            Double(graph.isDirected ? graph.outDegree(v) + graph.inDegree(v) : graph.outDegree(v))
        }
    }

    /// Adaptive targeted attack: after each removal the score is recomputed on what remains and the
    /// highest-scoring remaining node (ties by id) goes next.
    ///
    /// - Parameters:
    ///   - ids: department id of each node.
    ///   - limit: stop after this many removals (default: all nodes).
    ///   - score: given the removal mask (`true` = already removed), one score per node of the
    ///     original indexing; entries of removed nodes are ignored.
    /// - Returns: the removal order (at most `limit` nodes).
    /// - Throws: whatever `score` throws.
    /// - Complexity: `limit` calls of `score` plus O(n) per step.
    ///
    /// References: Holme, Kim, Yoon & Han (2002), "Attack vulnerability of complex networks", Phys.
    /// Rev. E 65:056109, doi:10.1103/PhysRevE.65.056109 (recalculated degree and betweenness attacks).
    public static func adaptive(ids: [String], limit: Int? = nil,
                                score: ([Bool]) throws -> [Double]) rethrows -> [Int32] {
        let n = ids.count
        let steps = Swift.min(limit ?? n, n)
        var removed = [Bool](repeating: false, count: n)
        var order: [Int32] = []
        order.reserveCapacity(steps)
        for _ in 0..<steps {
            let values = try score(removed)
            precondition(values.count == n, "one score per node")
            var best = -1
            for v in 0..<n where !removed[v] {
                if best < 0 || precedes(v, best, values: values, ids: ids) { best = v }
            }
            removed[best] = true
            order.append(Int32(best))
        }
        return order
    }

    /// Adaptive degree attack on a graph (the remaining total degree recomputed after each removal),
    /// without rebuilding the graph: removing a node lowers its remaining neighbours' degrees.
    /// - Complexity: O(n² + m) time (a linear scan for the maximum per step), O(n) space.
    public static func adaptiveDegree(of graph: Graph, ids: [String]) -> [Int32] {
        var degree = totalDegree(of: graph)
        let n = graph.nodeCount
        var removed = [Bool](repeating: false, count: n)
        var order: [Int32] = []
        order.reserveCapacity(n)
        for _ in 0..<n {
            var best = -1
            for v in 0..<n where !removed[v] {
                if best < 0 || precedes(v, best, values: degree, ids: ids) { best = v }
            }
            removed[best] = true
            order.append(Int32(best))
            for w in graph.neighbors(best) { degree[Int(w)] -= 1 }
            if graph.isDirected { for w in graph.inNeighbors(best) { degree[Int(w)] -= 1 } }
        }
        return order
    }

    /// A uniformly random order of all nodes (Fisher–Yates with the seeded generator).
    /// - Complexity: O(n).
    public static func random(count n: Int, using rng: inout SeededGenerator) -> [Int32] {
        var order = (0..<Int32(n)).map { $0 }
        order.seededShuffle(using: &rng)
        return order
    }
}
