import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Centrality.sampledBetweenness")
struct SampledBetweennessTests {
    @Test func allSourcesIsExact() {
        let g = SmallGraphs.ba(120)
        var rng = SeededGenerator(seed: 1)
        let exact = Centrality.betweenness(of: g)
        #expect(Centrality.sampledBetweenness(of: g, length: .hops, samples: 120, using: &rng) == exact)
        #expect(Centrality.sampledBetweenness(of: g, length: .hops, samples: 10_000, using: &rng) == exact)
    }

    @Test func sameSeedSameResult() {
        let g = SmallGraphs.ba(300, weighted: true)
        var a = SeededGenerator(seed: 99), b = SeededGenerator(seed: 99)
        #expect(Centrality.sampledBetweenness(of: g, length: .inverseWeight, samples: 40, using: &a)
                == Centrality.sampledBetweenness(of: g, length: .inverseWeight, samples: 40, using: &b))
    }

    @Test func edgeCases() {
        var rng = SeededGenerator(seed: 3)
        #expect(Centrality.sampledBetweenness(of: SmallGraphs.empty, length: .hops, samples: 5, using: &rng).isEmpty)
        #expect(Centrality.sampledBetweenness(of: SmallGraphs.single, length: .hops, samples: 5, using: &rng) == [0])
        #expect(Centrality.sampledBetweenness(of: SmallGraphs.pair, length: .hops, samples: 1, using: &rng) == [0, 0])
        // Star: the centre's estimate is exact whichever sources are drawn (every leaf source
        // gives it n − 2, a centre source gives 0 and switches to the (k − 1) scale).
        let star = SmallGraphs.star5
        for _ in 0..<10 {
            let b = Centrality.sampledBetweenness(of: star, length: .hops, samples: 2, using: &rng)
            #expect(approximatelyEqual(b[0], 1) && b[1...].allSatisfy { $0 == 0 })
        }
    }

    /// Unbiased given the sampling rule: the mean of many estimates approaches the exact values.
    @Test func meanApproachesExact() {
        let g = SmallGraphs.ba(60, attach: 2)
        let exact = Centrality.betweenness(of: g)
        var rng = SeededGenerator(seed: 2024)
        var mean = [Double](repeating: 0, count: 60)
        let runs = 400
        for _ in 0..<runs {
            let b = Centrality.sampledBetweenness(of: g, length: .hops, samples: 10, using: &rng)
            for v in 0..<60 { mean[v] += b[v] / Double(runs) }
        }
        let worst = zip(mean, exact).map { abs($0 - $1) }.max()!
        // Standard error of a 400-run mean of 10-source estimates is well below 0.01 here.
        #expect(worst < 0.02, "largest deviation \(worst)")
    }
}
