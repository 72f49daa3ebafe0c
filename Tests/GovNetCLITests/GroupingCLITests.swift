import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The default grouping of brokerage roles and the E–I index: the relationship classes where the
/// network records who leads whom, department kinds otherwise; a warning names the groups of one.
@Suite struct GroupingCLITests {
    static func groups(_ args: [String]) throws -> (String?, String) {
        let r = try CLIRunner.run(["metrics"] + args + ["--network", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return ((object["settings"] as? [String: Any])?["groups"] as? String, r.stderr)
    }

    @Test func relationshipWhereTheStructureIsRecorded() throws {
        let (hubei, warning) = try Self.groups(["networks/hubei-city-post-reform.yaml"])
        #expect(hubei == "relationship")
        // The government (leader) and the earthquake centre (the bureau's only subordinate) are groups of one.
        #expect(warning.contains("grouping by relationship") && warning.contains("leader, subordinate"))
        #expect(try Self.groups(["networks/hubei-city-post-reform.yaml", "--groups", "kind"]).0 == "kind")
        #expect(try Self.groups(["networks/hubei-city-post-reform.yaml", "-q"]).1.isEmpty)
        // No led_by and no relation: kinds. Japan records leadership but has no coordinating department found by role.
        #expect(try Self.groups(["networks/emon/Texas.yaml"]).0 == "kind")
        #expect(try Self.groups(["networks/japan-disaster-management.yaml"]).0 == "kind")
    }

    @Test func singletonsLeaveOutTheCentre() throws {
        let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
        let g = DepartmentGroups(network: net, attribute: DepartmentGroups.automatic)
        #expect(g.attribute == "relationship")
        #expect(g.labels.contains("centre") && !g.singletons.contains("centre"))
        #expect(g.singletons == ["leader", "subordinate"])
        #expect(DepartmentGroups.resolvedAttribute("level", for: net) == "level")
    }
}
