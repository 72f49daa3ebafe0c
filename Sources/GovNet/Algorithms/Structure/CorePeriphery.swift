/// Core–periphery structure (Borgatti & Everett 2000): a dense, cohesive core and a sparse periphery.
public enum CorePeriphery {
    /// What the ideal pattern says about ties between the core and the periphery.
    public enum Between: String, CaseIterable, Sendable {
        /// Left out of the correlation (Borgatti & Everett's default): only core–core (1) and
        /// periphery–periphery (0) cells are compared.
        case ignore
        /// Expected present (1), as core–core: the core is tied to everyone.
        case present
        /// Expected absent (0), as periphery–periphery: the core is a closed clique.
        case absent
    }

    /// A discrete partition and its fit.
    public struct Partition: Sendable, Equatable {
        /// `true` for core members, per node.
        public var core: [Bool]
        /// Pearson correlation between the adjacency matrix and the ideal pattern; NaN when undefined.
        public var fit: Double
        /// Whether every partition was examined (the optimum is exact) or the seeded local search ran.
        public var exhaustive: Bool
    }

    /// Whether core `a` (of `sizeA` members) comes before `b` among equal fits: smaller first, then the
    /// one holding the first node (in file order) where they differ.
    static func precedes(_ a: [Bool], _ sizeA: Int, _ b: [Bool]) -> Bool {
        let sizeB = b.reduce(0) { $0 + ($1 ? 1 : 0) }
        if sizeA != sizeB { return sizeA < sizeB }
        for i in 0..<a.count where a[i] != b[i] { return a[i] }
        return false
    }

    /// Largest node count searched exhaustively (2^n partitions, Gray code order).
    public static let exhaustiveLimit = 20

    /// Counts of one partition over the ordered pairs i ≠ j: ties inside the core, inside the
    /// periphery, and core size.
    struct Counts { var coreSize = 0, coreTies = 0, peripheryTies = 0 }

    /// The fit of a partition given its counts: the correlation of the 0/1 tie vector with the 0/1 ideal
    /// vector over the compared cells, (N·x − T·K)/√(T(N − T)·K(N − K)) with N cells, K ideal ones,
    /// T ties among them and x ties on ideal ones.
    static func fit(_ c: Counts, nodes n: Int, arcs: Int, between: Between) -> Double {
        let core = Double(c.coreSize), periphery = Double(n - c.coreSize)
        let cells: Double, ones: Double, ties: Double, hits: Double
        switch between {
        case .ignore:
            cells = core * (core - 1) + periphery * (periphery - 1); ones = core * (core - 1)
            ties = Double(c.coreTies + c.peripheryTies); hits = Double(c.coreTies)
        case .present:
            cells = Double(n) * Double(n - 1); ones = cells - periphery * (periphery - 1)
            ties = Double(arcs); hits = Double(arcs - c.peripheryTies)
        case .absent:
            cells = Double(n) * Double(n - 1); ones = core * (core - 1)
            ties = Double(arcs); hits = Double(c.coreTies)
        }
        let denominator = (ties * (cells - ties) * ones * (cells - ones)).squareRoot()
        return denominator > 0 ? (cells * hits - ties * ones) / denominator : .nan
    }

    /// The discrete core–periphery partition maximising the correlation between the adjacency matrix
    /// and the ideal pattern: 1 for a core–core pair, 0 for a periphery–periphery pair, core–periphery
    /// pairs as `between` says (left out by default).
    ///
    /// Definition: over the ordered pairs i ≠ j of the binary view (an undirected tie is both entries),
    /// ρ = corr(a_ij, δ_ij); δ_ij = 1 if both in the core, 0 if both in the periphery. Partitions where ρ
    /// is undefined (a core or periphery too small to have a compared cell, or no variance) are
    /// skipped. Exact for n ≤ ``exhaustiveLimit`` (every partition, Gray code order, O(Δ) per step);
    /// larger graphs run a seeded local search: 20 starts (the degree ranking's best prefix, then random
    /// partitions from `seed`), each improved by moving the single node whose move raises ρ most until
    /// none does. Ties between equal fits (within 1e-12) go to the smaller core, then to the core
    /// whose first differing node (in file order) is a member: the answer depends on nothing else.
    ///
    /// - Returns: the partition; all periphery with fit NaN when no partition has a defined fit.
    /// - Complexity: n ≤ 20: O(2ⁿ·Δ); otherwise O(20·passes·(n + m)).
    ///
    /// References: Borgatti & Everett (2000), "Models of core/periphery structures", Social Networks
    /// 21(4):375–395, doi:10.1016/S0378-8733(99)00019-2 (UCINET's Network > Core/Periphery >
    /// Categorical). Neither sna nor NetworkX implements it: checked against an independent exhaustive
    /// search in scripts/oracle/structural.py.
    public static func discrete(of graph: Graph, between: Between = .ignore, seed: UInt64 = 1) -> Partition {
        let n = graph.nodeCount
        let nb = DyadNeighborhood(graph)
        let arcs = graph.isDirected ? graph.edgeCount : 2 * graph.edgeCount
        // tiesTo(v, core): arcs between v and core members, both directions (ordered cells).
        @inline(__always) func weight(_ s: Int) -> Int { nb.bits[s] == 3 ? 2 : 1 }
        var best = BestPartition(nodes: n)
        if n <= exhaustiveLimit {
            var core = [Bool](repeating: false, count: n)
            var c = Counts(coreSize: 0, coreTies: 0, peripheryTies: arcs)
            let total = 1 << n
            for step in 1..<max(total, 1) {
                let v = step.trailingZeroBitCount  // Gray code: flip node v
                var toCore = 0, toPeriphery = 0
                for s in nb.slots(v) {
                    if core[Int(nb.neighbors[s])] { toCore += weight(s) } else { toPeriphery += weight(s) }
                }
                if core[v] { c.coreTies -= toCore; c.peripheryTies += toPeriphery; c.coreSize -= 1 }
                else { c.coreTies += toCore; c.peripheryTies -= toPeriphery; c.coreSize += 1 }
                core[v].toggle()
                let f = fit(c, nodes: n, arcs: arcs, between: between)
                if f.isFinite && f >= best.fit - 1e-12 { best.consider(core, f, c.coreSize) }
            }
            return Partition(core: best.core, fit: best.fit.isFinite ? best.fit : .nan, exhaustive: true)
        }
        return discreteLocalSearch(of: graph, between: between, seed: seed)
    }

