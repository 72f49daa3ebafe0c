import Testing
@testable import GovNet

@Suite struct UnionFindTests {
    @Test func mergesAndCounts() {
        var uf = UnionFind(count: 6)
        #expect(uf.setCount == 6 && uf.largest == 1 && uf.connectedPairs == 0)
        let merged = [uf.union(0, 1), uf.union(2, 3), uf.union(1, 0), uf.union(1, 3)]
        #expect(merged == [true, true, false, true])
        #expect(uf.setCount == 3 && uf.largest == 4 && uf.connectedPairs == 6)
        let c02 = uf.connected(0, 2), c04 = uf.connected(0, 4)
        #expect(c02 && !c04)
        let s3 = uf.size(ofSetContaining: 3), s5 = uf.size(ofSetContaining: 5)
        #expect(s3 == 4 && s5 == 1)
        let empty = UnionFind(count: 0)
        #expect(empty.largest == 0 && empty.setCount == 0)
    }

    /// Union of every edge gives the weak components.
    @Test func matchesWeakComponents() {
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<50 {
            let n = 2 + rng.nextInt(below: 300)
            let edges = RandomGraphs.gnm(nodes: n, edges: rng.nextInt(below: n + 1), directed: false, using: &rng)
            let g = Graph(nodeCount: n, edges: edges, directed: false)
            var uf = UnionFind(count: n)
            for (u, v) in edges { uf.union(Int(u), Int(v)) }
            let weak = Components.weak(of: g)
            #expect(uf.setCount == weak.count && uf.largest == weak.largest)
            #expect(uf.connectedPairs == weak.sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 })
        }
    }

    /// A long chain of unions stays shallow enough (path halving) and gives one set.
    @Test func longChain() {
        let n = 100_000
        var uf = UnionFind(count: n)
        for v in 1..<n { uf.union(v - 1, v) }
        let last = uf.find(n - 1), first = uf.find(0)
        #expect(uf.setCount == 1 && uf.largest == n && last == first)
    }
}
