import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// `govnet qap`'s regressions against statnet: every expected value comes from R's `sna::netlm` /
/// `sna::netlogit` (sna 2.7-1, R 4.2.2, Debian's r-cran-sna), run by scripts/oracle/netlm.R on the
/// bundled Hubei networks and written to Fixtures/comparison/netlm-oracle.json. The script builds the
/// matrices from the YAML itself, so these tests check GovNet's term matrices (``DyadicMatrices``) as
/// well as the fit.
///
/// Coefficients, standard errors, t- (z-) values, R², deviance, AIC and BIC: 1e-9 relative.
///
/// p-values: R and GovNet draw different permutations, so the two are independent Monte Carlo estimates
/// of the same permutation p-value p. With N_R and N_G replicates, the difference of the k/N estimates
/// has standard deviation √(p(1 − p)(1/N_R + 1/N_G)); the test allows 4 such deviations (p estimated
/// by the two estimates' mean; a false alarm has probability about 6·10⁻⁵ per comparison, under 1% for
/// all of them together) plus 1/N_G for the discreteness at p ≈ 0. GovNet's k/N is
/// compared (sna reports k/N); its printed p is (k + 1)/(N + 1). Both sides are seeded, so the test is
/// deterministic.
@Suite struct NetlmOracleTests {
    struct Model: Decodable {
        let name, file, model, null_hypothesis, dependent: String
        let weighted: Bool
        let predictors, nodes: [String]
        let reps: Int
        let coefficients, std_errors, statistic, pgreq, pleeq, pgreqabs: [Double]
        let r_squared, adjusted_r_squared, deviance, null_deviance, aic, bic: Double?
        let observations: Int
    }
    struct Fixture: Decodable { let models: [Model] }

    static let models: [Model] = {
        let url = RepoPaths.fixtures.appendingPathComponent("comparison/netlm-oracle.json")
        return (try? JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).models) ?? []
    }()

    static func fit(_ m: Model, permutations: Int) throws -> MRQAP.Result {
        let net = try NetworkReader.read(path: RepoPaths.root.appendingPathComponent(m.file).path).network
        #expect(net.departments.map(\.id) == m.nodes, "node order as in R")
        let builder = DyadicMatrices(network: net, nodes: m.nodes, weighted: m.weighted)
        let y = try builder.matrix(try #require(DyadicTerm(m.dependent)))
        let x = try m.predictors.map { ($0, try builder.matrix(try #require(DyadicTerm($0)))) }
        return try MRQAP.test(y, x, model: try #require(MRQAP.Model(rawValue: m.model)),
                              nullHypothesis: try #require(MRQAP.NullHypothesis(rawValue: m.null_hypothesis)),
                              permutations: permutations, seed: 7)
    }

    @Test func fixtureIsThere() {
        #expect(Self.models.count == 6)
    }

    @Test(arguments: models.map(\.name)) func fitEqualsSna(_ name: String) throws {
        let m = try #require(Self.models.first { $0.name == name })
        let r = try Self.fit(m, permutations: 0)
        #expect(r.observations == m.observations)
        #expect(r.terms.count == m.coefficients.count)
        for (k, term) in r.terms.enumerated() {
            #expect(approximatelyEqual(term.coefficient, m.coefficients[k]), "\(name) \(term.name) coefficient \(term.coefficient) vs R \(m.coefficients[k])")
            #expect(approximatelyEqual(term.standardError, m.std_errors[k]), "\(name) \(term.name) se")
            #expect(approximatelyEqual(term.t, m.statistic[k]), "\(name) \(term.name) statistic \(term.t) vs R \(m.statistic[k])")
        }
        if m.model == "linear" {
            #expect(approximatelyEqual(r.rSquared, try #require(m.r_squared)))
            #expect(approximatelyEqual(r.adjustedRSquared, try #require(m.adjusted_r_squared)))
        } else {
            #expect(approximatelyEqual(r.deviance, try #require(m.deviance)))
            #expect(approximatelyEqual(r.nullDeviance, try #require(m.null_deviance)))
            #expect(approximatelyEqual(r.aic, try #require(m.aic)))
            #expect(approximatelyEqual(r.bic, try #require(m.bic)))
            #expect(r.converged)
        }
    }

    @Test(arguments: models.map(\.name)) func pValuesAgreeWithinMonteCarloError(_ name: String) throws {
        let m = try #require(Self.models.first { $0.name == name })
        // Fewer replicates for the logistic models (each replicate is an IRLS fit); the tolerance accounts for N.
        let n = m.model == "linear" ? 1000 : 250
        let r = try Self.fit(m, permutations: n)
        for (k, term) in r.terms.enumerated().dropFirst() {  // sna tests the intercept too; GovNet does not
            for (ours, theirs, tail) in [(term.kGreater, m.pgreq[k], "greater"), (term.kLess, m.pleeq[k], "less"),
                                         (term.kTwoSided, m.pgreqabs[k], "two-sided")] {
                let mine = Double(ours) / Double(n)
                let p = (mine + theirs) / 2
                let tolerance = 4 * (p * (1 - p) * (1 / Double(m.reps) + 1 / Double(n))).squareRoot() + 1 / Double(n)
                #expect(abs(mine - theirs) <= tolerance, "\(name) \(term.name) \(tail): GovNet \(mine) vs sna \(theirs) (tolerance \(tolerance))")
            }
            #expect(term.pGreater > 0 && term.pLess > 0 && term.pTwoSided > 0)
        }
    }
}
