/// A partition of the nodes into communities, with its modularity.
public struct Partition: Sendable, Equatable {
    /// Community of each node, `0..<count`, numbered in order of each community's lowest node index.
    public let membership: [Int32]
    /// Number of communities.
    public let count: Int
    /// Modularity of the partition on the graph it was computed for (``Communities/modularity(of:membership:weighted:resolution:)``).
    public let modularity: Double

    /// Wraps a membership vector with its community count and modularity (not checked).
    public init(membership: [Int32], count: Int, modularity: Double) {
        self.membership = membership
        self.count = count
        self.modularity = modularity
    }

    /// The nodes of each community, ascending.
    public var communities: [[Int32]] {
        var result = [[Int32]](repeating: [], count: count)
        for (v, c) in membership.enumerated() { result[Int(c)].append(Int32(v)) }
        return result
    }
}

/// Community detection by modularity optimisation, and modularity itself.
public enum Communities {
    /// Newman–Girvan modularity of a partition (Leicht–Newman's directed version on a directed graph).
    ///
    /// Undirected: `Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]`, with `m` the total edge weight, `L_c` the
    /// weight of edges inside `c` and `d_c` the total (weighted) degree of `c`'s nodes. Directed:
    /// `Q = Σ_c [ L_c / m − γ d⁺_c d⁻_c / m² ]` with out- and in-strengths.
    ///
    /// ```swift
    /// let twoTriangles = Graph(nodeCount: 6, edges: [(0,1),(1,2),(0,2),(3,4),(4,5),(3,5),(2,3)], directed: false)
    /// Communities.modularity(of: twoTriangles, membership: [0,0,0,1,1,1], weighted: false)  // 0.357142857…
    /// ```
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - membership: community label (≥ 0) of each node; labels need not be contiguous.
    ///   - weighted: use edge weights.
    ///   - resolution: γ; above 1 favours smaller communities.
    /// - Returns: `Q` in [−½, 1); `nan` when the graph has no edges.
    /// - Complexity: O(n + m + max label) time and space.
    ///
    /// References: Newman, M. E. J. & Girvan, M. (2004), doi:10.1103/PhysRevE.69.026113; Leicht, E. A.
    /// & Newman, M. E. J. (2008), doi:10.1103/PhysRevLett.100.118703; Reichardt & Bornholdt (2006) for
    /// γ. Matches NetworkX `community.modularity(G, communities, weight=…, resolution=γ)`.
    public static func modularity(of graph: Graph, membership: [Int32], weighted: Bool, resolution: Double = 1) -> Double {
        precondition(membership.count == graph.nodeCount, "one label per node")
        guard graph.edgeCount > 0 else { return .nan }
        let labels = (membership.max().map { Int($0) } ?? -1) + 1
        precondition(membership.allSatisfy { $0 >= 0 }, "labels must be ≥ 0")
        var sums = [Double](repeating: 0, count: 3 * labels)
        return sums.withUnsafeMutableBufferPointer { buffer in
            membership.withUnsafeBufferPointer { modularity(of: graph, membership: $0, labels: labels, weighted: weighted, resolution: resolution, sums: buffer) }
        }
    }

    /// ``modularity(of:membership:weighted:resolution:)`` of a membership with labels `0..<labels`,
    /// summing in `sums` (at least 3 · labels, any contents) — the same sums in the same order.
    static func modularity(of graph: Graph, membership: UnsafeBufferPointer<Int32>, labels: Int, weighted: Bool, resolution: Double,
                           sums: UnsafeMutableBufferPointer<Double>) -> Double {
        guard graph.edgeCount > 0 else { return .nan }
        let inside = UnsafeMutableBufferPointer(rebasing: sums[0..<labels])
        let outSum = UnsafeMutableBufferPointer(rebasing: sums[labels..<(2 * labels)])
        let inSum = UnsafeMutableBufferPointer(rebasing: sums[(2 * labels)..<(3 * labels)])
        for c in 0..<labels { inside[c] = 0; outSum[c] = 0; inSum[c] = 0 }
        var m = 0.0
        for e in 0..<graph.edgeCount {
            let w = weighted ? graph.edgeWeights[e] : 1
            let cu = Int(membership[Int(graph.edgeSources[e])]), cv = Int(membership[Int(graph.edgeTargets[e])])
            m += w
            if cu == cv { inside[cu] += w }
            outSum[cu] += w; inSum[cv] += w
        }
        var q = 0.0
        if graph.isDirected {
            let norm = 1 / (m * m)
            for c in 0..<labels { q += inside[c] / m - resolution * outSum[c] * inSum[c] * norm }
        } else {
            let norm = 1 / (4 * m * m)
            for c in 0..<labels {
                let d = outSum[c] + inSum[c]
                q += inside[c] / m - resolution * d * d * norm
            }
        }
        return q
    }

    /// Renumbers labels `0..<count` in order of first appearance (lowest node index first) and wraps
    /// them with their modularity.
    static func partition(_ graph: Graph, labels: [Int32], weighted: Bool, resolution: Double) -> Partition {
        var map = [Int32](repeating: -1, count: labels.count + 1)
        var next: Int32 = 0
        var membership = [Int32](repeating: 0, count: labels.count)
        for (v, c) in labels.enumerated() {
            if map[Int(c)] < 0 { map[Int(c)] = next; next += 1 }
            membership[v] = map[Int(c)]
        }
        return Partition(membership: membership, count: Int(next),
                         modularity: modularity(of: graph, membership: membership, weighted: weighted, resolution: resolution))
    }
}
