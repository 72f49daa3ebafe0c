import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Files written by NetworkX and igraph (`scripts/interchange/make_fixtures.py`) read with the node
/// and edge sets, directions and weights those tools wrote (`expected.json`).
@Suite struct ForeignFilesTests {
    static let names: [String] = (try? Interchange.expectedFixtures().keys.sorted()) ?? []

    @Test(arguments: names) func readsAsWritten(name: String) throws {
        let expected = try #require(try Interchange.expectedFixtures()[name])
        let path = Interchange.fixtures.appendingPathComponent(name).path
        let net = try NetworkReader.read(path: path).network
        #expect(net.departments.map(\.id) == expected.nodes)
        #expect(net.ties.allSatisfy { net.isDirected($0) == expected.directed })
        func key(_ from: String, _ to: String, _ w: Double, _ m: String?) -> String {
            let (a, b) = expected.directed ? (from, to) : (min(from, to), max(from, to))
            return "\(a)|\(b)|\(w)|\(m ?? EdgeListCSV.defaultMechanism)"
        }
        #expect(net.ties.map { key($0.from, $0.to, $0.weight, $0.mechanism) }.sorted()
                == expected.edges.map { key($0.from, $0.to, $0.weight, $0.mechanism) }.sorted())
    }

    @Test func attributesOfNetworkXFilesAreKept() throws {
        for ext in ["graphml", "gexf", "json"] {
            let net = try NetworkReader.read(path: Interchange.fixtures.appendingPathComponent("nx_directed." + ext).path).network
            let emb = try #require(net.department("EMB"))
            #expect(emb.kind == "emergency-management", "\(ext)")
            #expect(emb.attributes["staff"] == .number(120), "\(ext)")
            #expect(emb.attributes["score"] == .number(0.75), "\(ext)")
            #expect(emb.attributes["hq"] == .bool(true), "\(ext)")
        }
        let igraph = try NetworkReader.read(path: Interchange.fixtures.appendingPathComponent("igraph_directed.graphml").path).network
        #expect(igraph.departments.map(\.name) == ["Water Bureau", "EMB", "MET", "Red Cross"])
    }

    @Test func gexf13EdgeKindIsTheMechanism() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph defaultedgetype="directed">
            <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
            <edges>
              <edge source="a" target="b" kind="command" weight="2"/>
              <edge source="b" target="a" kind="information" type="undirected"/>
            </edges>
          </graph>
        </gexf>
        """
        let path = Interchange.temporaryPath("k.gexf")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let net = try NetworkReader.read(path: path).network
        #expect(Interchange.ties(net).map(\.description) == ["a--b [information 1.0]", "a->b [command 2.0]"])
        #expect(net.departments.map(\.name) == ["A", "B"])
    }
}
