import Foundation
import GovNet

extension InputOptions {
    /// The streaming edge-list path: a bare edge list (by `--input-format` or file name) of at least
    /// ``EdgeListLoader/thresholdBytes`` bytes is read straight into a CSR graph. Returns `nil` for
    /// smaller files, other formats, or files the fast reader cannot take (quoted fields): those go
    /// through ``load(_:)``, as do files whose ties need their own directions (a `directed` column, or
    /// without `--directed`/`--undirected` a mechanism of another direction than undirected). `GOVNET_NO_STREAMING=1` in the environment turns the path off (for comparisons).
    func loadLarge(_ path: String) throws -> LargeEdgeList? {
        guard ProcessInfo.processInfo.environment["GOVNET_NO_STREAMING"] != "1",
              (inputFormat ?? NetworkFormat.infer(path: path)) == .edgelist,
              let attrs = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attrs[.size] as? Int, size >= EdgeListLoader.thresholdBytes else { return nil }
        do {
            let list = try EdgeListLoader.load(path: path, directed: direction ?? false)
            // Without --directed/--undirected each tie takes its mechanism's direction: one graph of one
            // direction holds them only when every mechanism named gives the same.
            if direction == nil, list.mechanisms.contains(where: { EdgeListCSV.impliedDirection($0) }) { return nil }
            return list
        } catch is EdgeListLoader.NeedsFullReader {
            return nil
        }
    }
}

/// `govnet info` for a ``LargeEdgeList``: the structural part of the summary.
enum LargeEdgeListSummary {
    struct Mechanism { let id: String; let ties: Int; let density: Double? }

    static func mechanisms(_ e: LargeEdgeList, density: Double) -> [Mechanism] {
        if e.mechanismOfRow.isEmpty { return [Mechanism(id: e.mechanisms[0], ties: e.rows, density: density)] }
        var counts = [Int](repeating: 0, count: e.mechanisms.count)
        for k in e.mechanismOfRow { counts[Int(k)] += 1 }
        return e.mechanisms.indices.filter { counts[$0] > 0 }.map { Mechanism(id: e.mechanisms[$0], ties: counts[$0], density: nil) }
    }

    static func render(_ e: LargeEdgeList, file: String, json: Bool) -> String {
        let g = e.graph
        let n = Double(g.nodeCount)
        let density = n > 1 ? Double(g.edgeCount) / (n * (n - 1)) * (g.isDirected ? 1 : 2) : 0
        let possible = g.nodeCount * (g.nodeCount - 1) / (g.isDirected ? 1 : 2)
        let weak = Components.weak(of: g)
        let strong = g.isDirected ? Components.strong(of: g).count : nil
        let mechs = mechanisms(e, density: density)
        if json {
            return JSONValue.object([
                ("file", .string(file)), ("format", .string("edgelist")), ("streamed", .bool(true)),
                ("departments", .number(n)), ("ties", .number(Double(e.rows))),
                ("linked_pairs", .number(Double(g.edgeCount))), ("directed", .bool(g.isDirected)),
                ("density", .finite(density)), ("possible_pairs", .number(Double(possible))), ("weak_components", .number(Double(weak.count))),
                ("largest_component", .number(Double(weak.largest))),
                ("strong_components", strong.map { .number(Double($0)) } ?? .null),
                ("isolates", .array([])), ("self_loops", .number(Double(e.selfLoops))),
                ("mechanisms", .array(mechs.map { .object([("id", .string($0.id)), ("ties", .number(Double($0.ties))),
                                                           ("density", .finite($0.density))]) })),
            ]).rendered()
        }
        var text = "format: edgelist (streamed: ids, ties and weights only)\n\n"
        text += "departments: \(g.nodeCount)   ties: \(e.rows) (as written)   linked pairs: \(g.edgeCount) (\(g.isDirected ? "directed: arcs" : "undirected: edges"))\n"
        text += "density: \(NumberFormat.significant(density, digits: 4)) = \(g.edgeCount) linked pairs / \(possible) possible\n"
        text += "weak components: \(weak.count) (largest \(weak.largest))"
        if let strong { text += "   strong components: \(strong)" }
        text += "   isolates: 0\n"
        if e.selfLoops > 0 { text += "self-loops (ignored by analyses): \(e.selfLoops)\n" }
        text += "\nTies per mechanism\n"
        text += TextTable.render(header: ["mechanism", "ties", "density"],
                                 rows: mechs.map { [TerminalText.cell($0.id), "\($0.ties)", $0.density.map { NumberFormat.significant($0, digits: 4) } ?? "–"] },
                                 rightAligned: [1, 2])
        return text
    }
}
