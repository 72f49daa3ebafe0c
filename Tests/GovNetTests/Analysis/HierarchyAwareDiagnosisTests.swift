import Foundation
import Testing
@testable import GovNet

/// The rules on ``CityFixture``, a network built as a researcher would: every planted horizontal fault
/// is found with the remedy its problem type calls for, and the planted hierarchy (a leadership tree,
/// unity of command, a hosted HQ office, a guidance line) draws no finding.
@Suite struct HierarchyAwareDiagnosisTests {
    static let findings = Diagnosis.run(DiagnosisContext(network: CityFixture.network))

    static func with(_ rule: String) -> [Finding] { findings.filter { $0.rule == rule } }

    @Test func informationDeadEndIsFoundWithInformationChannels() {
        let back = Self.with("cannot-report-back")
        #expect(back.count == 1 && back[0].departments.contains("NATRES") && back[0].mechanism == "information")
        let oneWay = Self.with("one-way-information").filter { $0.departments.first == "NATRES" }
        #expect(oneWay.count == 1)
        #expect((back + oneWay).allSatisfy { $0.remedy == .informationChannels && $0.instrument == .informationPlatform })
    }

    @Test func informalCriticalTieCallsForALegalFoundation() {
        let f = Self.with("informal-critical-tie")
        #expect(f.count == 1)
        #expect(Set(f[0].departments) == ["FIRE", "VOL"] && f[0].remedy == .legalFoundation && f[0].instrument == .linkageAgreement)
        #expect(f[0].recommendation.contains("Fire and Rescue Detachment") && f[0].recommendation.contains("Volunteer Rescue Team"))
    }

    @Test func materialGapNamesBothDepartmentsAndTheAgreement() {
        let f = Self.with("material-gap")
        #expect(f.map(\.departments) == [["NATRES"]])
        #expect(f[0].remedy == .optimisedResources && f[0].instrument == .materialAgreement)
        #expect(f[0].recommendation.contains("between Natural Resources Bureau and Development and Reform Commission"))
    }

    @Test func twoUndeclaredLeadsCallForClearResponsibilities() {
        let f = Self.with("multiple-leads")
        #expect(f.map(\.functions) == [["hazchem"]])
        #expect(f[0].remedy == .clearResponsibilities && f[0].instrument == .jointMeeting)
    }

    @Test func membershipWithoutWorkingLinkage() {
        let f = Self.with("membership-without-linkage")
        #expect(f.count == 1)
        #expect(f[0].departments.prefix(2) == ["FLOODHQ", "TRANSPORT"] && f[0].functions == ["flood"])
        #expect(f[0].remedies == [.informationChannels, .unifyTargets])
        // Members tied to the office (meteorology, water, fire) are not flagged; the office itself neither.
        #expect(!f[0].departments.dropFirst(2).contains("MET") && !f[0].departments.contains("FIRE"))
    }

    @Test func hierarchyIsNotAFault() {
        // No command finding at all: the leadership tree, unity of command and the guidance line are structure.
        #expect(!Self.findings.contains { $0.mechanism == "command" })
        // No finding treats a single leadership line as a defect, nor names a unit hanging on its leader.
        for f in Self.findings where ["single-point-of-failure", "fragile-tie", "low-redundancy"].contains(f.rule) {
            #expect(!f.departments.contains("EQC") && !f.departments.contains("GOV") && !f.departments.contains("PROV"), "\(f.rule): \(f.explanation)")
        }
        // The HQ whose office the bureau hosts is reached by it: nothing asks for a tie between them.
        #expect(!Self.findings.contains { $0.departments.contains("FLOODHQ") && $0.recommendation.contains("Emergency Management Bureau") && $0.rule != "membership-without-linkage" })
        #expect(!Self.findings.contains { $0.rule == "supervision-gap" && $0.departments.first == "FLOODHQ" })
        // Never a command channel from the bureau.
        #expect(!Self.findings.contains { $0.recommendation.lowercased().contains("command channel") || $0.recommendation.lowercased().contains("command tie") })
    }

    @Test func accountabilityGapIsAboutAssessment() {
        let f = Self.with("supervision-gap")
        // Fire is dually managed (its primary leader is the provincial department) and nobody assesses it locally.
        #expect(f.map { $0.departments.first } == ["FIRE"])
        #expect(f[0].explanation.contains("assessment") && f[0].recommendation.contains("Government Supervision Office"))
        // Nobody assesses anyone in fire fighting: the supervision office is named by its remit, and says so.
        #expect(f[0].recommendation.contains("Nobody assesses these duties yet; Government Supervision Office is named as the government's supervision body."))
        #expect(f[0].remedies == [.clearResponsibilities, .legalFoundation] && f[0].instrument == .assessmentLine)
        // Departments led by the municipal government are assessed through that line.
        #expect(!f.contains { ["WATER", "HEALTH", "NATRES", "ECOENV"].contains($0.departments.first!) })
    }

