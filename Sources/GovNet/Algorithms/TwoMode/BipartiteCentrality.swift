/// Centrality in two-mode networks, normalised within each mode (Borgatti & Everett 1997).
public enum Bipartite {
    /// Degree centrality: a node's ties over the size of the other mode.
    ///
    /// Definition: d(v)/|other mode| — the share of the other mode's nodes the node is affiliated with.
    ///
    /// - Returns: one value per node of ``TwoModeGraph/graph``; NaN on a mode when the other is empty.
    /// - Complexity: O(n).
    ///
    /// References: Borgatti & Everett (1997), "Network analysis of 2-mode data", Social Networks
    /// 19(3):243–269, doi:10.1016/S0378-8733(96)00301-2. Matches NetworkX `bipartite.degree_centrality`.
    public static func degree(of b: TwoModeGraph) -> [Double] {
        let g = b.graph
        return (0..<g.nodeCount).map { v in
            let other = b.isFirst(v) ? b.secondCount : b.firstCount
            return other == 0 ? .nan : Double(g.outDegree(v)) / Double(other)
        }
    }

    /// Closeness centrality: the shortest distance a node could have to every other node of both modes,
    /// over its actual distance sum, scaled by the share of nodes it reaches.
    ///
    /// Definition: for v in a mode of size n whose other mode has size m, with S_v the sum of hop
    /// distances to the nodes v reaches and r_v their number: c(v) = (m + 2(n − 1))/S_v · r_v/(N − 1),
    /// N = n + m (one step to each node of the other mode and two to each of its own is the minimum);
    /// 0 when v reaches nothing.
    ///
    /// - Complexity: O(n·m) time (a breadth-first search per node), O(n) space.
    ///
    /// References: Borgatti & Everett (1997), op. cit. Matches NetworkX
    /// `bipartite.closeness_centrality(G, nodes, normalized=True)`.
    public static func closeness(of b: TwoModeGraph) -> [Double] {
        let g = b.graph, total = g.nodeCount
        var result = [Double](repeating: 0, count: total)
        var distance = [Int32](repeating: -1, count: total), queue = [Int32](repeating: 0, count: total)
        for s in 0..<total {
            distance[s] = 0; queue[0] = Int32(s)
            var head = 0, tail = 1, sum = 0
            while head < tail {
                let v = Int(queue[head]); head += 1
                for w in g.neighbors(v) where distance[Int(w)] < 0 {
                    distance[Int(w)] = distance[v] + 1
                    sum += Int(distance[v] + 1)
                    queue[tail] = w; tail += 1
                }
            }
            for i in 0..<tail { distance[Int(queue[i])] = -1 }
            guard sum > 0, total > 1 else { continue }
            let (own, other) = b.isFirst(s) ? (b.firstCount, b.secondCount) : (b.secondCount, b.firstCount)
            result[s] = Double(other + 2 * (own - 1)) / Double(sum) * (Double(tail - 1) / Double(total - 1))
        }
        return result
    }

    /// Betweenness centrality: shortest-path betweenness over the largest value a node of its mode can
    /// have in a two-mode network of these mode sizes.
    ///
    /// Definition: the unnormalised betweenness (each unordered pair once) divided, for a mode of size n
    /// whose other mode has size m, by ½[m²(s + 1)² + m(s + 1)(2t − s − 1) − t(2s − t + 3)] with
    /// s, t = ⌊(n − 1)/m⌋, (n − 1) mod m (Borgatti & Everett 1997). NaN when that maximum is 0 or the
    /// other mode is empty.
    ///
    /// - Complexity: O(n·m) time (Brandes 2001).
    ///
    /// References: Borgatti & Everett (1997), op. cit.; Brandes (2001), doi:10.1080/0022250X.2001.9990249.
    /// Matches NetworkX `bipartite.betweenness_centrality`.
    public static func betweenness(of b: TwoModeGraph) -> [Double] {
        func maximum(_ n: Int, _ m: Int) -> Double {
            guard m > 0 else { return .nan }
            let (s, t) = (n - 1).quotientAndRemainder(dividingBy: m)
            let a = Double(m * m * (s + 1) * (s + 1)), c = Double(m * (s + 1) * (2 * t - s - 1)), d = Double(t * (2 * s - t + 3))
            return (a + c - d) / 2
        }
        let raw = b.graph.nodeCount > 0 ? Centrality.betweenness(of: b.graph, normalized: false) : []
        let first = maximum(b.firstCount, b.secondCount), second = maximum(b.secondCount, b.firstCount)
        return raw.enumerated().map { v, x in
            let top = b.isFirst(v) ? first : second
            return top == 0 || top.isNaN ? .nan : x / top
        }
    }
}
