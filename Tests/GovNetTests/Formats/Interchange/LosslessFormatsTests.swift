import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// GraphML, DOT and node-link JSON hold every field: write → read gives the same network. GEXF holds
/// all but mechanism names, functions and metadata besides the title, and says so.
@Suite struct LosslessFormatsTests {
    static var multiplex: Network {
        var net = RoundTripTests.sample
        // Parallel ties of two mechanisms on one pair: NetworkX needs a multigraph.
        net.ties.append(Tie(from: "EMB", to: "001", mechanism: "information", weight: 4))
        return net
    }

    @Test(arguments: [(NetworkFormat.graphml, "graphml"), (.dot, "dot"), (.nodelink, "json")])
    func lossless(format: NetworkFormat, ext: String) throws {
        for net in [RoundTripTests.sample, Self.multiplex] {
            let (back, warnings) = try Interchange.roundTrip(net, format, ext: ext)
            #expect(back == net)
            // Only how a mixed network's directions were written (MixedDirection), nothing lost.
            #expect(warnings.allSatisfy { $0.message.contains("mixes directed and undirected ties") }, "\(warnings)")
        }
    }

    @Test func gexfKeepsNodesTiesAndSaysWhatItDrops() throws {
        let net = Self.multiplex
        let (back, warnings) = try Interchange.roundTrip(net, .gexf, ext: "gexf")
        #expect(back.departments == net.departments)
        #expect(back.ties == net.ties)
        #expect(back.metadata.title == net.metadata.title)
        #expect(warnings.map(\.message).contains { $0.contains("GEXF cannot hold functions (responsibilities) (2 functions)") })
        #expect(warnings.map(\.message).contains { $0.contains("GEXF cannot hold mechanism names (1 mechanism)") })
        #expect(warnings.map(\.message).contains { $0.contains("the network's metadata") })
    }

    @Test func jsonExtensionReadsBothSchemas() throws {
        let path = Interchange.temporaryPath("nl.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try NetworkWriter.write(RoundTripTests.sample, to: path, format: .nodelink)
        let loaded = try NetworkReader.read(path: path)
        #expect(loaded.format == .nodelink)
        try NetworkWriter.write(RoundTripTests.sample, to: path)
        #expect(try NetworkReader.read(path: path).format == .json)
    }

    @Test func emptyNetworkRoundTrips() throws {
        for (format, ext) in [(NetworkFormat.graphml, "graphml"), (.gexf, "gexf"), (.dot, "dot"), (.nodelink, "json"), (.pajek, "net"), (.dl, "dl")] {
            let (back, _) = try Interchange.roundTrip(Network(), format, ext: ext)
            #expect(back.departments.isEmpty && back.ties.isEmpty, "\(format)")
        }
    }

    @Test func writersAreDeterministic() throws {
        for format in [NetworkFormat.graphml, .gexf, .dot, .nodelink, .pajek, .dl] {
            let a = Interchange.temporaryPath("a"), b = Interchange.temporaryPath("b")
            defer { for p in [a, b] { try? FileManager.default.removeItem(atPath: p) } }
            try NetworkWriter.write(Self.multiplex, to: a, format: format)
            try NetworkWriter.write(Self.multiplex, to: b, format: format)
            #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)), "\(format)")
        }
    }
}
