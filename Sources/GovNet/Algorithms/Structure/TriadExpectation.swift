extension Triads {
    /// Expected triad census under U|MAN: every digraph on the same nodes with the same numbers of
    /// mutual (M), asymmetric (A) and null (N) dyads equally likely.
    ///
    /// Definition: of the D = n(n − 1)/2 dyads, the three of a given triad take states drawn without
    /// replacement from the M + A + N observed ones, and each asymmetric dyad points either way with
    /// probability ½. The probability of a pattern with m mutual, a asymmetric and k null dyads is
    /// `M^(m)·A^(a)·N^(k) / D^(3) · 2^(−a)` (x^(j) the falling factorial); the expected count of a type is
    /// C(n, 3) times the sum over the 64 patterns of that type. The exact finite-population distribution of
    /// Holland & Leinhardt (1975), not the density (U|L) or independent-dyad approximation. Comparing the
    /// census with it asks which triads are over-represented beyond what reciprocity and density alone
    /// produce (e.g. transitive 030T and 120D/120U in a hierarchy, cyclic 030C against it).
    ///
    /// - Parameter graph: any graph; an undirected tie is a mutual dyad.
    /// - Returns: 16 expected counts in the order of ``codes``, summing to C(n, 3); all zero when n < 3.
    /// - Complexity: O(n + m) (the dyad census) + O(64).
    ///
    /// References: Holland & Leinhardt (1975), "Local structure in social networks", Sociological
    /// Methodology 7:1–45, doi:10.2307/270703; Wasserman & Faust (1994), *Social Network Analysis*, §14.3
    /// (the U|MAN distribution). Checked against the average census over every digraph with the same
    /// dyad census (exhaustive enumeration, `scripts/oracle/structural.py`).
    public static func expectedCensusUMAN(of graph: Graph) -> [Double] {
        let n = graph.nodeCount
        guard n >= 3 else { return [Double](repeating: 0, count: 16) }
        let dyads = DyadNeighborhood(graph).dyadCensus(nodeCount: n)
        return expectedCensusUMAN(nodes: n, mutual: dyads.mutual, asymmetric: dyads.asymmetric)
    }

    /// ``expectedCensusUMAN(of:)`` from the dyad census alone.
    public static func expectedCensusUMAN(nodes n: Int, mutual: Int, asymmetric: Int) -> [Double] {
        var expected = [Double](repeating: 0, count: 16)
        guard n >= 3 else { return expected }
        let d = Double(n) * Double(n - 1) / 2
        let m = Double(mutual), a = Double(asymmetric), z = d - m - a
        func falling(_ x: Double, _ j: Int) -> Double { (0..<j).reduce(1.0) { $0 * (x - Double($1)) } }
        let triples = Double(n) * Double(n - 1) * Double(n - 2) / 6
        let denominator = falling(d, 3)
        for pattern in 0..<64 {
            var mm = 0, aa = 0, nn = 0
            for dyad in 0..<3 {
                switch (pattern >> (2 * dyad)) & 3 {
                case 0: nn += 1
                case 3: mm += 1
                default: aa += 1
                }
            }
            let p = falling(m, mm) * falling(a, aa) * falling(z, nn) / denominator / Double(1 << aa)
            expected[Int(typeOfPattern[pattern])] += triples * p
        }
        return expected
    }
}
