import Testing
@testable import GovNet
import GovNetTestSupport

/// Whether weights change a conclusion. On the square A–B–C–D–A with A–B and B–C five times as
/// strong as C–D and D–A, unweighted betweenness is equal for all four (each carries half of one
/// opposite pair), so the top department is A by id; with path lengths 1/weight, A–B–C (0.4) is the
/// only shortest A–C path and B carries all of it (B 1, A and C 0.5, D 0: worked by hand, as NetworkX
/// `betweenness_centrality(G, weight=1/w)` gives).
@Suite struct WeightSensitivityTests {
    @Test func strongerPathChangesTheTopDepartment() throws {
        let s = try #require(WeightSensitivity.compute(weightedSquare(strong: 5), top: 1))
        #expect(s.unweighted == ["A"] && s.weighted == ["B"] && s.changes)
        let en = s.lines(context: DiagnosisContext(network: weightedSquare(strong: 5)))
        #expect(en[0].hasPrefix("Weights change a conclusion") && en[0].contains("A") && en[0].contains("B"))
        #expect(en[1].contains("no finding changes"))
        let zh = s.lines(context: DiagnosisContext(network: weightedSquare(strong: 5), language: "zh"))
        #expect(zh[0].hasPrefix("权重改变结论") && zh[0].contains("部门A") && zh[0].contains("部门B"))
        #expect(zh.allSatisfy { !$0.contains(",") && !$0.contains("(") })
    }

    @Test func equalWeightsHaveNoWeightedView() {
        #expect(WeightSensitivity.compute(weightedSquare(strong: 1)) == nil)
    }

    @Test func sameTopDepartmentsSaySo() throws {
        // Top 4 of 4: the same set whatever the weights.
        let s = try #require(WeightSensitivity.compute(weightedSquare(strong: 5), top: 4))
        #expect(!s.changes)
        #expect(s.lines(context: DiagnosisContext(network: weightedSquare(strong: 5)))[0].hasPrefix("Weights do not change the conclusions"))
    }
}
