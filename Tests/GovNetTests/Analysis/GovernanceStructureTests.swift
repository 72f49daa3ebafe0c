import Testing
@testable import GovNet

/// The centre found by role, leadership lines, coordinating bodies with their office hosts, and the
/// relationship classes of ``CityFixture`` (each class checked against the fixture's design).
@Suite struct GovernanceStructureTests {
    @Test func classesOfTheFixtureCity() {
        let s = GovernanceStructure(network: CityFixture.network)
        #expect(s.center == "EMB" && s.centerBasis == .kind)
        let expected: [String: RelationshipClass] = [
            "PROV": .higherLevel, "PEMD": .higherLevel, "PMET": .higherLevel, "GOV": .leader, "EMB": .centre,
            "EQC": .subordinate, "WATER": .sameLevel, "NATRES": .sameLevel, "HEALTH": .sameLevel, "EMS": .subordinateOfOther,
            "TRANSPORT": .sameLevel, "ECOENV": .sameLevel, "DRC": .sameLevel, "MET": .verticalOrDual, "FIRE": .verticalOrDual,
            "SUPOFF": .sameLevel, "FLOODHQ": .coordinatingBody, "APF": .military, "POWER": .soe, "REDCROSS": .ngo, "VOL": .ngo,
        ]
        #expect(s.classes == expected)
        #expect(s.subordinates == ["EQC"])
        #expect(s.officeHost == ["FLOODHQ": "EMB"])
        #expect(s.hostedBodies == ["FLOODHQ"])
        #expect(s.hostedBodies(reaching: "TRANSPORT") == ["FLOODHQ"])
        #expect(s.hostedBodies(reaching: "HEALTH").isEmpty)
        #expect(s.functions(of: "FLOODHQ") == ["flood"])
        #expect(s.leaders["MET"] == ["PMET", "GOV"])
    }

    @Test func centreByFlagThenKindAtTheAnalysedLevelElseNone() {
        var net = CityFixture.network
        #expect(GovernanceStructure.findCenter(net).id == "EMB")  // PEMD has the kind too, one level up
        net.departments[net.departments.firstIndex { $0.id == "HEALTH" }!].coordinator = true
        #expect(GovernanceStructure.findCenter(net) == ("HEALTH", .flagged))
        #expect(GovernanceStructure.findCenter(net, requested: "WATER") == ("WATER", .given))
        let bare = Network(departments: [Department(id: "A", level: "municipal"), Department(id: "B", kind: "emergency-management", level: "provincial"),
                                         Department(id: "C", level: "municipal")])
        #expect(GovernanceStructure.findCenter(bare) == ("B", .kind))  // none at the analysed level: any level
        #expect(GovernanceStructure.findCenter(Network(departments: [Department(id: "A")])) == (nil, .none))
        #expect(GovernanceStructure(network: Network(departments: [Department(id: "A")])).classes.isEmpty)
    }

    @Test func leadershipTiesStandInForMissingLedBy() {
        let net = Network(departments: [Department(id: "GOV", kind: "government"), Department(id: "EMB", kind: "emergency-management"),
                                        Department(id: "X"), Department(id: "Y")],
                          ties: [Tie(from: "GOV", to: "EMB", mechanism: "command", relation: .leadership),
                                 Tie(from: "EMB", to: "X", mechanism: "command", relation: .leadership),
                                 Tie(from: "X", to: "Y", mechanism: "command", relation: .leadership),
                                 Tie(from: "GOV", to: "Y", mechanism: "command", relation: .guidance)])
        let s = GovernanceStructure(network: net)
        #expect(s.subordinates == ["X", "Y"])
        #expect(s.classes["GOV"] == .leader)
    }

    @Test func relationshipIsAGroupingAttribute() {
        let net = CityFixture.network
        let groups = DepartmentGroups(network: net, attribute: "relationship")
        #expect(groups.labels.contains("same-level") && groups.labels.contains("coordinating-body"))
        let i = net.departments.firstIndex { $0.id == "MET" }!
        #expect(groups.labels[Int(groups.membership[i])] == "vertical-or-dual")
    }
}
