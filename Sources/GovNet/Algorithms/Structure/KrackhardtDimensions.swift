/// Krackhardt's (1994) four graph-theoretic dimensions of informal organisation, which an outtree — the
/// pure formal hierarchy — maximises all at once: connectedness, hierarchy, efficiency and
/// least-upper-boundedness. Arcs are read superior → subordinate (a command tie from the leading
/// department to the led one), so on a leadership out-tree every value is 1; the dimensions say most
/// about information and operation ties, which an out-tree does not prescribe.
///
/// Each function reproduces R's `sna` (Butts 2008) on the adjacency matrix of the view (an undirected
/// tie is a symmetric pair of entries), including its values on degenerate graphs.
///
/// References: Krackhardt (1994), "Graph theoretical dimensions of informal organizations", in Carley &
/// Prietula (eds.), *Computational Organization Theory*, 89–111; Butts (2008), "Social network analysis
/// with sna", Journal of Statistical Software 24(6), doi:10.18637/jss.v024.i06.
public enum Krackhardt {
    /// Connectedness: the share of unordered pairs joined by a semipath (same weak component).
    ///
    /// Definition: Σ_c s_c(s_c − 1)/2 ÷ n(n − 1)/2 over the weak components c; 1 when n ≤ 1.
    /// - Complexity: O(n + m).
    /// - Matches `sna::connectedness`.
    public static func connectedness(of graph: Graph) -> Double {
        let n = graph.nodeCount
        guard n > 1 else { return 1 }
        let sizes = Components.weak(of: graph).sizes
        var within = 0.0
        for s in sizes { within += Double(s) * (Double(s) - 1) / 2 }
        return within / (Double(n) * (Double(n) - 1) / 2)
    }

    /// Hierarchy (Krackhardt's measure): the share of reachable pairs reachable one way only.
    ///
    /// Definition: 1 − V/max V, V the unordered pairs that reach each other (both directions; the pairs
    /// within a strong component), max V the unordered pairs with a path at least one way — that is,
    /// 1 − the dyadic reciprocity of the reachability graph counting non-null dyads. NaN when no pair
    /// reaches another (sna gives NaN too); 0 on an undirected graph with a tie.
    ///
    /// sna's other variant, `hierarchy(measure = "reciprocity")` (its default), is 1 − the dyadic
    /// reciprocity of the graph itself *counting null dyads as reciprocated*: asymmetric dyads ÷ all
    /// n(n − 1)/2 dyads — ``reciprocityHierarchy(of:)``. It falls with density and is not Krackhardt's.
    ///
    /// - Complexity: O(n + m) for the strong components, then O(c·(c + m_c)/64) on their condensation
    ///   (``Components/unreachablePairs(of:)``).
    /// - Matches `sna::hierarchy(g, measure = "krackhardt")`.
    public static func hierarchy(of graph: Graph) -> Double {
        let n = graph.nodeCount
        guard n > 1 else { return .nan }
        let reachable = n * (n - 1) - Components.unreachablePairs(of: graph)  // ordered pairs with a path
        let strong = graph.isDirected ? Components.strong(of: graph).sizes : Components.weak(of: graph).sizes
        let mutual = strong.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        let nonNull = reachable - mutual  // unordered pairs with a path either way
        return nonNull == 0 ? .nan : 1 - Double(mutual) / Double(nonNull)
    }

    /// sna's default `hierarchy(measure = "reciprocity")`: asymmetric dyads ÷ all dyads.
    ///
    /// Definition: 1 − (M + N)/(M + A + N) with Holland & Leinhardt's dyad census; NaN when n < 2.
    /// - Complexity: O(n + m).
    /// - Matches `sna::hierarchy(g, measure = "reciprocity")` = 1 − `sna::grecip(g, measure = "dyadic")`.
    public static func reciprocityHierarchy(of graph: Graph) -> Double {
        let n = graph.nodeCount
        guard n > 1 else { return .nan }
        let dyads = DyadNeighborhood(graph).dyadCensus(nodeCount: n)
        let total = Double(dyads.mutual + dyads.asymmetric + dyads.null)
        return 1 - Double(dyads.mutual + dyads.null) / total
    }

