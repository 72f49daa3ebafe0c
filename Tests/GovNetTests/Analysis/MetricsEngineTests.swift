import Testing
@testable import GovNet
import GovNetTestSupport

/// The metrics engine (what `govnet metrics` prints) against every NetworkX oracle fixture: each node
/// column and each network metric the fixture carries, on the same view (unweighted, then weighted).
@Suite struct MetricsEngineTests {
    /// The oracle stores NetworkX's power iterations stopped at tol 1e-10 (eigenvector) and 1e-12
    /// (PageRank, Katz); the engine repeats NetworkX's iteration, so with the same tolerance it gives the
    /// same numbers. HITS is exact in both (scipy svds / iteration to 1e-12).
    static func tolerance(for metric: String) -> Double { metric == "eigenvector" ? 1e-10 : 1e-12 }

    @Test(arguments: OracleFixture.allNames()) func nodeColumns(name: String) throws {
        let f = try OracleFixture.load(name)
        for weighted in [false, true] {
            guard let expected = weighted ? f.weighted : f.unweighted else { continue }
            // `strength` is always the weighted degree (its meaning); the oracle's unweighted variant
            // stores plain degree there, so it is compared only in the weighted variant.
            let wanted = NodeMetrics.all.filter { expected.node[$0] != nil && (weighted || $0 != "strength") }
            var columns: [MetricColumn] = []
            var ids: [String] = []
            for tol in [1e-10, 1e-12] {
                let settings = MetricSettings(weighted: weighted, groupAttribute: "group", tolerance: tol)
                let result = try NodeMetrics.compute(f.network, settings: settings, metrics: wanted.filter { Self.tolerance(for: $0) == tol })
                columns += result.columns
                ids = result.ids
            }
            let result = (ids: ids, columns: columns)
            for column in result.columns {
                for (i, id) in result.ids.enumerated() {
                    guard let want = expected.node[column.name]?[id] else { continue }
                    let got = column.values[i]
                    guard let want else { continue }  // undefined in NetworkX: any "say so" value is fine
                    #expect(approximatelyEqual(got, want, relative: 1e-9, absolute: 1e-12), "\(name) weighted=\(weighted) \(column.name)[\(id)]: \(got) vs \(want)")
                }
            }
        }
    }

    @Test(arguments: OracleFixture.allNames()) func networkMetrics(name: String) throws {
        let f = try OracleFixture.load(name)
        let result = NetworkMetrics.compute(f.network, settings: MetricSettings(groupAttribute: "group"))
        let keys = ["nodes", "ties", "density", "reciprocity", "transitivity", "average_clustering", "weak_components",
                    "strong_components", "diameter", "average_path_length", "global_efficiency", "degree_centralization",
                    "in_degree_centralization", "out_degree_centralization", "betweenness_centralization", "closeness_centralization",
                    "node_connectivity", "edge_connectivity", "articulation_points", "bridges", "degree_assortativity",
                    "ei_index", "attribute_assortativity"]
        for key in keys {
            guard let entry = f.unweighted.network[key] else { continue }
            let got = result[key]
            if let want = entry {
                #expect(got.map { approximatelyEqual($0, want) } == true, "\(name) \(key): \(String(describing: got)) vs \(want)")
            } else {
                #expect(got == nil || got!.isNaN, "\(name) \(key): \(String(describing: got)) vs undefined")
            }
        }
    }

    @Test(arguments: OracleFixture.allNames()) func weightedNetworkMetrics(name: String) throws {
        let f = try OracleFixture.load(name)
        guard let weighted = f.weighted else { return }
        let result = NetworkMetrics.compute(f.network, settings: MetricSettings(weighted: true, groupAttribute: "group"))
        for key in ["average_clustering", "betweenness_centralization", "diameter", "average_path_length"] {
            guard let entry = weighted.network[key], let want = entry else { continue }
            let got = result[key]
            #expect(got.map { approximatelyEqual($0, want) } == true, "\(name) weighted \(key): \(String(describing: got)) vs \(want)")
        }
    }

    @Test func louvainReachesNetworkXModularity() throws {
        for name in ["karate", "les_miserables", "davis_women_projection", "florentine"] {
            let f = try OracleFixture.load(name)
            guard let reference = f.unweighted.network["louvain_modularity"] ?? nil else { continue }
            let result = NetworkMetrics.compute(f.network, settings: MetricSettings())
            #expect((result["modularity"] ?? 0) >= reference - 1e-9, "\(name)")
        }
    }
}
