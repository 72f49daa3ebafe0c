import Foundation
import Testing
import GovNetTestSupport

/// `govnet indices`: the three countries side by side, in English and Chinese, with the caveat that the
/// networks record formal roles; bad --center and too many labels are usage or input errors.
@Suite struct IndicesCLITests {
    static let files = ["networks/hubei-city-post-reform.yaml", "networks/us-johnson-county-ks.yaml", "networks/japan-ashiya-city.yaml"]

    @Test func markdownTableWithCaveat() throws {
        let r = try CLIRunner.run(["indices"] + Self.files + ["--label", "Hubei", "--label", "Johnson County", "--label", "Ashiya", "--format", "markdown"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# Normalised indices of 3 networks\n"))
        #expect(r.stdout.contains("| index | Hubei | Johnson County | Ashiya |"))
        // Values from scripts/oracle/indices.py (NetworkX), to the three decimals shown.
        #expect(r.stdout.contains("| share of ties through the coordinator | 0.295 | 0.041 | 0.083 |"), "\(r.stdout)")
        #expect(r.stdout.contains("| density | 0.134 | 0.047 | 0.148 |"))
        #expect(r.stdout.contains("not observed practice"))
        #expect(r.stdout.contains("observed data give reported interaction"))
        #expect(r.stdout.contains("| status | illustrative model | documentary data | documentary data |"))
    }

    @Test func chineseLabels() throws {
        let r = try CLIRunner.run(["indices"] + Self.files + ["--lang", "zh", "--format", "markdown"])
        #expect(r.status == 0, "\(r.stderr)")
        for label in ["经统筹协调部门的关系占比", "网络密度", "度中心势", "中介中心势", "而非观察到的实际运作", "市应急管理局 (EMB)", "美国堪萨斯州约翰逊县"] {
            #expect(r.stdout.contains(label), "\(label)")
        }
    }

    @Test func jsonIsDeterministicAndCarriesTheCaveat() throws {
        let a = try CLIRunner.run(["indices"] + Self.files + ["--format", "json"])
        let b = try CLIRunner.run(["indices"] + Self.files + ["--format", "json"])
        #expect(a.status == 0 && a.stdout == b.stdout, "\(a.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        let networks = try #require(object["networks"] as? [[String: Any]])
        #expect(networks.map { $0["coordinator"] as? String } == ["EMB", "JCEM", "D-GEN"])
        #expect((object["caveat"] as? String)?.contains("formal roles") == true)
    }

    @Test func errors() throws {
        let unknown = try CLIRunner.run(["indices", Self.files[0], "--center", "NOPE"])
        #expect(unknown.status == 64 && unknown.stderr.contains("--center 'NOPE' is not a department of networks/hubei-city-post-reform.yaml"), "\(unknown.status) \(unknown.stderr)")
        let labels = try CLIRunner.run(["indices", Self.files[0], "--label", "a", "--label", "b"])
        #expect(labels.status == 64 && labels.stderr.contains("2 --label values for 1 networks"), "\(labels.stderr)")
        let keep = try CLIRunner.run(["indices", "networks/japan-disaster-management.yaml", "--center", "-", "--format", "json", "-q"])
        #expect(keep.status == 0 && keep.stdout.contains("\"coordinator\" : null") || keep.stdout.contains("\"coordinator\": null"), "\(keep.stdout)")
    }
}

/// docs/three-countries.md is what scripts/docs/three-countries.sh writes now from the networks and
/// `govnet indices`: a change to a network or an index not followed by the script fails here.
@Suite struct ThreeCountriesPageTests {
    @Test func pageIsCurrent() throws {
        let r = try CLIRunner.runShell("GOVNET=\"$0\" scripts/docs/three-countries.sh --check", [], in: RepoPaths.root)
        #expect(r.status == 0, "\(r.stderr)")
    }
}
