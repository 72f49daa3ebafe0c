import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Every shipped network (networks/…) written by every writer in its default form reads back in
/// python-igraph and NetworkX — each with the reader it has for the format, as
/// `scripts/interchange/readback.py` calls it — with the same departments, the same number of ties,
/// the same directions, weights and mechanisms. The expected edges follow the encodings documented in
/// docs/interchange.md: an undirected tie of a mixed network is two opposite edges (Pajek arcs; GraphML,
/// GEXF and node-link edges marked `directed` false, the second `mirror` true), DL writes every
/// undirected tie both ways and, in its one matrix, no mechanism; an edge list writes one row per tie,
/// with a `directed` column when a tie's direction is not its mechanism's; DOT one edge per tie, an
/// undirected tie of a digraph with dir=none.
/// Skipped when the test Python lacks igraph or NetworkX, except under CI where that fails.
@Suite(.enabled(if: TestPython.runs(needing: "igraph", "networkx"), "the test Python lacks igraph or NetworkX (scripts/setup/deps.sh test)"))
struct ReadbackMatrixTests {
    static let script = RepoPaths.root.appendingPathComponent("scripts/interchange/readback.py").path

    static let networks: [String] = {
        let root = RepoPaths.networks
        let found = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    /// The writers and the readers each peer has for them (`readback.py`'s table).
    static let formats: [(NetworkFormat, ext: String, tools: [String])] = [
        (.pajek, "net", ["igraph", "networkx"]), (.dl, "dl", ["igraph"]), (.graphml, "graphml", ["igraph", "networkx"]),
        (.gexf, "gexf", ["networkx"]), (.nodelink, "json", ["networkx"]), (.edgelist, "csv", ["igraph", "networkx"]),
    ]

    @Test func everyShippedNetworkIsListed() { #expect(Self.networks.count >= 10) }

    /// What a tool should read from `net` written as `format`: graph direction and the edges as
    /// `from|to|weight|mechanism|directed|mirror` (readback.py's form).
    static func expected(_ net: Network, format: NetworkFormat) -> (directed: Bool, nodes: [String], edges: [String]) {
        let layout = MixedDirection(net)
        func key(_ u: String, _ v: String, _ t: Tie, mechanism: String, directedAttr: String = "-", mirror: Bool = false, graphDirected: Bool) -> String {
            let (a, b) = graphDirected ? (u, v) : (min(u, v), max(u, v))
            return [a, b, NumberFormat.significant(t.weight, digits: 6), mechanism, directedAttr, mirror ? "true" : "false"].joined(separator: "|")
        }
        var edges: [String] = []
        switch format {
        case .pajek:
            for t in net.ties {
                edges.append(key(t.from, t.to, t, mechanism: t.mechanism, graphDirected: layout.anyDirected))
                if layout.mixed && !net.isDirected(t) && t.from != t.to {
                    edges.append(key(t.to, t.from, t, mechanism: t.mechanism, graphDirected: true))
                }
            }
            return (layout.anyDirected, net.departments.map(\.id), edges.sorted())
        case .dl:
            for t in net.ties {
                edges.append(key(t.from, t.to, t, mechanism: "-", graphDirected: true))
                if !net.isDirected(t) && t.from != t.to { edges.append(key(t.to, t.from, t, mechanism: "-", graphDirected: true)) }
            }
            return (true, net.departments.map(\.id), edges.sorted())
        case .edgelist:
            // One row per tie, read as a directed multigraph; a `directed` column on every row when some
            // tie's direction is not its mechanism's (EdgeListCSV.impliedDirection); departments as the
            // rows name them (one without ties is not in an edge list).
            let column = net.ties.contains { net.isDirected($0) != EdgeListCSV.impliedDirection($0.mechanism) }
            var nodes: [String] = [], seen = Set<String>()
            for t in net.ties {
                edges.append(key(t.from, t.to, t, mechanism: t.mechanism, directedAttr: column ? String(net.isDirected(t)) : "-", graphDirected: true))
                for id in [t.from, t.to] where seen.insert(id).inserted { nodes.append(id) }
            }
            return (true, nodes, edges.sorted())
        case .dot:
            // One edge per tie; in a digraph an undirected tie has dir=none (read as directed false).
            for t in net.ties {
                edges.append(key(t.from, t.to, t, mechanism: t.mechanism, directedAttr: layout.anyDirected && !net.isDirected(t) ? "false" : "-",
                                 graphDirected: layout.anyDirected))
            }
            return (layout.anyDirected, net.departments.map(\.id), edges.sorted())
        default:
            for e in layout.edges {
                let t = net.ties[e.tie]
                edges.append(key(e.from, e.to, t, mechanism: t.mechanism, directedAttr: layout.mixed ? String(net.isDirected(t)) : "-",
                                 mirror: e.mirror, graphDirected: layout.anyDirected))
            }
            return (layout.anyDirected, net.departments.map(\.id), edges.sorted())
        }
    }

    @Test(arguments: networks) func readsBackInIgraphAndNetworkX(name: String) throws {
        try TestPython.require("igraph", "networkx")
        for (format, ext, tools) in Self.formats { try Self.check(name, format, ext: ext, tools: tools) }
    }

    /// DOT through NetworkX's `nx_pydot.read_dot`, which needs pydot (pinned in requirements-test.txt).
    @Test(.enabled(if: TestPython.runs(needing: "pydot"), "the test Python has no pydot (scripts/setup/deps.sh test)"), arguments: networks)
    func dotReadsBackInNetworkX(name: String) throws {
        try TestPython.require("networkx", "pydot")
        try Self.check(name, .dot, ext: "dot", tools: ["networkx"])
    }

    static func check(_ name: String, _ format: NetworkFormat, ext: String, tools: [String]) throws {
        let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent(name).path).network
        let layout = MixedDirection(net)
        let path = Interchange.temporaryPath("readback-\(UUID()).\(ext)")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let warnings = try NetworkWriter.write(net, to: path, format: format)
        if layout.mixed && format != .dl && format != .edgelist {  // DL: both ways always; edge list: a directed column
            #expect(warnings.contains { $0.message.contains("mixes directed and undirected ties") }, "\(name) \(format): a mixed network is explained")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("this network mixes directed and undirected ties"), "\(name) \(format): the file says how it was encoded")
        }
        let (status, data) = try PythonNetworkX.run([Self.script, format == .nodelink ? "nodelink" : format.rawValue, path])
        try #require(status == 0, "\(name): a peer could not read the \(format) output")
        let seen = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let want = Self.expected(net, format: format)
        for tool in ["igraph", "networkx"] {
            guard tools.contains(tool) else {
                #expect(seen[tool] is NSNull, "\(format): readback.py lists no \(tool) reader")
                continue
            }
            let r = try #require(seen[tool] as? [String: Any], "\(name) \(format) \(tool)")
            let label = "\(name) \(format) \(tool)"
            #expect(r["directed"] as? Bool == want.directed, "\(label)")
            #expect(r["nodes"] as? [String] == want.nodes, "\(label): departments")
            let edges = r["edges"] as? [String] ?? []
            #expect(edges.count == want.edges.count, "\(label): \(edges.count) edges, expected \(want.edges.count)")
            #expect(edges == want.edges, "\(label): first difference \(zip(edges, want.edges).first { $0 != $1 }.map { "\($0)" } ?? "-")")
        }
    }
}
