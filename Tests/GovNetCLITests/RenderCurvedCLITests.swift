import Foundation
import Testing
import GovNetTestSupport

/// `render --splines curved` measures Graphviz's cycle listing before it starts and draws straight
/// edges, with one warning, when the work is beyond the limit (docs/limits.md). No timing is asserted:
/// the dense network must finish (it ran for minutes before) and warn; a sparse one must not warn.
@Suite struct RenderCurvedCLITests {
    /// A random connected directed network in YAML: a random spanning tree plus random extra
    /// `command` ties (a fixed linear congruential generator, so the file is the same on every run).
    static func randomNetwork(departments n: Int, ties m: Int) -> String {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var pairs = Set<[Int]>(), order: [[Int]] = []
        func add(_ a: Int, _ b: Int) { if a != b, pairs.insert([a, b]).inserted { order.append([a, b]) } }
        for i in 1..<n { let j = next(i); next(2) == 0 ? add(j, i) : add(i, j) }
        while order.count < m { add(next(n), next(n)) }
        return "title: random\ndepartments: [\((0..<n).map { "D\($0)" }.joined(separator: ", "))]\nties:\n"
            + order.map { "  - {from: D\($0[0]), to: D\($0[1]), mechanism: command}\n" }.joined()
    }

    @Test func denseNetworksGetStraightEdgesWithAWarningSparseOnesStayCurved() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-curved-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (n, m, warns) in [(50, 125, true), (12, 20, false)] {
            let file = dir.appendingPathComponent("r\(n).yaml")
            try Self.randomNetwork(departments: n, ties: m).write(to: file, atomically: true, encoding: .utf8)
            let svg = dir.appendingPathComponent("r\(n).svg").path
            let r = try CLIRunner.run(["render", "--splines", "curved", file.path, "-o", svg])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: svg))
            let warnings = r.stderr.components(separatedBy: "--splines curved would make Graphviz list every cycle").count - 1
            #expect(warnings == (warns ? 1 : 0), "\(n) departments: \(r.stderr)")
            if warns { #expect(r.stderr.contains("(\(n) departments, \(m) ties)")) }
        }
    }
}
