import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// `metrics --robustness`: per department the median and the 90% interval of each metric over the
/// deletion draws, and the share of draws in which it ranks in the top k. The summaries are
/// recomputed here from the draws themselves (``PerturbationModel/deletion(draw:seed:)`` then
/// ``NodeMetrics``) with a percentile written out as numpy's default (linear interpolation between
/// closest ranks, `numpy.percentile(..., method="linear")`) and a ranking of our own.
@Suite struct MetricSensitivityTests {
    static let metrics = ["degree", "betweenness", "closeness"]

    static func compute(_ net: Network, draws: Int = 60, seed: UInt64 = 5, top: Int = 3, weighted: Bool = false) throws -> MetricSensitivity {
        try MetricSensitivity.compute(net, settings: MetricSettings(weighted: weighted), metrics: metrics,
                                      robustness: RobustnessSettings(draws: draws, rate: 0.2, seed: seed), top: top)
    }

    /// numpy.percentile(values, 100·q) with the default linear method: position (n − 1)·q.
    static func percentile(_ values: [Double], _ q: Double) -> Double {
        let s = values.sorted()
        let position = Double(s.count - 1) * q
        let below = Int(position.rounded(.down))
        let above = min(below + 1, s.count - 1)
        return s[below] * (1 - (position - Double(below))) + s[above] * (position - Double(below))
    }

    @Test func summariesAreRecomputedFromTheDraws() throws {
        let net = PlantedRobustness.robustCutPoint()
        let draws = 60, seed: UInt64 = 5, top = 3
        let s = try Self.compute(net, draws: draws, seed: seed, top: top)
        let mechanisms = net.usedMechanismIDs.filter { $0 != Mechanism.membership.id }
        let model = PerturbationModel(network: net, mechanisms: mechanisms, rate: 0.2, additionRate: 0)
        let perDraw = try (0..<draws).map { i in try NodeMetrics.compute(model.network(model.deletion(draw: i, seed: seed)), settings: MetricSettings(), metrics: Self.metrics) }
        let recorded = try NodeMetrics.compute(net, settings: MetricSettings(), metrics: Self.metrics)
        #expect(s.rows.count == Self.metrics.count * net.departments.count)
        for (c, metric) in Self.metrics.enumerated() {
            var inTop = [String: Int]()
            for r in perDraw {
                // Rank by value, highest first, ties by id.
                let ranked = r.ids.indices.filter { !r.columns[c].values[$0].isNaN }
                    .sorted { a, b in r.columns[c].values[a] != r.columns[c].values[b] ? r.columns[c].values[a] > r.columns[c].values[b] : r.ids[a] < r.ids[b] }
                for i in ranked.prefix(top) { inTop[r.ids[i], default: 0] += 1 }
            }
            for (i, id) in recorded.ids.enumerated() {
                let row = try #require(s.rows.first { $0.id == id && $0.metric == metric })
                let values = perDraw.map { $0.columns[c].values[i] }.filter { !$0.isNaN }
                #expect(row.observed == recorded.columns[c].values[i])
                #expect(abs(row.median - Self.percentile(values, 0.5)) <= 1e-9, "\(metric) \(id) median")
                #expect(abs(row.low - Self.percentile(values, 0.05)) <= 1e-9, "\(metric) \(id) p05")
                #expect(abs(row.high - Self.percentile(values, 0.95)) <= 1e-9, "\(metric) \(id) p95")
                #expect(row.low <= row.median && row.median <= row.high)
                #expect(abs(row.topShare - Double(inTop[id] ?? 0) / Double(draws)) <= 1e-12, "\(metric) \(id) top share")
            }
        }
    }

    /// The hub H of the planted cut point keeps the highest betweenness in every draw but those that
    /// delete most of its ties: its top-1 share is high, a leaf's is 0.
    @Test func theHubStaysOnTop() throws {
        let s = try Self.compute(PlantedRobustness.robustCutPoint(), draws: 100, top: 1)
        let hub = try #require(s.rows.first { $0.id == "H" && $0.metric == "betweenness" })
        let leaf = try #require(s.rows.first { $0.id == "L1" && $0.metric == "betweenness" })
        #expect(hub.topShare >= 0.9)
        #expect(leaf.topShare == 0 && leaf.median == 0 && leaf.high == 0)
    }

    @Test func sameSeedSameRowsAnyThreadCount() throws {
        let net = PlantedRobustness.brokerNearThreshold()
        let a = try Self.compute(net, seed: 11), b = try Self.compute(net, seed: 11)
        #expect(a.rows == b.rows)
        let other = try Self.compute(net, seed: 12)
        #expect(a.rows != other.rows)
    }

    /// Weighted views jitter ordinal weights; unweighted views do not.
    @Test func weightJitterOnlyOnWeightedViews() throws {
        var net = PlantedRobustness.bridgeWithNearPath()
        for i in net.ties.indices { net.ties[i].weight = Double(1 + i % 3) }
        #expect(try Self.compute(net, weighted: true).jittered)
        #expect(!(try Self.compute(net, weighted: false).jittered))
    }
}
