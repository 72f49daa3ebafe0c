import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct ComponentsTests {
    @Test(arguments: StructureFixture.allNames()) func oracle(name: String) throws {
        let f = try StructureFixture.load(name)
        let m = f.fixture.unweighted
        let g = f.graph(weighted: false)
        expectNetworkMetric("weak_components", Double(Components.weak(of: g).count), f, m)
        // The oracle leaves strong components undefined (null) on undirected graphs.
        expectNetworkMetric("strong_components", g.isDirected ? Double(Components.strong(of: g).count) : nil, f, m)
        expectNetworkMetric("unreachable_pairs", Double(Components.unreachablePairs(of: g)), f, m)
    }

    /// 0 → 1 → 2 → 0 → 3 ⇄ 4, 5 → 6, 7 alone.
    ///
    ///     0 → 1        5 → 6    7
    ///     ↑ ↙  ↘
    ///     2     3 ⇄ 4
    @Test func handDirectedGraph() {
        let g = Graph(nodeCount: 8, edges: [(0, 1), (1, 2), (2, 0), (0, 3), (3, 4), (4, 3), (5, 6)], directed: true)
        let weak = Components.weak(of: g)
        #expect(weak.labels == [0, 0, 0, 0, 0, 1, 1, 2] && weak.count == 3 && weak.sizes == [5, 2, 1] && weak.largest == 5)
        let strong = Components.strong(of: g)
        #expect(strong.labels == [0, 0, 0, 1, 1, 2, 3, 4] && strong.count == 5)
        // Reachable ordered pairs: within {0,1,2}: 6, within {3,4}: 2, {0,1,2}→{3,4}: 6, 5→6: 1. 56 − 15 = 41.
        #expect(Components.unreachablePairs(of: g) == 41)
    }

    @Test func edgeCases() {
        let empty = Graph(nodeCount: 0, edges: [], directed: false)
        #expect(Components.weak(of: empty).count == 0 && Components.weak(of: empty).largest == 0)
        #expect(Components.strong(of: Graph(nodeCount: 0, edges: [], directed: true)).count == 0)
        #expect(Components.weak(of: empty).largestLabel == nil)
        let one = Graph(nodeCount: 1, edges: [], directed: true)
        #expect(Components.strong(of: one).count == 1 && Components.unreachablePairs(of: one) == 0)
        let two = Graph(nodeCount: 2, edges: [(0, 1)], directed: true)
        #expect(Components.weak(of: two).count == 1 && Components.strong(of: two).count == 2)
        #expect(Components.unreachablePairs(of: two) == 1)
        let twoU = Graph(nodeCount: 2, edges: [(0, 1)], directed: false)
        #expect(Components.unreachablePairs(of: twoU) == 0)
        let isolates = Graph(nodeCount: 4, edges: [], directed: false)
        #expect(Components.weak(of: isolates).count == 4 && Components.unreachablePairs(of: isolates) == 12)
    }

    /// A 100,000-node directed path (and cycle): deep DFS must not overflow the stack.
    @Test func deepPath() {
        let n = 100_000
        let path = (0..<(n - 1)).map { (Int32($0), Int32($0 + 1)) }
        let g = Graph(nodeCount: n, edges: path, directed: true)
        #expect(Components.strong(of: g).count == n)
        #expect(Components.weak(of: g).count == 1)
        let cycle = Graph(nodeCount: n, edges: path + [(Int32(n - 1), 0)], directed: true)
        #expect(Components.strong(of: cycle).count == 1)
        #expect(Components.unreachablePairs(of: cycle) == 0)
    }

    /// Unreachable pairs against a BFS from every node, on random digraphs with many components.
    @Test func unreachablePairsMatchBruteForce() {
        var rng = SeededGenerator(seed: 3)
        for trial in 0..<100 {
            let n = 2 + rng.nextInt(below: 150)
            let m = rng.nextInt(below: Swift.min(n * (n - 1), 2 * n) + 1)
            let g = Graph(nodeCount: n, edges: RandomGraphs.gnm(nodes: n, edges: m, directed: true, using: &rng), directed: true)
            var reachable = 0
            for s in 0..<n {
                reachable += ShortestPaths.distances(from: s, in: g, length: .hops).filter { $0.isFinite }.count - 1
            }
            #expect(Components.unreachablePairs(of: g) == n * (n - 1) - reachable, "trial \(trial)")
            // Strong components: u, v together iff mutually reachable.
            let strong = Components.strong(of: g)
            let d0 = ShortestPaths.distances(from: 0, in: g, length: .hops)
            for v in 0..<n {
                let back = ShortestPaths.distances(from: v, in: g, length: .hops)[0]
                #expect((strong.labels[v] == strong.labels[0]) == (d0[v].isFinite && back.isFinite))
            }
        }
    }
}
