extension Multiplex {
    /// Jaccard overlap of the tie sets of two layers: the share of linked pairs that both layers link.
    ///
    /// `J = |E_a ∩ E_b| / |E_a ∪ E_b|` over unordered node pairs (each layer's undirected projection:
    /// an arc in either direction links the pair).
    ///
    /// - Parameters:
    ///   - a: one layer.
    ///   - b: another layer over the same nodes.
    /// - Returns: `J` in [0, 1]; `nan` when neither layer has a tie.
    /// - Complexity: O(m log m) time, O(m) space.
    ///
    /// References: Jaccard (1912); as the edge overlap of Battiston, Nicosia & Latora (2014),
    /// doi:10.1103/PhysRevE.89.032804, and pymnet's / MuxViz's pairwise layer similarity.
    public static func jaccardOverlap(_ a: Graph, _ b: Graph) -> Double {
        let x = pairKeys(a), y = pairKeys(b)
        var i = 0, j = 0, shared = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { shared += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        let union = x.count + y.count - shared
        return union == 0 ? .nan : Double(shared) / Double(union)
    }

    /// Sorted distinct keys `min << 32 | max` of the graph's linked pairs.
    static func pairKeys(_ g: Graph) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(g.edgeCount)
        for e in 0..<g.edgeCount {
            let u = g.edgeSources[e], v = g.edgeTargets[e]
            let (lo, hi) = u < v ? (u, v) : (v, u)
            keys.append(UInt64(UInt32(lo)) << 32 | UInt64(UInt32(hi)))
        }
        keys.sort()
        var out: [UInt64] = []
        out.reserveCapacity(keys.count)
        for k in keys where out.last != k { out.append(k) }
        return out
    }
}