    @Test func betweennessSentenceStatesTheThresholdQuantity() {
        for f in Self.with("overloaded-broker") {
            guard case .number(let share)? = f.evidence.first(where: { $0.0 == "connected_pair_share" })?.1 else { Issue.record("no share"); continue }
            #expect(share >= DiagnosisConfig().brokerBetweenness)
            #expect(f.explanation.contains("carries \(Int((share * 100).rounded()))% of the shortest") && f.explanation.contains("connected at all"))
        }
    }

    @Test func noCoordinationReachNeverAsksForCommand() {
        var net = CityFixture.network
        // Cut the health commission's working ties with the bureau: it leads medical rescue, is not a
        // member of the hosted HQ, and now nothing binds it to the bureau.
        net.ties.removeAll { ($0.from == "HEALTH" && $0.to == "EMB") || ($0.from == "EMB" && $0.to == "HEALTH") }
        let f = Diagnosis.run(DiagnosisContext(network: net)).filter { $0.rule == "no-coordination-reach" }
        #expect(f.map(\.departments) == [["HEALTH", "EMB"]])
        #expect(f[0].severity == .high && f[0].instrument == .linkageAgreement && f[0].remedy == .unifyTargets)
        #expect(f[0].recommendation.hasPrefix("To coordinate rather than command, sign a linkage agreement"))
        // Its 120 centre is reached through the health commission, so it is reached when its leader is.
        #expect(!Diagnosis.run(DiagnosisContext(network: CityFixture.network)).contains { $0.rule == "no-coordination-reach" })
    }

    @Test func everyFindingCarriesRemediesAndTheJSONFields() {
        for f in Self.findings {
            #expect(!f.remedies.isEmpty && f.remedies[0] == f.remedy && f.remedies == f.problem.remedies)
            guard case .object(let fields) = f.jsonValue() else { Issue.record("not an object"); continue }
            #expect(fields.map(\.0).suffix(4) == ["remedy", "remedies", "problem", "instrument"])
        }
    }

    // MARK: - Variants of the fixture: one planted situation each

    /// The fixture with extra departments, ties and functions (YAML lines in the fixture's layout),
    /// and with `removing` lines taken out.
    static func variant(departments: String = "", ties: String = "", functions: String = "", removing: [String] = []) -> Network {
        var yaml = CityFixture.yaml
        for line in removing { yaml = yaml.replacingOccurrences(of: line + "\n", with: "") }
        yaml = yaml.replacingOccurrences(of: "ties:\n", with: departments + "ties:\n" + ties)
        yaml = yaml.replacingOccurrences(of: "functions:\n", with: "functions:\n" + functions)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-city-variant-\(UUID()).yaml").path
        try! yaml.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try! NetworkReader.read(path: path).network
    }

    static func run(_ net: Network) -> [Finding] { Diagnosis.run(DiagnosisContext(network: net)) }

    /// Detected: fire's duty has no assessor; the emergency committee already assesses the armed police
    /// on fire fighting, so it is named, not the supervision office (which assesses other duties).
    @Test func assessorIsTheOneAlreadyAssessingTheDuty() {
        let net = Self.variant(departments: "  - {id: EMCOM, name: Emergency Committee, kind: emergency-committee, level: municipal}\n",
                               ties: "  - {from: EMCOM, to: APF, mechanism: supervision, basis: plan}\n")
        let f = Self.run(net).filter { $0.rule == "supervision-gap" }
        #expect(f.map(\.departments) == [["FIRE", "EMCOM"]])
        #expect(f[0].evidence.contains { $0.0 == "assessor_basis" && "\($0.1)".contains("peers") })
        #expect(f[0].recommendation.contains("Emergency Committee is named because it already assesses Armed Police Detachment on their duties in Fire fighting and rescue"), "\(f[0].recommendation)")
        // The other way round: the supervision office assesses the duty's other holder, the committee nobody.
        let other = Self.variant(departments: "  - {id: EMCOM, name: Emergency Committee, kind: emergency-committee, level: municipal}\n",
                                 ties: "  - {from: SUPOFF, to: APF, mechanism: supervision, basis: regulation}\n")
        #expect(Self.run(other).filter { $0.rule == "supervision-gap" }.map(\.departments) == [["FIRE", "SUPOFF"]])
        // With nobody assessing the duty, the emergency committee comes first by its remit (考核).
        let remit = Self.variant(departments: "  - {id: EMCOM, name: Emergency Committee, kind: emergency-committee, level: municipal}\n")
        let r = Self.run(remit).filter { $0.rule == "supervision-gap" }
        #expect(r.map(\.departments) == [["FIRE", "EMCOM"]])
        #expect(r[0].recommendation.contains("named as the body that assesses departments' emergency duties (考核)"))
    }

