import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// What the governance structure lets `govnet suggest` propose (``TieAdmissibility``), on
/// ``CityFixture`` (a municipal government leading its bureaus, the EMB coordinating, a health
/// commission with its 120 centre, provincial departments giving guidance) and on the bundled Hubei model.
@Suite struct TieAdmissibilityTests {
    static let city = CityFixture.network
    static let structure = GovernanceStructure(network: city)

    static func check(_ mechanism: String, _ a: String, _ b: String, crossLines: Bool = false) -> Result<TieAdmissibility.Line, TieAdmissibility.Refusal> {
        TieAdmissibility(structure: structure, mechanism: mechanism, crossLines: crossLines).check(a, b)
    }

    /// The bureau coordinates same-level departments, it does not lead them: no command tie to them,
    /// whatever the user allows; the government, which leads them, may.
    @Test func commandNeedsALeadershipLine() {
        #expect(Self.check("command", "EMB", "WATER") == .failure(.commandWithoutLeadership))
        #expect(Self.check("command", "EMB", "WATER", crossLines: true) == .failure(.commandWithoutLeadership))
        #expect(Self.check("command", "EMB", "FIRE") == .failure(.commandWithoutLeadership))
        #expect(Self.check("command", "WATER", "GOV") == .success(.within(leader: "GOV", led: "WATER")))
        #expect(Self.check("command", "EMB", "EQC") == .success(.within(leader: "EMB", led: "EQC")))
        #expect(TieAdmissibility(structure: Self.structure, mechanism: "command").needsLeadershipLine)
        #expect(!TieAdmissibility(structure: Self.structure, mechanism: "operation").needsLeadershipLine)
    }

    @Test func supervisionComesFromALeaderOrAnAssessor() {
        #expect(Self.check("supervision", "SUPOFF", "DRC") == .success(.assessment(assessor: "SUPOFF")))
        #expect(Self.check("supervision", "GOV", "DRC") == .success(.within(leader: "GOV", led: "DRC")))
        #expect(Self.check("supervision", "EMB", "WATER") == .failure(.supervisionWithoutAssessor))
    }

    /// Working ties are coordination: no leadership line needed, but no level skipped, no adjacent
    /// level outside a leadership or guidance line, no reach into another department's own unit, no
    /// tie with a coordinating body (reached through membership).
    @Test func workingTiesRespectLevelsAndLines() {
        #expect(Self.check("operation", "EMB", "WATER") == .success(.notNeeded))
        #expect(Self.check("information", "EMB", "FIRE") == .success(.notNeeded))     // dual: linked by agreement
        #expect(Self.check("operation", "EMB", "EMS") == .failure(.otherLeadershipLine))   // the 120 centre is the health commission's
        #expect(Self.check("operation", "HEALTH", "EMS") == .success(.within(leader: "HEALTH", led: "EMS")))
        #expect(Self.check("operation", "PROV", "WATER") == .failure(.crossesLevel))
        #expect(Self.check("operation", "PEMD", "EMB") == .success(.notNeeded))       // the guidance line
        #expect(Self.check("operation", "EMB", "FLOODHQ") == .failure(.coordinatingBody))
        #expect(Self.check("operation", "EMB", "EMS", crossLines: true) == .success(.notNeeded))
        let hubei = GovernanceStructure(network: try! NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network)
        let a = TieAdmissibility(structure: hubei, mechanism: "operation")
        #expect(a.check("PROV", "TA1") == .failure(.skipsLevel))
        #expect(a.check("EMB", "TA1") == .failure(.skipsLevel))
        #expect(a.level("EMB", "CA_EMB") == "municipal–county" && a.level("CA_EMB", "EMB") == "municipal–county")
        #expect(a.instrument(for: .notNeeded) == .linkageAgreement)
        #expect(TieAdmissibility(structure: hubei, mechanism: "information").instrument(for: .notNeeded) == .informationPlatform)
    }

    /// No suggestion, in any mechanism, proposes a command tie the structure cannot support: on the
    /// fixture with command ties missing for lines recorded in `led_by`, command suggestions appear and
    /// every one follows a leadership line; in working mechanisms no pair skips a level or crosses a line.
    @Test func suggestionsNeverProposeUnsupportedCommand() throws {
        var net = Self.city
        // Keep led_by, drop the leadership ties of three bureaus: the lines exist, the command ties do not.
        net.ties.removeAll { $0.mechanism == "command" && $0.from == "GOV" && ["WATER", "NATRES", "DRC"].contains($0.to) }
        let s = GovernanceStructure(network: net)
        let report = try TieSuggestions.suggest(network: net, view: GraphView(mechanisms: ["command"]), mechanism: "command", budget: 10)
        #expect(!report.suggestions.isEmpty)
        for t in report.suggestions {
            #expect(t.needsLeadershipLine)
            guard case .within(let leader, let led) = t.line else { Issue.record("\(t.from)–\(t.to) follows no line"); continue }
            #expect(s.leaders[led]?.contains(leader) == true && Set([leader, led]) == Set([t.from, t.to]))
        }
        #expect(report.refused.contains { $0.reason == .commandWithoutLeadership && $0.pairs > 0 })
        for mechanism in ["operation", "information", "material"] {
            let r = try TieSuggestions.suggest(network: net, view: GraphView(mechanisms: ["information", "operation", "material"]),
                                               mechanism: mechanism, budget: 6)
            let a = TieAdmissibility(structure: s, mechanism: mechanism)
            for t in r.suggestions {
                #expect((try? a.check(t.from, t.to).get()) != nil, "\(t.from)–\(t.to)")
                #expect(!t.needsLeadershipLine && !s.bodies.contains(t.from) && !s.bodies.contains(t.to))
            }
        }
    }

    /// Each step names its objective; the outcome of every objective is reported; gains keep one unit.
    @Test func objectivesAndUnitsAreStated() throws {
        let report = try TieSuggestions.suggest(network: Self.city, view: GraphView(mechanisms: ["information", "operation", "material"]),
                                                mechanism: "operation", budget: 3)
        #expect(report.outcomes.map(\.objective) == [.biconnectivity, .efficiency])
        var cuts = report.cutPoints, bridges = report.bridges, eff = report.efficiency
        for s in report.suggestions {
            #expect(s.cutPointsRemoved == cuts - s.cutPointsAfter && s.bridgesRemoved == bridges - s.bridgesAfter)
            #expect(abs(s.efficiencyGain - (s.efficiencyAfter - eff)) < 1e-12)
            (cuts, bridges, eff) = (s.cutPointsAfter, s.bridgesAfter, s.efficiencyAfter)
        }
        let bi = report.outcomes[0]
        #expect(bi.ranks == report.suggestions.indices.filter { report.suggestions[$0].objective == .biconnectivity }.map { $0 + 1 })
        #expect((bi.status == .met) == (cuts + bridges == 0))
        #expect(bi.remaining.count == cuts + bridges)
    }
}
