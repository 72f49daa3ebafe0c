/// Structural equivalence: how alike two departments' ties are (Lorrain & White 1971).
public enum StructuralEquivalence {
    /// How two tie profiles are compared.
    public enum Distance: String, CaseIterable, Sendable {
        /// √Σ (x − y)² (Burt 1976).
        case euclidean
        /// Negated Pearson correlation −r (sna's `code.diss = TRUE`): the most alike have −1. A constant
        /// profile (an isolate) correlates 0 with every other.
        case correlation
        /// Σ |x − y|, sna's default.
        case hamming
    }

    /// Distances between the tie profiles of every pair of nodes.
    ///
    /// Definition: node i's profile is its row and its column of the 0/1 adjacency matrix (out- and
    /// in-ties; an undirected tie is both), the diagonal left out. Two profiles are compared over the
    /// entries neither leaves out: for i and j, the ties of each to every k ∉ {i, j}, both directions —
    /// the tie between i and j itself is not compared.
    ///
    /// - Returns: the n × n distance matrix, row-major (0 on the diagonal for euclidean and hamming,
    ///   −1 or 0 for correlation).
    /// - Complexity: O(n²·n) time with n/64-word bit rows for euclidean and hamming (popcounts), O(n³)
    ///   for correlation; O(n²) space.
    ///
    /// References: Lorrain & White (1971), J. Math. Sociol. 1:49–80; Burt (1976), Social Forces 55:93–122;
    /// Wasserman & Faust (1994), §9.3. Matches `sna::sedist(g, method = …, joint.analysis = TRUE,
    /// code.diss = TRUE)` as `sna::equiv.clust` calls it (with correlation, sna leaves NA where a
    /// profile is constant; GovNet puts 0 there, as sedist does without joint analysis).
    public static func distances(of graph: Graph, distance: Distance) -> [Double] {
        let n = graph.nodeCount
        let words = (n + 63) / 64
        var out = [UInt64](repeating: 0, count: n * words), into = [UInt64](repeating: 0, count: n * words)
        for e in 0..<graph.edgeCount {
            let u = Int(graph.edgeSources[e]), v = Int(graph.edgeTargets[e])
            out[u * words + v / 64] |= 1 << UInt64(v % 64); into[v * words + u / 64] |= 1 << UInt64(u % 64)
            if !graph.isDirected {
                out[v * words + u / 64] |= 1 << UInt64(u % 64); into[u * words + v / 64] |= 1 << UInt64(v % 64)
            }
        }
        @inline(__always) func bit(_ m: [UInt64], _ row: Int, _ k: Int) -> Int { Int((m[row * words + k / 64] >> UInt64(k % 64)) & 1) }
        var result = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                var value: Double
                switch distance {
                case .euclidean, .hamming:
                    var differ = 0
                    for w in 0..<words {
                        differ += (out[i * words + w] ^ out[j * words + w]).nonzeroBitCount
                        differ += (into[i * words + w] ^ into[j * words + w]).nonzeroBitCount
                    }
                    // Entries k = i and k = j are left out: remove their contribution.
                    differ -= abs(bit(out, i, i) - bit(out, j, i)) + abs(bit(out, i, j) - bit(out, j, j))
                    differ -= abs(bit(into, i, i) - bit(into, j, i)) + abs(bit(into, i, j) - bit(into, j, j))
                    value = distance == .euclidean ? Double(differ).squareRoot() : Double(differ)
                case .correlation:
                    // Integer sums over the 2(n − 2) compared entries, then r in extended precision
                    // rounded once (as R's cor, which accumulates in long double): mathematically equal
                    // correlations get the same Double, so clustering ties break as in R.
                    var sx = 0, sy = 0, sxy = 0
                    for k in 0..<n where k != i && k != j {
                        let a = bit(out, i, k), b = bit(out, j, k), c = bit(into, i, k), e = bit(into, j, k)
                        sx += a + c; sy += b + e; sxy += a * b + c * e
                    }
                    let count = 2 * (n - 2)
                    let numerator = count * sxy - sx * sy
                    let vx = count * sx - sx * sx, vy = count * sy - sy * sy  // binary: Σx² = Σx
                    value = count > 1 && vx > 0 && vy > 0 ? -correlation(numerator, vx, vy) : 0
                }
                result[i * n + j] = value; result[j * n + i] = value
            }
            if distance == .correlation { result[i * n + i] = -1 }
        }
        return result
    }

    /// numerator / √(vx·vy), computed in extended precision where the platform has it.
    static func correlation(_ numerator: Int, _ vx: Int, _ vy: Int) -> Double {
        #if arch(x86_64) || arch(i386)
        return Double(Float80(numerator) / (Float80(vx) * Float80(vy)).squareRoot())
        #else
        return Double(numerator) / (Double(vx) * Double(vy)).squareRoot()
        #endif
    }
}