    /// Detected: a headquarters that coordinates the duty, with the department as its member unit, is
    /// the assessor, ahead of anyone assessing by remit.
    @Test func assessorIsTheHeadquartersOfTheDuty() {
        let net = Self.variant(departments: "  - {id: FIREHQ, name: Fire Safety Committee, kind: committee, level: municipal}\n",
                               ties: "  - {from: FIRE, to: FIREHQ, mechanism: membership, role: member}\n  - {from: EMB, to: FIREHQ, mechanism: membership, role: office}\n",
                               functions: "  - id: fire-safety\n    name: Fire safety\n    assignments:\n      - {department: FIREHQ, role: lead}\n      - {department: FIRE, role: co-lead}\n")
        let f = Self.run(net).filter { $0.rule == "supervision-gap" }
        #expect(f.map { $0.departments } == [["FIRE", "FIREHQ"]])
        #expect(f[0].recommendation.contains("Fire Safety Committee is named because it coordinates Fire safety and Fire and Rescue Detachment is one of its member units"), "\(f[0].recommendation)")
    }

    /// Not flagged: a unit led by a locally led department (the 120 centre under the health commission)
    /// leading a function is assessed through its leader's line. Still flagged: fire, whose line leaves
    /// for the provincial department.
    @Test func unitOfALocallyLedDepartmentIsAssessedThroughItsLeader() {
        let net = Self.variant(functions: "  - id: ambulance\n    name: Ambulance dispatch\n    assignments:\n      - {department: EMS, role: lead}\n      - {department: HEALTH, role: support}\n")
        #expect(Self.run(net).filter { $0.rule == "supervision-gap" }.map { $0.departments.first } == ["FIRE"])
    }

    /// Not flagged: the government hearing reports from the bureaus it leads and "answering none" —
    /// its answers are instructions along the leadership lines. Still flagged: natural resources,
    /// which hears from same-level departments and answers none.
    @Test func reportsUpTheOwnLineAreNotOneWay() {
        let net = Self.variant(ties: ["WATER", "HEALTH", "NATRES", "DRC"].map { "  - {from: \($0), to: GOV, mechanism: information, basis: regulation}\n" }.joined())
        let f = Self.run(net).filter { $0.rule == "one-way-information" }
        #expect(!f.contains { $0.departments.first == "GOV" }, "\(f.map(\.departments))")
        #expect(f.contains { $0.departments.first == "NATRES" })
    }

    /// Not flagged: a county bureau the municipal bureau guides (业务指导) hanging on it by its
    /// information line — the professional line of one system, not a horizontal dependency. Still
    /// found: its lead without any material tie.
    @Test func guidanceLineIsNotASinglePointOfFailure() {
        let net = Self.variant(
            departments: "  - {id: CGOV, name: County Government, kind: government, level: county, led_by: GOV}\n  - {id: CEMB, name: County Emergency Management Bureau, kind: emergency-management, level: county, led_by: CGOV}\n",
            ties: "  - {from: GOV, to: CGOV, mechanism: command, relation: leadership, basis: law}\n  - {from: CGOV, to: CEMB, mechanism: command, relation: leadership, basis: law}\n"
                + "  - {from: EMB, to: CEMB, mechanism: command, relation: guidance, basis: regulation}\n  - {from: EMB, to: CEMB, mechanism: information, basis: regulation}\n"
                + "  - {from: CEMB, to: EMB, mechanism: information, basis: regulation}\n",
            functions: "  - id: county\n    name: County response\n    assignments:\n      - {department: CEMB, role: lead}\n      - {department: EMB, role: support}\n")
        let f = Self.run(net)
        for rule in ["single-point-of-failure", "fragile-tie", "low-redundancy"] {
            #expect(!f.contains { $0.rule == rule && $0.departments.contains("CEMB") }, "\(rule)")
        }
        #expect(f.contains { $0.rule == "material-gap" && $0.departments == ["CEMB"] })
    }

    /// Not flagged: a lead whose support is its own unit works with it along the leadership line,
    /// even with no information or operation tie recorded between them. Still flagged: water and its
    /// unlinked same-level supports.
    @Test func leadWorksWithItsOwnUnitOnItsLine() {
        let net = Self.variant(removing: ["  - {from: EMS, to: HEALTH, mechanism: information, basis: regulation}",
                                          "  - {from: HEALTH, to: EMS, mechanism: information, basis: regulation}",
                                          "  - {from: HEALTH, to: EMS, mechanism: operation, basis: regulation}"])
        let f = Self.run(net).filter { $0.rule == "lead-support-unlinked" }
        #expect(!f.contains { $0.departments.first == "HEALTH" }, "\(f.map(\.departments))")
        #expect(f.contains { $0.departments.first == "WATER" })
    }
}
