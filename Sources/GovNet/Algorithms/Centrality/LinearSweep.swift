/// The matrix–vector product of the power-iteration centralities (eigenvector, PageRank, Katz,
/// HITS), pulled along one direction of the CSR adjacency: y[v] = Σ_{slots v→u} value(slot) · x[u].
///
/// Over the in-adjacency this is y = Aᵀx (what reaches v), over the out-adjacency y = Ax. Every
/// y[v] is one sum in slot order, so the result is the same whatever the chunking; large graphs are
/// swept in ``ParallelChunks/standard`` node chunks across the cores.
enum LinearSweep {
    /// Below this many slots one thread is faster than waking others.
    static let parallelThreshold = 200_000

    /// y[v] = Σ_{slots of v} adj.values[slot] · x[adj.targets[slot]] for every node v.
    /// - Complexity: O(n + slots).
    static func pull(_ adj: Adjacency, x: UnsafeMutableBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        let n = adj.offsets.count - 1
        let chunks = adj.targets.count >= parallelThreshold ? ParallelChunks.standard : 1
        SourceChunks.forEach(count: n, chunks: chunks) { range in
            let off = adj.offsets, tgt = adj.targets, val = adj.values
            for v in range {
                var s = 0.0
                for slot in Int(off[v])..<Int(off[v + 1]) { s += val[slot] * x[Int(tgt[slot])] }
                y[v] = s
            }
        }
    }

    /// Σ |a[i] − b[i]|, the L1 change NetworkX tests for convergence.
    static func l1Distance(_ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>) -> Double {
        var s = 0.0
        for i in 0..<a.count { s += abs(a[i] - b[i]) }
        return s
    }

    /// Σ |a[i]|, the size a full-convergence test compares the change with.
    static func l1Norm(_ a: UnsafeMutableBufferPointer<Double>) -> Double {
        var s = 0.0
        for v in a { s += abs(v) }
        return s
    }

    /// The Euclidean norm, scaled against overflow like Python's `math.hypot`.
    static func euclideanNorm(_ a: UnsafeMutableBufferPointer<Double>) -> Double {
        var scale = 0.0
        for v in a { scale = Swift.max(scale, abs(v)) }
        guard scale > 0, scale.isFinite else { return scale }
        var s = 0.0
        for v in a { let t = v / scale; s += t * t }
        return scale * s.squareRoot()
    }
}
