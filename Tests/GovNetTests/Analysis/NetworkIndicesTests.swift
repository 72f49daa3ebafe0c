import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// NetworkIndices equals NetworkX on the bundled networks (expected values from scripts/oracle/indices.py,
/// NetworkX 3.6.1: Fixtures/indices/indices-oracle.json), to 1e-9, with the coordinator GovNet finds by role.
@Suite struct NetworkIndicesTests {
    struct Oracle: Decodable, Sendable {
        struct Entry: Decodable, Sendable {
            let file: String
            let coordinator: String
            let named: Bool
            let indices: [String: Double]
        }
        let networks: [Entry]
    }

    static let oracle: [Oracle.Entry] = {
        let url = RepoPaths.fixtures.appendingPathComponent("indices/indices-oracle.json")
        return (try? JSONDecoder().decode(Oracle.self, from: Data(contentsOf: url)).networks) ?? []
    }()

    @Test func oracleCoversTheThreeCountries() {
        let files = Set(Self.oracle.map(\.file))
        for f in ["networks/hubei-city-post-reform.yaml", "networks/us-johnson-county-ks.yaml", "networks/japan-ashiya-city.yaml"] {
            #expect(files.contains(f), "\(f)")
        }
    }

    @Test(arguments: oracle.map(\.file)) func matchesNetworkX(file: String) throws {
        let entry = try #require(Self.oracle.first { $0.file == file })
        let net = try NetworkReader.read(path: RepoPaths.root.appendingPathComponent(file).path).network
        let ix = NetworkIndices(network: net, coordinator: entry.named ? entry.coordinator : nil)
        #expect(ix.coordinator == entry.coordinator)
        #expect(ix.values.map(\.0) == NetworkIndices.names)
        for name in NetworkIndices.names {
            let expected = try #require(entry.indices[name], "\(name)")
            let got = try #require(ix[name])
            #expect(abs(got - expected) <= 1e-9, "\(file) \(name): \(got) vs NetworkX \(expected)")
        }
    }

    @Test func withoutACoordinatorItsIndicesAreUndefined() {
        var net = Network()
        net.departments = [Department(id: "A", name: "A"), Department(id: "B", name: "B"), Department(id: "C", name: "C")]
        net.ties = [Tie(from: "A", to: "B", mechanism: "command"), Tie(from: "B", to: "C", mechanism: "command")]
        let ix = NetworkIndices(network: net)
        #expect(ix.coordinator == nil)
        #expect(ix["coordinator_tie_share"]?.isNaN == true)
        #expect(ix["density"] == 2.0 / 3.0)
        // B is the centre of a path of three: a star, so both centralisations are 1.
        #expect(ix["degree_centralization"] == 1)
        #expect(ix["betweenness_centralization"] == 1)
        let named = NetworkIndices(network: net, coordinator: "B")
        #expect(named["coordinator_tie_share"] == 1 && named["coordinator_reach_2"] == 1 && named["coordinator_betweenness"] == 1)
    }
}
