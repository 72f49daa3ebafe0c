import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Every shipped network written as Pajek by default reads back in python-igraph
/// (`Graph.Read_Pajek`) and NetworkX (`read_pajek`) with the same departments, the same number of
/// ties (an undirected tie of a mixed network as two opposite arcs, as the file's comment says),
/// the same directions, weights and mechanisms (the edge label: igraph `label`, NetworkX `l`).
/// Skipped when the test Python lacks igraph or NetworkX, except under CI where that fails.
@Suite(.enabled(if: TestPython.runs(needing: "igraph", "networkx"), "the test Python lacks igraph or NetworkX (scripts/setup/deps.sh test)"))
struct PajekReadbackMatrixTests {
    static let script = """
    import igraph, json, networkx as nx, sys
    def key(u, v, w, m, directed):
        if not directed: u, v = sorted([u, v])
        return "%s|%s|%g|%s" % (u, v, w, m)
    g = igraph.Graph.Read_Pajek(sys.argv[1])
    ids = g.vs["name"]
    lab = g.es["label"] if "label" in g.es.attributes() else ["link"] * g.ecount()
    ig = {"directed": g.is_directed(), "nodes": ids,
          "edges": sorted(key(ids[e.source], ids[e.target], e["weight"], m, g.is_directed()) for e, m in zip(g.es, lab))}
    G = nx.read_pajek(sys.argv[1])
    nxr = {"directed": G.is_directed(), "nodes": list(G.nodes),
           "edges": sorted(key(u, v, d.get("weight", 1.0), d.get("l", "link"), G.is_directed()) for u, v, d in G.edges(data=True))}
    print(json.dumps({"igraph": ig, "networkx": nxr}))
    """

    static let networks: [String] = {
        let root = RepoPaths.networks
        let found = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func everyShippedNetworkIsListed() { #expect(Self.networks.count >= 10) }

    @Test(arguments: networks) func readsBackInIgraphAndNetworkX(name: String) throws {
        try TestPython.require("igraph", "networkx")
        let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent(name).path).network
        let path = Interchange.temporaryPath("readback-\(UUID()).net")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let warnings = try NetworkWriter.write(net, to: path, format: .pajek)
        let ties = net.ties
        let undirected = ties.filter { !net.isDirected($0) }.count
        let directed = undirected < ties.count
        if directed && undirected > 0 {
            #expect(warnings.contains { $0.message.contains("two opposite arcs") }, "\(name): a mixed network is explained")
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("% GovNet: this network mixes directed and undirected ties"))
        }
        var expected: [String] = []
        func key(_ u: String, _ v: String, _ t: Tie) -> String {
            let (a, b) = directed ? (u, v) : (min(u, v), max(u, v))
            return "\(a)|\(b)|\(NumberFormat.significant(t.weight, digits: 6))|\(t.mechanism)"
        }
        for t in ties {
            expected.append(key(t.from, t.to, t))
            if directed && !net.isDirected(t) && t.from != t.to { expected.append(key(t.to, t.from, t)) }
        }
        expected.sort()
        let (status, data) = try PythonNetworkX.run(["-c", Self.script, path])
        try #require(status == 0, "\(name): igraph or NetworkX could not read the Pajek output")
        let seen = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        for tool in ["igraph", "networkx"] {
            let r = try #require(seen[tool])
            #expect(r["directed"] as? Bool == directed, "\(name) \(tool)")
            #expect(r["nodes"] as? [String] == net.departments.map(\.id), "\(name) \(tool)")
            let edges = r["edges"] as? [String] ?? []
            #expect(edges.count == expected.count, "\(name) \(tool): \(edges.count) ties, expected \(expected.count)")
            #expect(edges == expected, "\(name) \(tool): first difference \(zip(edges, expected).first { $0 != $1 }.map { "\($0)" } ?? "-")")
        }
    }
}
