import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Every network in `networks/` validates and matches the catalogue (`networks/catalogue.json`,
/// generated from the files by scripts/networks/catalogue.py), so the catalogue cannot go stale.
@Suite struct CuratedNetworksTests {
    struct Entry: Decodable, Sendable {
        let departments: Int
        let ties: Int
        let ties_per_mechanism: [String: Int]
        let functions: Int
        let status: String
    }

    static let catalogue: [String: Entry] = {
        let url = RepoPaths.networks.appendingPathComponent("catalogue.json")
        return (try? JSONDecoder().decode([String: Entry].self, from: Data(contentsOf: url))) ?? [:]
    }()

    @Test func catalogueListsEveryNetworkFile() throws {
        let fm = FileManager.default
        let files = fm.enumerator(atPath: RepoPaths.networks.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") }.map { "networks/" + $0 }.sorted()
        #expect(!files.isEmpty)
        #expect(files == Self.catalogue.keys.sorted())
    }

    @Test(arguments: catalogue.keys.sorted()) func networkMatchesCatalogue(file: String) throws {
        let entry = try #require(Self.catalogue[file])
        let loaded = try NetworkReader.read(path: RepoPaths.root.appendingPathComponent(file).path)
        let net = loaded.network
        #expect(net.departments.count == entry.departments)
        #expect(net.ties.count == entry.ties)
        #expect(net.functions.count == entry.functions)
        var perMechanism: [String: Int] = [:]
        for t in net.ties { perMechanism[t.mechanism, default: 0] += 1 }
        #expect(perMechanism == entry.ties_per_mechanism)
        #expect(net.metadata.status == entry.status)
        #expect(NetworkStatus(metadata: entry.status) != nil, "status is one of \(NetworkStatus.allCases.map(\.rawValue))")
        #expect(net.metadata.provenance?.isEmpty == false, "every network states its provenance")
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    /// EMON counts from the source data (Drabek et al. 1981 via statnet): organisations and arcs.
    @Test(arguments: [("Cheyenne", 14, 83), ("HurrFrederic", 21, 118), ("LakePomona", 20, 148), ("MtSi", 13, 33),
                      ("MtStHelens", 27, 123), ("Texas", 25, 186), ("Wichita", 20, 149)])
    func emonCountsMatchSource(name: String, nodes: Int, arcs: Int) throws {
        let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("emon/\(name).yaml").path).network
        #expect(net.departments.count == nodes)
        #expect(NetworkGraph(network: net).graph.edgeCount == arcs)
    }

    @Test func reformPairAndMappingLoadTogether() throws {
        let before = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-pre-reform.yaml").path).network
        let after = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
        let rows = try CSVReader.records(InputFile.bytes(RepoPaths.networks.appendingPathComponent("hubei-city-reform-mapping.csv").path), file: "mapping")
        #expect(rows.first?.fields == ["from", "to", "functions"])
        // The fire brigade went to the fire and rescue service only; public security continues alone.
        #expect(!rows.contains { $0.fields[0] == "FIREBRIG" && $0.fields[1] == "PSB" })
        let duties = Dictionary(uniqueKeysWithValues: rows.dropFirst().filter { $0.fields.count > 2 && !$0.fields[2].isEmpty }
            .map { ("\($0.fields[0])>\($0.fields[1])", $0.fields[2]) })
        #expect(duties == ["WATER>EMB": "flood-control", "CIVIL>EMB": "disaster-relief", "EQ>EMB": "earthquake-relief",
                           "FORESTRY>EMB": "forest-fire", "AGRI>EMB": "forest-fire"])
        #expect(after.metadata.derivedFrom == "hubei-city-pre-reform.yaml")
        let old = Set(before.departments.map(\.id)), new = Set(after.departments.map(\.id))
        for r in rows.dropFirst() {
            #expect(old.contains(r.fields[0]), "mapping row \(r.line): unknown old id \(r.fields[0])")
            #expect(new.contains(r.fields[1]), "mapping row \(r.line): unknown new id \(r.fields[1])")
        }
        #expect(Set(rows.dropFirst().map { $0.fields[0] }) == old, "every pre-reform department is mapped")
    }
}
