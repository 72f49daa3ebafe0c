/// Generators of random and regular test graphs as edge lists, for benchmarks, property tests and
/// null models. All are deterministic given the generator state.
public enum RandomGraphs {
    /// Barabási–Albert preferential attachment (Barabási & Albert 1999, doi:10.1126/science.286.5439.509):
    /// starts from a star on `m + 1` nodes, then each new node attaches to `m` distinct existing nodes
    /// chosen with probability proportional to degree (the repeated-nodes list of NetworkX
    /// `barabasi_albert_graph`). About `m·(n − m)` edges.
    /// - Complexity: O(n·m) expected time.
    public static func barabasiAlbert(nodes n: Int, attach m: Int, using rng: inout SeededGenerator) -> [(Int32, Int32)] {
        precondition(m >= 1 && n > m)
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(n * m)
        var repeated: [Int32] = []
        repeated.reserveCapacity(2 * n * m)
        for v in 1...m { edges.append((0, Int32(v))); repeated.append(0); repeated.append(Int32(v)) }
        var chosen = Set<Int32>()
        for v in (m + 1)..<n {
            chosen.removeAll(keepingCapacity: true)
            while chosen.count < m { chosen.insert(repeated[rng.nextInt(below: repeated.count)]) }
            for t in chosen.sorted() {
                edges.append((Int32(v), t))
                repeated.append(t); repeated.append(Int32(v))
            }
        }
        return edges
    }

    /// Erdős–Rényi G(n, m): `m` distinct pairs (arcs when `directed`) drawn uniformly, no self-loops.
    /// - Complexity: O(m) expected time when m is well below the number of pairs.
    public static func gnm(nodes n: Int, edges m: Int, directed: Bool, using rng: inout SeededGenerator) -> [(Int32, Int32)] {
        let pairs = directed ? n * (n - 1) : n * (n - 1) / 2
        precondition(n >= 2 && m <= pairs)
        var seen = Set<UInt64>()
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(m)
        while edges.count < m {
            var u = Int32(rng.nextInt(below: n)), v = Int32(rng.nextInt(below: n))
            if u == v { continue }
            if !directed && u > v { swap(&u, &v) }
            if seen.insert(UInt64(UInt32(u)) << 32 | UInt64(UInt32(v))).inserted { edges.append((u, v)) }
        }
        return edges
    }

    /// A `rows × columns` grid (4-neighbourhood), node `r·columns + c`.
    public static func grid(rows: Int, columns: Int) -> [(Int32, Int32)] {
        var edges: [(Int32, Int32)] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let v = Int32(r * columns + c)
                if c + 1 < columns { edges.append((v, v + 1)) }
                if r + 1 < rows { edges.append((v, v + Int32(columns))) }
            }
        }
        return edges
    }
}
