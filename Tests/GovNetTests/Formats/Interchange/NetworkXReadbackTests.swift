import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// GovNet's GraphML, GEXF, Pajek and node-link output read by NetworkX (`scripts/interchange/nx_read.py`)
/// gives the same nodes, edges, weights and attributes, with the test Python (``TestPython``, the pinned
/// .venv-test of `scripts/setup/deps.sh test`). Skipped when it lacks NetworkX, except under CI where that fails.
@Suite(.enabled(if: TestPython.runs(needing: "networkx"), "the test Python has no networkx (scripts/setup/deps.sh test)"))
struct NetworkXReadbackTests {
    static func python(_ arguments: [String]) throws -> (status: Int32, stdout: Data) { try PythonNetworkX.run(arguments) }

    static var undirected: Network {
        var net = Network()
        net.departments = [Department(id: "A", name: "Agency A", kind: "fire"), Department(id: "B"), Department(id: "C", attributes: ["staff": .number(3)])]
        net.ties = [Tie(from: "A", to: "B", mechanism: "operation", weight: 2), Tie(from: "C", to: "B", mechanism: "operation")]
        return net
    }

    /// A JSON text with sorted keys, for comparing values regardless of key order and number spelling.
    static func canonical(_ value: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    static func json(_ v: AttributeValue) -> Any {
        switch v { case .string(let s): return s; case .number(let x): return x; case .bool(let b): return b }
    }

    /// The node attributes NetworkX should see for `d` in `format`.
    static func expectedNode(_ d: Department, _ format: NetworkFormat) -> [String: Any] {
        switch format {
        case .nodelink:
            var o: [String: Any] = [:]
            if d.name != d.id { o["name"] = d.name }
            if !d.names.isEmpty { o["names"] = d.names }
            if let k = d.kind { o["kind"] = k }
            if let l = d.level { o["level"] = l }
            if !d.formerly.isEmpty { o["formerly"] = d.formerly }
            for (k, v) in d.attributes { o[InterchangeKeys.departmentAttributeKey(k)] = json(v) }
            return o
        default:
            var o: [String: Any] = [:]
            for (k, v) in InterchangeKeys.departmentPairs(d) { o[k] = json(v) }
            if format == .gexf { o["name"] = nil; o["label"] = d.name }
            return o
        }
    }

    /// The edges NetworkX should read from `net` written as `format` (a mixed network's undirected ties
    /// as two opposite edges, ``MixedDirection``, in GraphML, GEXF and node-link; Pajek as PajekFormat writes).
    static func expectedEdges(_ net: Network, _ format: NetworkFormat) -> [String] {
        let layout = MixedDirection(net)
        let edges = format == .pajek ? net.ties.indices.map { MixedDirection.Edge(tie: $0, from: net.ties[$0].from, to: net.ties[$0].to, mirror: false) } : layout.edges
        return edges.map { e in
            let t = net.ties[e.tie]
            var attrs: [String: Any] = ["weight": t.weight]
            if format == .pajek {
                attrs["l"] = t.mechanism  // the Pajek edge label (PajekFormat.write)
            } else {
                attrs["mechanism"] = t.mechanism
                if layout.mixed { attrs["directed"] = net.isDirected(t) }
                if e.mirror { attrs["mirror"] = true }
                for (k, v) in InterchangeKeys.tieExtraPairs(t) { attrs[k] = json(v) }
            }
            let (a, b) = layout.anyDirected ? (e.from, e.to) : (min(e.from, e.to), max(e.from, e.to))
            return canonical([a, b, attrs])
        }
    }

    @Test(arguments: [(NetworkFormat.graphml, "graphml"), (.gexf, "gexf"), (.nodelink, "json"), (.pajek, "net")])
    func networkXReadsOurOutput(format: NetworkFormat, ext: String) throws {
        try TestPython.require("networkx")
        var networks = [Self.undirected]
        if format == .pajek {
            var one = RoundTripTests.sample
            one.ties = one.ties.filter { $0.mechanism == "information" || $0.mechanism == "command" }.map { var t = $0; t.mechanism = "command"; return t }
            networks.append(one)
        } else {
            networks += [RoundTripTests.sample, LosslessFormatsTests.multiplex]
        }
        let script = RepoPaths.root.appendingPathComponent("scripts/interchange/nx_read.py").path
        for net in networks {
            let path = Interchange.temporaryPath("nx." + ext)
            defer { try? FileManager.default.removeItem(atPath: path) }
            try NetworkWriter.write(net, to: path, format: format)
            let (status, data) = try Self.python([script, format == .nodelink ? "nodelink" : format.rawValue, path])
            try #require(status == 0, "NetworkX could not read \(format) output")
            let seen = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let anyDirected = net.ties.contains { net.isDirected($0) }
            #expect(seen["directed"] as? Bool == anyDirected, "\(format)")
            let nodes = try #require(seen["nodes"] as? [String: [String: Any]])
            #expect(Set(nodes.keys) == Set(net.departments.map(\.id)), "\(format)")
            if format != .pajek {
                for d in net.departments {
                    #expect(Self.canonical(nodes[d.id] ?? [:]) == Self.canonical(Self.expectedNode(d, format)), "\(format) node \(d.id)")
                }
            }
            let edges = try #require(seen["edges"] as? [[Any]]).map { e -> String in
                let (u, v) = (e[0] as! String, e[1] as! String)
                let (a, b) = anyDirected ? (u, v) : (min(u, v), max(u, v))
                return Self.canonical([a, b, e[2]])
            }
            #expect(edges.sorted() == Self.expectedEdges(net, format).sorted(), "\(format)")
            let parallel = Set(net.ties.map { "\($0.from)|\($0.to)" }).count < net.ties.count
            if parallel { #expect(seen["multigraph"] as? Bool == true, "\(format)") }
        }
    }
}

/// Runs the test Python (``TestPython``) for the NetworkX and igraph read-back suites.
enum PythonNetworkX {
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data) {
        let result = try TestPython.run(arguments)
        return (result.status, result.stdout)
    }
}
