import Foundation
import Testing
import GovNetTestSupport

@Suite struct InfoCLITests {
    @Test func tableSummary() throws {
        let r = try CLIRunner.run(["info", "networks/emon/Cheyenne.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("departments: 14   ties: 83   directed"))
        #expect(r.stdout.contains("weak components: 1 (largest 14)   strong components: 2   isolates: 0"))
    }

    @Test func jsonSummaryOfReformNetwork() throws {
        let r = try CLIRunner.run(["info", "networks/hubei-city-post-reform.yaml", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["departments"] as? Int == 43)
        #expect((object["mechanisms"] as? [[String: Any]])?.map { $0["id"] as? String } == ["command", "information", "material", "supervision", "operation"])
        #expect(object["functions_with_lead"] as? Int == object["functions"] as? Int)
    }
}
