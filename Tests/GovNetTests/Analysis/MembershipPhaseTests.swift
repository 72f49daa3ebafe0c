import Foundation
import Testing
@testable import GovNet

/// `membership-without-linkage` scoped by phase: a headquarters binds its member units in the phases
/// its membership ties record, and a member needs a working tie with the office in each of them.
///
/// Planted: two member units of a flood-control headquarters whose office the bureau hosts. WATER
/// works with the office only in the response (an operation tie with `phase: response-rescue`);
/// TRANSPORT only in prevention (`phase: prevention-preparedness`).
@Suite struct MembershipPhaseTests {
    static func network(waterPhases: String, transportPhases: String) -> Network {
        let yaml = """
        title: Phase fixture
        status: illustrative model
        departments:
          - {id: GOV, name: Municipal Government, kind: government, level: municipal}
          - {id: EMB, name: Emergency Management Bureau, kind: emergency-management, level: municipal, led_by: GOV}
          - {id: WATER, name: Water Resources Bureau, kind: water, level: municipal, led_by: GOV}
          - {id: TRANSPORT, name: Transport Bureau, kind: transport, level: municipal, led_by: GOV}
          - {id: FLOODHQ, name: Flood Control Headquarters, kind: coordinating-body, level: municipal}
        ties:
          - {from: GOV, to: EMB, mechanism: command, relation: leadership}
          - {from: GOV, to: WATER, mechanism: command, relation: leadership}
          - {from: GOV, to: TRANSPORT, mechanism: command, relation: leadership}
          - {from: EMB, to: FLOODHQ, mechanism: membership, role: office}
          - {from: WATER, to: FLOODHQ, mechanism: membership, role: member\(waterPhases)}
          - {from: TRANSPORT, to: FLOODHQ, mechanism: membership, role: member\(transportPhases)}
          - {from: EMB, to: WATER, mechanism: operation, phase: response-rescue}
          - {from: EMB, to: TRANSPORT, mechanism: operation, phase: prevention-preparedness}
        functions:
          - id: flood
            name: Flood control
            assignments:
              - {department: FLOODHQ, role: lead}
              - {department: WATER, role: support}
              - {department: TRANSPORT, role: support}
        """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-phase-\(UUID()).yaml").path
        try! yaml.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try! NetworkReader.read(path: path).network
    }

    static func findings(_ net: Network) -> [Finding] {
        Diagnosis.run(DiagnosisContext(network: net)).filter { $0.rule == "membership-without-linkage" }
    }

    /// A headquarters activated only in the response: the member that works with the office in the
    /// response is not flagged for lacking prevention-phase ties; the one whose only tie works in
    /// prevention is flagged, and the sentence names the phase.
    @Test func responseOnlyHeadquartersAsksForResponseTiesOnly() {
        let f = Self.findings(Self.network(waterPhases: ", phase: response-rescue", transportPhases: ", phase: response-rescue"))
        #expect(f.count == 1)
        #expect(f[0].departments.prefix(2) == ["FLOODHQ", "TRANSPORT"] && !f[0].departments.contains("WATER"))
        #expect(f[0].explanation.contains("Transport Bureau: response and rescue"))
        #expect(f[0].explanation.contains("in the phases in which the body binds it"))
        let zh = Diagnosis.run(DiagnosisContext(network: Self.network(waterPhases: ", phase: response-rescue", transportPhases: ", phase: response-rescue"), language: "zh"))
            .filter { $0.rule == "membership-without-linkage" }
        #expect(zh.count == 1 && zh[0].explanation(in: .zh).contains("应急处置与救援"))
    }

    /// Bound in prevention and response, the member that works only in the response is flagged for
    /// prevention and preparedness.
    @Test func bothPhasesNeedTiesInBoth() {
        let phases = ", phase: [prevention-preparedness, response-rescue]"
        let f = Self.findings(Self.network(waterPhases: phases, transportPhases: ", phase: prevention-preparedness"))
        #expect(f.count == 1)
        #expect(f[0].departments.prefix(2) == ["FLOODHQ", "WATER"] && !f[0].departments.contains("TRANSPORT"))
        #expect(f[0].explanation.contains("Water Resources Bureau: prevention and preparedness"))
        guard case .object(let gaps)? = f[0].evidence.first(where: { $0.0 == "phases_without_tie" })?.1 else {
            Issue.record("no phases_without_tie evidence"); return
        }
        #expect(gaps.count == 1 && gaps[0].0 == "WATER")
    }

    /// No phase on the membership ties: a working tie in any phase is enough, nobody is flagged.
    @Test func unrecordedPhasesAcceptAnyWorkingTie() {
        #expect(Self.findings(Self.network(waterPhases: "", transportPhases: "")).isEmpty)
    }
}
