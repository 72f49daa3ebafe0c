import Foundation
import Testing
import GovNetTestSupport

/// Every command that analyses around the coordinating department (qap and ergm too) warns once, naming the fixes, when
/// no department is recognised as it — not with analyses silently left out; `--center` or `-q` silence it.
@Suite struct CoordinatorNoticeCLITests {
    static let network = """
        departments:
          - {id: GOV, kind: government, level: municipal}
          - {id: WATER, kind: water, level: municipal}
          - {id: MET, kind: meteorology, level: municipal}
        ties:
          - {from: GOV, to: WATER, mechanism: command}
          - {from: MET, to: WATER, mechanism: information}
          - {from: WATER, to: MET, mechanism: operation}
        """

    @Test func everyCommandThatNeedsOneWarnsOnce() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-centre-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("net.yaml").path
        try Self.network.write(toFile: file, atomically: true, encoding: .utf8)
        let warning = "warning: no department is recognised as the coordinating department"
        let runs: [([String], Bool)] = [
            (["diagnose", "--robustness", "0", file], true),
            (["report", "--robustness", "0", "--random-runs", "0", file, "-o", dir.appendingPathComponent("report").path], true),
            (["suggest", file], true),
            (["simulate", file, "--remove", "WATER"], true),
            (["compare", file, file], false),
            (["qap", file, "--dependent", "information", "--independent", "command", "--permutations", "9"], true),
            (["ergm", file, "--model", "edges"], true),
        ]
        for (arguments, centerOption) in runs {
            let r = try CLIRunner.run(arguments)
            #expect(r.status == 0 || r.status == 1, "\(arguments): \(r.stderr)")
            let count = r.stderr.components(separatedBy: warning).count - 1
            #expect(count == (arguments[0] == "compare" ? 2 : 1), "\(arguments[0]): \(r.stderr)")
            #expect(r.stderr.contains("'coordinator: true'") && r.stderr.contains("'emergency-management'"))
            #expect(r.stderr.contains("--center ID") == centerOption, "\(arguments[0])")
            if centerOption {
                let given = try CLIRunner.run(arguments + ["--center", "GOV"])
                #expect(!given.stderr.contains(warning), "\(arguments[0]) --center: \(given.stderr)")
            }
            #expect(!(try CLIRunner.run(arguments + ["-q"])).stderr.contains(warning), "\(arguments[0]) -q")
        }
        // A recognised coordinator (here by its Chinese kind): no warning.
        try Self.network.replacingOccurrences(of: "kind: water", with: "kind: 应急管理").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(!(try CLIRunner.run(["diagnose", "--robustness", "0", file])).stderr.contains(warning))
    }
}
