import Foundation
import GovNet

/// `govnet-bench --edges FILE [--directed] [--ops a,b] [--repeats N] [--dump OUT.json]`: loads one edge
/// list with the streaming loader (timed as `load`), runs the named operations on it and prints
/// `operation<TAB>median seconds` lines; `--dump` writes the results (per node, in file id order) as
/// JSON for agreement checks (scripts/bench/compare_peers.py). A `weight` column makes the graph weighted
/// (lengths 1/weight in shortest paths, weights in PageRank).
func runEdgeFileBench(path: String, directed: Bool, ops: [String], repeats: Int, dump: String?) {
    var loaded: LargeEdgeList?
    let (loadSeconds, _) = time(repeats: 1) {
        loaded = try? EdgeListLoader.load(path: path, directed: directed)
        return Double(loaded?.rows ?? 0)
    }
    guard let e = loaded else { FileHandle.standardError.write("cannot load \(path)\n".data(using: .utf8)!); exit(65) }
    let g = e.graph
    print("load\t\(loadSeconds)")
    var results: [(String, String)] = [("n", "\(g.nodeCount)"), ("ids", json(e.ids.map { "\"\($0)\"" }))]
    let length: PathLength = g.isWeighted ? .inverseWeight : .hops
    func numbers(_ xs: [Double]) -> String { json(xs.map { $0.isFinite ? "\($0)" : "null" }) }
    for op in ops {
        var out = ""
        let (s, _) = time(repeats: op.hasPrefix("betweenness") || op == "closeness" ? 1 : repeats) { () -> Double in
            switch op {
            case "betweenness":
                let b = Centrality.betweenness(of: g, length: length, normalized: false); out = numbers(b); return b.reduce(0, +)
            case "betweenness_sampled":
                var rng = SeededGenerator(seed: 1)
                let b = Centrality.sampledBetweenness(of: g, length: length, samples: 256, using: &rng); return b.reduce(0, +)
            case "betweenness_epsilon":
                var rng = SeededGenerator(seed: 1)
                let b = Centrality.approximateBetweenness(of: g, length: length, epsilon: 0.1, delta: 0.1, using: &rng); return b.scores.reduce(0, +)
            case "closeness":
                let c = Centrality.closeness(of: g, length: length); out = numbers(c); return c.reduce(0, +)
            case "pagerank":
                let p = (try? Centrality.pagerank(of: g, weighted: g.isWeighted, maxIterations: 10_000, tolerance: 1e-13)) ?? []
                out = numbers(p); return p.reduce(0, +)
            case "components":
                let c = g.isDirected ? Components.strong(of: g) : Components.weak(of: g); out = "\(c.count)"; return Double(c.count)
            case "articulation_points":
                let a = Biconnectivity.articulationPoints(of: g); out = json(a.indices.filter { a[$0] }.map { "\($0)" }); return Double(a.count)
            case "bridges":
                let b = Biconnectivity.bridges(of: g); let k = b.filter { $0 }.count; out = "\(k)"; return Double(k)
            case "kcores":
                let c = Cores.coreNumber(of: g); out = json(c.map { "\($0)" }); return Double(c.count)
            case "louvain":
                var rng = SeededGenerator(seed: 1)
                let p = Communities.louvain(of: g, weighted: g.isWeighted, using: &rng); out = "\(p.modularity)"; return p.modularity
            case "leiden":
                var rng = SeededGenerator(seed: 1)
                let p = Communities.leiden(of: g, weighted: g.isWeighted, using: &rng); out = "\(p.modularity)"; return p.modularity
            default:
                FileHandle.standardError.write("unknown operation \(op)\n".data(using: .utf8)!); return .nan
            }
        }
        print("\(op)\t\(s)")
        if !out.isEmpty { results.append((op, out)) }
    }
    if let dump {
        let text = "{" + results.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "}\n"
        try? text.write(toFile: dump, atomically: true, encoding: .utf8)
    }
}

private func json(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
