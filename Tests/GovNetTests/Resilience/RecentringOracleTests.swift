import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The re-centring of `govnet simulate --remove` against NetworkX 3.6.1: per mechanism, the department
/// carrying the largest share of shortest paths among the pairs that can reach each other once the
/// departments are removed, and its shares before and after. Expected values written by
/// `scripts/oracle/recentring.py` (its docstring names the NetworkX calls).
@Suite struct RecentringOracleTests {
    struct Fixture: Decodable {
        struct Row: Decodable { let mechanism: String; let broker: String?; let share_after: Double; let share_before: Double }
        struct Case: Decodable { let network: String; let removed: [String]; let mechanisms: [Row] }
        let cases: [Case]
    }

    static let fixture: Fixture = try! JSONDecoder().decode(
        Fixture.self, from: Data(contentsOf: RepoPaths.fixtures.appendingPathComponent("resilience/recentring-oracle.json")))

    @Test func brokersAndSharesMatchNetworkX() throws {
        for c in Self.fixture.cases {
            let net = try NetworkReader.read(path: RepoPaths.root.appendingPathComponent(c.network).path).network
            let sc = try FailureScenario.run(network: net, removing: c.removed)
            #expect(Set(sc.recentring.map(\.mechanism)) == Set(c.mechanisms.map(\.mechanism)), "\(c.removed)")
            for want in c.mechanisms {
                let got = try #require(sc.recentring.first { $0.mechanism == want.mechanism })
                #expect(got.broker == want.broker, "\(c.removed) \(want.mechanism)")
                #expect(abs(got.shareAfter - want.share_after) <= 1e-9, "\(c.removed) \(want.mechanism)")
                #expect(abs(got.shareBefore - want.share_before) <= 1e-9, "\(c.removed) \(want.mechanism)")
                #expect(got.overloaded == (want.share_after >= DiagnosisConfig().brokerBetweenness))
            }
        }
    }

    /// With the bureau removed, the findings are stated relative to the government that leads it (not
    /// a county bureau); with the government gone too, relative to the coordinating body with most
    /// member units whose office the bureau hosted.
    @Test func findingsReferToTheLeaderThenTheBody() throws {
        let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
        let one = try FailureScenario.run(network: net, removing: ["EMB"])
        #expect(one.centerRemoved && one.diagnosisCenter == "GOV" && one.diagnosisCenterBasis == .leaderOfCenter)
        #expect(one.recentring.first { $0.mechanism == "command" }?.broker == "GOV")
        let two = try FailureScenario.run(network: net, removing: ["EMB", "GOV"])
        #expect(two.diagnosisCenter == "FLOODHQ" && two.diagnosisCenterBasis == .hostedBody)
        let other = try FailureScenario.run(network: net, removing: ["FIRE"])
        #expect(other.diagnosisCenter == "EMB" && other.diagnosisCenterBasis == .center)
        let centre = try #require(other.recentring.first { $0.mechanism == "information" }?.centerShareBefore)
        #expect(centre > 0.9)  // the bureau carries nearly every connected information path
    }
}
