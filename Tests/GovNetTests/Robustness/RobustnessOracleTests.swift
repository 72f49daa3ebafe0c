import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Finding robustness against scripts/oracle/robustness.py: the same perturbed networks (their tie
/// sets exported from ``PerturbationModel``) re-decided with NetworkX give exactly GovNet's shares;
/// the script's own uniform deletion draws give the deletion share within Monte Carlo error.
@Suite(.enabled(if: TestPython.runs(needing: "networkx", "numpy"), "the test Python has no networkx (scripts/setup/deps.sh test)"))
struct RobustnessOracleTests {
    struct Case {
        let name: String
        let network: Network
        /// (rule, department or tie ends) of the operation findings to follow.
        let follow: [(rule: String, subject: [String])]
    }

    static let cases = [
        Case(name: "robust cut point", network: PlantedRobustness.robustCutPoint(), follow: [("single-point-of-failure", ["H"])]),
        Case(name: "bridge with a near path", network: PlantedRobustness.bridgeWithNearPath(), follow: [("fragile-tie", ["A1", "B1"])]),
        Case(name: "broker near the threshold", network: PlantedRobustness.brokerNearThreshold(), follow: [("overloaded-broker", ["EMB"])]),
    ]

    static func finding(_ findings: [Finding], _ rule: String, _ subject: [String]) -> Int? {
        findings.firstIndex { f in
            f.rule == rule && f.mechanism == "operation"
                && (subject.count == 1 ? f.departments.first == subject[0] : f.ties.contains { Set([$0.from, $0.to]) == Set(subject) })
        }
    }

    @Test(arguments: 0..<3) func sharesAgreeWithNetworkX(index: Int) throws {
        let c = Self.cases[index]
        let context = DiagnosisContext(network: c.network)
        let findings = Diagnosis.run(context)
        let settings = RobustnessSettings(draws: 200, rate: 0.1, seed: 11)
        let robustness = DiagnosisRobustness.run(findings, context: context, settings: settings)
        let model = PerturbationModel(network: c.network, mechanisms: context.workingMechanisms, excluded: context.structure.bodies,
                                      rate: settings.rate, additionRate: settings.additionRate)
        func ties(_ p: PerturbedTies) -> [[String]] { model.network(p).ties.map { [$0.from, $0.to] } }
        let draws: [String: [[[String]]]] = [
            "deletion": (0..<settings.draws).map { ties(model.deletion(draw: $0, seed: settings.seed)) },
            "addition": (0..<settings.draws).map { ties(model.addition(draw: $0, seed: settings.seed)) },
            "nonresponse": model.nonrespondents(draws: settings.draws, seed: settings.seed).map { ties(model.nonresponse(of: $0)) },
        ]
        var followed: [Int] = []
        var items: [[String: Any]] = []
        for (rule, subject) in c.follow {
            let i = try #require(Self.finding(findings, rule, subject), "\(c.name): no \(rule) finding on \(subject)")
            followed.append(i)
            items.append(subject.count == 1 ? ["rule": rule, "department": subject[0]] : ["rule": rule, "tie": subject])
        }
        let input: [String: Any] = [
            "nodes": c.network.departments.map(\.id), "threshold": context.config.brokerBetweenness, "findings": items, "draws": draws,
            "independent": ["ties": c.network.ties.map { [$0.from, $0.to] }, "rate": settings.rate, "draws": 2000, "seed": 7],
        ]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-robustness-\(UUID()).json").path
        try JSONSerialization.data(withJSONObject: input).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = RepoPaths.root.appendingPathComponent("scripts/oracle/robustness.py").path
        let r = try TestPython.run(["-c", "import sys, runpy; sys.stdin = open(sys.argv[1]); sys.argv = [sys.argv[2]]; runpy.run_path(sys.argv[0], run_name='__main__')", path, script])
        #expect(r.status == 0, "\(r.stderr)")
        let out = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        let shared = try #require(out["shared"] as? [String: [Double]])
        let independent = try #require((out["independent"] as? [String: Any])?["deletion"] as? [Double])
        for (k, i) in followed.enumerated() {
            let got = robustness.findings[i]
            // Exactly: the same networks, decided twice.
            #expect(abs(got.deletion.share - shared["deletion"]![k]) < 1e-9, "\(c.name) deletion: \(got.deletion.share) vs \(shared["deletion"]![k])")
            #expect(abs(got.addition.share - shared["addition"]![k]) < 1e-9, "\(c.name) addition: \(got.addition.share) vs \(shared["addition"]![k])")
            #expect(abs(got.nonresponse.share - shared["nonresponse"]![k]) < 1e-9, "\(c.name) non-response: \(got.nonresponse.share) vs \(shared["nonresponse"]![k])")
            // Within Monte Carlo error (4 combined standard errors, at least 0.02): independent draws.
            let q = independent[k]
            let tolerance = max(0.02, 4 * (got.deletion.se * got.deletion.se + q * (1 - q) / 2000).squareRoot())
            #expect(abs(got.deletion.share - q) <= tolerance, "\(c.name) independent deletion: \(got.deletion.share) vs \(q)")
        }
    }
}
