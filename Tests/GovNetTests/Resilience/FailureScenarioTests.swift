import Testing
@testable import GovNet
import GovNetTestSupport

@Suite("Failure scenarios")
struct FailureScenarioTests {
    /// ```
    /// command:      C → A → B,  C → D
    /// information:  B → A → C
    /// function f: lead A, support B;  function g: lead C, co-lead D, support A
    /// ```
    static let small = Network(
        departments: [Department(id: "C", kind: "emergency-management"), Department(id: "A"), Department(id: "B"), Department(id: "D")],
        ties: [Tie(from: "C", to: "A", mechanism: "command"), Tie(from: "A", to: "B", mechanism: "command"),
               Tie(from: "C", to: "D", mechanism: "command"),
               Tie(from: "B", to: "A", mechanism: "information"), Tie(from: "A", to: "C", mechanism: "information")],
        functions: [Function(id: "f", assignments: [Assignment(department: "A", role: .lead), Assignment(department: "B", role: .support)]),
                    Function(id: "g", assignments: [Assignment(department: "C", role: .lead), Assignment(department: "D", role: .coLead),
                                                    Assignment(department: "A", role: .support)])])

    @Test func smallNetworkRemovingA() throws {
        let s = try FailureScenario.run(network: Self.small, removing: ["A"])
        #expect(s.center == "C" && !s.centerRemoved)
        let command = try #require(s.mechanisms.first { $0.mechanism == "command" })
        #expect(command.lostFromCenter == ["B"])
        #expect(command.lostToCenter == [])
        #expect(command.cutOff == ["B"])
        let information = try #require(s.mechanisms.first { $0.mechanism == "information" })
        #expect(information.lostToCenter == ["B"])
        #expect(s.mechanisms.last?.mechanism == "all")
        #expect(s.functions == [
            FailureScenario.FunctionImpact(function: "f", lostLead: true, lostSupport: false, removedRoles: ["A"]),
            FailureScenario.FunctionImpact(function: "g", lostLead: false, lostSupport: true, removedRoles: ["A"]),
        ])
        // f has no lead any more: the responsibility rule must report it as a new finding.
        #expect(s.newFindings.contains { $0.rule == "function-without-lead" && $0.functions == ["f"] })
        #expect(!s.reducedNetwork.departments.contains { $0.id == "A" })
    }

    @Test func nothingRemovedNothingBreaks() throws {
        let s = try FailureScenario.run(network: Self.small, removing: [])
        #expect(s.mechanisms.allSatisfy { $0.lostFromCenter.isEmpty && $0.lostToCenter.isEmpty && $0.cutOff.isEmpty })
        #expect(s.functions.isEmpty && s.newFindings.isEmpty)
    }

    @Test func unknownDepartmentThrows() {
        #expect(throws: AlgorithmError.self) { try FailureScenario.run(network: Self.small, removing: ["NOPE"]) }
        #expect(throws: AlgorithmError.self) { try FailureScenario.run(network: Self.small, removing: ["A"], center: "NOPE") }
    }

    /// The curated post-reform Hubei network documents (networks/README.md) that the EMB alone cuts off
    /// the military sub-district and armed police, the earthquake centre, the provincial department and
    /// the volunteer team.
    @Test func hubeiPostReformWithoutEMB() throws {
        let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
        let s = try FailureScenario.run(network: net, removing: ["EMB"])
        #expect(s.center == "EMB" && s.centerRemoved)
        let all = try #require(s.mechanisms.last)
        #expect(all.mechanism == "all")
        #expect(Set(all.cutOff) == ["MSD", "APF", "EQC", "PROVEMD", "VOLRESCUE"])
        // With the centre gone, everything it reached by command loses it.
        let command = try #require(s.mechanisms.first { $0.mechanism == "command" })
        #expect(command.lostFromCenter.contains("FIRE") && command.lostFromCenter.contains("EQC"))
    }
}
