import Foundation
import GovNet

// Usage: swift run -c release govnet-bench [--sizes 1000,10000,100000] [--filter NAME] [--repeats N]
//        swift run -c release govnet-bench --edges FILE [--directed] --ops load,betweenness,... [--dump OUT.json]
//        swift run -c release govnet-bench --robustness FILE [--draws 500] [--file-only | --generated-only]   (docs/robustness.md)
// GOVNET_BENCH_ATTACH=m sets the Barabási–Albert attach count (default 5; 10 gives BA 100k with ~1M ties).
// Prints one row per (graph, operation): median seconds over the repeats.
var sizes = [1_000, 10_000, 100_000]
var filter: String?
var repeats = 3
var edgeFile: String?, edgeDirected = false, edgeOps: [String] = [], dumpPath: String?
var robustnessFile: String?, robustnessDraws = 500, robustnessCases = (file: true, generated: true)
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let a = arguments.next() {
    switch a {
    case "--sizes": sizes = (arguments.next() ?? "").split(separator: ",").compactMap { Int($0) }
    case "--filter": filter = arguments.next()
    case "--repeats": repeats = Int(arguments.next() ?? "") ?? repeats
    case "--edges": edgeFile = arguments.next()
    case "--directed": edgeDirected = true
    case "--ops": edgeOps = (arguments.next() ?? "").split(separator: ",").map(String.init)
    case "--dump": dumpPath = arguments.next()
    case "--robustness": robustnessFile = arguments.next()
    case "--draws": robustnessDraws = Int(arguments.next() ?? "") ?? robustnessDraws
    case "--file-only": robustnessCases.generated = false
    case "--generated-only": robustnessCases.file = false
    default: FileHandle.standardError.write("unknown argument \(a)\n".data(using: .utf8)!); exit(64)
    }
}
if let robustnessFile {
    runRobustnessBench(path: robustnessFile, draws: robustnessDraws, repeats: repeats, file: robustnessCases.file, generated: robustnessCases.generated)
    exit(0)
}
if let edgeFile {
    runEdgeFileBench(path: edgeFile, directed: edgeDirected, ops: edgeOps, repeats: repeats, dump: dumpPath)
    exit(0)
}
let cases = centralityBenchmarks + structureBenchmarks + cohesionBenchmarks + resilienceBenchmarks
print("| graph | family | operation | seconds (median of \(repeats)) |")
print("|---|---|---|---:|")
for bg in benchGraphs(sizes: sizes) {
    for c in cases where filter.map({ c.operation.contains($0) || c.family.contains($0) }) ?? true {
        let (s, _) = time(repeats: repeats) { c.run(bg.graph) }
        print("| \(bg.name) | \(c.family) | \(c.operation) | \(String(format: "%.4f", s)) |")

    }
}
