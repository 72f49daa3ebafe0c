import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Permutation p-values: (k + 1)/(n + 1), never 0, printed with their bound when k = 0. Expected values
/// by hand from the definition in ``PermutationPValue``.
@Suite struct PermutationPValueTests {
    @Test func valueAndText() {
        #expect(PermutationPValue(k: 0, n: 500, tail: .greater).value == 1.0 / 501)
        #expect(PermutationPValue(k: 0, n: 500, tail: .greater).text == "p ≤ 0.002")  // 1/501 = 0.001996, rounded up
        #expect(PermutationPValue(k: 0, n: 999, tail: .greater).text == "p ≤ 0.001")  // 1/1000, not "< 0.001"
        #expect(PermutationPValue(k: 0, n: 1000, tail: .greater).text == "p < 0.001")  // 1/1001 < 0.001
        #expect(PermutationPValue(k: 0, n: 100, tail: .less).text == "p ≤ 0.01")  // 1/101 = 0.0099009…, rounded up to 2 digits: 0.010
        #expect(PermutationPValue(k: 33, n: 999, tail: .twoSided).text == "p = 0.034")  // 34/1000
        #expect(PermutationPValue(k: 999, n: 999, tail: .less).value == 1)
        #expect(PermutationPValue(k: 0, n: 500, tail: .greater).textWithTail == "p ≤ 0.002 (one-sided, greater; 500 permutations)")
        #expect(PermutationPValue(k: 0, n: 0, tail: .greater).text == "—")
    }

    @Test func qapNeverReportsZero() {
        // Identical 5-cycles: the observed r = 1 is reached only by the 10 automorphisms of C5 (of 120
        // relabellings), so most seeds give k small; the p-value is (k + 1)/(n + 1) > 0 whatever k is.
        let cells: [(Int32, Int32, Double)] = (0..<5).map { (Int32($0), Int32(($0 + 1) % 5), 1) }
        let x = QAP.Matrix(n: 5, cells: cells)
        let r = QAP.test(x, x, permutations: 200, seed: 3)
        #expect(r.pGreater == Double(r.kGreater + 1) / 201 && r.pGreater > 0)
        #expect(r.pLess == Double(r.kLess + 1) / 201)
        #expect(r.p(.greater).text != "p = 0")
    }

    @Test func compareOutputsNeverSayPEqualsZero() throws {
        let f = "Tests/GovNetTests/Fixtures/comparison/"
        for format in ["table", "markdown", "json"] {
            let out = try CLIRunner.run(["compare", f + "small-before.yaml", f + "small-after.yaml", "--mapping", f + "small-mapping.csv",
                                         "--permutations", "50", "--format", format, "--no-metrics"])
            #expect(out.status == 0)
            #expect(!out.stdout.contains("p = 0 ") && !out.stdout.contains("p = 0\n") && !out.stdout.contains("\"p_greater\":0,"), "\(format)")
        }
    }

    @Test func derivedFromTriggersTheCaveat() throws {
        var before = try comparisonFixture("duties-before.yaml"), after = try comparisonFixture("duties-after.yaml")
        let map = try DepartmentMapping.read(path: RepoPaths.fixtures.appendingPathComponent("comparison/duties-mapping.csv").path)
        let plain = try NetworkComparison(before: before, after: after, mapping: map.resolve(before: before, after: after), settings: .init(permutations: 20))
        #expect(plain.qapCaveat == nil)
        after.metadata.derivedFrom = "duties-before.yaml"
        let derived = try NetworkComparison(before: before, after: after, mapping: map.resolve(before: before, after: after), settings: .init(permutations: 20))
        #expect(derived.qapCaveat?.contains("expected to reject") == true)
        #expect(derived.highlights.contains { $0.contains("expected to reject") && $0.contains("beyond what an arbitrary relabelling") })
        before.metadata.derivedFrom = nil
        // The field is read from a network file and written back.
        let yaml = NetworkDocumentWriter.yaml(after)
        #expect(yaml.contains("derived_from: duties-before.yaml"))
    }
}
