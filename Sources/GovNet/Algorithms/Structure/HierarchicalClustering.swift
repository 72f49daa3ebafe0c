/// Agglomerative hierarchical clustering of a dissimilarity matrix, step for step as R's `hclust`.
public enum HierarchicalClustering {
    /// How the dissimilarity of a merged cluster to another is updated.
    public enum Linkage: String, CaseIterable, Sendable {
        /// The largest dissimilarity between members (sna `equiv.clust`'s default).
        case complete
        /// The smallest.
        case single
        /// The mean over member pairs (UPGMA).
        case average
    }

    /// The sequence of merges: pairs of the lowest-numbered member of each merged cluster, in order.
    ///
    /// Definition: start with every node alone; repeatedly merge the two clusters at the least
    /// dissimilarity and update the merged cluster's dissimilarities by `linkage`. Ties are broken as R's
    /// `hclust` breaks them (Murtagh's nearest-neighbour list: the candidate with the lowest index, then
    /// its nearest neighbour to the right with the lowest index), so equal distances — common between
    /// structurally equivalent departments — give R's tree.
    ///
    /// - Parameters:
    ///   - dissimilarity: n × n, row-major, symmetric (only i < j is read).
    ///   - n: the number of objects.
    /// - Returns: n − 1 merges `(i, j)`, i < j the clusters' representatives (0-based), and the heights.
    /// - Complexity: O(n²) per merge in the worst case, O(n³) in all; O(n²) space.
    ///
    /// References: Murtagh (1985), *Multidimensional Clustering Algorithms*, COMPSTAT Lectures 4; R's
    /// `stats::hclust` (Fortran HCLUST). Matches `hclust(as.dist(d), method = …)`.
    public static func merges(_ dissimilarity: [Double], n: Int, linkage: Linkage) -> [(Int, Int, Double)] {
        guard n > 1 else { return [] }
        var d = dissimilarity
        var active = [Bool](repeating: true, count: n), size = [Double](repeating: 1, count: n)
        var nn = [Int](repeating: 0, count: n), nnDist = [Double](repeating: .infinity, count: n)
        @inline(__always) func at(_ i: Int, _ j: Int) -> Double { d[i * n + j] }
        var jj = 0
        for i in 0..<(n - 1) {
            var best = Double.greatestFiniteMagnitude, arg = 0
            for j in (i + 1)..<n where at(i, j) < best { best = at(i, j); arg = j }
            nn[i] = arg; nnDist[i] = best
        }
        var result: [(Int, Int, Double)] = []
        var im = 0, jm = 0
        for _ in 0..<(n - 1) {
            var best = Double.greatestFiniteMagnitude
            for i in 0..<(n - 1) where active[i] && nnDist[i] < best { best = nnDist[i]; im = i; jm = nn[i] }
            let i2 = min(im, jm), j2 = max(im, jm)
            result.append((i2, j2, best))
            active[j2] = false
            var nearest = Double.greatestFiniteMagnitude
            for k in 0..<n where active[k] && k != i2 {
                let a = at(i2, k), b = at(j2, k)
                let value: Double
                switch linkage {
                case .complete: value = max(a, b)
                case .single: value = min(a, b)
                case .average: value = (size[i2] * a + size[j2] * b) / (size[i2] + size[j2])
                }
                d[i2 * n + k] = value; d[k * n + i2] = value
                if i2 < k {
                    if value < nearest { nearest = value; jj = k }
                } else if value < nnDist[k] {
                    nnDist[k] = value; nn[k] = i2
                }
            }
            size[i2] += size[j2]
            nnDist[i2] = nearest; nn[i2] = jj
            for i in 0..<(n - 1) where active[i] && (nn[i] == i2 || nn[i] == j2) {
                var m = Double.greatestFiniteMagnitude
                for j in (i + 1)..<n where active[j] && at(i, j) < m { m = at(i, j); jj = j }
                nn[i] = jj; nnDist[i] = m
            }
        }
        return result
    }

    /// The partition into `k` clusters after the first n − k merges, numbered 1, 2, … in order of each
    /// cluster's first object (R's `cutree(tree, k)`).
    /// - Complexity: O(n α(n)).
    public static func cut(_ merges: [(Int, Int, Double)], n: Int, k: Int) -> [Int] {
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        for (a, b, _) in merges.prefix(max(0, n - k)) { parent[find(b)] = find(a) }
        var label: [Int: Int] = [:]
        return (0..<n).map { v in
            let r = find(v)
            if let l = label[r] { return l }
            label[r] = label.count + 1
            return label[r]!
        }
    }
}
