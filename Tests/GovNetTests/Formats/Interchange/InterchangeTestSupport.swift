import Foundation
@testable import GovNet
import GovNetTestSupport

/// Helpers shared by the interchange tests: comparable views of a network's ties and departments.
enum Interchange {
    /// A tie as a format without per-tie fields keeps it: ends (sorted when undirected), mechanism,
    /// weight, direction.
    struct TieKey: Hashable, Comparable, CustomStringConvertible {
        var from: String, to: String, mechanism: String, weight: Double, directed: Bool
        static func < (a: TieKey, b: TieKey) -> Bool { a.description < b.description }
        var description: String { "\(from)\(directed ? "->" : "--")\(to) [\(mechanism) \(weight)]" }
    }

    /// The ties of `net`, sorted; undirected ties written in both directions when `undirectedAsArcs`.
    static func ties(_ net: Network, undirectedAsArcs: Bool = false) -> [TieKey] {
        var out: [TieKey] = []
        for t in net.ties {
            let d = net.isDirected(t)
            if !d && undirectedAsArcs {
                out.append(TieKey(from: t.from, to: t.to, mechanism: t.mechanism, weight: t.weight, directed: true))
                if t.from != t.to { out.append(TieKey(from: t.to, to: t.from, mechanism: t.mechanism, weight: t.weight, directed: true)) }
            } else {
                let (a, b) = d ? (t.from, t.to) : (min(t.from, t.to), max(t.from, t.to))
                out.append(TieKey(from: a, to: b, mechanism: t.mechanism, weight: t.weight, directed: d))
            }
        }
        return out.sorted()
    }

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("govnet-ix-\(UUID())-\(name)").path
    }

    static let fixtures = RepoPaths.fixtures.appendingPathComponent("interchange")

    /// Writes `net` in `format` and reads it back (with the writer's warnings).
    static func roundTrip(_ net: Network, _ format: NetworkFormat, ext: String, relations: Bool = false) throws -> (Network, [Diagnostic]) {
        let path = temporaryPath("net." + ext)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let warnings = try NetworkWriter.write(net, to: path, format: format, relations: relations)
        return (try NetworkReader.read(path: path, format: format).network, warnings)
    }

    /// The expected node and edge sets of the NetworkX/igraph fixtures (`expected.json`).
    struct Expected {
        var directed: Bool
        var nodes: [String]
        var edges: [(from: String, to: String, weight: Double, mechanism: String?)]
    }

    static func expectedFixtures() throws -> [String: Expected] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("expected.json"))
        let root = try JSONSerialization.jsonObject(with: data) as! [String: [String: Any]]
        var out: [String: Expected] = [:]
        for (name, e) in root {
            let edges = (e["edges"] as! [[Any]]).map { row in
                (from: row[0] as! String, to: row[1] as! String, weight: (row[2] as! NSNumber).doubleValue, mechanism: row[3] as? String)
            }
            out[name] = Expected(directed: e["directed"] as! Bool, nodes: e["nodes"] as! [String], edges: edges)
        }
        return out
    }
}
