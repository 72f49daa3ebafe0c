import Foundation
import GovNet

/// `govnet-bench --edges FILE [--directed] [--ops a,b] [--repeats N] [--dump OUT.json]`: loads one edge
/// list with the streaming loader (timed as `load`), runs the named operations on it and prints
/// `operation<TAB>median wall seconds<TAB>median CPU seconds` lines; `--dump` writes the results (per node, in file id order) as
/// JSON for agreement checks (scripts/bench/compare_peers.py). A `weight` column makes the graph weighted
/// (lengths 1/weight in shortest paths, weights in PageRank).
func runEdgeFileBench(path: String, directed: Bool, ops: [String], repeats: Int, dump: String?) {
    var loaded: LargeEdgeList?
    let loadTime = timeWallAndCPU(repeats: repeats) {
        loaded = nil  // so the peak memory is that of one loaded graph, not two
        loaded = try? EdgeListLoader.load(path: path, directed: directed)
        return Double(loaded?.rows ?? 0)
    }
    guard let e = loaded else { FileHandle.standardError.write("cannot load \(path)\n".data(using: .utf8)!); exit(65) }
    let g = e.graph
    print("load\t\(loadTime.wall)\t\(loadTime.cpu)")
    var results: [(String, String)] = [("n", "\(g.nodeCount)"), ("ids", json(e.ids.map { "\"\($0)\"" }))]
    let length: PathLength = g.isWeighted ? .inverseWeight : .hops
    func numbers(_ xs: [Double]) -> String { json(xs.map { $0.isFinite ? "\($0)" : "null" }) }
    for op in ops {
        // The timed closure only computes; the result is formatted for `--dump` after timing.
        var format: () -> String = { "" }
        let t = timeWallAndCPU(repeats: op.hasPrefix("betweenness") || op == "closeness" ? 1 : repeats) { () -> Double in
            switch op {
            case "betweenness":
                let b = Centrality.betweenness(of: g, length: length, normalized: false)
                format = { numbers(b) }; return b.reduce(0, +)
            case "betweenness_sampled":
                var rng = SeededGenerator(seed: 1)
                let b = Centrality.sampledBetweenness(of: g, length: length, samples: 256, using: &rng); return b.reduce(0, +)
            case "betweenness_epsilon":
                var rng = SeededGenerator(seed: 1)
                let b = Centrality.approximateBetweenness(of: g, length: length, epsilon: 0.1, delta: 0.1, using: &rng); return b.scores.reduce(0, +)
            case "closeness":
                let c = Centrality.closeness(of: g, length: length)
                format = { numbers(c) }; return c.reduce(0, +)
            case "pagerank":
                let p = (try? Centrality.pagerank(of: g, weighted: g.isWeighted, maxIterations: 10_000, tolerance: 1e-15)) ?? []
                format = { numbers(p) }; return p.reduce(0, +)
            case "components":
                let c = g.isDirected ? Components.strong(of: g) : Components.weak(of: g)
                format = { "\(c.count)" }; return Double(c.count)
            case "articulation_points":
                let a = Biconnectivity.articulationPoints(of: g)
                format = { json(a.indices.filter { a[$0] }.map { "\($0)" }) }; return Double(a.count)
            case "bridges":
                let b = Biconnectivity.bridges(of: g)
                format = { "\(b.filter { $0 }.count)" }; return Double(b.count)
            case "kcores":
                let c = Cores.coreNumber(of: g)
                format = { json(c.map { "\($0)" }) }; return Double(c.count)
            case "louvain":
                var rng = SeededGenerator(seed: 1)
                let p = Communities.louvain(of: g, weighted: g.isWeighted, using: &rng)
                format = { "\(p.modularity)" }; return p.modularity
            case "leiden":
                var rng = SeededGenerator(seed: 1)
                let p = Communities.leiden(of: g, weighted: g.isWeighted, using: &rng)
                format = { "\(p.modularity)" }; return p.modularity
            case "triad_census":
                let c = Triads.census(of: g)
                format = { json(c.map { "\($0)" }) }; return Double(c.reduce(0, +))
            default:
                FileHandle.standardError.write("unknown operation \(op)\n".data(using: .utf8)!); return .nan
            }
        }
        print("\(op)\t\(t.wall)\t\(t.cpu)")
        let out = format()
        if !out.isEmpty { results.append((op, out)) }
    }
    if let dump {
        let text = "{" + results.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "}\n"
        try? text.write(toFile: dump, atomically: true, encoding: .utf8)
    }
}

private func json(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
