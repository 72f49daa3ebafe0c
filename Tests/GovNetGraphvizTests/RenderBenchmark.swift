import Foundation
import GovNet
import Testing
@testable import GovNetGraphviz

/// Records (does not assert) the render time of a 200-department network:
/// `RENDER_BENCHMARK=1 swift test -c release --filter RenderBenchmark`. With `DIAGRAM_OUT=dir` the
/// diagrams are also written there to be looked at. Without `RENDER_BENCHMARK` the test is reported
/// as skipped, never as passed.
@Suite struct RenderBenchmark {
    /// 200 departments (Barabási–Albert, 2 ties per newcomer, fixed seed), mechanisms by position,
    /// kinds and levels cycled.
    static func network(departments n: Int = 200) -> Network {
        var rng = SeededGenerator(seed: 7)
        let edges = RandomGraphs.barabasiAlbert(nodes: n, attach: 2, using: &rng)
        let kinds = ["emergency-management", "fire-rescue", "public-security", "health", "water", "meteorology",
                     "transport", "civil-affairs", "utility", "ngo"]
        let levels = ["provincial", "municipal", "municipal", "county", "county", "township"]
        let departments = (0..<n).map { i in
            Department(id: "D\(i)", name: "Department \(i) \(kinds[i % kinds.count])", names: ["zh": "部门\(i)"],
                       kind: kinds[i % kinds.count], level: levels[min(levels.count - 1, i / 34)])
        }
        let mechanisms = Mechanism.standard.map(\.id)
        let ties = edges.enumerated().map { k, e in
            Tie(from: "D\(e.0)", to: "D\(e.1)", mechanism: mechanisms[k % mechanisms.count])
        }
        return Network(metadata: NetworkMetadata(title: "Generated network of \(n) departments"), departments: departments, ties: ties)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["RENDER_BENCHMARK"] != nil,
                   "a timing record, not a check: set RENDER_BENCHMARK=1 (release build) to run it"))
    func render200Departments() throws {
        let out = ProcessInfo.processInfo.environment["DIAGRAM_OUT"]
        let net = Self.network()
        for engine in [LayoutEngine?.none, .neato, .dot] {
            for format in [ImageFormat.svg, .png] {
                let start = DispatchTime.now().uptimeNanoseconds
                let data = try NetworkDiagram.render(network: net, options: DiagramOptions(layout: engine), format: format)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let chosen = try NetworkDiagram.engine(network: net).rawValue
                let name = engine?.rawValue ?? "default (\(chosen))"
                print("render 200 departments, \(net.ties.count) ties, \(name), \(format.rawValue): \(String(format: "%.2f", seconds)) s, \(data.count) bytes")
                if let out { try data.write(to: URL(fileURLWithPath: "\(out)/bench-\(engine?.rawValue ?? "default").\(format.rawValue)")) }
            }
        }
    }
}
