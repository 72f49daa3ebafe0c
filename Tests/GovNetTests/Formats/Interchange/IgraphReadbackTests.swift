import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// igraph (python-igraph) reads GovNet's GraphML, Pajek and DL output with the same vertices, edges
/// and weights, read by the test Python (``TestPython``). Skipped when it lacks igraph, except under CI
/// where that fails.
@Suite(.enabled(if: TestPython.runs(needing: "igraph"), "the test Python has no igraph (scripts/setup/deps.sh test)"))
struct IgraphReadbackTests {
    static let script = """
    import igraph, json, sys
    g = igraph.Graph.Read(sys.argv[2], format=sys.argv[1])
    name = "id" if sys.argv[1] == "graphml" else "name"
    ids = g.vs[name] if name in g.vs.attributes() else [str(v.index + 1) for v in g.vs]
    w = g.es["weight"] if "weight" in g.es.attributes() else [1.0] * g.ecount()
    print(json.dumps({"directed": g.is_directed(), "nodes": ids,
                      "edges": sorted("%s|%s|%g" % (ids[e.source], ids[e.target], x) for e, x in zip(g.es, w))}))
    """

    @Test(arguments: [(NetworkFormat.graphml, "graphml", "graphml"), (.pajek, "net", "pajek"), (.dl, "dl", "dl")])
    func igraphReadsOurOutput(format: NetworkFormat, ext: String, igraphFormat: String) throws {
        try TestPython.require("igraph")
        var net = Network()
        // igraph's DL reader splits quoted labels at blanks: no blank in DL ids.
        let fire = format == .dl ? "Fire.Bureau" : "Fire Bureau"
        net.departments = ["EMB", fire, "MET", "x"].map { Department(id: $0) }
        net.ties = [Tie(from: "EMB", to: fire, mechanism: "link"), Tie(from: "MET", to: "EMB", mechanism: "link"),
                    Tie(from: fire, to: "MET", mechanism: "link")]
        net.mechanisms = [Mechanism(id: "link", directed: true)]
        net.ties[1].weight = 2.5  // DL: an edgelist1 matrix, which igraph reads with weights
        let path = Interchange.temporaryPath("ig." + ext)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try NetworkWriter.write(net, to: path, format: format)
        let (status, data) = try PythonNetworkX.run(["-c", Self.script, igraphFormat, path])
        try #require(status == 0, "igraph could not read the \(format) output")
        let seen = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(seen["directed"] as? Bool == true)
        #expect(seen["nodes"] as? [String] == net.departments.map(\.id))
        let edges = net.ties.map { "\($0.from)|\($0.to)|\(NumberFormat.significant($0.weight, digits: 6))" }.sorted()
        #expect(seen["edges"] as? [String] == edges)
    }
}
