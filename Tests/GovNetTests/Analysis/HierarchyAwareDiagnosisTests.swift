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
}
