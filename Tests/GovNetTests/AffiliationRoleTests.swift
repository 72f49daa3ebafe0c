import Testing
@testable import GovNet

/// Roles on two-mode (affiliation) ties: membership of a coordinating body, drafting of a plan.
@Suite struct AffiliationRoleTests {
    /// Drafting roles (承办/协办) live on drafting ties, membership roles on membership ties; each elsewhere is an error.
    @Test func affiliationRolesBelongToTheirMechanism() {
        let deps = ["W", "P", "HQ"].map { Department(id: $0) }
        var net = Network(departments: deps, ties: [Tie(from: "W", to: "P", mechanism: "drafting", role: .draftingLead),
                                                    Tie(from: "W", to: "HQ", mechanism: "membership", role: .office)])
        #expect(NetworkValidator.validate(net).isEmpty)
        net.ties[0].role = .member
        net.ties[1].role = .draftingCo
        let errors = NetworkValidator.validate(net).filter { $0.severity == .error && $0.field == "role" }
        #expect(errors.count == 2)
        #expect(errors.contains { $0.message.contains("drafting ties take drafting-lead, drafting-co") })
        #expect(AffiliationRole.roles(of: "membership") == [.chair, .deputy, .office, .member])
    }
}
