import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// MRQAP: the least-squares fit against numpy (scripts/oracle/qap.py) and the behaviour of the
/// double semi-partialling p-values.
@Suite struct MRQAPTests {
    struct Fit: Decodable {
        let coefficients, std_errors, t: [Double]
        let r_squared: Double
        let observations: Int
    }

    static func hubeiMatrices(weighted: Bool) throws -> (QAP.Matrix, [(String, QAP.Matrix)]) {
        let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
        let table = TieTable(network: net)
        let nodes = net.departments.map(\.id)
        func m(_ id: String) -> QAP.Matrix { NetworkComparison.matrix(table, nodes: nodes, mechanisms: [id], weighted: weighted) }
        return (m("information"), ["command", "operation", "supervision"].map { ($0, m($0)) })
    }

    @Test(arguments: [false, true]) func fitMatchesNumpy(_ weighted: Bool) throws {
        let url = RepoPaths.fixtures.appendingPathComponent("comparison/mrqap-oracle.json")
        let fits = try JSONDecoder().decode([String: Fit].self, from: Data(contentsOf: url))
        let expected = try #require(fits[weighted ? "weighted" : "binary"])
        let (y, x) = try Self.hubeiMatrices(weighted: weighted)
        let r = try MRQAP.test(y, x, permutations: 0)
        #expect(r.observations == expected.observations)
        #expect(approximatelyEqual(r.rSquared, expected.r_squared))
        for (k, term) in r.terms.enumerated() {
            #expect(approximatelyEqual(term.coefficient, expected.coefficients[k]), "\(term.name)")
            #expect(approximatelyEqual(term.standardError, expected.std_errors[k]), "\(term.name)")
            #expect(approximatelyEqual(term.t, expected.t[k]), "\(term.name)")
        }
    }

    @Test func strongPredictorIsSignificantAndNoiseIsNot() throws {
        var rng = SeededGenerator(seed: 21)
        let n = 20
        var xc: [(Int32, Int32, Double)] = [], zc: [(Int32, Int32, Double)] = [], yc: [(Int32, Int32, Double)] = []
        for i in 0..<n { for j in 0..<n where i != j {
            let x = rng.nextUnit() < 0.25, z = rng.nextUnit() < 0.25
            if x { xc.append((Int32(i), Int32(j), 1)) }
            if z { zc.append((Int32(i), Int32(j), 1)) }
            // y follows x with 10% noise, and ignores z.
            if x != (rng.nextUnit() < 0.1) { yc.append((Int32(i), Int32(j), 1)) }
        } }
        let y = QAP.Matrix(n: n, cells: yc)
        let r = try MRQAP.test(y, [("x", QAP.Matrix(n: n, cells: xc)), ("z", QAP.Matrix(n: n, cells: zc))], permutations: 300, seed: 4)
        #expect(r.terms.map(\.name) == ["(intercept)", "x", "z"])
        #expect(r.terms[1].pGreater < 0.01 && r.terms[1].coefficient > 0.5)
        #expect(r.terms[2].pTwoSided > 0.01)
        #expect(r.terms[0].pGreater.isNaN)
        let again = try MRQAP.test(y, [("x", QAP.Matrix(n: n, cells: xc)), ("z", QAP.Matrix(n: n, cells: zc))], permutations: 300, seed: 4)
        #expect(again.terms.dropFirst() == r.terms.dropFirst() && again.rSquared == r.rSquared)  // the intercept's p-values are NaN
    }

    @Test func collinearPredictorsAreRejected() throws {
        let x = QAP.Matrix(n: 4, cells: [(0, 1, 1), (1, 2, 1), (2, 3, 1)])
        #expect(throws: MRQAP.Failure.singular) { try MRQAP.test(x, [("a", x), ("b", x)], permutations: 10) }
        #expect(throws: MRQAP.Failure.singular) { try MRQAP.test(x, [("empty", QAP.Matrix(n: 4, cells: []))], permutations: 10) }
        #expect(throws: MRQAP.Failure.tooFewObservations) { try MRQAP.test(QAP.Matrix(n: 2, cells: []), [("a", x)], permutations: 0) }
    }
}
