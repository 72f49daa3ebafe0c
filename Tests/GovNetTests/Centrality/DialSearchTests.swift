import Testing
@testable import GovNet
import GovNetTestSupport

/// Dijkstra's algorithm with Dial's buckets (lengths that are small multiples of a power of two) finds
/// the same distances and the same shortest-path counts as the heap version, bit for bit, and the
/// centralities built on it agree with the heap's to 1e-12. The NetworkX oracle fixtures of the
/// weighted centralities (CentralityOracle, BetweennessTests, ClosenessTests) run through the same code.
@Suite struct DialSearchTests {
    @Test func quantaOfPowerOfTwoMultiples() throws {
        let a = try #require(LengthUnits([0.25, 0.5, 2, 1]))
        #expect(a.units == [1, 2, 8, 4] && a.span == 9)
        let b = try #require(LengthUnits([1, 3, 5]))
        #expect(b.units == [1, 3, 5] && b.span == 6)
        let c = try #require(LengthUnits([6, 10]))  // quantum 2
        #expect(c.units == [3, 5])
        #expect(LengthUnits([1.0 / 3, 1]) == nil)  // 1/3 has no power-of-two quantum within range
        #expect(LengthUnits([1, 5_000]) == nil)  // too many buckets
        #expect(LengthUnits([1, .infinity]) == nil && LengthUnits([0, 1]) == nil && LengthUnits([]) == nil)
    }

    /// Random directed and undirected graphs with weights 0.5, 1, 2, 4 (lengths 1/w in quanta of 0.25).
    static func graph(directed: Bool, seed: UInt64) -> Graph {
        var rng = SeededGenerator(seed: seed)
        let edges = RandomGraphs.gnm(nodes: 200, edges: 900, directed: directed, using: &rng)
        let weights = edges.map { _ in [0.5, 1, 2, 4][rng.nextInt(below: 4)] }
        return Graph(nodeCount: 200, edges: edges, weights: weights, directed: directed)
    }

    @Test(arguments: [(false, 1 as UInt64), (true, 2), (true, 3)])
    func sameDistancesAndCountsAsTheHeap(directed: Bool, seed: UInt64) {
        let g = Self.graph(directed: directed, seed: seed)
        let lengths = g.slotLengths(.inverseWeight)
        let heap = ShortestPathSearch(nodeCount: g.nodeCount), dial = ShortestPathSearch(nodeCount: g.nodeCount)
        g.withOutAdjacency(values: lengths) { plain in
            g.withOutAdjacency(values: lengths, lengthUnits: true) { bucketed in
                #expect(plain.unitSpan == 0 && bucketed.unitSpan == 9)
                for s in 0..<g.nodeCount {
                    heap.dijkstra(from: s, plain, counting: true)
                    dial.dijkstra(from: s, bucketed, counting: true)
                    for v in 0..<g.nodeCount {
                        #expect(heap.distance[v].bitPattern == dial.distance[v].bitPattern)
                        #expect(heap.sigma[v] == dial.sigma[v])
                    }
                    // Finalised in nondecreasing distance, the same set of nodes.
                    let order = (0..<heap.reached).map { Int(dial.order[$0]) }
                    #expect(zip(order, order.dropFirst()).allSatisfy { dial.distance[$0.0] <= dial.distance[$0.1] })
                    #expect(Set(order) == Set((0..<heap.reached).map { Int(heap.order[$0]) }))
                }
            }
        }
    }

    /// The Brandes sums over every source through the buckets and through the heap on the identical
    /// lengths, and the public betweenness (which takes the bucket path on these lengths).
    @Test func betweennessAndClosenessMatchTheHeap() {
        for directed in [false, true] {
            let g = Self.graph(directed: directed, seed: 11)
            let lengths = g.slotLengths(.inverseWeight)
            let n = g.nodeCount
            func brandes(_ units: Bool) -> [Double] {
                var score = [Double](repeating: 0, count: n), edgeScore: [Double] = []
                let search = ShortestPathSearch(nodeCount: n)
                g.withOutAdjacency(values: lengths, lengthUnits: units) { adj in
                    score.withUnsafeMutableBufferPointer { s in
                        edgeScore.withUnsafeMutableBufferPointer { e in
                            for v in 0..<n {
                                search.dijkstra(from: v, adj, counting: true)
                                search.accumulate(adj, weighted: true, score: s, edgeScore: e)
                            }
                        }
                    }
                }
                return score
            }
            let viaHeap = brandes(false), viaDial = brandes(true)
            for v in 0..<n { #expect(approximatelyEqual(viaHeap[v], viaDial[v], relative: 1e-12), "node \(v)") }
            // The public entry points take the bucket path on these lengths and agree with the heap sums.
            // NetworkX's raw betweenness halves the ordered-pair sums of an undirected graph.
            let scale = directed ? 1.0 : 0.5
            let published = Centrality.betweenness(of: g, length: .inverseWeight, normalized: false)
            for v in 0..<n { #expect(approximatelyEqual(published[v], scale * viaHeap[v], relative: 1e-12), "node \(v)") }
        }
    }
}
