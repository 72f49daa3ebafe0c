import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Random failures")
struct RandomFailuresTests {
    static let graph: Graph = {
        var rng = SeededGenerator(seed: 3)
        return Graph(nodeCount: 60, edges: RandomGraphs.barabasiAlbert(nodes: 60, attach: 2, using: &rng), directed: false)
    }()

    @Test func sameSeedSameRuns() {
        let a = RandomFailures(graph: Self.graph, runs: 12, seed: 99)
        let b = RandomFailures(graph: Self.graph, runs: 12, seed: 99)
        #expect(a.runs == b.runs)
        #expect(a.largestComponentFraction == b.largestComponentFraction)
        #expect(a.efficiency == b.efficiency)
        let c = RandomFailures(graph: Self.graph, runs: 12, seed: 100)
        #expect(a.runs.map(\.removed) != c.runs.map(\.removed))
    }

    @Test func bandBracketsTheMean() {
        let r = RandomFailures(graph: Self.graph, runs: 25, seed: 1)
        #expect(r.runs.count == 25)
        let band = r.largestComponentFraction
        #expect(band.mean.count == 61)
        for k in 0...60 {
            // The mean may fall outside a 5–95 % band of a skewed sample, but never outside the range.
            let values = r.runs.map { $0.largestComponentFraction[k] }
            #expect(band.lower[k] <= band.upper[k])
            #expect(values.min()! <= band.lower[k] && band.upper[k] <= values.max()!)
            #expect(values.min()! <= band.mean[k] + 1e-12 && band.mean[k] <= values.max()! + 1e-12)
        }
        #expect(band.mean[0] == 1 && band.mean[60] == 0)
        #expect(r.robustness.lower <= r.robustness.mean && r.robustness.mean <= r.robustness.upper)
        // Each run matches the single-curve computation of its own order.
        let again = FailureCurve.compute(graph: Self.graph, order: r.runs[3].removed, label: "random")
        #expect(again == r.runs[3])
    }

    @Test func noRuns() {
        let r = RandomFailures(graph: Self.graph, runs: 0, seed: 1)
        #expect(r.runs.isEmpty && r.largestComponentFraction.mean.isEmpty && r.efficiency == nil)
        #expect(r.robustness.mean.isNaN)
    }

    /// Hyndman & Fan definition 7, as NumPy: np.quantile([1, 2, 3, 4], [0.05, 0.5, 0.95]) = [1.15, 2.5, 3.85].
    @Test func quantileDefinition7() {
        let x = [1.0, 2, 3, 4]
        #expect(approximatelyEqual(CurveBand.quantile(sorted: x, 0.05), 1.15))
        #expect(CurveBand.quantile(sorted: x, 0.5) == 2.5)
        #expect(approximatelyEqual(CurveBand.quantile(sorted: x, 0.95), 3.85))
        #expect(CurveBand.quantile(sorted: [7], 0.95) == 7)
        #expect(CurveBand.quantile(sorted: [], 0.5).isNaN)
    }
}
