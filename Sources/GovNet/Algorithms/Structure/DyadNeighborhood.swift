/// The direction-blind neighbourhood of every node with the direction of each tie: the sorted union
/// of out- and in-neighbours, and per neighbour `x` of `v` the bits `1` (arc `v → x`) and `2` (arc
/// `x → v`); an undirected edge carries both bits (it is a mutual dyad).
///
/// The common input of the dyad- and triad-level algorithms (triad census, dyad census, Krackhardt's
/// dimensions): O(1) access to the state of a dyad along a neighbour list, no hashing, no strings.
struct DyadNeighborhood: Sendable {
    /// Offsets into ``neighbors`` and ``bits``, `nodeCount + 1` entries.
    let offsets: [Int32]
    /// Neighbours of each node (in or out), sorted ascending.
    let neighbors: [Int32]
    /// Direction bits of each neighbour slot: `1` = arc from the node, `2` = arc into it.
    let bits: [UInt8]

    /// Merges the sorted out- and in-adjacency of every node.
    /// - Complexity: O(n + m) time and space.
    init(_ g: Graph) {
        let n = g.nodeCount
        var offsets = [Int32](repeating: 0, count: n + 1)
        var neighbors: [Int32] = [], bits: [UInt8] = []
        let capacity = g.isDirected ? 2 * g.edgeCount : g.targets.count
        neighbors.reserveCapacity(capacity); bits.reserveCapacity(capacity)
        for v in 0..<n {
            if !g.isDirected {
                for x in g.neighbors(v) { neighbors.append(x); bits.append(3) }
            } else {
                var p = Int(g.offsets[v]), q = Int(g.inOffsets[v])
                let pe = Int(g.offsets[v + 1]), qe = Int(g.inOffsets[v + 1])
                while p < pe || q < qe {
                    let a = p < pe ? g.targets[p] : Int32.max, b = q < qe ? g.inSources[q] : Int32.max
                    if a == b { neighbors.append(a); bits.append(3); p += 1; q += 1 }
                    else if a < b { neighbors.append(a); bits.append(1); p += 1 }
                    else { neighbors.append(b); bits.append(2); q += 1 }
                }
            }
            offsets[v + 1] = Int32(truncatingIfNeeded: neighbors.count)
        }
        self.offsets = offsets; self.neighbors = neighbors; self.bits = bits
    }

    /// Slots of the neighbours of `v`.
    @inline(__always) func slots(_ v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }

    /// Mutual, asymmetric and null dyads (Holland & Leinhardt's M, A, N); an undirected edge is mutual.
    /// - Complexity: O(n + m).
    func dyadCensus(nodeCount n: Int) -> (mutual: Int, asymmetric: Int, null: Int) {
        var mutual = 0, asymmetric = 0
        for v in 0..<n {
            for s in slots(v) where Int(neighbors[s]) > v {
                if bits[s] == 3 { mutual += 1 } else { asymmetric += 1 }
            }
        }
        return (mutual, asymmetric, n * (n - 1) / 2 - mutual - asymmetric)
    }
}
