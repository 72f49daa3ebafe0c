import Testing
@testable import GovNet
import GovNetTestSupport

/// Borgatti & Everett's discrete core–periphery model against an independent exhaustive search
/// (numpy correlations over every partition, scripts/oracle/structural.py → one-mode.json), and the
/// seeded local search against GovNet's own exhaustive optimum on random graphs.
@Suite struct CorePeripheryTests {
    @Test func exhaustiveOptimumMatchesTheOracle() throws {
        var checked = 0
        for g in try StructuralFixture.load().graphs {
            guard let cp = g.corePeriphery else { continue }
            for between in CorePeriphery.Between.allCases {
                let expected = cp[between.rawValue]!
                let p = CorePeriphery.discrete(of: g.graph, between: between)
                #expect(p.exhaustive)
                let core = g.nodes.indices.filter { p.core[$0] }.map { g.nodes[$0] }
                if let fit = expected.fit {
                    #expect(approximatelyEqual(p.fit, fit), "\(g.name) \(between): \(p.fit) vs \(fit)")
                    #expect(core == expected.core, "\(g.name) \(between): \(core) vs \(expected.core)")
                } else {
                    #expect(p.fit.isNaN, "\(g.name) \(between)")
                }
                checked += 1
            }
        }
        #expect(checked >= 30)
    }

    /// The local search (used above 20 nodes) finds the exhaustive optimum on small random graphs.
    @Test func localSearchReachesTheOptimum() {
        var rng = SeededGenerator(seed: 11)
        for trial in 0..<12 {
            let n = 10 + trial % 6, directed = trial % 2 == 0
            var edges: [(Int32, Int32)] = []
            for i in 0..<n { for j in 0..<n where i != j && (directed || i < j) {
                // A planted core (first third) plus noise.
                let p = (i < n / 3 && j < n / 3) ? 0.8 : 0.15
                if Double.random(in: 0..<1, using: &rng) < p { edges.append((Int32(i), Int32(j))) }
            } }
            let g = Graph(nodeCount: n, edges: edges, directed: directed)
            let exact = CorePeriphery.discrete(of: g)
            let search = CorePeriphery.discreteLocalSearch(of: g, between: .ignore, seed: 1)
            #expect(approximatelyEqual(search.fit, exact.fit), "trial \(trial): \(search.fit) vs \(exact.fit)")
        }
    }

    /// Coreness is a stationary point of the least-squares criterion and ranks a planted core first.
    @Test func corenessIsTheLeastSquaresFixedPoint() {
        // Core {0, 1, 2, 3} complete, each periphery node tied to one core node.
        var edges: [(Int32, Int32)] = []
        for i in 0..<4 { for j in (i + 1)..<4 { edges.append((Int32(i), Int32(j))) } }
        for p in 4..<10 { edges.append((Int32(p % 4), Int32(p))) }
        let g = Graph(nodeCount: 10, edges: edges, directed: false)
        let (c, fit) = CorePeriphery.coreness(of: g)
        #expect(fit > 0.5)
        #expect(c[0..<4].min()! > c[4..<10].max()!)
        let squares = c.reduce(0) { $0 + $1 * $1 }
        for i in 0..<10 {
            let s = g.neighbors(i).reduce(0.0) { $0 + c[Int($1)] }
            #expect(abs(c[i] * (squares - c[i] * c[i]) - s) < 1e-9, "node \(i)")
        }
    }
}
