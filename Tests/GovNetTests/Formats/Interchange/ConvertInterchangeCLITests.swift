import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// `govnet convert` between the interchange formats: writer warnings on stderr (unless --quiet), and a
/// chain through every format keeps the departments and ties.
@Suite struct ConvertInterchangeCLITests {
    static let available = CI.runs(ifAvailable: FileManager.default.isExecutableFile(atPath: CLIRunner.executable.path))

    @Test(.enabled(if: available)) func warningsGoToStderrUnlessQuiet() throws {
        let input = Interchange.temporaryPath("in.yaml"), output = Interchange.temporaryPath("out.net")
        defer { for p in [input, output] { try? FileManager.default.removeItem(atPath: p) } }
        try NetworkWriter.write(RoundTripTests.sample, to: input)
        let r = try CLIRunner.run(["convert", input, output])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("govnet: \(output): warning: Pajek cannot hold functions (responsibilities) (2 functions); not written"), "\(r.stderr)")
        try FileManager.default.removeItem(atPath: output)
        let quiet = try CLIRunner.run(["convert", "--quiet", input, output])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test(.enabled(if: available)) func chainThroughEveryFormat() throws {
        var net = RoundTripTests.sample
        net.ties = net.ties.filter { $0.mechanism == "command" || $0.mechanism == "information" }
        let paths = ["a.yaml", "b.graphml", "c.gexf", "d.dot", "e.json", "f.net", "g.dl", "h.graphml"].map { Interchange.temporaryPath($0) }
        defer { for p in paths { try? FileManager.default.removeItem(atPath: p) } }
        try NetworkWriter.write(net, to: paths[0])
        for (a, b) in zip(paths, paths.dropFirst()) {
            var args = ["convert", "-q", a, b]
            if b.hasSuffix("e.json") { args += ["--to", "nodelink"] }
            if b.hasSuffix(".dl") { args += ["--relations"] }  // DL keeps mechanisms in one matrix each
            let r = try CLIRunner.run(args)
            #expect(r.status == 0, "\(a) → \(b): \(r.stderr)")
        }
        let back = try NetworkReader.read(path: paths.last!).network
        #expect(back.departments.map(\.id) == net.departments.map(\.id))
        #expect(Interchange.ties(back).map { "\($0.from)>\($0.to) \($0.mechanism) \($0.weight)" }
                == Interchange.ties(net).map { "\($0.from)>\($0.to) \($0.mechanism) \($0.weight)" })
    }

    @Test(.enabled(if: available)) func hostileFileExitsWithDataError() throws {
        let path = Interchange.fixtures.appendingPathComponent("malformed/billion-laughs.graphml").path
        let r = try CLIRunner.run(["validate", path])
        #expect(r.status == 65)
        #expect(r.stdout.contains("billion-laughs.graphml:3: error: entity declarations are not allowed"))
    }
}