    /// Efficiency: how few ties beyond the minimum that keeps each weak component connected.
    ///
    /// Definition: 1 − (m − Σ_c(s_c − 1)) / Σ_c (s_c − 1)², m the arcs (an undirected tie counts twice, as
    /// in its symmetric matrix), s_c the weak component sizes: the ties beyond a spanning tree of each
    /// component over the most there could be. NaN when every component has one node (0/0), −∞ when
    /// components are pairs with mutual ties (sna's arithmetic, kept).
    /// - Complexity: O(n + m).
    /// - Matches `sna::efficiency(g)` (diag = FALSE).
    public static func efficiency(of graph: Graph) -> Double {
        let sizes = Components.weak(of: graph).sizes
        var required = 0.0, most = 0.0
        for s in sizes {
            required += Double(s - 1)
            most += Double(s) * Double(s - 1) - Double(s - 1)
        }
        let arcs = Double(graph.isDirected ? graph.edgeCount : 2 * graph.edgeCount)
        return 1 - (arcs - required) / most
    }

    /// Least-upper-boundedness: the share of pairs that have a least upper bound — a common superior
    /// that every other common superior of the pair answers to… in sna's reading, a department that
    /// reaches both and reaches every other department reaching both.
    ///
    /// Definition: within each weak component of size s > 2, a pair (i, j) violates when no node k with
    /// paths k ⇝ i and k ⇝ j (k = i or j allowed: every node reaches itself) reaches every such node;
    /// lub = 1 − violations ÷ Σ_c (s_c − 1)(s_c − 2)/2. The set of nodes reaching both is closed
    /// upwards, so such a k exists exactly when one source strong component (one without arcs in from
    /// other components) reaches both: the pair is counted by intersecting, per node, the set of source
    /// components reaching it. NaN when no component has more than two nodes (sna: 0/0).
    ///
    /// - Complexity: O(S·(n + m)) for the S source components' reach, O(n²·S/64) for the pairs — not
    ///   sna's O(n⁴) scan.
    /// - Matches `sna::lubness(g)`.
    public static func leastUpperBoundedness(of graph: Graph) -> Double {
        let n = graph.nodeCount
        let weak = Components.weak(of: graph)
        var most = 0.0
        for s in weak.sizes where s > 2 { most += Double(s - 1) * Double(s - 2) / 2 }
        guard most > 0 else { return .nan }
        // Source strong components and, per node, the bitset of sources reaching it.
        let strong = graph.isDirected ? Components.strong(of: graph) : weak
        var hasEntry = [Bool](repeating: false, count: strong.count)
        if graph.isDirected {
            for e in 0..<graph.edgeCount {
                let a = strong.labels[Int(graph.edgeSources[e])], b = strong.labels[Int(graph.edgeTargets[e])]
                if a != b { hasEntry[Int(b)] = true }
            }
        }
        var representative = [Int](repeating: -1, count: strong.count)
        for v in 0..<n where representative[Int(strong.labels[v])] < 0 { representative[Int(strong.labels[v])] = v }
        let sources = (0..<strong.count).filter { !hasEntry[$0] }.map { representative[$0] }
        let words = (sources.count + 63) / 64
        var reached = [UInt64](repeating: 0, count: n * words)
        var seen = [Int32](repeating: -1, count: n), queue = [Int32](repeating: 0, count: n)
        for (k, s) in sources.enumerated() {
            seen[s] = Int32(k); queue[0] = Int32(s)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head]); head += 1
                reached[v * words + k / 64] |= 1 << UInt64(k % 64)
                for w in graph.neighbors(v) where seen[Int(w)] != Int32(k) {
                    seen[Int(w)] = Int32(k); queue[tail] = w; tail += 1
                }
            }
        }
        var violations = 0.0
        let size = weak.sizes
        for i in 0..<n where size[Int(weak.labels[i])] > 2 {
            for j in (i + 1)..<n where weak.labels[j] == weak.labels[i] {
                var common = 0
                for w in 0..<words { common += (reached[i * words + w] & reached[j * words + w]).nonzeroBitCount }
                if common != 1 { violations += 1 }
            }
        }
        return 1 - violations / most
    }
}
