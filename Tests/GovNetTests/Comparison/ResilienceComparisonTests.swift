import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// ``ResilienceComparison``: R before and after with its reading. Expected values by hand from
/// Schneider et al.'s definition R = (1/n) Σ_{k=1}^{n} S(k): a 5-department star attacked hub first
/// keeps one department of five in its largest group after each of the first four removals, R =
/// 4/25 = 0.16; a complete graph of five keeps (5 − k)/5, R = (4+3+2+1)/25 = 0.4.
@Suite struct ResilienceComparisonTests {
    static func network(_ edges: [(String, String)]) -> Network {
        let ids = ["A", "B", "C", "D", "E"]
        return Network(departments: ids.map { Department(id: $0) },
                       ties: edges.map { Tie(from: $0.0, to: $0.1, mechanism: "operation") })
    }
    static let star = network([("A", "B"), ("A", "C"), ("A", "D"), ("A", "E")])
    static let complete: Network = {
        let ids = ["A", "B", "C", "D", "E"]
        var edges: [(String, String)] = []
        for i in 0..<ids.count { for j in (i + 1)..<ids.count { edges.append((ids[i], ids[j])) } }
        return network(edges)
    }()

    @Test func starToCompleteIsHigherAfterWithHandComputedR() throws {
        let r = ResilienceComparison(before: Self.star, after: Self.complete)
        #expect(r.rows.map(\.strategy) == ["degree", "betweenness"])
        for row in r.rows {
            #expect(abs(row.before - 0.16) < 1e-9 && abs(row.after - 0.4) < 1e-9, "\(row.strategy): \(row.before) → \(row.after)")
            #expect(row.verdict == .higher)
        }
        let reverse = ResilienceComparison(before: Self.complete, after: Self.star)
        #expect(reverse.rows.allSatisfy { $0.verdict == .lower })
        #expect(ResilienceComparison(before: Self.star, after: Self.star).rows.allSatisfy { $0.verdict == .aboutTheSame })
    }

    @Test func toleranceBoundsAboutTheSame() {
        #expect(ResilienceComparison.verdict(before: 0.30, after: 0.35) == .aboutTheSame)
        #expect(ResilienceComparison.verdict(before: 0.30, after: 0.36) == .higher)
        #expect(ResilienceComparison.verdict(before: 0.30, after: 0.24) == .lower)
        #expect(ResilienceComparison.verdict(before: .nan, after: 0.2) == .aboutTheSame)
    }

    /// The bundled illustrative Hubei pair: R is about the same before and after under both attacks,
    /// and the comparison says so in English and in Chinese (catalogue entries).
    @Test func hubeiPairIsAboutTheSameInBothLanguages() throws {
        let before = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-pre-reform.yaml").path).network
        let after = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
        let map = try DepartmentMapping.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-reform-mapping.csv").path)
        let c = try NetworkComparison(before: before, after: after, mapping: map.resolve(before: before, after: after),
                                      settings: NetworkComparison.Settings(permutations: 9))
        let r = try #require(c.resilience)
        for row in r.rows {
            // The same R as the failure curve of each raw network (one-mode view, membership left out).
            for (net, value) in [(before, row.before), (after, row.after)] {
                let ng = NetworkGraph(network: net)
                let values = row.strategy == "degree" ? RemovalOrder.totalDegree(of: ng.graph) : Centrality.betweenness(of: ng.graph)
                let curve = FailureCurve.compute(graph: ng.graph, order: RemovalOrder.targeted(values: values, ids: ng.ids), label: "",
                                                 options: FailureCurveOptions(efficiency: false, strongComponents: false))
                #expect(abs(curve.robustness - value) < 1e-9)
            }
            #expect(row.verdict == .aboutTheSame, "\(row.strategy): \(row.before) → \(row.after)")
            let en = ReportLanguage.en.render(r.message(row)), zh = ReportLanguage.zh.render(r.message(row))
            #expect(en.contains("about the same"), "\(en)")
            #expect(zh.contains("基本持平") && !zh.contains("about"), "\(zh)")
        }
        guard case .object(let fields) = c.jsonValue(), case .object(let res)? = fields.first(where: { $0.0 == "resilience" })?.1 else {
            Issue.record("compare JSON has no resilience object"); return
        }
        guard case .object(let degree)? = res.first(where: { $0.0 == "degree" })?.1 else { Issue.record("no degree row"); return }
        #expect(degree.first { $0.0 == "verdict" }?.1 == .string("about-the-same"))
    }
}
