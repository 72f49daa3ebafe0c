/// A disjoint-set forest over `0..<count` with union by size and path halving, tracking the number of
/// sets, the size of the largest set and the number of connected pairs — everything a percolation or
/// resilience curve needs after each merge.
///
/// Used by resilience curves in reverse removal order (nodes are added back one by one and united
/// with their already-present neighbours, as igraph's `percolation.c` does), which gives a whole curve
/// in one O(m α(n)) pass.
///
/// ```swift
/// var uf = UnionFind(count: 4)
/// uf.union(0, 1); uf.union(2, 3); uf.union(1, 3)
/// uf.largest        // 4
/// uf.setCount       // 1
/// ```
///
/// - Complexity: `find` and `union` in amortised O(α(n)) (Tarjan & van Leeuwen 1984,
///   doi:10.1145/62.2160); O(n) space (two `Int32` arrays).
///
/// References: Tarjan & van Leeuwen (1984), "Worst-case analysis of set union algorithms", J. ACM
/// 31(2):245–281; Newman & Ziff (2000), "Efficient Monte Carlo algorithm and high-precision results
/// for percolation", Phys. Rev. Lett. 85:4104, doi:10.1103/PhysRevLett.85.4104; igraph
/// `igraph_site_percolation`; NetworkX `utils.UnionFind`.
public struct UnionFind: Sendable {
    private var parent: [Int32]
    private var setSize: [Int32]
    /// Number of disjoint sets (initially `count`).
    public private(set) var setCount: Int
    /// Size of the largest set (`1` initially when `count > 0`, `0` when empty).
    public private(set) var largest: Int
    /// Number of unordered pairs of elements in the same set, `Σ s(s − 1)/2` over the sets.
    public private(set) var connectedPairs: Int

    /// `count` singletons.
    /// - Complexity: O(count).
    public init(count: Int) {
        precondition(count >= 0 && count < Int(Int32.max))
        parent = (0..<Int32(count)).map { $0 }
        setSize = [Int32](repeating: 1, count: count)
        setCount = count
        largest = count > 0 ? 1 : 0
        connectedPairs = 0
    }

    /// Number of elements.
    public var count: Int { parent.count }

    /// Representative of the set containing `x` (path halving: every other node on the path is
    /// re-pointed to its grandparent).
    /// - Complexity: amortised O(α(n)).
    public mutating func find(_ x: Int) -> Int {
        var x = Int32(x)
        parent.withUnsafeMutableBufferPointer { p in
            while p[Int(x)] != x {
                let grand = p[Int(p[Int(x)])]
                p[Int(x)] = grand
                x = grand
            }
        }
        return Int(x)
    }

    /// Merges the sets of `a` and `b` (the smaller under the larger).
    /// - Returns: `true` when they were in different sets.
    /// - Complexity: amortised O(α(n)).
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Bool {
        var ra = find(a), rb = find(b)
        if ra == rb { return false }
        if setSize[ra] < setSize[rb] { swap(&ra, &rb) }
        let sa = Int(setSize[ra]), sb = Int(setSize[rb])
        parent[rb] = Int32(ra)
        setSize[ra] = Int32(sa + sb)
        setCount -= 1
        connectedPairs += sa * sb
        if sa + sb > largest { largest = sa + sb }
        return true
    }

    /// Whether `a` and `b` are in the same set.
    /// - Complexity: amortised O(α(n)).
    public mutating func connected(_ a: Int, _ b: Int) -> Bool { find(a) == find(b) }

    /// Size of the set containing `x`.
    /// - Complexity: amortised O(α(n)).
    public mutating func size(ofSetContaining x: Int) -> Int { Int(setSize[find(x)]) }
}
