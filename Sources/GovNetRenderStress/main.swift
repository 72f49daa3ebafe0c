import Foundation
import GovNet
import GovNetGraphviz

// Render stress driver: every Graphviz job the render tests send, in a seeded random order, round after
// round, while other threads do what the rest of the test suite does meanwhile.
//
// Usage: govnet-render-stress [--networks DIR] [--rounds N] [--seed S] [--renderers R] [--busy B]
//   --networks   folder searched for *.yaml networks (default: networks/ under the current folder)
//   --rounds     passes over the job list (default 3); each pass is shuffled with the seed
//   --renderers  threads rendering at once (default 2; they take turns at the renderer's lock)
//   --busy       background threads (default 4): number parsing and formatting with locale queries,
//                dictionary churn, process spawns, and GovNet's parallel kernels (QAP, betweenness)
// Exit status: 0 when every job ended as expected (output, or the expected error for the odd inputs),
// 1 otherwise. A crash of Graphviz is a crash of this process: `scripts/stress/render-stress.sh`
// counts them, and runs this driver under valgrind.

struct Job: Sendable {
    let name: String
    /// Throws when the job fails; returns the number of bytes produced.
    let run: @Sendable () throws -> Int
}

/// The jobs of one round, in a fixed order before shuffling.
func makeJobs(networkFolder: String) throws -> [Job] {
    var jobs: [Job] = []
    let walker = FileManager.default.enumerator(atPath: networkFolder)
    var paths: [String] = []
    while let path = walker?.nextObject() as? String {
        if path.hasSuffix(".yaml") { paths.append((networkFolder as NSString).appendingPathComponent(path)) }
    }
    var networks: [(String, Network)] = []
    for path in paths.sorted() {
        // Mapping and settings files are YAML too; only networks load.
        guard let net = try? NetworkReader.read(path: path, format: nil, directed: false).network else { continue }
        networks.append(((path as NSString).lastPathComponent, net))
    }
    for n in 0...2 {
        let departments = (0..<n).map { Department(id: "D\($0)", name: "部门 \($0)") }
        let ties = n == 2 ? [Tie(from: "D0", to: "D1", mechanism: "operation")] : []
        networks.append(("tiny-\(n)", Network(departments: departments, ties: ties)))
    }
    for (name, net) in networks {
        let ids = net.departments.map(\.id)
        for engine in LayoutEngine.allCases {
            // As NetworkFilesRenderTests: highlights and brokers give hexagons and thick borders.
            let options = DiagramOptions(layout: engine, highlightedDepartments: Set(ids.prefix(3)),
                                         highlightedTies: Set(net.ties.prefix(3).map { TiePair($0.from, $0.to) }),
                                         brokers: Set(ids.suffix(2)))
            jobs.append(Job(name: "\(name) \(engine.rawValue) svg") {
                try NetworkDiagram.render(network: net, options: options, format: .svg).count
            })
            // The layout step alone, with nothing but Graphviz's own allocations around it: freed
            // memory is handed out again the way a plain C caller would see it.
            let styled = DiagramDOTWriter.write(try NetworkDiagram.styledGraph(network: net, options: options))
            jobs.append(Job(name: "\(name) \(engine.rawValue) styled dot") {
                try GraphvizRenderer.render(dot: styled, layout: engine, format: .dot).count
            })
        }
        jobs.append(Job(name: "\(name) panels") {
            try NetworkDiagram.panels(network: net).reduce(0) { total, panel in
                total + (try GraphvizRenderer.render(dot: DiagramDOTWriter.write(panel), layout: .neato, format: .svg).count)
            }
        })
    }
    // The renderer tests' odd inputs.
    let small = #"digraph "g" { "a" [label="A"]; "b" [label="B"]; "a" -> "b"; }"#
    for engine in LayoutEngine.allCases {
        jobs.append(Job(name: "small \(engine.rawValue) svg") { try GraphvizRenderer.render(dot: small, layout: engine, format: .svg).count })
    }
    for format in [ImageFormat.png, .pdf, .dot] {
        jobs.append(Job(name: "small \(format.rawValue)") { try GraphvizRenderer.render(dot: small, layout: .neato, format: format).count })
    }
    jobs.append(Job(name: "two graphs in one text") {
        try GraphvizRenderer.render(dot: "graph one { x -- y }\ngraph two { leaked -- node2 }\n", layout: .dot, format: .dot).count
    })
    jobs.append(Job(name: "syntax error") {
        do { _ = try GraphvizRenderer.render(dot: "digraph { a -> ; }", layout: .dot, format: .svg) } catch RenderError.graphviz { return 0 }
        throw RenderError.graphviz(messages: ["a syntax error was not reported"])
    })
    let cjk = DiagramDOTWriter.write(DOTGraph(name: "g", nodes: (0..<12).map { DOTNode("n\($0)", ["label": "部门 \($0)"]) },
                                       edges: (1..<12).map { DOTEdge("n0", "n\($0)") }))
    for engine in LayoutEngine.allCases {
        jobs.append(Job(name: "star \(engine.rawValue) svg") { try GraphvizRenderer.render(dot: cjk, layout: engine, format: .svg).count })
    }
    return jobs
}