    /// The seeded local search of ``discrete(of:between:seed:)`` at any size (tests compare it with the
    /// exhaustive optimum).
    static func discreteLocalSearch(of graph: Graph, between: Between, seed: UInt64) -> Partition {
        let n = graph.nodeCount
        let nb = DyadNeighborhood(graph)
        let arcs = graph.isDirected ? graph.edgeCount : 2 * graph.edgeCount
        @inline(__always) func weight(_ s: Int) -> Int { nb.bits[s] == 3 ? 2 : 1 }
        var best = BestPartition(nodes: n)
        // Local search from several starts.
        var rng = SeededGenerator(seed: seed)
        let degreeOrder = (0..<n).sorted { (-(nb.slots($0).count), $0) < (-(nb.slots($1).count), $1) }
        var starts: [[Bool]] = []
        do {  // best prefix of the degree ranking
            var core = [Bool](repeating: false, count: n), c = Counts(coreSize: 0, coreTies: 0, peripheryTies: arcs)
            var best = (fit: -Double.infinity, size: 0)
            for v in degreeOrder {
                var toCore = 0, toPeriphery = 0
                for s in nb.slots(v) { if core[Int(nb.neighbors[s])] { toCore += weight(s) } else { toPeriphery += weight(s) } }
                c.coreTies += toCore; c.peripheryTies -= toPeriphery; c.coreSize += 1; core[v] = true
                let f = fit(c, nodes: n, arcs: arcs, between: between)
                if f.isFinite && f > best.fit { best = (f, c.coreSize) }
            }
            var start = [Bool](repeating: false, count: n)
            for v in degreeOrder.prefix(max(best.size, 2)) { start[v] = true }
            starts.append(start)
        }
        for _ in 1..<20 {
            starts.append((0..<n).map { _ in Double.random(in: 0..<1, using: &rng) < 0.3 })
        }
        for start in starts {
            var core = start
            var c = Counts()
            var toCore = [Int](repeating: 0, count: n), toPeriphery = [Int](repeating: 0, count: n)
            for v in 0..<n {
                if core[v] { c.coreSize += 1 }
                for s in nb.slots(v) {
                    if core[Int(nb.neighbors[s])] { toCore[v] += weight(s) } else { toPeriphery[v] += weight(s) }
                }
            }
            for v in 0..<n where core[v] { c.coreTies += toCore[v] }
            for v in 0..<n where !core[v] { c.peripheryTies += toPeriphery[v] }
            // Each arc inside the core (periphery) was counted from both of its ends.
            c.coreTies /= 2; c.peripheryTies /= 2
            var current = fit(c, nodes: n, arcs: arcs, between: between)
            while true {
                var bestMove = -1, bestValue = current.isFinite ? current : -Double.infinity
                for v in 0..<n {
                    var t = c
                    if core[v] { t.coreTies -= toCore[v]; t.peripheryTies += toPeriphery[v]; t.coreSize -= 1 }
                    else { t.coreTies += toCore[v]; t.peripheryTies -= toPeriphery[v]; t.coreSize += 1 }
                    let f = fit(t, nodes: n, arcs: arcs, between: between)
                    if f.isFinite && f > bestValue + 1e-12 { bestValue = f; bestMove = v }
                }
                guard bestMove >= 0 else { break }
                let v = bestMove
                if core[v] { c.coreTies -= toCore[v]; c.peripheryTies += toPeriphery[v]; c.coreSize -= 1 }
                else { c.coreTies += toCore[v]; c.peripheryTies -= toPeriphery[v]; c.coreSize += 1 }
                core[v].toggle()
                let gained = core[v]
                for s in nb.slots(v) {
                    let w = Int(nb.neighbors[s]), k = weight(s)
                    if gained { toCore[w] += k; toPeriphery[w] -= k } else { toCore[w] -= k; toPeriphery[w] += k }
                }
                current = bestValue
            }
            if current.isFinite { best.consider(core, current, c.coreSize) }
        }
        return Partition(core: best.core, fit: best.fit.isFinite ? best.fit : .nan, exhaustive: false)
    }
}

/// The best core found so far by a core–periphery search: the largest fit, ties (within 1e-12) broken
/// by ``CorePeriphery/precedes(_:_:_:)`` so the exhaustive and the local search agree on one partition.
struct BestPartition {
    var core: [Bool]
    var fit = -Double.infinity

    init(nodes: Int) { core = [Bool](repeating: false, count: nodes) }

    /// Keeps `candidate` (of `size` core members and fit `candidateFit`) when it is better or equally good
    /// and precedes the current best. - Complexity: O(n) when it is kept or compared, else O(1).
    mutating func consider(_ candidate: [Bool], _ candidateFit: Double, _ size: Int) {
        guard candidateFit.isFinite else { return }
        if candidateFit > fit + 1e-12 {
            fit = candidateFit; core = candidate
        } else if abs(candidateFit - fit) <= 1e-12 && CorePeriphery.precedes(candidate, size, core) {
            fit = max(candidateFit, fit); core = candidate
        }
    }
}
