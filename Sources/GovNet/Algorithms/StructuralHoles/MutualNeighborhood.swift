/// Burt's structural-hole measures: constraint, effective size, efficiency and hierarchy of each
/// node's ego network, computed from *mutual weights* over in- and out-neighbours.
///
/// The mutual weight of `i` and `j` is `a_ij + a_ji` (the weights of the arcs `i→j` and `j→i`, 1 each
/// when unweighted, 0 when absent; on an undirected graph both arcs exist). The proportional tie
/// `p_ij` is the mutual weight divided by the sum of `i`'s mutual weights over its contacts
/// `N(i)` (in- ∪ out-neighbours). This is NetworkX's `normalized_mutual_weight`.
///
/// Isolates (no in- or out-neighbour) get `nan`, as NetworkX does when it computes every node at
/// once (`nx.constraint(G)`, `nx.effective_size(G)`). Note that NetworkX's per-node path
/// (`nodes=[…]`, or no SciPy) instead gives `nan` to directed nodes without *out*-neighbours; GovNet
/// follows the all-nodes behaviour.
///
/// References: Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.* Harvard
/// University Press. NetworkX `networkx.algorithms.structuralholes`.
public enum StructuralHoles {}

/// The undirected "contact" adjacency of a graph with mutual weights: for node `i`, its distinct in-
/// and out-neighbours sorted ascending with `a_ij + a_ji`. Internal scaffolding of ``StructuralHoles``.
struct MutualNeighborhood {
    let nodeCount: Int
    let offsets: [Int32]
    let targets: [Int32]
    let weights: [Double]

    /// Builds the contact lists by merging the sorted out- and in-adjacencies of every node.
    /// - Complexity: O(n + m).
    init(_ g: Graph, weighted: Bool) {
        nodeCount = g.nodeCount
        if !g.isDirected {
            offsets = g.offsets
            targets = g.targets
            // Mutual weight a_ij + a_ji = 2w on an undirected graph; the factor 2 is exact in binary
            // floating point and cancels in every ratio, but keep it for fidelity to the definition.
            weights = weighted ? g.weights.map { 2 * $0 } : [Double](repeating: 2, count: g.targets.count)
            return
        }
        var off = [Int32](repeating: 0, count: g.nodeCount + 1)
        var tg: [Int32] = []
        var wt: [Double] = []
        tg.reserveCapacity(g.targets.count * 2)
        wt.reserveCapacity(g.targets.count * 2)
        for v in 0..<g.nodeCount {
            var a = Int(g.offsets[v]), b = Int(g.inOffsets[v])
            let aEnd = Int(g.offsets[v + 1]), bEnd = Int(g.inOffsets[v + 1])
            while a < aEnd || b < bEnd {
                let x = a < aEnd ? g.targets[a] : Int32.max
                let y = b < bEnd ? g.inSources[b] : Int32.max
                if x == y {
                    tg.append(x); wt.append(weighted ? g.weights[a] + g.inWeights[b] : 2); a += 1; b += 1
                } else if x < y {
                    tg.append(x); wt.append(weighted ? g.weights[a] : 1); a += 1
                } else {
                    tg.append(y); wt.append(weighted ? g.inWeights[b] : 1); b += 1
                }
            }
            off[v + 1] = Int32(tg.count)
        }
        offsets = off; targets = tg; weights = wt
    }

    /// Number of distinct contacts of `v`.
    @inlinable func degree(_ v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

    /// Sum of `v`'s mutual weights (the normaliser of `p_v·`).
    func totals() -> [Double] {
        var s = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            var t = 0.0
            for k in Int(offsets[v])..<Int(offsets[v + 1]) { t += weights[k] }
            s[v] = t
        }
        return s
    }

    /// Largest of `v`'s mutual weights (the normaliser of Burt's marginal strength `m_v·`).
    func maxima() -> [Double] {
        var s = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            var t = 0.0
            for k in Int(offsets[v])..<Int(offsets[v + 1]) { t = Swift.max(t, weights[k]) }
            s[v] = t
        }
        return s
    }
}