/// What the rest of a parallel test run does meanwhile, in a loop until `stop` is set.
func busyWork(kind: Int, stop: UnsafeAtomicFlag) {
    var rng = SeededGenerator(seed: UInt64(kind + 1))
    var sink = 0.0
    while !stop.isSet {
        switch kind % 4 {
        case 0:  // numbers: parse and format, C and Foundation, and query the C locale
            for i in 0..<2_000 {
                let text = String(format: "%.6f", Double(i) / 7)
                sink += Double(text) ?? 0
                sink += strtod(text, nil)
                _ = setlocale(LC_NUMERIC, nil)
                _ = localeconv()
            }
            let formatter = NumberFormatter()
            formatter.numberStyle = .decimal
            sink += Double(formatter.string(from: NSNumber(value: sink.truncatingRemainder(dividingBy: 1000)))?.count ?? 0)
        case 1:  // dictionaries and strings churned
            var d: [String: [Int]] = [:]
            for i in 0..<5_000 { d["k\(Int.random(in: 0..<500, using: &rng))", default: []].append(i) }
            sink += Double(d.count)
        case 2:  // processes spawned, as the CLI tests do
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "echo 1.5"]
            let pipe = Pipe()
            p.standardOutput = pipe
            if (try? p.run()) != nil {
                _ = pipe.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
            }
        default:  // GovNet's parallel kernels
            let edges = RandomGraphs.barabasiAlbert(nodes: 400, attach: 3, using: &rng)
            let g = Graph(nodeCount: 400, edges: edges, directed: false)
            sink += Centrality.betweenness(of: g).reduce(0, +)
            let cells = edges.prefix(300).map { ($0.0 % 60, $0.1 % 60, 1.0) }
            let m = QAP.Matrix(n: 60, cells: Array(cells))
            sink += QAP.test(m, m, permutations: 200, seed: 7).correlation
        }
    }
    if sink.isNaN { print("") }
}

/// A flag set once by the main thread and read by the workers.
final class UnsafeAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

/// Jobs handed out one at a time to the rendering threads.
final class JobQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var order: [Int]
    private var next = 0
    private(set) var failures: [String] = []
    private(set) var bytes = 0
    init(order: [Int]) { self.order = order }
    func take() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < order.count else { return nil }
        next += 1
        return order[next - 1]
    }
    func record(bytes: Int) { lock.lock(); self.bytes += bytes; lock.unlock() }
    func fail(_ text: String) { lock.lock(); failures.append(text); lock.unlock() }
}

var networkFolder = "networks", rounds = 3, seed: UInt64 = 1, renderers = 2, busy = 4
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let a = arguments.next() {
    let value = arguments.next() ?? ""
    switch a {
    case "--networks": networkFolder = value
    case "--rounds": rounds = Int(value) ?? rounds
    case "--seed": seed = UInt64(value) ?? seed
    case "--renderers": renderers = max(1, Int(value) ?? renderers)
    case "--busy": busy = max(0, Int(value) ?? busy)
    default: FileHandle.standardError.write(Data("unknown argument \(a)\n".utf8)); exit(64)
    }
}

let jobs = try makeJobs(networkFolder: networkFolder)
print("process locale: \(setlocale(LC_ALL, nil).map { String(cString: $0) } ?? "?")")
let stop = UnsafeAtomicFlag()
let busyThreads = (0..<busy).map { k in
    let t = Thread { busyWork(kind: k, stop: stop) }
    t.start()
    return t
}
var rng = SeededGenerator(seed: seed)
var failed = 0
let start = Date()
for round in 1...max(1, rounds) {
    let queue = JobQueue(order: Array(jobs.indices).shuffled(using: &rng))
    let group = DispatchGroup()
    for _ in 0..<renderers {
        group.enter()
        Thread {
            while let i = queue.take() {
                do { queue.record(bytes: try jobs[i].run()) } catch { queue.fail("\(jobs[i].name): \(error)") }
            }
            group.leave()
        }.start()
    }
    group.wait()
    for f in queue.failures { print("FAILED \(f)") }
    failed += queue.failures.count
    print("round \(round): \(jobs.count) jobs, \(queue.bytes) bytes, \(queue.failures.count) failed")
}
stop.set()
_ = busyThreads
print(String(format: "%d rounds of %d jobs in %.1f s, %d failed", rounds, jobs.count, Date().timeIntervalSince(start), failed))
exit(failed == 0 ? 0 : 1)
