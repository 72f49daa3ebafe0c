import Foundation
import Testing
import GovNetTestSupport

/// Every numeric option has a documented range checked at parse time (exit 64 naming it), and work
/// whose memory grows with the network is refused before allocation with the estimate.
@Suite struct OptionRangeCLITests {
    static let network = "networks/emon/Cheyenne.yaml"
    static let huge = "9223372036854775807"

    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["metrics", network, "--epsilon", "0.0001"], message: "--epsilon must be between 0.001 and 0.5 (got 0.0001)"),
        Case(arguments: ["metrics", network, "--epsilon", "0.01", "--delta", "1e-300"], message: "--delta must be between 1e-06 and 0.5 (got 1e-300)"),
        Case(arguments: ["metrics", network, "--sample", "0"], message: "--sample must be between 1 and 2,147,483,647 (got 0)"),
        Case(arguments: ["metrics", network, "--tolerance", "0"], message: "--tolerance must be between 1e-15 and 0.1 (got 0.0)"),
        Case(arguments: ["simulate", network, "--random", huge], message: "--random must be between 1 and 100,000 (got 9,223,372,036,854,775,807)"),
        Case(arguments: ["simulate", network, "--order", "degree", "--recompute-limit", huge], message: "--recompute-limit must be between 0 and 10,000,000"),
        Case(arguments: ["export", network, "-o", "unused", "--runs", huge], message: "--runs must be between 0 and 100,000"),
        Case(arguments: ["report", network, "-o", "unused", "--random-runs", "2000000000"], message: "--random-runs must be between 0 and 100,000 (got 2,000,000,000)"),
        Case(arguments: ["qap", "networks/hubei-city-post-reform.yaml", "--dependent", "command", "--independent", "information", "--permutations", huge],
             message: "--permutations must be between 0 and 100,000"),
        Case(arguments: ["compare", network, network, "--permutations", huge], message: "--permutations must be between 0 and 100,000"),
        Case(arguments: ["render", network, "--focus", "WDCDA", "--radius", huge, "-o", "unused.svg"], message: "--radius must be between 0 and 10,000"),
        Case(arguments: ["suggest", network, "--budget", huge], message: "--budget must be between 0 and 1,000"),
    ]

    @Test(arguments: cases) func outOfRangeIsAUsageError(c: Case) throws {
        let r = try CLIRunner.run(c.arguments)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("Error: \(c.message)"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: RepoPaths.root.appendingPathComponent("unused").path))
    }

    /// The largest radius on a small network draws the whole component at once (the search stops when
    /// nothing new is reached instead of counting to the radius).
    @Test func largestRadiusStopsWhenNothingIsLeft() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-radius-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["render", RepoPaths.root.path + "/" + Self.network, "--focus", "WDCDA", "--radius", "10000", "-o", "ego.dot"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("ego.dot").path))
    }

    /// In range, but 100,000 random-failure runs on 400 departments need ≈ 1.8 GB: refused before any run.
    @Test func randomRunsBeyondMemoryAreRefusedWithTheEstimate() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-memory-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = (1..<400).map { "d\($0),d\($0 + 1)\n" }.joined()
        try Data(("source,target\n" + path).utf8).write(to: dir.appendingPathComponent("path.csv"))
        for (arguments, what) in [(["simulate", "path.csv", "--random", "100000", "-q"], "--random 100000"),
                                  (["export", "path.csv", "-o", "out", "--runs", "100000", "-q"], "--runs 100000"),
                                  (["report", "path.csv", "-o", "out", "--random-runs", "100000", "-q"], "--random-runs 100000")] {
            let r = try CLIRunner.run(arguments, in: dir)
            #expect(r.status == 64, "\(arguments): \(r.stderr)")
            #expect(r.stderr == "govnet: error: \(what) on 400 departments needs about 1.8 GB of memory, more than the 1 GiB limit; use fewer runs\n",
                    "\(arguments): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path), "\(arguments)")
        }
    }
}
